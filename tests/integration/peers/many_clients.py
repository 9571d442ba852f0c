"""Opens N concurrent Python `websockets` clients to URL; each sends one message and waits for
its echo while all the others are connected. Prints "ok N" when every echo arrived.

usage: many_clients.py URL N
"""
import asyncio
import resource
import sys
import time

import websockets


async def run(url, n):
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, max(soft, n + 256)), hard))
    connected = 0
    all_connected = asyncio.Event()
    start = time.monotonic()

    async def one(i):
        nonlocal connected
        async with websockets.connect(url, compression=None, open_timeout=60) as ws:
            connected += 1
            if connected == n:
                print(f"connected {n} in {time.monotonic() - start:.1f} s", flush=True)
                all_connected.set()
            await asyncio.wait_for(all_connected.wait(), 90)
            await ws.send(f"client {i}")
            reply = await asyncio.wait_for(ws.recv(), 60)
            assert reply == f"client {i}", reply
            return 1

    results = await asyncio.gather(*(one(i) for i in range(n)), return_exceptions=True)
    failures = [r for r in results if r != 1]
    if failures:
        print("failed", len(failures), "of", n, "connected", connected, repr(failures[0]),
              flush=True)
        raise SystemExit(1)
    print("ok", n, flush=True)


asyncio.run(run(sys.argv[1], int(sys.argv[2])))
