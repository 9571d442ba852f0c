"""Python `websockets` client against a server that misbehaves on purpose: prints what it saw.

usage: py_misbehave_client.py URL MODE
  MODE send:  open, send "hello world", wait for one message; prints "text MESSAGE", or
              "closed CLOSE_CODE sent SENT_CODE" when the connection ends instead
  MODE ping:  open, ping, wait 1 s for the Pong; prints "pong" or "pong-timeout"
  MODE close: open, close with a 1 s close timeout; prints "closed CLOSE_CODE"
Whatever the mode, a failed opening handshake prints "handshake-error CLASS".
Every wait is bounded (10 s at most).
"""
import asyncio
import sys

import websockets
from websockets.exceptions import ConnectionClosed, InvalidHandshake


async def run(url, mode):
    try:
        ws = await asyncio.wait_for(
            websockets.connect(url, ping_interval=None, close_timeout=1, open_timeout=10), 10)
    except InvalidHandshake as e:
        print("handshake-error", type(e).__name__, flush=True)
        return
    print("open", flush=True)
    try:
        if mode == "send":
            await ws.send("hello world")
            m = await asyncio.wait_for(ws.recv(), 10)
            print("text", m, flush=True)
        elif mode == "ping":
            waiter = await ws.ping(b"are you there")
            try:
                await asyncio.wait_for(waiter, 1)
                print("pong", flush=True)
            except asyncio.TimeoutError:
                print("pong-timeout", flush=True)
        elif mode == "close":
            await asyncio.wait_for(ws.close(), 10)
            print("closed", ws.close_code, flush=True)
            return
    except ConnectionClosed as e:
        sent = e.sent.code if e.sent else None
        print("closed", ws.close_code, "sent", sent, flush=True)
        return
    await asyncio.wait_for(ws.close(), 10)


asyncio.run(run(sys.argv[1], sys.argv[2]))
