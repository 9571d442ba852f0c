// WsBench's engine against Qt WebSockets (the independent reference peer), both ways.
#include "core/net/client_endpoint.h"
#include "core/net/io_thread.h"
#include "core/net/server_endpoint.h"
#include "core/traffic/clock.h"
#include "core/traffic/traffic_store.h"

#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>
#include <QWebSocketServer>

using namespace WsBench;

class TestQtPeers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ourClientAgainstQWebSocketServer();
    void qWebSocketAgainstOurServer();
};

void TestQtPeers::ourClientAgainstQWebSocketServer()
{
    QWebSocketServer server(QStringLiteral("qt-echo"), QWebSocketServer::NonSecureMode);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QList<QWebSocket *> sockets;
    connect(&server, &QWebSocketServer::newConnection, this, [&]() {
        QWebSocket *s = server.nextPendingConnection();
        sockets.append(s);
        connect(s, &QWebSocket::textMessageReceived, s,
                [s](const QString &m) { s->sendTextMessage(m); });
        connect(s, &QWebSocket::binaryMessageReceived, s,
                [s](const QByteArray &m) { s->sendBinaryMessage(m); });
    });

    Traffic::TrafficStore store;
    Traffic::SystemClock clock;
    Net::IoThread io;
    Net::ClientOptions options;
    options.url = QStringLiteral("ws://127.0.0.1:%1/").arg(server.serverPort());
    Net::ClientEndpoint *client = nullptr;
    io.call([&]() { client = new Net::ClientEndpoint(1, options, &store, &clock, io.context()); });
    QList<QByteArray> received;
    bool opened = false;
    quint16 closeCode = 0;
    bool clean = false, finished = false;
    connect(client, &Net::ClientEndpoint::opened, this, [&]() { opened = true; });
    connect(client, &Net::ClientEndpoint::messageReceived, this,
            [&](quint8, const QByteArray &payload) { received.append(payload); });
    connect(client, &Net::ClientEndpoint::finished, this, [&](quint16 code, bool wasClean) {
        closeCode = code;
        clean = wasClean;
        finished = true;
    });
    io.post([client]() { client->open(); });
    QTRY_VERIFY_WITH_TIMEOUT(opened, 5000);
    const QByteArray big(300 * 1024, 'q');
    io.post([client, big]() {
        client->connection()->sendText("from WsBench");
        client->connection()->sendBinary(QByteArray::fromHex("00ff80"));
        client->connection()->sendText(big);
        client->connection()->sendPing("p");
    });
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 3, 5000);
    QCOMPARE(received[0], QByteArray("from WsBench"));
    QCOMPARE(received[1], QByteArray::fromHex("00ff80"));
    QCOMPARE(received[2], big);
    io.post([client]() { client->close(4321, "done"); });
    QTRY_VERIFY_WITH_TIMEOUT(finished, 10000);
    // Qt echoes the code and closes TCP; from our side that is a clean close with 4321.
    QCOMPARE(closeCode, quint16(4321));
    QVERIFY(clean);
}

void TestQtPeers::qWebSocketAgainstOurServer()
{
    Traffic::TrafficStore store;
    Traffic::SystemClock clock;
    Net::IoThread io;
    Net::ServerOptions options;
    options.echo = true;
    options.handshake.subprotocols = {"chat"};
    Net::ServerEndpoint *server = nullptr;
    QString error;
    bool listening = false;
    io.call([&]() {
        server = new Net::ServerEndpoint(1, options, &store, &clock, io.context());
        listening = server->listen(&error);
    });
    QVERIFY2(listening, qPrintable(error));

    QWebSocket socket;
    QStringList texts;
    QList<QByteArray> binaries;
    quint64 pongPayloadMatches = 0;
    connect(&socket, &QWebSocket::textMessageReceived, this,
            [&](const QString &m) { texts.append(m); });
    connect(&socket, &QWebSocket::binaryMessageReceived, this,
            [&](const QByteArray &m) { binaries.append(m); });
    connect(&socket, &QWebSocket::pong, this, [&](quint64, const QByteArray &payload) {
        pongPayloadMatches += payload == "ping!" ? 1 : 0;
    });
    QSignalSpy connected(&socket, &QWebSocket::connected);
    QSignalSpy disconnected(&socket, &QWebSocket::disconnected);
    QWebSocketHandshakeOptions handshake;
    handshake.setSubprotocols({QStringLiteral("chat")});
    socket.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(server->port())), handshake);
    QVERIFY(connected.wait(5000));
    QCOMPARE(socket.subprotocol(), QStringLiteral("chat"));
    socket.sendTextMessage(QStringLiteral("你好 from Qt"));
    socket.sendBinaryMessage(QByteArray(2 * 1024 * 1024, 'b')); // Qt fragments at 512 KiB
    socket.ping("ping!");
    QTRY_COMPARE_WITH_TIMEOUT(texts.size(), 1, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(binaries.size(), 1, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(pongPayloadMatches, quint64(1), 5000);
    QCOMPARE(texts[0], QStringLiteral("你好 from Qt"));
    QCOMPARE(binaries[0], QByteArray(2 * 1024 * 1024, 'b'));
    // Our server closes a peer with a chosen code; Qt reports it.
    const quint32 peerId = server->peers().value(0).id;
    QVERIFY(peerId != 0);
    io.post([server, peerId]() { server->closePeer(peerId, 4002, "kicked"); });
    QVERIFY(disconnected.wait(5000));
    QCOMPARE(int(socket.closeCode()), 4002);
    QCOMPARE(socket.closeReason(), QStringLiteral("kicked"));
}

QTEST_GUILESS_MAIN(TestQtPeers)
#include "tst_qt_peers.moc"
