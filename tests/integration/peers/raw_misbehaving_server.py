"""A raw-socket WebSocket server that misbehaves on purpose, one scenario per run.

usage: raw_misbehaving_server.py SCENARIO
Prints "ready PORT", then "client-close CODE" (or "client-close none") when the client's Close
frame arrives, and "client-fin" when the client closes TCP.
"""
import base64
import hashlib
import socket
import struct
import sys
import time

GUID = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"


def frame(opcode, payload=b"", fin=True, mask=None):
    head = bytes([(0x80 if fin else 0) | opcode])
    n = len(payload)
    mbit = 0x80 if mask else 0
    if n < 126:
        head += bytes([mbit | n])
    elif n < 65536:
        head += bytes([mbit | 126]) + struct.pack("!H", n)
    else:
        head += bytes([mbit | 127]) + struct.pack("!Q", n)
    if mask:
        head += mask
        payload = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
    return head + payload


def read_frame(conn):
    def need(n):
        data = b""
        while len(data) < n:
            chunk = conn.recv(n - len(data))
            if not chunk:
                return None
            data += chunk
        return data

    head = need(2)
    if head is None:
        return None
    opcode = head[0] & 0x0F
    n = head[1] & 0x7F
    if n == 126:
        n = struct.unpack("!H", need(2))[0]
    elif n == 127:
        n = struct.unpack("!Q", need(8))[0]
    key = need(4) if head[1] & 0x80 else None
    payload = need(n) if n else b""
    if key:
        payload = bytes(b ^ key[i % 4] for i, b in enumerate(payload))
    return opcode, payload


def main():
    scenario = sys.argv[1]
    listener = socket.socket()
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    print("ready", listener.getsockname()[1], flush=True)
    listener.settimeout(20)
    conn, _ = listener.accept()
    conn.settimeout(20)
    request = b""
    while b"\r\n\r\n" not in request:
        request += conn.recv(4096)
    key = [l.split(b":", 1)[1].strip() for l in request.split(b"\r\n") if l.lower().startswith(b"sec-websocket-key:")][0]
    accept = base64.b64encode(hashlib.sha1(key + GUID).digest())
    if scenario == "bad-accept":
        accept = base64.b64encode(hashlib.sha1(b"wrong" + GUID).digest())
    headers = [b"HTTP/1.1 101 Switching Protocols", b"Upgrade: websocket", b"Connection: Upgrade",
               b"Sec-WebSocket-Accept: " + accept]
    if scenario == "unrequested-subprotocol":
        headers.append(b"Sec-WebSocket-Protocol: mqtt")
    if scenario == "unrequested-extension":
        headers.append(b"Sec-WebSocket-Extensions: permessage-deflate")
    if scenario == "status-200":
        headers = [b"HTTP/1.1 200 OK", b"Content-Length: 0"]
    if scenario == "terminal-escapes":
        headers.append(b"X-Title: \x1b]0;pwned\x07")
    if scenario == "nul-in-header":
        headers.append(b"X-Trace: ab\x00cd")
    conn.sendall(b"\r\n".join(headers) + b"\r\n\r\n")

    if scenario == "masked-frame":
        conn.sendall(frame(1, b"masked by a server", mask=b"\x01\x02\x03\x04"))
    elif scenario == "invalid-utf8":
        conn.sendall(frame(1, b"\xce\xba\xe1\xbd\xb9\xcf\x83\xce\xbc\xce\xb5\xed\xa0\x80edited"))
    elif scenario == "bad-close-code":
        conn.sendall(frame(8, struct.pack("!H", 1005)))
    elif scenario == "one-byte-close":
        conn.sendall(frame(8, b"\x03"))
    elif scenario == "reserved-opcode":
        conn.sendall(frame(3, b"x"))
    elif scenario == "terminal-escapes":
        # Sequences that would retitle, clear or recolour a terminal printed raw (CSI as C1 too).
        conn.sendall(frame(1, b"\x1b[2Jcleared \xc2\x9b31mred \xe2\x80\xaeevil"))
        conn.sendall(frame(9, b"\x1b]0;ping\x07"))
    elif scenario == "drops-without-close":
        time.sleep(0.2)
        conn.close()
        return
    elif scenario == "never-reads":
        print("not reading", flush=True)
        time.sleep(30)
        return
    elif scenario == "vanishes-mid-frame":
        conn.sendall(frame(2, b"x" * 1000)[:300])
        time.sleep(0.2)
        conn.close()
        return

    # Read what the client sends until its Close (or EOF).
    while True:
        try:
            got = read_frame(conn)
        except (socket.timeout, ConnectionError):
            got = None
        if got is None:
            print("client-fin", flush=True)
            return
        opcode, payload = got
        if opcode == 8:
            code = struct.unpack("!H", payload[:2])[0] if len(payload) >= 2 else "none"
            print("client-close", code, flush=True)
            break
    if scenario == "never-answers-close":
        time.sleep(10)  # neither a Close nor a FIN
        return
    # Otherwise: answer the Close and close TCP, as a server should.
    try:
        conn.sendall(frame(8, payload[:2]))
        conn.shutdown(socket.SHUT_WR)
        while conn.recv(4096):
            pass
    except OSError:
        pass
    print("client-fin", flush=True)


main()
