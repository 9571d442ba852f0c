// A QWebSocketServer echo server on 127.0.0.1 (a free port), the Qt WebSockets peer for
// echo_bench. Prints "ready PORT".
#include <QCoreApplication>
#include <QTextStream>
#include <QWebSocket>
#include <QWebSocketServer>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QWebSocketServer server(QStringLiteral("qt-echo"), QWebSocketServer::NonSecureMode);
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 1;
    QObject::connect(&server, &QWebSocketServer::newConnection, &server, [&server]() {
        while (QWebSocket *s = server.nextPendingConnection()) {
            s->setParent(&server);
            QObject::connect(s, &QWebSocket::textMessageReceived, s,
                             [s](const QString &m) { s->sendTextMessage(m); });
            QObject::connect(s, &QWebSocket::binaryMessageReceived, s,
                             [s](const QByteArray &m) { s->sendBinaryMessage(m); });
            QObject::connect(s, &QWebSocket::disconnected, s, &QObject::deleteLater);
        }
    });
    QTextStream(stdout) << "ready " << server.serverPort() << Qt::endl;
    return QCoreApplication::exec();
}
