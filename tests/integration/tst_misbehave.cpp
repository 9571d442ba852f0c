// A server that misbehaves on purpose: for each rule it breaks, a real client (Python
// `websockets`, and our own ClientEndpoint) reacts as RFC 6455 says, and the traffic store
// holds the frames that really went out.
#include "core/net/client_endpoint.h"
#include "core/net/io_thread.h"
#include "core/net/server_endpoint.h"
#include "core/traffic/clock.h"
#include "core/traffic/connection_id.h"
#include "core/traffic/traffic_store.h"
#include "tests/integration/support/process_runner.h"

#include <QTest>

using namespace WsBench;
using namespace WsBench::Testing;
using Kind = Net::Misbehaviour::Kind;
using Misbehaviours = QList<Net::Misbehaviour>;

Q_DECLARE_METATYPE(Misbehaviours)

class TestMisbehave : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void pythonClientReacts_data();
    void pythonClientReacts();
    void fragmentsArriveWholeAndAreRecorded();
    void ourClientFailsOnBrokenFrames_data();
    void ourClientFailsOnBrokenFrames();
    void delayedResponseKeepsTheClientConnecting();
    void wrongAcceptFailsOurHandshake();
    void noCloseReplyLeavesOurClientToGiveUp();
    void noPongFiresOurPongTimeout();
    void dropTcpAfterOpenEndsWith1006();
    void serveCommandTakesMisbehave();
    void connectHeartbeatGivesUpOnAServerThatNeverPongs();

private:
    struct Client
    {
        Net::ClientEndpoint *endpoint = nullptr;
        bool opened = false;
        bool finished = false;
        quint16 code = 0;
        bool wasClean = false;
        Traffic::Failure failure = Traffic::Failure::None;
        QList<QByteArray> messages;
    };
    QString listen(const Misbehaviours &misbehaviours);
    void start(Client &c, Net::ClientOptions options);
    QList<Traffic::TrafficRecord> recordsOf(quint32 id) const;
    QList<Traffic::TrafficRecord> serverPeerRecords() const;

    Traffic::TrafficStore m_store;
    Traffic::SystemClock m_clock;
    Net::IoThread m_io;
    Net::ServerEndpoint *m_server = nullptr;
    quint32 m_serverNumber = 0;
    quint32 m_nextClient = 100;
};

QString TestMisbehave::listen(const Misbehaviours &misbehaviours)
{
    Net::ServerOptions options;
    options.echo = true;
    options.misbehaviours = misbehaviours;
    QString url;
    const quint32 number = ++m_serverNumber;
    m_io.call([&]() {
        m_server = new Net::ServerEndpoint(number, options, &m_store, &m_clock, m_io.context());
        QString error;
        if (m_server->listen(&error))
            url = m_server->url();
    });
    return url;
}

void TestMisbehave::cleanup()
{
    Net::ServerEndpoint *server = std::exchange(m_server, nullptr);
    m_io.call([server]() { delete server; });
}

void TestMisbehave::start(Client &c, Net::ClientOptions options)
{
    const quint32 id = ++m_nextClient;
    m_io.call([&]() {
        c.endpoint = new Net::ClientEndpoint(id, options, &m_store, &m_clock, m_io.context());
    });
    connect(c.endpoint, &Net::ClientEndpoint::opened, this, [&c]() { c.opened = true; });
    connect(c.endpoint, &Net::ClientEndpoint::messageReceived, this,
            [&c](quint8, const QByteArray &m) { c.messages.append(m); });
    connect(c.endpoint, &Net::ClientEndpoint::finished, this,
            [&c](quint16 code, bool clean, Traffic::Failure failure) {
                c.code = code;
                c.wasClean = clean;
                c.failure = failure;
                c.finished = true;
            });
    Net::ClientEndpoint *e = c.endpoint;
    m_io.post([e]() { e->open(); });
}

QList<Traffic::TrafficRecord> TestMisbehave::recordsOf(quint32 id) const
{
    QList<Traffic::TrafficRecord> out;
    for (const auto &r : m_store.since(0)) {
        if (r.connectionId == id)
            out.append(r);
    }
    return out;
}

// The records of the current server's peers, in order.
QList<Traffic::TrafficRecord> TestMisbehave::serverPeerRecords() const
{
    QList<Traffic::TrafficRecord> out;
    for (const auto &r : m_store.since(0)) {
        const Traffic::ConnectionId id(r.connectionId);
        if (id.isServerPeer() && id.serverNumber() == m_serverNumber)
            out.append(r);
    }
    return out;
}

