#include "core/session/workspace.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace WsBench::Session;

class TestWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saveLoadSaveGivesTheSameBytes();
    void secretsStayOutUnlessAsked();
    void migratesSchema1();
    void badFilesNameTheProblem_data();
    void badFilesNameTheProblem();
    void savesAtomically();
};

namespace {

Workspace sample()
{
    Workspace w;
    ClientProfile c;
    c.name = QStringLiteral("Prices");
    c.url = QStringLiteral("wss://{{host}}/feed?x=1");
    c.headers = {{QStringLiteral("X-Trace"), QStringLiteral("on"), false},
                 {QStringLiteral("Authorization"), QStringLiteral("Bearer {{token}}"), true}};
    c.subprotocols = {QStringLiteral("v2.prices"), QStringLiteral("v1.prices")};
    c.origin = QStringLiteral("https://app.example.test");
    c.deflate = true;
    c.keyPassphrase = QStringLiteral("hunter2");
    w.clients = {c};
    ServerProfile s;
    s.name = QStringLiteral("Echo");
    s.port = 9001;
    s.echo = true;
    s.rules = {{QStringLiteral("^ping$"), QStringLiteral("pong {{counter}}")}};
    s.pushIntervalMs = 500;
    s.pushTemplate = QStringLiteral("{\"tick\": {{counter}}}");
    w.servers = {s};
    w.library = {{QStringLiteral("auth"), QStringLiteral("login"), QStringLiteral("Logs in"),
                  LibraryMessage::Kind::Json, "{\"op\":\"login\"}"},
                 {QString(), QStringLiteral("raw"), QString(), LibraryMessage::Kind::Binary,
                  QByteArray("\x00\xff\x10", 3)}};
    w.variables = {{QStringLiteral("host"), QStringLiteral("localhost:8080")}};
    w.environments = {{QStringLiteral("staging"),
                       {{QStringLiteral("host"), QStringLiteral("staging.example.test")}}}};
    w.layout = QStringLiteral("AAAA");
    WsBench::Automation::Step connect;
    connect.kind = WsBench::Automation::Step::Kind::Connect;
    connect.profile = QStringLiteral("Prices");
    WsBench::Automation::Step expect;
    expect.kind = WsBench::Automation::Step::Kind::Expect;
    expect.match = WsBench::Automation::Step::Match::JsonPointer;
    expect.pointer = QStringLiteral("/data/bid");
    expect.value = QStringLiteral("42");
    WsBench::Automation::Step repeat;
    repeat.kind = WsBench::Automation::Step::Kind::Repeat;
    repeat.count = 3;
    repeat.body = {expect};
    w.scenarios = {{QStringLiteral("prices"), {connect, repeat}}};
    return w;
}

} // namespace

