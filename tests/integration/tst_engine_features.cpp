// Engine features on loopback: ping interval and pong timeout, reconnect with backoff, idle
// timeout, connection limit, reply rules, broadcast, origin allow-list and raw frames.
#include "core/net/client_endpoint.h"
#include "core/net/io_thread.h"
#include "core/net/server_endpoint.h"
#include "core/traffic/clock.h"
#include "core/traffic/traffic_store.h"
#include "tests/integration/support/process_runner.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace WsBench;
using namespace WsBench::Testing;

class TestEngineFeatures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pingIntervalAndPongTimeout();
    void reconnectsWithBackoff();
    void idleTimeoutClosesWith1001();
    void connectionLimitAnswers503();
    void replyRulesAndBroadcast();
    void originAllowList();
    void rawFrameReachesThePeer();

private:
    struct Client
    {
        Net::ClientEndpoint *endpoint = nullptr;
        bool opened = false;
        bool finished = false;
        quint16 code = 0;
        QList<QByteArray> messages;
    };
    void start(Client &c, const Net::ClientOptions &options, quint32 id);

    Traffic::TrafficStore m_store;
    Traffic::SystemClock m_clock;
    Net::IoThread m_io;
};

void TestEngineFeatures::start(Client &c, const Net::ClientOptions &options, quint32 id)
{
    m_io.call([&]() {
        c.endpoint = new Net::ClientEndpoint(id, options, &m_store, &m_clock, m_io.context());
    });
    connect(c.endpoint, &Net::ClientEndpoint::opened, this, [&c]() { c.opened = true; });
    connect(c.endpoint, &Net::ClientEndpoint::messageReceived, this,
            [&c](quint8, const QByteArray &m) { c.messages.append(m); });
    connect(c.endpoint, &Net::ClientEndpoint::finished, this, [&c](quint16 code, bool) {
        c.code = code;
        c.finished = true;
    });
    Net::ClientEndpoint *e = c.endpoint;
    m_io.post([e]() { e->open(); });
}

static QList<Traffic::TrafficRecord> recordsOf(const Traffic::TrafficStore &store, quint32 id)
{
    QList<Traffic::TrafficRecord> out;
    for (const auto &r : store.since(0)) {
        if (r.connectionId == id)
            out.append(r);
    }
    return out;
}

void TestEngineFeatures::pingIntervalAndPongTimeout()
{
    // Python websockets answers pings: pongs arrive and nothing times out.
    ProcessRunner echo(ProcessRunner::python(),
                       {ProcessRunner::peersDir() + QStringLiteral("/py_echo_server.py")});
    const QString port = echo.waitForLine(QRegularExpression(QStringLiteral("^ready (\\d+)")));
    Net::ClientOptions options;
    options.url = QStringLiteral("ws://127.0.0.1:%1/").arg(port);
    options.peer.pingIntervalMs = 100;
    options.peer.pongTimeoutMs = 400;
    Client healthy;
    start(healthy, options, 11);
    QTRY_VERIFY_WITH_TIMEOUT(healthy.opened, 5000);
    // The sixth Pong comes half a second after the first Ping, past its pong timeout: only
    // Pongs that reset the limit keep the connection alive that long.
    const auto pongs = [this]() {
        int n = 0;
        for (const auto &r : recordsOf(m_store, 11))
            n += r.kind == Traffic::RecordKind::Frame && r.opcode == 0xA ? 1 : 0;
        return n;
    };
    QTRY_VERIFY2_WITH_TIMEOUT(pongs() >= 6 || healthy.finished,
                              qPrintable(QString::number(pongs())), 5000);
    QVERIFY(!healthy.finished);
    for (const auto &r : recordsOf(m_store, 11))
        QCOMPARE(r.failure, Traffic::Failure::None);
    m_io.post([e = healthy.endpoint]() { e->close(); });
    QTRY_VERIFY_WITH_TIMEOUT(healthy.finished, 5000);

    // A peer that stops reading never answers: the pong timeout fails the connection.
    ProcessRunner silent(ProcessRunner::python(),
                         {ProcessRunner::peersDir() + QStringLiteral("/raw_misbehaving_server.py"),
                          QStringLiteral("never-reads")});
    options.url = QStringLiteral("ws://127.0.0.1:%1/")
                      .arg(silent.waitForLine(QRegularExpression(QStringLiteral("^ready (\\d+)"))));
    options.peer.closeMs = 500;
    Client stuck;
    start(stuck, options, 12);
    QTRY_VERIFY_WITH_TIMEOUT(stuck.finished, 5000);
    bool timedOut = false;
    for (const auto &r : recordsOf(m_store, 12))
        timedOut = timedOut || r.failure == Traffic::Failure::PongTimeout;
    QVERIFY(timedOut);
    QCOMPARE(stuck.code, quint16(1006));
}

