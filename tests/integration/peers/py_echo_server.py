"""Python `websockets` echo server for integration tests.

usage: py_echo_server.py [--no-deflate] [--subprotocol S]... [--tls CERT KEY [--client-ca CA]]
Prints "ready PORT" once listening on 127.0.0.1 (a free port).
"""
import asyncio
import ssl
import sys

import websockets


def main():
    args = sys.argv[1:]
    deflate = "--no-deflate" not in args
    protocols = [args[i + 1] for i, a in enumerate(args) if a == "--subprotocol"]
    context = None
    if "--tls" in args:
        i = args.index("--tls")
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(args[i + 1], args[i + 2])
        if "--client-ca" in args:
            context.verify_mode = ssl.CERT_REQUIRED
            context.load_verify_locations(args[args.index("--client-ca") + 1])

    async def echo(ws, path=None):
        try:
            async for message in ws:
                await ws.send(message)
        except websockets.ConnectionClosed:
            pass

    async def run():
        kwargs = dict(ssl=context, max_size=64 * 1024 * 1024)
        if not deflate:
            kwargs["compression"] = None
        if protocols:
            kwargs["subprotocols"] = protocols
        async with websockets.serve(echo, "127.0.0.1", 0, **kwargs) as server:
            port = server.sockets[0].getsockname()[1]
            print("ready", port, flush=True)
            await asyncio.Future()

    asyncio.run(run())


if __name__ == "__main__":
    main()