static QList<Traffic::TrafficRecord> outboundDataFrames(const QList<Traffic::TrafficRecord> &all)
{
    QList<Traffic::TrafficRecord> out;
    for (const auto &r : all) {
        if (r.hasFrame() && r.direction == Traffic::Direction::Outbound && r.opcode < 0x8)
            out.append(r);
    }
    return out;
}

void TestMisbehave::pythonClientReacts_data()
{
    QTest::addColumn<Misbehaviours>("misbehaviours");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("expected"); // the line the client ends with (a pattern)
    // RFC 6455 §4.1: each broken handshake fails the connection before it opens.
    QTest::newRow("wrong-accept") << Misbehaviours {{Kind::WrongAccept, 0}}
                                  << QStringLiteral("send")
                                  << QStringLiteral("^handshake-error InvalidHeaderValue$");
    QTest::newRow("status=403") << Misbehaviours {{Kind::Status, 403}} << QStringLiteral("send")
                                << QStringLiteral("^handshake-error InvalidStatusCode$");
    QTest::newRow("status=200") << Misbehaviours {{Kind::Status, 200}} << QStringLiteral("send")
                                << QStringLiteral("^handshake-error InvalidStatusCode$");
    QTest::newRow("unoffered-subprotocol")
        << Misbehaviours {{Kind::UnofferedSubprotocol, 0}} << QStringLiteral("send")
        << QStringLiteral("^handshake-error InvalidHandshake$");
    QTest::newRow("unoffered-extension")
        << Misbehaviours {{Kind::UnofferedExtension, 0}} << QStringLiteral("send")
        << QStringLiteral("^handshake-error (NegotiationError|InvalidHandshake)$");
    // A control: the same client against a server that behaves.
    QTest::newRow("none") << Misbehaviours {} << QStringLiteral("send")
                          << QStringLiteral("^text hello world$");
    QTest::newRow("delay-101=300")
        << Misbehaviours {{Kind::Delay101, 300}} << QStringLiteral("send")
        << QStringLiteral("^text hello world$");
    // Allowed: a fragmented message, and Pings between the fragments, arrive whole.
    QTest::newRow("fragment=3") << Misbehaviours {{Kind::Fragment, 3}} << QStringLiteral("send")
                                << QStringLiteral("^text hello world$");
    QTest::newRow("ping-in-fragments")
        << Misbehaviours {{Kind::Fragment, 4}, {Kind::PingInFragments, 0}} << QStringLiteral("send")
        << QStringLiteral("^text hello world$");
    // Frame rules: the client fails the connection with the code the RFC gives.
    QTest::newRow("masked-frame") << Misbehaviours {{Kind::MaskedFrame, 0}}
                                  << QStringLiteral("send")
                                  << QStringLiteral("^closed \\d+ sent 1002$");
    QTest::newRow("reserved-opcode")
        << Misbehaviours {{Kind::ReservedOpcode, 0}} << QStringLiteral("send")
        << QStringLiteral("^closed \\d+ sent 1002$");
    QTest::newRow("invalid-utf8") << Misbehaviours {{Kind::InvalidUtf8, 0}}
                                  << QStringLiteral("send")
                                  << QStringLiteral("^closed \\d+ sent 1007$");
    // No Close frame at all: 1006 (RFC 6455 §7.1.5).
    QTest::newRow("drop-tcp") << Misbehaviours {{Kind::DropTcp, 0}} << QStringLiteral("send")
                              << QStringLiteral("^closed 1006 sent None$");
    QTest::newRow("reset-mid-message")
        << Misbehaviours {{Kind::ResetMidMessage, 0}} << QStringLiteral("send")
        << QStringLiteral("^closed 1006 sent None$");
    QTest::newRow("ping answered")
        << Misbehaviours {} << QStringLiteral("ping") << QStringLiteral("^pong$");
    QTest::newRow("no-pong") << Misbehaviours {{Kind::NoPong, 0}} << QStringLiteral("ping")
                             << QStringLiteral("^pong-timeout$");
    QTest::newRow("close answered")
        << Misbehaviours {} << QStringLiteral("close") << QStringLiteral("^closed 1000$");
    QTest::newRow("no-close-reply") << Misbehaviours {{Kind::NoCloseReply, 0}}
                                    << QStringLiteral("close") << QStringLiteral("^closed 1006$");
}

