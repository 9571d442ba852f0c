// The server endpoint's sends (messages, Pings, raw frames, Closes; to one peer or to all) and
// its reply rules and pushes, against Qt WebSockets clients on loopback.
#include "core/net/server_endpoint.h"
#include "core/protocol/payload_spares.h"
#include "core/traffic/traffic_store.h"

#include "tests/support/manual_clock.h"
#include "tests/support/template_cases.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>

#include <memory>

#include <sys/socket.h>

using namespace WsBench;
using Protocol::SendStatus;
using Traffic::Direction;
using Traffic::RecordKind;

namespace {

// A Qt WebSockets client that keeps what it received.
struct Client
{
    QWebSocket socket;
    QStringList texts;
    quint32 peerId = 0;
};

} // namespace

class TestServerEndpoint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void replyRulesExpandEveryMacro_data();
    void replyRulesExpandEveryMacro();
    void pushesShareTheCounterAndAnswerNoMessage();
    void pingOnePeerAndItsPongComesBack();
    void pingAllReachesEveryOpenPeer();
    void rawFrameToOnePeerAndToAll();
    void rawFrameMayBreakTheRules();
    void sendsThatCannotGoOutSayWhy();
    void closeEveryPeerKeepsListening();
    void heldBytesGoOutWholeBeforeTheClose();
    void messageListenersComeAndGo();
    void unkeptPayloadsAreReusedKeptOnesStay();

private:
    // A TCP client with a small receive window that completes the opening handshake by hand,
    // then reads only when told: the server's sends back up into what it holds.
    struct SlowReader
    {
        QTcpSocket socket;
        QByteArray received; // after the handshake response
        quint32 peerId = 0;
    };
    bool connectSlowReader(SlowReader &reader);
    // Reads until `bytes` arrived or 10 s passed.
    static void readUntil(SlowReader &reader, qsizetype bytes);
    quint64 bufferedAmountOf(quint32 peerId) const;
    bool startServer(Net::ServerOptions options, Protocol::RandomSource random = {});
    Client *connectClient();
    // Frames or messages recorded for `peer` in this direction with this opcode.
    QList<Traffic::TrafficRecord> records(quint32 peer, Direction direction, RecordKind kind,
                                          quint8 opcode) const;

    std::unique_ptr<Testing::ManualClock> m_clock;
    std::unique_ptr<Traffic::TrafficStore> m_store;
    std::unique_ptr<Net::ServerEndpoint> m_server;
    std::vector<std::unique_ptr<Client>> m_clients;
};

void TestServerEndpoint::init()
{
    m_clock = std::make_unique<Testing::ManualClock>(Testing::kTemplateWallMs);
    m_store = std::make_unique<Traffic::TrafficStore>();
}

void TestServerEndpoint::cleanup()
{
    m_clients.clear();
    m_server.reset();
    m_store.reset();
    m_clock.reset();
}

bool TestServerEndpoint::startServer(Net::ServerOptions options, Protocol::RandomSource random)
{
    m_server = random
        ? std::make_unique<Net::ServerEndpoint>(1, options, m_store.get(), m_clock.get(),
                                                std::move(random))
        : std::make_unique<Net::ServerEndpoint>(1, options, m_store.get(), m_clock.get());
    QString error;
    const bool ok = m_server->listen(&error);
    if (!ok)
        qWarning("%s", qPrintable(error));
    return ok;
}

Client *TestServerEndpoint::connectClient()
{
    auto client = std::make_unique<Client>();
    Client *c = client.get();
    connect(&c->socket, &QWebSocket::textMessageReceived, this,
            [c](const QString &text) { c->texts.append(text); });
    QSignalSpy connected(&c->socket, &QWebSocket::connected);
    c->socket.open(QUrl(m_server->url()));
    if (!connected.wait(5000))
        return nullptr;
    // The peer with this client's address, once the server has it open.
    const QString address = QStringLiteral("127.0.0.1:%1").arg(c->socket.localPort());
    QDeadlineTimer deadline(5000);
    while (c->peerId == 0 && !deadline.hasExpired()) {
        for (const Net::PeerInfo &p : m_server->peers()) {
            if (p.address == address && p.state == Protocol::ReadyState::Open)
                c->peerId = p.id;
        }
        if (c->peerId == 0)
            QTest::qWait(10);
    }
    if (c->peerId == 0)
        return nullptr;
    m_clients.push_back(std::move(client));
    return c;
}

