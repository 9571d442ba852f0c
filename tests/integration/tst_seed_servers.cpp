// The WebSocket tutorials' example servers (tornado, express-ws and a hand-written socket
// server) work with WsBench, or fail with every reason listed.
#include "tests/integration/support/process_runner.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace WsBench::Testing;

class TestSeedServers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tornadoEchoesWithItsPrefix();
    void tornadoBroadcastReachesEveryClient();
    void expressWsGreets();
    void handwrittenServerFailsWithEveryCheckListed();
    void handwrittenServerOpensWhenErrorsAreIgnored();
};

static QString startHandwritten(ProcessRunner &server)
{
    return server.waitForLine(QRegularExpression(QStringLiteral("^ready (\\d+)")));
}

static QString startTornado(ProcessRunner &server)
{
    return server.waitForLine(QRegularExpression(QStringLiteral("^ready (\\d+)")));
}

void TestSeedServers::tornadoEchoesWithItsPrefix()
{
    ProcessRunner server(ProcessRunner::python(),
                         {ProcessRunner::peersDir() + QStringLiteral("/tornado_seed_server.py")});
    const QString port = startTornado(server);
    QVERIFY2(!port.isEmpty(), qPrintable(server.output()));
    ProcessRunner client(ProcessRunner::wsbench(),
                         {QStringLiteral("connect"),
                          QStringLiteral("ws://127.0.0.1:%1/ws").arg(port),
                          QStringLiteral("--send"), QStringLiteral("consumerId"),
                          QStringLiteral("--wait"), QStringLiteral("500")});
    QCOMPARE(client.finish(), 0);
    QVERIFY2(client.output().contains(QStringLiteral("← text   \"接收到客户端的消息consumerId\"")),
             qPrintable(client.output()));
}

// The seed's send_demand_updates pushes to every user in connect_users.
void TestSeedServers::tornadoBroadcastReachesEveryClient()
{
    ProcessRunner server(ProcessRunner::python(),
                         {ProcessRunner::peersDir() + QStringLiteral("/tornado_seed_server.py")});
    const QString port = startTornado(server);
    QVERIFY(!port.isEmpty());
    std::vector<std::unique_ptr<ProcessRunner>> clients;
    const int count = 5;
    for (int i = 0; i < count; ++i)
        clients.push_back(std::make_unique<ProcessRunner>(
            ProcessRunner::wsbench(),
            QStringList {QStringLiteral("connect"),
                         QStringLiteral("ws://127.0.0.1:%1/ws").arg(port), QStringLiteral("--wait"),
                         QStringLiteral("4000")}));
    QCOMPARE(
        server.waitForLine(QRegularExpression(QStringLiteral("^open (%1)$").arg(count)), 15000),
        QString::number(count));
    QNetworkAccessManager http;
    std::unique_ptr<QNetworkReply> reply(http.get(
        QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/broadcast?msg=%2")
                                 .arg(port, QStringLiteral("服务端发送给客户端的消息"))))));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 5000);
    QCOMPARE(reply->readAll(), QByteArray::number(count));
    for (auto &c : clients) {
        QCOMPARE(c->finish(), 0);
        QVERIFY2(c->output().contains(QStringLiteral("← text   \"服务端发送给客户端的消息\"")),
                 qPrintable(c->output()));
    }
}

void TestSeedServers::expressWsGreets()
{
    // Install express and express-ws (from the npm registry) into a scratch copy of the seed.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const char *name : {"server.js", "package.json", "package-lock.json"})
        QVERIFY(QFile::copy(ProcessRunner::peersDir() + QStringLiteral("/express_seed/")
                                + QLatin1String(name),
                            dir.filePath(QLatin1String(name))));
    ProcessRunner npm(
        QStringLiteral("npm"),
        {QStringLiteral("ci"), QStringLiteral("--no-audit"), QStringLiteral("--no-fund")},
        dir.path());
    QVERIFY2(npm.finish(180000) == 0, qPrintable(npm.output()));
    ProcessRunner server(QStringLiteral("node"), {dir.filePath(QStringLiteral("server.js"))},
                         dir.path());
    const QString port = server.waitForLine(QRegularExpression(QStringLiteral("^ready (\\d+)")));
    QVERIFY2(!port.isEmpty(), qPrintable(server.output()));
    ProcessRunner client(ProcessRunner::wsbench(),
                         {QStringLiteral("connect"), QStringLiteral("ws://127.0.0.1:%1/").arg(port),
                          QStringLiteral("--send"), QStringLiteral("from wsbench"),
                          QStringLiteral("--wait"), QStringLiteral("500")});
    QCOMPARE(client.finish(), 0);
    QVERIFY2(client.output().contains(QStringLiteral("← text   \"Hello\"")),
             qPrintable(client.output()));
    // The seed logs what it receives.
    QVERIFY(
        !server.waitForLine(QRegularExpression(QStringLiteral("^from wsbench$")), 5000).isEmpty());
}

