"""The hand-written socket server from the WebSocket handshake tutorial, as the tutorial wrote it.

It answers "http/1.1 101 Switching Protocols", "Upgrade:websocket" (no space) and the leftover
"WebSocket-LOCATIOn" header, then prints every chunk the client sends. Adapted only to run
headless: the port comes from the command line (0 = any free one), it prints "ready PORT", the
site's ".Strip()" typo is ".strip()", and the read loop ends when the client closes TCP.
"""
import socket, base64, hashlib
import sys

# 创建socket连接
sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
# 绑定端地址和口号
sock.bind(('127.0.0.1', int(sys.argv[1]) if len(sys.argv) > 1 else 0))
# 监听
sock.listen(5)
port = sock.getsockname()[1]
print("ready", port, flush=True)
# 获取客户端socket对象
conn, address = sock.accept()
# 获取客户端的【握手】信息
data = conn.recv(1024)
print(data, flush=True)


def get_headers(data):
    """从请求头中取出Sec-WebSocket-Key对应的值并返回"""
    header_Dict = {}
    header_str = data.decode("utf8")
    for i in header_str.split("\r\n"):
        if str(i).startswith("Sec-WebSocket-Key"):
            return i.split(":")[1].strip()


# 得到Sec-WebSocket-Key对应的值
ws_key = get_headers(data)
# 魔法字符串magic String为:258EAFA5-E914-47DA-95CA-C5AB0DC85B11
magic_String = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11'
# 拼接
socket_str = ws_key + magic_String
# sha1加密
socket_str_sha1 = hashlib.sha1(socket_str.encode("utf8")).digest()
# base64加密
socket_str_base64 = base64.b64encode(socket_str_sha1)
# 拼接响应头
response_tpl = "http/1.1 101 Switching Protocols\r\n" \
               "Upgrade:websocket\r\n" \
               "Connection: Upgrade\r\n" \
               "Sec-WebSocket-Accept: %s\r\n" \
               "WebSocket-LOCATIOn: ws://127.0.0.1:9527\r\n\r\n" % (socket_str_base64.decode("utf8"))
# 服务器发送响应头到客户端
conn.send(response_tpl.encode("utf8"))
# 客户端服务端建立长连接循环接收发送数据
while True:
    msg = conn.recv(8096)
    if not msg:
        break
    print(msg, flush=True)