void TestEngineFeatures::reconnectsWithBackoff()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close(); // nothing listens there now
    Net::ClientOptions options;
    options.url = QStringLiteral("ws://127.0.0.1:%1/").arg(port);
    options.reconnect = true;
    options.reconnectInitialMs = 50;
    options.reconnectMaxMs = 150;
    options.maxReconnects = 3;
    Client c;
    start(c, options, 13);
    QTRY_VERIFY_WITH_TIMEOUT(c.finished, 5000);
    QList<QList<QByteArray>> reconnects; // delay, attempt, most attempts
    int refused = 0;
    Traffic::Failure ended = Traffic::Failure::None;
    for (const auto &r : recordsOf(m_store, 13)) {
        if (r.kind == Traffic::RecordKind::Note && r.note == Traffic::Note::Reconnecting)
            reconnects << r.arguments();
        if (r.kind == Traffic::RecordKind::Error)
            refused += r.failure == Traffic::Failure::ConnectionRefused ? 1 : 0;
        if (r.kind == Traffic::RecordKind::Close)
            ended = r.failure;
    }
    QCOMPARE(reconnects,
             (QList<QList<QByteArray>> {{"50", "1", "3"}, {"100", "2", "3"}, {"150", "3", "3"}}));
    QCOMPARE(refused, 4);
    QCOMPARE(ended, Traffic::Failure::ConnectionRefused); // the close says why
    QCOMPARE(c.code, quint16(1006));
}

void TestEngineFeatures::idleTimeoutClosesWith1001()
{
    ProcessRunner server(
        ProcessRunner::wsbench(),
        {QStringLiteral("serve"), QStringLiteral("--idle-timeout"), QStringLiteral("300")});
    const QString url
        = server.waitForLine(QRegularExpression(QStringLiteral("Listening on (ws://\\S+)")));
    ProcessRunner client(
        ProcessRunner::wsbench(),
        {QStringLiteral("connect"), url, QStringLiteral("--wait"), QStringLiteral("5000")});
    QCOMPARE(client.finish(10000), 0); // the server's Close is a clean close
    QVERIFY2(client.output().contains(
                 QLatin1String("closed: 1001 (Going Away), clean, reason \"idle timeout\"")),
             qPrintable(client.output()));
}

void TestEngineFeatures::connectionLimitAnswers503()
{
    ProcessRunner server(
        ProcessRunner::wsbench(),
        {QStringLiteral("serve"), QStringLiteral("--max-connections"), QStringLiteral("1")});
    const QString url
        = server.waitForLine(QRegularExpression(QStringLiteral("Listening on (ws://\\S+)")));
    ProcessRunner first(
        ProcessRunner::wsbench(),
        {QStringLiteral("connect"), url, QStringLiteral("--wait"), QStringLiteral("3000")});
    QVERIFY(!first.waitForLine(QRegularExpression(QStringLiteral("OPEN"))).isEmpty());
    ProcessRunner second(ProcessRunner::wsbench(), {QStringLiteral("connect"), url});
    QCOMPARE(second.finish(), 1);
    QVERIFY2(second.output().contains(QLatin1String("HTTP/1.1 503 Service Unavailable")),
             qPrintable(second.output()));
    QVERIFY(
        !server.waitForLine(QRegularExpression(QStringLiteral("Too many connections"))).isEmpty());
}