void TestMisbehave::pythonClientReacts()
{
    QFETCH(Misbehaviours, misbehaviours);
    QFETCH(QString, mode);
    QFETCH(QString, expected);
    const QString url = listen(misbehaviours);
    QVERIFY(!url.isEmpty());
    ProcessRunner client(
        ProcessRunner::python(),
        {ProcessRunner::peersDir() + QStringLiteral("/py_misbehave_client.py"), url, mode});
    QCOMPARE(client.finish(), 0);
    const QStringList lines = client.lines();
    QVERIFY2(!lines.isEmpty(), qPrintable(client.output()));
    QVERIFY2(QRegularExpression(expected).match(lines.last()).hasMatch(),
             qPrintable(client.output()));
}

// fragment=3: our client gets the message whole; the store holds the three frames that went.
void TestMisbehave::fragmentsArriveWholeAndAreRecorded()
{
    const QString url = listen({{Kind::Fragment, 3}});
    Client c;
    Net::ClientOptions options;
    options.url = url;
    start(c, options);
    QTRY_VERIFY_WITH_TIMEOUT(c.opened, 5000);
    m_io.call([&]() { c.endpoint->connection()->sendText("hello world"); });
    QTRY_COMPARE_WITH_TIMEOUT(c.messages.size(), 1, 5000);
    QCOMPARE(c.messages.first(), QByteArray("hello world"));
    const auto sent = outboundDataFrames(serverPeerRecords());
    QCOMPARE(sent.size(), 3);
    QCOMPARE(sent[0].opcode, quint8(0x1));
    QCOMPARE(sent[1].opcode, quint8(0x0));
    QCOMPARE(sent[2].opcode, quint8(0x0));
    QVERIFY(!sent[0].fin && !sent[1].fin && sent[2].fin);
    QCOMPARE(sent[0].bytes + sent[1].bytes + sent[2].bytes, QByteArray("hello world"));
    int received = 0;
    for (const auto &r : recordsOf(c.endpoint->id()))
        received += r.hasFrame() && r.direction == Traffic::Direction::Inbound ? 1 : 0;
    QCOMPARE(received, 3);
    m_io.post([e = c.endpoint]() { e->close(); });
    QTRY_VERIFY_WITH_TIMEOUT(c.finished, 5000);
    QCOMPARE(c.code, quint16(1000));
}

void TestMisbehave::ourClientFailsOnBrokenFrames_data()
{
    QTest::addColumn<Misbehaviours>("misbehaviours");
    QTest::addColumn<int>("code");
    QTest::newRow("masked-frame") << Misbehaviours {{Kind::MaskedFrame, 0}} << 1002;
    QTest::newRow("reserved-opcode") << Misbehaviours {{Kind::ReservedOpcode, 0}} << 1002;
    QTest::newRow("invalid-utf8") << Misbehaviours {{Kind::InvalidUtf8, 0}} << 1007;
    QTest::newRow("masked fragments")
        << Misbehaviours {{Kind::Fragment, 2}, {Kind::MaskedFrame, 0}} << 1002;
}

// Our client sends the Close code the RFC gives, and the store shows the frame that caused it.
void TestMisbehave::ourClientFailsOnBrokenFrames()
{
    QFETCH(Misbehaviours, misbehaviours);
    QFETCH(int, code);
    const QString url = listen(misbehaviours);
    Client c;
    Net::ClientOptions options;
    options.url = url;
    start(c, options);
    QTRY_VERIFY_WITH_TIMEOUT(c.opened, 5000);
    m_io.call([&]() { c.endpoint->connection()->sendText("hello world"); });
    QTRY_VERIFY_WITH_TIMEOUT(c.finished, 5000);
    QVERIFY(c.messages.isEmpty());
    quint16 sentCode = 0;
    for (const auto &r : recordsOf(c.endpoint->id())) {
        if (r.hasFrame() && r.direction == Traffic::Direction::Outbound && r.opcode == 0x8)
            sentCode = r.closeCode;
    }
    QCOMPARE(int(sentCode), code);
    const auto sent = outboundDataFrames(serverPeerRecords());
    QVERIFY(!sent.isEmpty());
    const Traffic::TrafficRecord &first = sent.first();
    if (code == 1007)
        QVERIFY(first.bytes.endsWith(Net::kInvalidUtf8Tail));
    else
        QVERIFY(first.masked || first.opcode == 0x3);
}