QList<Traffic::TrafficRecord> TestServerEndpoint::records(quint32 peer, Direction direction,
                                                          RecordKind kind, quint8 opcode) const
{
    QList<Traffic::TrafficRecord> out;
    for (const Traffic::TrafficRecord &r : m_store->since(0)) {
        if (r.connectionId == peer && r.direction == direction && r.kind == kind
            && r.opcode == opcode)
            out.append(r);
    }
    return out;
}

void TestServerEndpoint::replyRulesExpandEveryMacro_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<QList<quint32>>("words");
    QTest::addColumn<QByteArray>("expected");
    for (const Testing::TemplateCase &c : Testing::templateCases())
        QTest::newRow(c.name) << c.text << c.randomWords << c.expectedInReply;
}

void TestServerEndpoint::replyRulesExpandEveryMacro()
{
    QFETCH(QByteArray, reply);
    QFETCH(QList<quint32>, words);
    QFETCH(QByteArray, expected);
    Net::ServerOptions options;
    options.rules = {{QStringLiteral("^hi "), Net::Template(reply), false}};
    QVERIFY(startServer(options, Testing::sequenceRandom(words)));
    Client *c = connectClient();
    QVERIFY(c);
    c->socket.sendTextMessage(QString::fromUtf8(Testing::kTemplateMessage));
    QTRY_COMPARE_WITH_TIMEOUT(c->texts.size(), 1, 5000);
    QCOMPARE(c->texts.first().toUtf8(), expected);
}