void TestEngineFeatures::replyRulesAndBroadcast()
{
    ProcessRunner server(ProcessRunner::wsbench(),
                         {QStringLiteral("serve"), QStringLiteral("--broadcast"),
                          QStringLiteral("--rule"),
                          QStringLiteral("^ping (\\d+)$=>pong {{message}} #{{counter}}")});
    const QString url
        = server.waitForLine(QRegularExpression(QStringLiteral("Listening on (ws://\\S+)")));
    ProcessRunner listener(
        ProcessRunner::wsbench(),
        {QStringLiteral("connect"), url, QStringLiteral("--wait"), QStringLiteral("2500")});
    QVERIFY(!listener.waitForLine(QRegularExpression(QStringLiteral("OPEN"))).isEmpty());
    ProcessRunner talker(ProcessRunner::wsbench(),
                         {QStringLiteral("connect"), url, QStringLiteral("--send"),
                          QStringLiteral("ping 5"), QStringLiteral("--send"),
                          QStringLiteral("no rule"), QStringLiteral("--wait"),
                          QStringLiteral("400")});
    QCOMPARE(talker.finish(), 0);
    QVERIFY2(talker.output().contains(QStringLiteral("← text   \"pong ping 5 #1\"")),
             qPrintable(talker.output()));
    QVERIFY(!talker.output().contains(
        QStringLiteral("← text   \"no rule\""))); // not echoed to the sender
    QCOMPARE(listener.finish(), 0);
    QVERIFY(listener.output().contains(QStringLiteral("← text   \"ping 5\"")));
    QVERIFY(listener.output().contains(QStringLiteral("← text   \"no rule\"")));
}

void TestEngineFeatures::originAllowList()
{
    ProcessRunner server(ProcessRunner::wsbench(),
                         {QStringLiteral("serve"), QStringLiteral("--allow-origin"),
                          QStringLiteral("https://good.example")});
    const QString url
        = server.waitForLine(QRegularExpression(QStringLiteral("Listening on (ws://\\S+)")));
    ProcessRunner good(ProcessRunner::wsbench(),
                       {QStringLiteral("connect"), url, QStringLiteral("--origin"),
                        QStringLiteral("https://good.example"), QStringLiteral("--wait"),
                        QStringLiteral("50")});
    QCOMPARE(good.finish(), 0);
    ProcessRunner evil(ProcessRunner::wsbench(),
                       {QStringLiteral("connect"), url, QStringLiteral("--origin"),
                        QStringLiteral("https://evil.example")});
    QCOMPARE(evil.finish(), 1);
    QVERIFY2(evil.output().contains(QLatin1String("HTTP/1.1 403 Forbidden")),
             qPrintable(evil.output()));
    QVERIFY(evil.output().contains(QLatin1String("Origin https://evil.example is not allowed")));
}

void TestEngineFeatures::rawFrameReachesThePeer()
{
    ProcessRunner server(ProcessRunner::wsbench(),
                         {QStringLiteral("serve"), QStringLiteral("--json")});
    const QString url
        = server.waitForLine(QRegularExpression(QStringLiteral("Listening on (ws://[^\\s\"]+)")));
    Net::ClientOptions options;
    options.url = url;
    Client c;
    start(c, options, 14);
    QTRY_VERIFY_WITH_TIMEOUT(c.opened, 5000);
    m_io.post([e = c.endpoint]() {
        Protocol::FrameSpec spec;
        spec.opcode = 0x3; // reserved: the server must fail the connection with 1002
        spec.maskKey = 0x01020304;
        spec.payload = "raw";
        e->connection()->sendFrame(spec);
    });
    QTRY_VERIFY_WITH_TIMEOUT(c.finished, 5000);
    QCOMPARE(c.code, quint16(1002));
    QVERIFY(
        !server.waitForLine(QRegularExpression(QStringLiteral("(\"error\":\"ReservedOpcode\")")))
             .isEmpty());
}

QTEST_GUILESS_MAIN(TestEngineFeatures)
#include "tst_engine_features.moc"
