"""Peers that do not read, or one that does.

With N > 0: N Python `websockets` clients that never call recv() (so the library stops reading
once its small queue is full, and TCP backs up), for SECONDS; prints "misbehaving N" once they
are connected.
  echo mode: each sends SIZE-byte messages as fast as the server takes them;
  push mode: they send nothing (the server pushes to them).

With N = 0: one well-behaved client that measures the echo round trip of a small message, one
at a time, for SECONDS (run it in its own process, so its figures are the server's, not this
event loop's); prints
  rtt n=<probes answered> lost=<probes not answered> p50=<ms> p99=<ms>
and exits 0 when every probe was answered.

usage: non_reading_clients.py URL echo|push N SECONDS [SIZE]
"""
import asyncio
import statistics
import sys
import time

import websockets


async def non_reader(url, mode, size, stop):
    try:
        async with websockets.connect(url, compression=None, max_queue=1, read_limit=2**16,
                                      max_size=None, open_timeout=20,
                                      close_timeout=1) as ws:
            payload = b"x" * size
            while not stop.is_set():
                if mode == "echo":
                    # send() waits while the server holds us back: that is the point.
                    try:
                        await asyncio.wait_for(ws.send(payload), 0.5)
                    except asyncio.TimeoutError:
                        pass
                else:
                    await asyncio.sleep(0.05)
                if ws.closed:
                    return
            # Leave abruptly: a non-reader has megabytes queued for it.
            ws.transport.abort()
    except websockets.ConnectionClosed:
        pass  # the server dropped us, as it may


async def prober(url, stop, rtts, lost):
    async with websockets.connect(url, compression=None, open_timeout=20) as ws:
        i = 0
        while not stop.is_set():
            i += 1
            start = time.perf_counter()
            await ws.send(f"probe {i}")
            try:
                while True:
                    reply = await asyncio.wait_for(ws.recv(), 5)
                    if reply == f"probe {i}":
                        break
                rtts.append((time.perf_counter() - start) * 1000)
            except asyncio.TimeoutError:
                lost.append(i)
            await asyncio.sleep(0.02)


async def main(url, mode, n, seconds, size):
    stop = asyncio.Event()
    if n > 0:
        tasks = [asyncio.create_task(non_reader(url, mode, size, stop)) for _ in range(n)]
        await asyncio.sleep(0.5)
        print("misbehaving", n, flush=True)
        await asyncio.sleep(seconds)
        stop.set()
        await asyncio.wait_for(asyncio.gather(*tasks, return_exceptions=True), 15)
        return 0
    rtts, lost = [], []
    probe = asyncio.create_task(prober(url, stop, rtts, lost))
    await asyncio.sleep(seconds)
    stop.set()
    await asyncio.wait_for(probe, 15)
    rtts.sort()
    p50 = statistics.median(rtts) if rtts else -1
    p99 = rtts[min(len(rtts) - 1, int(len(rtts) * 0.99))] if rtts else -1
    print(f"rtt n={len(rtts)} lost={len(lost)} p50={p50:.2f} p99={p99:.2f}", flush=True)
    return 0 if rtts and not lost else 1


args = sys.argv[1:]
sys.exit(asyncio.run(main(args[0], args[1], int(args[2]), float(args[3]),
                          int(args[4]) if len(args) > 4 else 1024 * 1024)))