void TestServerEndpoint::pushesShareTheCounterAndAnswerNoMessage()
{
    Net::ServerOptions options;
    options.rules
        = {{QStringLiteral("^count$"), Net::Template(QByteArray("rule {{counter}}")), false}};
    QVERIFY(startServer(options, Testing::sequenceRandom({1})));
    Client *c = connectClient();
    QVERIFY(c);
    c->socket.sendTextMessage(QStringLiteral("count"));
    QTRY_COMPARE_WITH_TIMEOUT(c->texts, QStringList {QStringLiteral("rule 1")}, 5000);
    QString error;
    Net::PushSchedule push;
    push.intervalMs = 20;
    push.message = Net::Template(QByteArray("push {{counter}} {{message}} {{timestamp}}"));
    QVERIFY2(m_server->setBehaviour(false, false, options.rules, {push}, &error),
             qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(c->texts.size() >= 2, 5000);
    QCOMPARE(c->texts.at(1), QStringLiteral("push 2 {{message}} 1700000000123"));
}

void TestServerEndpoint::pingOnePeerAndItsPongComesBack()
{
    QVERIFY(startServer({}));
    Client *a = connectClient();
    Client *b = connectClient();
    QVERIFY(a && b);
    const Net::PeerSendResult result = m_server->pingPeer(a->peerId, "are you there");
    QVERIFY(result.peerFound);
    QCOMPARE(result.status, SendStatus::Sent);
    QVERIFY(result.sent());
    const quint8 ping = Protocol::toRaw(Protocol::Opcode::Ping);
    const quint8 pong = Protocol::toRaw(Protocol::Opcode::Pong);
    QTRY_COMPARE_WITH_TIMEOUT(
        records(a->peerId, Direction::Inbound, RecordKind::Frame, pong).size(), 1, 5000);
    QCOMPARE(records(a->peerId, Direction::Inbound, RecordKind::Frame, pong).first().bytes,
             QByteArray("are you there"));
    QCOMPARE(records(a->peerId, Direction::Outbound, RecordKind::Frame, ping).size(), 1);
    QTest::qWait(100);
    QVERIFY(records(b->peerId, Direction::Outbound, RecordKind::Frame, ping).isEmpty());
    QVERIFY(records(b->peerId, Direction::Inbound, RecordKind::Frame, pong).isEmpty());
}

void TestServerEndpoint::pingAllReachesEveryOpenPeer()
{
    QVERIFY(startServer({}));
    Client *a = connectClient();
    Client *b = connectClient();
    QVERIFY(a && b);
    const Net::BroadcastResult result = m_server->pingAll("all of you");
    QCOMPARE(result.sent, 2);
    QVERIFY(result.notSent.isEmpty());
    const quint8 pong = Protocol::toRaw(Protocol::Opcode::Pong);
    for (const Client *c : {a, b}) {
        QTRY_COMPARE_WITH_TIMEOUT(
            records(c->peerId, Direction::Inbound, RecordKind::Frame, pong).size(), 1, 5000);
        QCOMPARE(records(c->peerId, Direction::Inbound, RecordKind::Frame, pong).first().bytes,
                 QByteArray("all of you"));
    }
}

void TestServerEndpoint::rawFrameToOnePeerAndToAll()
{
    QVERIFY(startServer({}));
    Client *a = connectClient();
    Client *b = connectClient();
    QVERIFY(a && b);
    // One message in two hand-made fragments: text without FIN, then a final continuation.
    Protocol::FrameSpec first;
    first.fin = false;
    first.payload = "raw to ";
    Protocol::FrameSpec last;
    last.opcode = Protocol::toRaw(Protocol::Opcode::Continuation);
    last.payload = "one";
    QVERIFY(m_server->sendFrameTo(a->peerId, first).sent());
    QTest::qWait(50);
    QVERIFY(a->texts.isEmpty()); // not a whole message yet
    QVERIFY(m_server->sendFrameTo(a->peerId, last).sent());
    QTRY_COMPARE_WITH_TIMEOUT(a->texts, QStringList {QStringLiteral("raw to one")}, 5000);
    const QList<Traffic::TrafficRecord> sent
        = records(a->peerId, Direction::Outbound, RecordKind::Frame, first.opcode);
    QCOMPARE(sent.size(), 1);
    QVERIFY(!sent.first().fin);

    Protocol::FrameSpec all;
    all.payload = "raw to all";
    const Net::BroadcastResult result = m_server->sendFrameToAll(all);
    QCOMPARE(result.sent, 2);
    QVERIFY(result.notSent.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(b->texts, QStringList {QStringLiteral("raw to all")}, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(
        a->texts, (QStringList {QStringLiteral("raw to one"), QStringLiteral("raw to all")}), 5000);
}

void TestServerEndpoint::rawFrameMayBreakTheRules()
{
    QVERIFY(startServer({}));
    Client *a = connectClient();
    QVERIFY(a);
    QSignalSpy disconnected(&a->socket, &QWebSocket::disconnected);
    // RSV1 without an extension that defines it: RFC 6455 §5.2 says the client must fail.
    Protocol::FrameSpec bad;
    bad.rsv = Protocol::Rsv::Rsv1;
    bad.payload = "not compressed";
    QVERIFY(m_server->sendFrameTo(a->peerId, bad).sent());
    QVERIFY(disconnected.wait(5000));
    QVERIFY(a->texts.isEmpty());
}

void TestServerEndpoint::sendsThatCannotGoOutSayWhy()
{
    QVERIFY(startServer({}));
    Client *open = connectClient();
    QVERIFY(open);
    // No such peer.
    QVERIFY(!m_server->pingPeer(0xFFFF, "x").peerFound);
    QVERIFY(!m_server->sendFrameTo(0xFFFF, {}).peerFound);
    QVERIFY(!m_server->sendTo(0xFFFF, 0x1, "x").peerFound);
    QVERIFY(!m_server->closePeer(0xFFFF, 1000).peerFound);
    QVERIFY(!m_server->pingPeer(0xFFFF, "x").sent());
    // A Ping carries at most 125 bytes (RFC 6455 §5.5).
    const Net::PeerSendResult tooLong = m_server->pingPeer(open->peerId, QByteArray(126, 'p'));
    QVERIFY(tooLong.peerFound);
    QCOMPARE(tooLong.status, SendStatus::InvalidArgument);

    // A TCP connection that never sends its handshake stays CONNECTING.
    QTcpSocket silent;
    silent.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(silent.waitForConnected(5000));
    QTRY_COMPARE_WITH_TIMEOUT(m_server->peerCount(), 2, 5000);
    quint32 connecting = 0;
    for (const Net::PeerInfo &p : m_server->peers())
        connecting = p.state == Protocol::ReadyState::Connecting ? p.id : connecting;
    QVERIFY(connecting != 0);
    QCOMPARE(m_server->pingPeer(connecting).status, SendStatus::NotOpen);
    QCOMPARE(m_server->sendFrameTo(connecting, {}).status, SendStatus::NotOpen);
    QCOMPARE(m_server->sendTo(connecting, 0x1, "x").status, SendStatus::NotOpen);
    const Net::BroadcastResult ping = m_server->pingAll();
    QCOMPARE(ping.sent, 1);
    QCOMPARE(ping.notSent.size(), 1);
    QCOMPARE(ping.notSent.first().first, connecting);
    QCOMPARE(ping.notSent.first().second, SendStatus::NotOpen);
}

void TestServerEndpoint::closeEveryPeerKeepsListening()
{
    QVERIFY(startServer({}));
    Client *a = connectClient();
    Client *b = connectClient();
    QVERIFY(a && b);
    QSignalSpy aGone(&a->socket, &QWebSocket::disconnected);
    QSignalSpy bGone(&b->socket, &QWebSocket::disconnected);
    const Net::BroadcastResult result = m_server->closeEveryPeer(4001, "bye all");
    QCOMPARE(result.sent, 2);
    // Closing now: no more messages or Pings; a raw frame still goes to a chosen peer.
    QCOMPARE(m_server->pingPeer(a->peerId).status, SendStatus::Discarded);
    QCOMPARE(m_server->sendTo(a->peerId, 0x1, "late").status, SendStatus::Discarded);
    QCOMPARE(m_server->broadcast(0x1, "late").notSent.size(), 2);
    QVERIFY(m_server->sendFrameTo(a->peerId, {}).sent());
    QVERIFY(aGone.count() > 0 || aGone.wait(5000));
    QVERIFY(bGone.count() > 0 || bGone.wait(5000));
    QCOMPARE(int(a->socket.closeCode()), 4001);
    QCOMPARE(b->socket.closeReason(), QStringLiteral("bye all"));
    // Still listening: a new client connects.
    QVERIFY(connectClient());
}

bool TestServerEndpoint::connectSlowReader(SlowReader &reader)
{
    reader.socket.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 16 * 1024);
    reader.socket.setReadBufferSize(16 * 1024);
    reader.socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QDeadlineTimer deadline(5000);
    while (reader.socket.state() != QAbstractSocket::ConnectedState && !deadline.hasExpired())
        QTest::qWait(2);
    reader.socket.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
                        "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                        "Sec-WebSocket-Version: 13\r\n\r\n");
    QByteArray head;
    while (!head.contains("\r\n\r\n") && !deadline.hasExpired()) {
        QTest::qWait(2); // the server runs in this thread
        head += reader.socket.readAll();
    }
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (!head.startsWith("HTTP/1.1 101") || end < 0)
        return false;
    reader.received = head.mid(end + 4);
    const QString address = QStringLiteral("127.0.0.1:%1").arg(reader.socket.localPort());
    while (reader.peerId == 0 && !deadline.hasExpired()) {
        for (const Net::PeerInfo &p : m_server->peers()) {
            if (p.address == address && p.state == Protocol::ReadyState::Open)
                reader.peerId = p.id;
        }
        if (reader.peerId == 0)
            QTest::qWait(10);
    }
    return reader.peerId != 0;
}

void TestServerEndpoint::readUntil(SlowReader &reader, qsizetype bytes)
{
    QDeadlineTimer deadline(10000);
    while (reader.received.size() < bytes && !deadline.hasExpired()) {
        QTest::qWait(1); // the server runs in this thread: it writes as the reader drains
        reader.received += reader.socket.readAll();
    }
}

quint64 TestServerEndpoint::bufferedAmountOf(quint32 peerId) const
{
    for (const Net::PeerInfo &p : m_server->peers()) {
        if (p.id == peerId)
            return p.bufferedAmount;
    }
    return 0;
}

void TestServerEndpoint::heldBytesGoOutWholeBeforeTheClose()
{
    QVERIFY(startServer({}));
    SlowReader reader;
    QVERIFY(connectSlowReader(reader));
    QByteArray big(4 * 1024 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < big.size(); ++i)
        big[i] = char((i * 31) >> 3);
    QVERIFY(m_server->sendTo(reader.peerId, 0x2, big).sent());
    // More than the socket buffers take: the server holds the rest, unwritten.
    QVERIFY(bufferedAmountOf(reader.peerId) > 0);
    QVERIFY(m_server->closePeer(reader.peerId, 1000, "done").sent());
    // The reader answers the Close at once: the closing handshake is complete while the
    // server still holds the message and its own Close.
    reader.socket.write(QByteArray::fromHex("88820000000003e8"));
    // The whole message, then the Close: nothing lost, nothing out of order.
    const QByteArray header = QByteArray::fromHex("827f0000000000400000");
    const QByteArray close = QByteArray::fromHex("8806") + QByteArray::fromHex("03e8") + "done";
    readUntil(reader, header.size() + big.size() + close.size());
    QCOMPARE(reader.received.size(), header.size() + big.size() + close.size());
    QCOMPARE(reader.received.first(header.size()).toHex(), header.toHex());
    QVERIFY(reader.received.sliced(header.size(), big.size()) == big);
    QCOMPARE(reader.received.last(close.size()).toHex(), close.toHex());
    QTRY_COMPARE_WITH_TIMEOUT(bufferedAmountOf(reader.peerId), quint64(0), 5000);
}

QTEST_MAIN(TestServerEndpoint)

// Messages are announced only while something listens: a listener that arrives while a peer is
// open hears what follows; one that leaves hears nothing more, and the others still do.
void TestServerEndpoint::messageListenersComeAndGo()
{
    Net::ServerOptions options;
    options.echo = true;
    QVERIFY(startServer(options));
    Client *c = connectClient();
    QVERIFY(c);
    c->socket.sendTextMessage(QStringLiteral("unheard"));
    QTRY_COMPARE_WITH_TIMEOUT(c->texts.size(), 1, 5000);

    QByteArrayList first;
    QObject firstListener; // gone at the end of the test, and its connection with it
    const auto firstConnection
        = connect(m_server.get(), &Net::ServerEndpoint::messageReceived, &firstListener,
                  [&first](quint32, quint8, const QByteArray &payload) { first << payload; });
    QSignalSpy second(m_server.get(), &Net::ServerEndpoint::messageReceived);
    c->socket.sendTextMessage(QStringLiteral("both"));
    QTRY_COMPARE_WITH_TIMEOUT(second.size(), 1, 5000);
    QCOMPARE(second.at(0).at(2).toByteArray(), QByteArray("both"));
    QCOMPARE(first, QByteArrayList {"both"});

    QVERIFY(disconnect(firstConnection));
    c->socket.sendTextMessage(QStringLiteral("second only"));
    QTRY_COMPARE_WITH_TIMEOUT(second.size(), 2, 5000);
    QCOMPARE(second.at(1).at(2).toByteArray(), QByteArray("second only"));
    QCOMPARE(first, QByteArrayList {"both"});
    QTRY_COMPARE_WITH_TIMEOUT(c->texts.size(), 3, 5000); // the echo answered every one
}

void TestServerEndpoint::unkeptPayloadsAreReusedKeptOnesStay()
{
    // Nothing recorded: a message's payload is free once its echo is queued.
    Net::ServerOptions options;
    options.echo = true;
    options.peer.capture = Net::CaptureLevel::None;
    QVERIFY(startServer(options));
    Client *c = connectClient();
    QVERIFY(c);
    const qsizetype sparesBefore = Protocol::PayloadSpares::count();

    // One at a time: each payload goes back to the spares after its echo, and the next one
    // takes it. Without that, the spares only shrink.
    QStringList sent;
    for (int i = 0; i < 20; ++i) {
        sent << QStringLiteral("unkept %1 ").arg(i) + QString(i * 7, QLatin1Char('x'));
        c->socket.sendTextMessage(sent.last());
        QTRY_COMPARE_WITH_TIMEOUT(c->texts.size(), i + 1, 5000);
    }
    QCOMPARE(c->texts, sent);
    QVERIFY(Protocol::PayloadSpares::count() >= 1);
    QVERIFY(Protocol::PayloadSpares::count() >= sparesBefore);

    // A listener that keeps what it heard shares those buffers: they are never handed on, and
    // what it kept stays as it was while later messages reuse the spares.
    QByteArrayList kept;
    QObject listener;
    connect(m_server.get(), &Net::ServerEndpoint::messageReceived, &listener,
            [&kept](quint32, quint8, const QByteArray &payload) { kept << payload; });
    QByteArrayList expected;
    for (int i = 0; i < 20; ++i) {
        expected << "kept " + QByteArray::number(i) + QByteArray(i * 5, 'y');
        c->socket.sendTextMessage(QString::fromUtf8(expected.last()));
    }
    QTRY_COMPARE_WITH_TIMEOUT(c->texts.size(), 40, 5000);
    QCOMPARE(kept, expected);
    QObject::disconnect(m_server.get(), nullptr, &listener, nullptr);
    for (int i = 0; i < 20; ++i)
        c->socket.sendTextMessage(QStringLiteral("later %1").arg(i));
    QTRY_COMPARE_WITH_TIMEOUT(c->texts.size(), 60, 5000);
    QCOMPARE(kept, expected);
    for (int i = 0; i < 20; ++i)
        QCOMPARE(c->texts.at(40 + i), QStringLiteral("later %1").arg(i));
}

#include "tst_server_endpoint.moc"