void TestWorkspace::saveLoadSaveGivesTheSameBytes()
{
    const SaveOptions all {true};
    const QByteArray first = saveWorkspace(sample(), all);
    QString error;
    const auto loaded = loadWorkspace(first, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(saveWorkspace(*loaded, all), first);
    QCOMPARE(loaded->clients.first().headers.at(1).value, QStringLiteral("Bearer {{token}}"));
    QCOMPARE(loaded->library.at(1).content, QByteArray("\x00\xff\x10", 3));
    QCOMPARE(loaded->servers.first().rules.first().reply, QStringLiteral("pong {{counter}}"));
    QCOMPARE(loaded->scenarios.size(), 1);
    QCOMPARE(loaded->scenarios.first().steps.at(1).body.first().pointer,
             QStringLiteral("/data/bid"));
    QCOMPARE(loaded->environments.value(QStringLiteral("staging")).value(QStringLiteral("host")),
             QStringLiteral("staging.example.test"));
    QVERIFY(first.contains("\"schemaVersion\": 2"));
    QVERIFY(first.endsWith('\n'));
}

void TestWorkspace::secretsStayOutUnlessAsked()
{
    const QByteArray saved = saveWorkspace(sample());
    QVERIFY(!saved.contains("Bearer"));
    QVERIFY(!saved.contains("hunter2"));
    QVERIFY(saved.contains("\"secret\": true")); // the header is kept, without its value
    QVERIFY(saveWorkspace(sample(), {true}).contains("hunter2"));
}

void TestWorkspace::migratesSchema1()
{
    QFile f(QStringLiteral(WSBENCH_TEST_DATA "/workspace_v1.wsbench"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QString error;
    const auto w = loadWorkspace(f.readAll(), &error);
    QVERIFY2(w, qPrintable(error));
    QCOMPARE(w->clients.size(), 2);
    QCOMPARE(w->clients[0].name, QStringLiteral("Client 1"));
    QCOMPARE(w->clients[0].url, QStringLiteral("wss://echo.example.test/chat"));
    QCOMPARE(w->clients[0].headers.size(), 1);
    QCOMPARE(w->clients[0].headers[0].name, QStringLiteral("Authorization"));
    QCOMPARE(w->clients[0].subprotocols, QStringList {QStringLiteral("chat")});
    QCOMPARE(w->clients[1].name, QStringLiteral("Local"));
    QCOMPARE(w->library.size(), 1);
    QCOMPARE(w->library[0].content, QByteArray("hello, world"));
    // Saved again, it is schema 2.
    QVERIFY(saveWorkspace(*w).contains("\"schemaVersion\": 2"));
}

void TestWorkspace::badFilesNameTheProblem_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    const QByteArray good = saveWorkspace(sample());
    QTest::newRow("truncated") << good.left(good.size() / 2)
                               << QStringLiteral("Not valid JSON at line");
    QTest::newRow("corrupt") << QByteArray("{\n  \"schemaVersion\": 2,\n  \"clients\": [}\n")
                             << QStringLiteral("line 3, column");
    QTest::newRow("newer") << QByteArray("{\"schemaVersion\": 3}")
                           << QStringLiteral(
                                  "schemaVersion 3 is newer than this WsBench reads (2)");
    QTest::newRow("no version") << QByteArray("{\"clients\": []}")
                                << QStringLiteral("schemaVersion: missing");
    QTest::newRow("not an object") << QByteArray("[1, 2]") << QStringLiteral("not a JSON object");
    QTest::newRow("url type") << QByteArray(
        "{\"schemaVersion\": 2, \"clients\": [{}, {\"url\": 5}]}")
                              << QStringLiteral("clients[1].url: must be a string");
    QTest::newRow("port range")
        << QByteArray("{\"schemaVersion\": 2, \"servers\": [{\"port\": 70000}]}")
        << QStringLiteral("servers[0].port: must be a whole number from 0 to 65535");
    QTest::newRow("header") << QByteArray(
        "{\"schemaVersion\": 2, \"clients\": [{\"headers\": [{\"name\": 1}]}]}")
                            << QStringLiteral("clients[0].headers[0].name: must be a string");
    QTest::newRow("binary") << QByteArray(
        "{\"schemaVersion\": 2, \"library\": [{\"kind\": \"binary\", \"content\": \"%%\"}]}")
                            << QStringLiteral(
                                   "library[0].content: a binary message must be base64");
    QTest::newRow("variable") << QByteArray(
        "{\"schemaVersion\": 2, \"environments\": {\"dev\": {\"host\": 1}}}")
                              << QStringLiteral("environments.dev.host: must be a string");
}

void TestWorkspace::badFilesNameTheProblem()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!loadWorkspace(json, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestWorkspace::savesAtomically()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("work.wsbench"));
    QString error;
    QVERIFY2(writeWorkspaceFile(path, sample(), {}, &error), qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), saveWorkspace(sample()));
    QVERIFY(!writeWorkspaceFile(dir.filePath(QStringLiteral("missing/dir/x.wsbench")), sample(), {},
                                &error));
    QVERIFY2(error.contains(QLatin1String("Cannot save")), qPrintable(error));
}

QTEST_APPLESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
