"""Connects, prints "open", then waits for the server to close; prints "closed CODE".

usage: py_wait_client.py URL
"""
import asyncio
import sys

import websockets


async def run(url):
    async with websockets.connect(url) as ws:
        print("open", flush=True)
        try:
            await asyncio.wait_for(ws.wait_closed(), 30)
        except asyncio.TimeoutError:
            print("timeout", flush=True)
            return
        print("closed", ws.close_code, flush=True)


asyncio.run(run(sys.argv[1]))