// delay-101: the client stays CONNECTING until the server's 101 goes out.
void TestMisbehave::delayedResponseKeepsTheClientConnecting()
{
    const QString url = listen({{Kind::Delay101, 200}});
    Client c;
    Net::ClientOptions options;
    options.url = url;
    start(c, options);
    QTRY_VERIFY_WITH_TIMEOUT(c.opened, 5000);
    quint64 held = 0, responded = 0, opened = 0;
    for (const auto &r : m_store.since(0)) {
        const Traffic::ConnectionId id(r.connectionId);
        if (id.isServerPeer() && id.serverNumber() == m_serverNumber) {
            if (r.kind == Traffic::RecordKind::Note && r.note == Traffic::Note::Misbehaving
                && r.arguments() == QList<QByteArray> {"delay-101=200"})
                held = r.id;
            if (r.kind == Traffic::RecordKind::HandshakeResponse)
                responded = r.id;
        }
        if (r.connectionId == c.endpoint->id() && r.kind == Traffic::RecordKind::State
            && r.readyState == Protocol::ReadyState::Open)
            opened = r.id;
    }
    QVERIFY(held > 0);
    QVERIFY(held < responded);
    QVERIFY(responded < opened);
    for (const auto &r : recordsOf(c.endpoint->id())) { // nothing opened before the response
        if (r.id < responded)
            QCOMPARE(r.readyState, Protocol::ReadyState::Connecting);
    }
    m_io.post([e = c.endpoint]() { e->close(); });
    QTRY_VERIFY_WITH_TIMEOUT(c.finished, 5000);
}

void TestMisbehave::wrongAcceptFailsOurHandshake()
{
    const QString url = listen({{Kind::WrongAccept, 0}});
    Client c;
    Net::ClientOptions options;
    options.url = url;
    start(c, options);
    QTRY_VERIFY_WITH_TIMEOUT(c.finished, 5000);
    QVERIFY(!c.opened);
    QCOMPARE(c.failure, Traffic::Failure::BadAccept);
    QCOMPARE(c.code, quint16(1006));
}

// no-close-reply: our client waits for the server's Close within its limit, then closes TCP.
void TestMisbehave::noCloseReplyLeavesOurClientToGiveUp()
{
    const QString url = listen({{Kind::NoCloseReply, 0}});
    Client c;
    Net::ClientOptions options;
    options.url = url;
    options.peer.closeMs = 300;
    start(c, options);
    QTRY_VERIFY_WITH_TIMEOUT(c.opened, 5000);
    m_io.post([e = c.endpoint]() { e->close(); });
    QTRY_VERIFY_WITH_TIMEOUT(c.finished, 5000);
    QCOMPARE(c.code, quint16(1006));
    QVERIFY(!c.wasClean);
    QCOMPARE(c.failure, Traffic::Failure::CloseTimeout);
    for (const auto &r : serverPeerRecords()) // the server never sent a Close
        QVERIFY(!(r.hasFrame() && r.direction == Traffic::Direction::Outbound && r.opcode == 0x8));
}

void TestMisbehave::noPongFiresOurPongTimeout()
{
    const QString url = listen({{Kind::NoPong, 0}});
    Client c;
    Net::ClientOptions options;
    options.url = url;
    options.peer.pingIntervalMs = 50;
    options.peer.pongTimeoutMs = 200;
    options.peer.closeMs = 300;
    start(c, options);
    QTRY_VERIFY_WITH_TIMEOUT(c.finished, 5000);
    QVERIFY(c.opened);
    QCOMPARE(c.failure, Traffic::Failure::PongTimeout);
}

void TestMisbehave::dropTcpAfterOpenEndsWith1006()
{
    const QString url = listen({{Kind::DropTcp, 100}});
    Client c;
    Net::ClientOptions options;
    options.url = url;
    start(c, options);
    QTRY_VERIFY_WITH_TIMEOUT(c.finished, 5000);
    QVERIFY(c.opened);
    QCOMPARE(c.code, quint16(1006));
    QVERIFY(!c.wasClean);
    for (const auto &r : recordsOf(c.endpoint->id())) // no Close frame either way
        QVERIFY(!(r.hasFrame() && r.opcode == 0x8));
}

