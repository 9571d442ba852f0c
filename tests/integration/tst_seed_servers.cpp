// The WebSocket tutorials' example servers (tornado and express-ws) work with WsBench.
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
};

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

QTEST_GUILESS_MAIN(TestSeedServers)
#include "tst_seed_servers.moc"
