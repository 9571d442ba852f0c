"""Reads the update feed with Python's own HTTP and WebSocket clients and prints what it saw.

usage: py_feed_client.py HTTP_BASE WS_URL

Prints one line per check ("poll ...", "keep-alive ...", "long-poll ...", "sse ...", "ws ...",
"404 ...") and "done"; any exception exits non-zero with its traceback.
"""
import asyncio
import http.client
import json
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

import websockets

TIMEOUT = 10


def seqs(updates):
    return " ".join(str(u["seq"]) for u in updates)


def main(base, ws_url):
    # Short polling through urllib: status, type, and a body of exactly Content-Length bytes.
    with urllib.request.urlopen(base + "/poll?after=0", timeout=TIMEOUT) as r:
        body = r.read()
        updates = json.loads(body)
        print("poll", r.status, r.headers["Content-Type"],
              int(r.headers["Content-Length"]) == len(body), len(updates), flush=True)
    last = updates[-1]["seq"] if updates else 0

    # Two requests on one kept-alive connection (http.client reads by Content-Length).
    parsed = urllib.parse.urlsplit(base)
    conn = http.client.HTTPConnection(parsed.hostname, parsed.port, timeout=TIMEOUT)
    conn.request("GET", "/poll?after=%d" % last)
    first = conn.getresponse()
    first.read()
    # More requests on the same connection until the feed has made an update (on a loaded
    # machine the first tick may come after the first polls); at most 100 of them.
    polls = 2  # the urllib poll and the first one on this connection
    for _ in range(100):
        polls += 1
        conn.request("GET", "/poll?after=0")
        second = conn.getresponse()
        got = json.loads(second.read())
        if got:
            break
        time.sleep(0.05)
    print("keep-alive", first.status, second.status, len(got) > 0, flush=True)
    print("polls", polls, flush=True)
    conn.close()

    # Long polling: held until an update after `last` exists.
    with urllib.request.urlopen(base + "/long-poll?after=%d" % last, timeout=TIMEOUT) as r:
        held = json.loads(r.read())
        print("long-poll", r.status, all(u["seq"] > last for u in held), len(held) > 0,
              flush=True)

    # Server-Sent Events: read the stream line by line until three events arrived.
    request = urllib.request.Request(base + "/sse", headers={"Accept": "text/event-stream"})
    with urllib.request.urlopen(request, timeout=TIMEOUT) as r:
        ctype = r.headers["Content-Type"]
        events, ids, data = [], [], []
        while len(events) < 3:
            line = r.readline().decode("utf-8").rstrip("\r\n")
            if line.startswith("id: "):
                ids.append(int(line[4:]))
            elif line.startswith("data: "):
                data.append(line[6:])
            elif line == "" and data:
                events.append(json.loads("\n".join(data)))
                data = []
        consecutive = [e["seq"] for e in events] == list(range(events[0]["seq"],
                                                               events[0]["seq"] + 3))
        print("sse", r.status, ctype, ids == [e["seq"] for e in events], consecutive,
              flush=True)

    # WebSocket: three text messages, one update each.
    async def ws():
        async with websockets.connect(ws_url, open_timeout=TIMEOUT) as socket:
            got = [json.loads(await asyncio.wait_for(socket.recv(), TIMEOUT)) for _ in range(3)]
            first = got[0]["seq"]
            print("ws", [u["seq"] for u in got] == [first, first + 1, first + 2], flush=True)
    asyncio.run(ws())

    try:
        urllib.request.urlopen(base + "/nowhere", timeout=TIMEOUT)
    except urllib.error.HTTPError as e:
        print("404", e.code, flush=True)
    print("done", flush=True)


main(sys.argv[1], sys.argv[2])
