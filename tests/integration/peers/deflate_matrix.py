"""Autobahn 12.x/13.x against an echo server, with Python websockets as the client: for each
client offer of (no_context_takeover, max_window_bits) send messages of Autobahn's sizes and
compare the echoes. Exits 0 and prints "all deflate cases passed" only if every echo matched.

usage: deflate_matrix.py URL
"""
import asyncio
import json
import os
import sys

import websockets
from websockets.extensions.permessage_deflate import ClientPerMessageDeflateFactory

SIZES = [16, 64, 256, 1024, 4096, 8192, 16384, 32768, 65536, 131072]
# 13.1–13.6: (client_no_context_takeover, client_max_window_bits); 0 = not requested.
OFFERS = [(False, 0), (True, 0), (False, 9), (False, 15), (True, 9), (True, 15)]


def payload(size, text):
    if text:
        row = json.dumps({"id": 1, "name": "wsbench", "tags": ["a", "b"], "v": 3.14})
        return (row * (size // len(row) + 1))[:size]
    return (os.urandom(64) * (size // 64 + 1))[:size]


async def run(url):
    for no_context, bits in OFFERS:
        factory = ClientPerMessageDeflateFactory(
            server_no_context_takeover=no_context,
            client_no_context_takeover=no_context,
            server_max_window_bits=bits or None,
            client_max_window_bits=bits or True,
        )
        async with websockets.connect(url, extensions=[factory], compression=None,
                                      max_size=None) as ws:
            if not any(type(e).__name__ == "PerMessageDeflate" for e in ws.extensions):
                raise SystemExit(f"permessage-deflate not negotiated for {(no_context, bits)}")
            for text in (True, False):
                for size in SIZES:
                    for _ in range(5):
                        m = payload(size, text)
                        await ws.send(m)
                        if await asyncio.wait_for(ws.recv(), 10) != m:
                            raise SystemExit(f"echo mismatch: offer {(no_context, bits)} size {size}")
        print("offer", (no_context, bits), "ok", flush=True)
    print("all deflate cases passed", flush=True)


asyncio.run(run(sys.argv[1]))
