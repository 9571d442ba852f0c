// Connecting through real proxies: HTTP CONNECT (Debian's tinyproxy) and SOCKS5 (dante-server).
#include "tests/integration/support/process_runner.h"

#include <QFile>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace WsBench::Testing;

class TestProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void throughTinyproxy();
    void throughDanteSocks5();
    void proxyNotRunning();
    void badProxyUrlIsAUsageError();
};

// Echoes one message through `proxyUrl` to a `wsbench serve --echo`; returns the transcript.
static QString echoThrough(const QString &proxyUrl, const QString &text)
{
    ProcessRunner server(ProcessRunner::wsbench(),
                         {QStringLiteral("serve"), QStringLiteral("--echo")});
    const QString url
        = server.waitForLine(QRegularExpression(QStringLiteral("Listening on (ws://\\S+)")));
    if (url.isEmpty())
        return {};
    ProcessRunner client(ProcessRunner::wsbench(),
                         {QStringLiteral("connect"), url, QStringLiteral("--proxy"), proxyUrl,
                          QStringLiteral("--send"), text, QStringLiteral("--wait"),
                          QStringLiteral("300")});
    const int rc = client.finish();
    return rc == 0 ? client.output() : QStringLiteral("exit %1: ").arg(rc) + client.output();
}

static quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

void TestProxy::throughTinyproxy()
{
    QTemporaryDir dir;
    const quint16 proxyPort = freePort();
    QFile config(dir.filePath(QStringLiteral("tinyproxy.conf")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    // No ConnectPort lines: CONNECT is allowed to any port.
    config.write("Port " + QByteArray::number(proxyPort)
                 + "\nListen 127.0.0.1\nTimeout 30\nMaxClients 20\nAllow 127.0.0.1\n"
                   "User nobody\nGroup nogroup\nLogLevel Info\n");
    config.close();
    ProcessRunner proxy(QStringLiteral("tinyproxy"),
                        {QStringLiteral("-d"), QStringLiteral("-c"), config.fileName()});
    QVERIFY2(!proxy.waitForLine(QRegularExpression(QStringLiteral("listen_sock called"))).isEmpty(),
             qPrintable(proxy.output()));

    const QString out = echoThrough(QStringLiteral("http://127.0.0.1:%1").arg(proxyPort),
                                    QStringLiteral("via proxy"));
    QVERIFY2(out.contains(QStringLiteral("← text   \"via proxy\"")), qPrintable(out));
    QVERIFY(out.contains(QStringLiteral("through http://127.0.0.1:%1").arg(proxyPort)));
    // The proxy saw our CONNECT.
    QVERIFY2(
        !proxy.waitForLine(QRegularExpression(QStringLiteral("(CONNECT 127\\.0\\.0\\.1)")), 5000)
             .isEmpty(),
        qPrintable(proxy.output()));
}

// SOCKS5 through a real SOCKS server (Debian's dante-server).
void TestProxy::throughDanteSocks5()
{
    QTemporaryDir dir;
    const quint16 proxyPort = freePort();
    QFile config(dir.filePath(QStringLiteral("danted.conf")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("logoutput: stderr\ninternal: 127.0.0.1 port = " + QByteArray::number(proxyPort)
                 + "\nexternal: 127.0.0.1\nsocksmethod: none\nclientmethod: none\n"
                   "user.privileged: root\nuser.unprivileged: nobody\n"
                   "client pass {\n  from: 127.0.0.0/8 to: 0.0.0.0/0\n}\n"
                   "socks pass {\n  from: 127.0.0.0/8 to: 0.0.0.0/0\n  command: connect\n  log: "
                   "connect\n}\n");
    config.close();
    ProcessRunner proxy(
        QStringLiteral("danted"),
        {QStringLiteral("-f"), config.fileName(), QStringLiteral("-N"), QStringLiteral("1")});
    QVERIFY2(!proxy.waitForLine(QRegularExpression(QStringLiteral("(running)"))).isEmpty(),
             qPrintable(proxy.output()));

    const QString out = echoThrough(QStringLiteral("socks5://127.0.0.1:%1").arg(proxyPort),
                                    QStringLiteral("via socks"));
    QVERIFY2(out.contains(QStringLiteral("← text   \"via socks\"")), qPrintable(out));
    // Dante logged the CONNECT it relayed.
    QVERIFY2(
        !proxy
             .waitForLine(QRegularExpression(QStringLiteral("(pass\\(\\d+\\): tcp/connect)")), 5000)
             .isEmpty(),
        qPrintable(proxy.output()));
}

void TestProxy::proxyNotRunning()
{
    ProcessRunner client(
        ProcessRunner::wsbench(),
        {QStringLiteral("connect"), QStringLiteral("ws://127.0.0.1:9/"), QStringLiteral("--proxy"),
         QStringLiteral("http://127.0.0.1:%1").arg(freePort()), QStringLiteral("--json")});
    QCOMPARE(client.finish(), 1);
    QVERIFY2(client.output().contains(QLatin1String("\"error\":\"ProxyError\"")),
             qPrintable(client.output()));
}

void TestProxy::badProxyUrlIsAUsageError()
{
    ProcessRunner client(ProcessRunner::wsbench(),
                         {QStringLiteral("connect"), QStringLiteral("ws://127.0.0.1:9/"),
                          QStringLiteral("--proxy"), QStringLiteral("ftp://proxy")});
    QCOMPARE(client.finish(), 2);
    QVERIFY(client.output().contains(
        QLatin1String("is not understood; use http://host:port or socks5://host:port")));
}

QTEST_GUILESS_MAIN(TestProxy)
#include "tst_proxy.moc"
