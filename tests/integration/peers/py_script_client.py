"""Python `websockets` client: sends messages, prints what comes back, one line each.

usage: py_script_client.py URL [--subprotocol S] [--send TEXT]... --expect N
Prints "subprotocol S", then "text <message>" or "binary <hex>" per message received, then
"ok" once N messages arrived (within 10 s).
"""
import asyncio
import sys

import websockets


async def run(url, subprotocol, sends, expect):
    kwargs = {"subprotocols": [subprotocol]} if subprotocol else {}
    async with websockets.connect(url, **kwargs) as ws:
        print("subprotocol", ws.subprotocol, flush=True)
        for text in sends:
            await ws.send(text)
        for _ in range(expect):
            m = await asyncio.wait_for(ws.recv(), 10)
            print(("text " + m) if isinstance(m, str) else ("binary " + m.hex()), flush=True)
        await ws.close()
        print("ok", flush=True)


if __name__ == "__main__":
    argv = sys.argv[1:]
    url = argv[0]
    sub = argv[argv.index("--subprotocol") + 1] if "--subprotocol" in argv else None
    sends = [argv[i + 1] for i, a in enumerate(argv) if a == "--send"]
    expect = int(argv[argv.index("--expect") + 1])
    asyncio.run(run(url, sub, sends, expect))