// Seed 003's server answers "http/1.1 101", "Upgrade:websocket" and a hixie-era header. The
// client fails on the case of "HTTP" and lists every check of the response, not only that one.
void TestSeedServers::handwrittenServerFailsWithEveryCheckListed()
{
    ProcessRunner server(ProcessRunner::python(),
                         {ProcessRunner::peersDir() + QStringLiteral("/handwritten_seed_server.py"),
                          QStringLiteral("0")});
    const QString port = startHandwritten(server);
    QVERIFY2(!port.isEmpty(), qPrintable(server.output()));
    ProcessRunner client(ProcessRunner::wsbench(),
                         {QStringLiteral("connect"), QStringLiteral("ws://127.0.0.1:%1/").arg(port),
                          QStringLiteral("--wait"), QStringLiteral("200")});
    QCOMPARE(client.finish(), 1);
    const QString out = client.output();
    const auto has = [&out](const QString &text) {
        if (!out.contains(text))
            qWarning("missing: %s", qPrintable(text));
        return out.contains(text);
    };
    // The failure once, in words, then every check once; never the engine's internal name.
    QCOMPARE(out.count(QStringLiteral("✗ \"http\" is not \"HTTP\": \"http/1.1\" is not")), 1);
    QCOMPARE(out.count(QStringLiteral("is not \"HTTP/1.1\"")), 1); // the engine's detail
    QVERIFY2(!out.contains(QLatin1String("HttpNameCase")), qPrintable(out));
    QVERIFY2(has(QStringLiteral(", after the failure above")), qPrintable(out));
    QCOMPARE(out.count(QStringLiteral("Every check of the response:")), 1);
    // The ending failure, with its reason and section, marked.
    QVERIFY2(has(QStringLiteral("✗ fail  Start line: \"http\" must be \"HTTP\"")), qPrintable(out));
    QVERIFY2(has(QStringLiteral("[RFC 9112 §2.3] ← this ended the connection")), qPrintable(out));
    // Past it: the other checks, each with its verdict and section.
    QVERIFY2(has(QStringLiteral("✓ pass  Status 101")), qPrintable(out));
    QVERIFY2(has(QStringLiteral("✓ pass  Upgrade: websocket")), qPrintable(out));
    QVERIFY2(has(QStringLiteral("✓ pass  Sec-WebSocket-Accept")), qPrintable(out));
    QVERIFY2(has(QStringLiteral("! note  Space after colons")), qPrintable(out));
    QVERIFY2(has(QStringLiteral("(No space after the colon (optional whitespace, RFC 9112 "
                                "§5.1): Upgrade:websocket) [RFC 9112 §5.1]")),
             qPrintable(out));
    QVERIFY2(has(QStringLiteral("! note  Pre-RFC headers")), qPrintable(out));
    QVERIFY2(has(QStringLiteral("WebSocket-LOCATIOn")), qPrintable(out));
    QCOMPARE(out.count(QStringLiteral("✗ fail ")), 1);
    QCOMPARE(out.count(QStringLiteral("← this ended the connection")), 1);
    QCOMPARE(out.count(QStringLiteral("✓ pass  Status 101")), 1);
    QVERIFY(!out.contains(QStringLiteral("OPEN")));
}

// With the option, the client opens on the same server and the seed's read loop prints what it
// sent: a masked text frame.
void TestSeedServers::handwrittenServerOpensWhenErrorsAreIgnored()
{
    ProcessRunner server(ProcessRunner::python(),
                         {ProcessRunner::peersDir() + QStringLiteral("/handwritten_seed_server.py"),
                          QStringLiteral("0")});
    const QString port = startHandwritten(server);
    QVERIFY2(!port.isEmpty(), qPrintable(server.output()));
    ProcessRunner client(ProcessRunner::wsbench(),
                         {QStringLiteral("connect"), QStringLiteral("ws://127.0.0.1:%1/").arg(port),
                          QStringLiteral("--continue-despite-handshake-errors"),
                          QStringLiteral("--send"), QStringLiteral("hello"),
                          QStringLiteral("--wait"), QStringLiteral("200"),
                          QStringLiteral("--close-timeout"), QStringLiteral("300")});
    // The seed never answers a Close, so the close is not clean.
    QCOMPARE(client.finish(), 1);
    const QString out = client.output();
    QVERIFY2(out.contains(QStringLiteral("· Failed handshake checks: 1. Continuing anyway, as "
                                         "the option asks; a browser fails here: \"http\" is "
                                         "not \"HTTP\"")),
             qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("← a browser fails the connection here")),
             qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("● OPEN (readyState 1)")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("→ text   \"hello\"")), qPrintable(out));
    // FIN + text opcode, then MASK + length 5.
    QVERIFY2(!server.waitForLine(QRegularExpression(QStringLiteral("^b'\\\\x81\\\\x85")), 5000)
                  .isEmpty(),
             qPrintable(server.output()));
}

QTEST_GUILESS_MAIN(TestSeedServers)
#include "tst_seed_servers.moc"
