// WsBench against Python `websockets` (Debian python3-websockets), both ways.
#include "tests/integration/support/process_runner.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace WsBench::Testing;

class TestPythonPeers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clientAgainstPythonServer_data();
    void clientAgainstPythonServer();
    void pythonClientAgainstServer_data();
    void pythonClientAgainstServer();
    void shutdownClosesPeersWithGoingAway();
    void echoComesBeforeRuleReplies();
};

static QList<QJsonObject> jsonLines(const ProcessRunner &p)
{
    QList<QJsonObject> out;
    for (const QString &line : p.lines()) {
        const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8());
        if (doc.isObject())
            out.append(doc.object());
    }
    return out;
}

void TestPythonPeers::clientAgainstPythonServer_data()
{
    QTest::addColumn<bool>("deflate");
    QTest::newRow("permessage-deflate") << true;
    QTest::newRow("no compression") << false;
}

void TestPythonPeers::clientAgainstPythonServer()
{
    QFETCH(bool, deflate);
    QStringList serverArgs {ProcessRunner::peersDir() + QStringLiteral("/py_echo_server.py"),
                            QStringLiteral("--subprotocol"), QStringLiteral("chat")};
    if (!deflate)
        serverArgs << QStringLiteral("--no-deflate");
    ProcessRunner server(ProcessRunner::python(), serverArgs);
    const QString port = server.waitForLine(QRegularExpression(QStringLiteral("^ready (\\d+)")));
    QVERIFY2(!port.isEmpty(), qPrintable(server.output()));

    ProcessRunner client(
        ProcessRunner::wsbench(),
        {QStringLiteral("connect"), QStringLiteral("ws://127.0.0.1:%1/path?q=1").arg(port),
         QStringLiteral("--deflate"), QStringLiteral("--subprotocol"), QStringLiteral("chat"),
         QStringLiteral("--send"), QStringLiteral("héllo 你好"), QStringLiteral("--send-hex"),
         QStringLiteral("00ff7f"), QStringLiteral("--ping"), QStringLiteral("p1"),
         QStringLiteral("--close"), QStringLiteral("4000:bye"), QStringLiteral("--wait"),
         QStringLiteral("500"), QStringLiteral("--json")});
    QCOMPARE(client.finish(), 0);
    const QList<QJsonObject> events = jsonLines(client);
    QStringList inbound;
    bool opened = false, pong = false, compressed = false;
    QJsonObject closed;
    for (const QJsonObject &e : events) {
        const QString kind = e.value(QStringLiteral("kind")).toString();
        if (kind == QLatin1String("message")
            && e.value(QStringLiteral("dir")).toString() == QLatin1String("in")) {
            inbound << (e.contains(QStringLiteral("data"))
                            ? e.value(QStringLiteral("data")).toString()
                            : e.value(QStringLiteral("base64")).toString());
            compressed = compressed || e.value(QStringLiteral("compressed")).toBool();
        }
        if (kind == QLatin1String("state") && e.value(QStringLiteral("readyState")).toInt() == 1)
            opened = true;
        if (kind == QLatin1String("frame") && e.value(QStringLiteral("opcode")).toInt() == 10)
            pong = true;
        if (kind == QLatin1String("close"))
            closed = e;
    }
    QVERIFY2(opened, qPrintable(client.output()));
    QCOMPARE(inbound, (QStringList {QStringLiteral("héllo 你好"), QStringLiteral("AP9/")}));
    QCOMPARE(compressed, deflate);
    QVERIFY(pong);
    QCOMPARE(closed.value(QStringLiteral("code")).toInt(), 4000); // the server echoed our code
    QVERIFY(closed.value(QStringLiteral("wasClean")).toBool());
}

void TestPythonPeers::pythonClientAgainstServer_data()
{
    QTest::addColumn<bool>("deflate");
    QTest::newRow("permessage-deflate") << true;
    QTest::newRow("no compression") << false;
}

