"""The tornado WebSocket server from the WebSocket tutorial (its wsHandler), on a free port.

GET /broadcast?msg=TEXT calls wsHandler.send_demand_updates(TEXT), the tutorial's way of pushing
to every connected user. Prints "ready PORT", then "open N" as users connect.
"""
import asyncio

import tornado.netutil
import tornado.web
from tornado.websocket import WebSocketHandler


class wsHandler(WebSocketHandler):
    # 保存连接的用户用于后续推送消息 (the connected users, for pushing messages later)
    connect_users = set()

    def open(self):
        print("开启WebSocket opened", flush=True)
        self.connect_users.add(self)
        print("open", len(self.connect_users), flush=True)

    def on_close(self):
        self.connect_users.remove(self)

    def on_message(self, message):
        self.write_message("接收到客户端的消息{}".format(message))

    @classmethod
    def send_demand_updates(cls, message):
        for user in cls.connect_users:
            user.write_message(message)

    def check_origin(self, origin):
        return True


class BroadcastHandler(tornado.web.RequestHandler):
    def get(self):
        wsHandler.send_demand_updates(self.get_argument("msg"))
        self.write(str(len(wsHandler.connect_users)))


async def main():
    app = tornado.web.Application([(r"/ws", wsHandler), (r"/broadcast", BroadcastHandler)])
    sockets = tornado.netutil.bind_sockets(0, "127.0.0.1")
    server = tornado.httpserver.HTTPServer(app)
    server.add_sockets(sockets)
    print("ready", sockets[0].getsockname()[1], flush=True)
    await asyncio.Event().wait()


if __name__ == "__main__":
    import tornado.httpserver

    asyncio.run(main())