// wsbench serve --misbehave goes through the profile; an unknown kind is a usage error that
// lists the valid kinds, and --help describes every kind.
void TestMisbehave::serveCommandTakesMisbehave()
{
    ProcessRunner unknown(
        ProcessRunner::wsbench(),
        {QStringLiteral("serve"), QStringLiteral("--misbehave"), QStringLiteral("rude")});
    QCOMPARE(unknown.finish(), 2);
    QVERIFY2(unknown.output().contains(QLatin1String("wrong-accept"))
                 && unknown.output().contains(QLatin1String("invalid-utf8"))
                 && unknown.output().contains(QLatin1String("\"rude\"")),
             qPrintable(unknown.output()));
    ProcessRunner badValue(
        ProcessRunner::wsbench(),
        {QStringLiteral("serve"), QStringLiteral("--misbehave"), QStringLiteral("fragment=1")});
    QCOMPARE(badValue.finish(), 2);
    ProcessRunner help(ProcessRunner::wsbench(), {QStringLiteral("--help")});
    QCOMPARE(help.finish(), 0);
    for (const char *kind : {"wrong-accept", "status=STATUS", "unoffered-subprotocol",
                             "unoffered-extension", "delay-101=MS", "no-pong", "no-close-reply",
                             "drop-tcp=MS", "reset-mid-message", "masked-frame", "reserved-opcode",
                             "fragment=N", "ping-in-fragments", "invalid-utf8", "sloppy-101"})
        QVERIFY2(help.output().contains(QLatin1String(kind)), kind);

    ProcessRunner server(ProcessRunner::wsbench(),
                         {QStringLiteral("serve"), QStringLiteral("--echo"),
                          QStringLiteral("--misbehave"), QStringLiteral("invalid-utf8"),
                          QStringLiteral("--misbehave"), QStringLiteral("fragment=2")});
    const QString url
        = server.waitForLine(QRegularExpression(QStringLiteral("Listening on (ws://\\S+)")));
    QVERIFY2(!url.isEmpty(), qPrintable(server.output()));
    ProcessRunner client(ProcessRunner::python(),
                         {ProcessRunner::peersDir() + QStringLiteral("/py_misbehave_client.py"),
                          url, QStringLiteral("send")});
    QCOMPARE(client.finish(), 0);
    QVERIFY2(client.lines()
                 .value(client.lines().size() - 1)
                 .contains(QRegularExpression(QStringLiteral("^closed \\d+ sent 1007$"))),
             qPrintable(client.output()));
    // The transcript names every kind, with and without a value.
    QVERIFY2(server.output().contains(
                 QLatin1String("Misbehaving on purpose: invalid UTF-8, 2 fragments")),
             qPrintable(server.output()));
    server.terminate();
    QCOMPARE(server.finish(), 0);
}

void TestMisbehave::connectHeartbeatGivesUpOnAServerThatNeverPongs()
{
    ProcessRunner server(ProcessRunner::wsbench(),
                         {QStringLiteral("serve"), QStringLiteral("--echo"),
                          QStringLiteral("--misbehave"), QStringLiteral("no-pong")});
    const QString url
        = server.waitForLine(QRegularExpression(QStringLiteral("Listening on (ws://\\S+)")));
    QVERIFY2(!url.isEmpty(), qPrintable(server.output()));
    // A heartbeat every 200 ms, 300 ms for each Pong: the client fails the connection, as
    // `--wait 20000` would otherwise keep it open for 20 s.
    ProcessRunner client(ProcessRunner::wsbench(),
                         {QStringLiteral("connect"), url, QStringLiteral("--ping-interval"),
                          QStringLiteral("200"), QStringLiteral("--pong-timeout"),
                          QStringLiteral("300"), QStringLiteral("--wait"), QStringLiteral("20000"),
                          QStringLiteral("--json")});
    QCOMPARE(client.finish(), 1);
    QVERIFY2(client.output().contains(QLatin1String("\"error\":\"PongTimeout\"")),
             qPrintable(client.output()));
    ProcessRunner bad(
        ProcessRunner::wsbench(),
        {QStringLiteral("connect"), url, QStringLiteral("--pong-timeout"), QStringLiteral("soon")});
    QCOMPARE(bad.finish(), 2);
    server.terminate();
    QCOMPARE(server.finish(), 0);
}

QTEST_GUILESS_MAIN(TestMisbehave)
#include "tst_misbehave.moc"