void TestPythonPeers::pythonClientAgainstServer()
{
    QFETCH(bool, deflate);
    ProcessRunner server(ProcessRunner::wsbench(),
                         {QStringLiteral("serve"), QStringLiteral("--echo"),
                          QStringLiteral("--subprotocol"), QStringLiteral("v2.chat"),
                          deflate ? QStringLiteral("--deflate") : QStringLiteral("--no-deflate")});
    const QString url
        = server.waitForLine(QRegularExpression(QStringLiteral("Listening on (ws://\\S+)")));
    QVERIFY2(url.startsWith(QLatin1String("ws://127.0.0.1:")), qPrintable(server.output()));
    QStringList args {ProcessRunner::peersDir() + QStringLiteral("/py_echo_client.py"), url,
                      QStringLiteral("--expect-subprotocol"), QStringLiteral("v2.chat")};
    if (!deflate)
        args << QStringLiteral("--no-deflate");
    ProcessRunner client(ProcessRunner::python(), args);
    QCOMPARE(client.finish(), 0);
    QVERIFY2(client.output().contains(QLatin1String("ok")), qPrintable(client.output()));
    server.terminate();
    QCOMPARE(server.finish(), 0);
    QVERIFY(server.output().contains(QLatin1String("closed: 4000")));
}

// SIGTERM: every peer gets Close 1001, then the server exits 0.
void TestPythonPeers::shutdownClosesPeersWithGoingAway()
{
    ProcessRunner server(ProcessRunner::wsbench(), {QStringLiteral("serve")});
    const QString url
        = server.waitForLine(QRegularExpression(QStringLiteral("Listening on (ws://\\S+)")));
    QVERIFY(!url.isEmpty());
    ProcessRunner a(ProcessRunner::python(),
                    {ProcessRunner::peersDir() + QStringLiteral("/py_wait_client.py"), url});
    ProcessRunner b(ProcessRunner::python(),
                    {ProcessRunner::peersDir() + QStringLiteral("/py_wait_client.py"), url});
    QVERIFY(!a.waitForLine(QRegularExpression(QStringLiteral("^open"))).isEmpty());
    QVERIFY(!b.waitForLine(QRegularExpression(QStringLiteral("^open"))).isEmpty());
    server.terminate();
    QCOMPARE(server.finish(10000), 0);
    QCOMPARE(a.waitForLine(QRegularExpression(QStringLiteral("^closed (\\d+)"))),
             QStringLiteral("1001"));
    QCOMPARE(b.waitForLine(QRegularExpression(QStringLiteral("^closed (\\d+)"))),
             QStringLiteral("1001"));
}

// With echo on and matching rules, a message is answered by its echo, then by each matching
// rule's reply, first rule first; a message no rule matches gets its echo only.
void TestPythonPeers::echoComesBeforeRuleReplies()
{
    ProcessRunner server(ProcessRunner::wsbench(),
                         {QStringLiteral("serve"), QStringLiteral("--echo"),
                          QStringLiteral("--rule"), QStringLiteral("^ping=>pong to {{message}}"),
                          QStringLiteral("--rule"), QStringLiteral("ing=>second rule")});
    const QString url
        = server.waitForLine(QRegularExpression(QStringLiteral("Listening on (ws://\\S+)")));
    QVERIFY2(!url.isEmpty(), qPrintable(server.output()));
    ProcessRunner client(ProcessRunner::python(),
                         {ProcessRunner::peersDir() + QStringLiteral("/py_script_client.py"), url,
                          QStringLiteral("--send"), QStringLiteral("ping"),
                          QStringLiteral("--send"), QStringLiteral("other"),
                          QStringLiteral("--expect"), QStringLiteral("4")});
    QCOMPARE(client.finish(), 0);
    QStringList received;
    for (const QString &line : client.lines()) {
        if (line.startsWith(QLatin1String("text ")))
            received << line.mid(5);
    }
    QCOMPARE(received,
             (QStringList {QStringLiteral("ping"), QStringLiteral("pong to ping"),
                           QStringLiteral("second rule"), QStringLiteral("other")}));
    server.terminate();
    QCOMPARE(server.finish(), 0);
}

QTEST_GUILESS_MAIN(TestPythonPeers)
#include "tst_python_peers.moc"
