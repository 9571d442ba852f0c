"""Python `websockets` client that checks an echo server; exits 0 only if every check passes.

usage: py_echo_client.py URL [--no-deflate] [--expect-subprotocol S]
"""
import asyncio
import os
import sys

import websockets


async def run(url, deflate, subprotocol):
    kwargs = dict(max_size=64 * 1024 * 1024)
    if not deflate:
        kwargs["compression"] = None
    if subprotocol:
        kwargs["subprotocols"] = [subprotocol]
    async with websockets.connect(url, **kwargs) as ws:
        if subprotocol and ws.subprotocol != subprotocol:
            raise SystemExit(f"subprotocol {ws.subprotocol!r}, expected {subprotocol!r}")
        negotiated = [type(e).__name__ for e in ws.extensions]
        print("extensions", negotiated, flush=True)
        if deflate != ("PerMessageDeflate" in negotiated):
            raise SystemExit(f"deflate negotiation mismatch: {negotiated}")
        messages = ["hello", "κόσμε 你好 " * 500, b"\x00\xff" * 3000, os.urandom(1 << 20), ""]
        for m in messages:
            await ws.send(m)
            reply = await asyncio.wait_for(ws.recv(), 10)
            if reply != m:
                raise SystemExit(f"echo mismatch for a {type(m).__name__} of {len(m)}")
        await asyncio.wait_for(await ws.ping(b"are you there"), 5)
        await ws.close(code=4000, reason="done")
        if ws.close_code != 4000:
            raise SystemExit(f"close code {ws.close_code}, expected 4000 echoed")
        print("ok", flush=True)


if __name__ == "__main__":
    argv = sys.argv[1:]
    sub = argv[argv.index("--expect-subprotocol") + 1] if "--expect-subprotocol" in argv else None
    asyncio.run(run(argv[0], "--no-deflate" not in argv, sub))
