#include "core/session/workspace.h"
#include "ui/text/document_text.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace WsBench;
using namespace WsBench::Session;
using Kind = Automation::DocumentProblem::Kind;

class TestWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saveLoadSaveGivesTheSameBytes();
    void secretsStayOutUnlessAsked();
    void migratesSchema1();
    void migratesSchema2();
    void leftOutSecretsAreListed();
    void tabOrderIsKept();
    void secretVariablesStayOut();
    void linkConditionsAreSavedOnlyWhenSet();
    void badFilesNameTheProblem_data();
    void badFilesNameTheProblem();
    void aHugeBadValueIsCutInTheMessage();
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
    s.pushes = {{500, QStringLiteral("{\"tick\": {{counter}}}"), true}};
    s.link = {200, 64 * 1024, true, false};
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
    Automation::DocumentProblem problem;
    const auto loaded = loadWorkspace(first, &problem);
    QVERIFY2(loaded, qPrintable(problem.path));
    QCOMPARE(saveWorkspace(*loaded, all), first);
    QCOMPARE(loaded->clients.first().headers.at(1).value, QStringLiteral("Bearer {{token}}"));
    QCOMPARE(loaded->library.at(1).content, QByteArray("\x00\xff\x10", 3));
    QCOMPARE(loaded->servers.first().rules.first().reply, QStringLiteral("pong {{counter}}"));
    QCOMPARE(loaded->scenarios.size(), 1);
    QCOMPARE(loaded->scenarios.first().steps.at(1).body.first().pointer,
             QStringLiteral("/data/bid"));
    QCOMPARE(loaded->environments.value(QStringLiteral("staging")).value(QStringLiteral("host")),
             QStringLiteral("staging.example.test"));
    QVERIFY(first.contains("\"schemaVersion\": 3"));
    QVERIFY(first.endsWith('\n'));
    QVERIFY(loaded->servers.first().link == (LinkConditions {200, 64 * 1024, true, false}));
}

void TestWorkspace::linkConditionsAreSavedOnlyWhenSet()
{
    // The client's link is neutral: no "link" key, so older files and newer ones look alike.
    const QByteArray saved = saveWorkspace(sample());
    const QJsonObject root = QJsonDocument::fromJson(saved).object();
    const QJsonObject client = root.value(QStringLiteral("clients")).toArray().at(0).toObject();
    const QJsonObject server = root.value(QStringLiteral("servers")).toArray().at(0).toObject();
    QVERIFY(!client.contains(QStringLiteral("link")));
    const QJsonObject link = server.value(QStringLiteral("link")).toObject();
    QCOMPARE(link.value(QStringLiteral("latencyMs")).toInt(), 200);
    QCOMPARE(link.value(QStringLiteral("rateBytesPerSec")).toInt(), 64 * 1024);
    QCOMPARE(link.value(QStringLiteral("pauseReading")).toBool(), true);
    QCOMPARE(link.value(QStringLiteral("pauseWriting")).toBool(), false);
    QCOMPARE(root.value(QStringLiteral("schemaVersion")).toInt(), Workspace::kSchemaVersion);

    // A partial object fills the rest with the defaults.
    Automation::DocumentProblem problem;
    const auto loaded = loadWorkspace(
        R"({"schemaVersion": 3, "clients": [{"link": {"pauseWriting": true}}]})", &problem);
    QVERIFY2(loaded, qPrintable(problem.path));
    QVERIFY(loaded->clients.first().link == (LinkConditions {0, 0, false, true}));
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
    Automation::DocumentProblem problem;
    const auto w = loadWorkspace(f.readAll(), &problem);
    QVERIFY2(w, qPrintable(problem.path));
    QCOMPARE(w->clients.size(), 2);
    QCOMPARE(w->clients[0].name, QStringLiteral("Client 1"));
    QCOMPARE(w->clients[0].url, QStringLiteral("wss://echo.example.test/chat"));
    QCOMPARE(w->clients[0].headers.size(), 1);
    QCOMPARE(w->clients[0].headers[0].name, QStringLiteral("Authorization"));
    QCOMPARE(w->clients[0].subprotocols, QStringList {QStringLiteral("chat")});
    QCOMPARE(w->clients[1].name, QStringLiteral("Local"));
    QCOMPARE(w->library.size(), 1);
    QCOMPARE(w->library[0].content, QByteArray("hello, world"));
    // Saved again, it is the current schema.
    QVERIFY(saveWorkspace(*w).contains("\"schemaVersion\": 3"));
}

void TestWorkspace::migratesSchema2()
{
    // Schema 2 kept one scheduled push per server in two fields, and no tab order.
    const QByteArray v2 = R"({"schemaVersion": 2,
        "servers": [{"name": "Ticker", "pushIntervalMs": 250, "pushTemplate": "tick {{counter}}"},
                    {"name": "Quiet", "pushIntervalMs": 0, "pushTemplate": "unused"}],
        "clients": [{"name": "Client 1", "url": "ws://127.0.0.1:1/"}]})";
    Automation::DocumentProblem problem;
    const auto w = loadWorkspace(v2, &problem);
    QVERIFY2(w, qPrintable(problem.path));
    QCOMPARE(w->servers.size(), 2);
    QCOMPARE(w->servers[0].pushes.size(), 1);
    QCOMPARE(w->servers[0].pushes[0].intervalMs, 250);
    QCOMPARE(w->servers[0].pushes[0].message, QStringLiteral("tick {{counter}}"));
    QVERIFY(w->servers[0].pushes[0].enabled);
    QVERIFY(w->servers[1].pushes.isEmpty());
    // Without a saved order the window opens servers first, as schema 2 did.
    const QList<TabRef> order = w->tabOrder();
    QCOMPARE(order.size(), 3);
    QCOMPARE(order[0].role, EndpointRole::Server);
    QCOMPARE(order[2].role, EndpointRole::Client);
}

void TestWorkspace::leftOutSecretsAreListed()
{
    Workspace w = sample();
    w.servers[0].keyPassphrase = QStringLiteral("server-secret");
    Automation::DocumentProblem problem;
    const auto loaded = loadWorkspace(saveWorkspace(w), &problem);
    QVERIFY2(loaded, qPrintable(problem.path));
    QCOMPARE(loaded->leftOut.size(), 3);
    QCOMPARE(loaded->leftOut[0].kind, SecretRef::Kind::Header);
    QCOMPARE(loaded->leftOut[0].owner, QStringLiteral("Prices"));
    QCOMPARE(loaded->leftOut[0].name, QStringLiteral("Authorization"));
    QCOMPARE(loaded->leftOut[1].kind, SecretRef::Kind::Passphrase);
    QCOMPARE(loaded->leftOut[1].role, EndpointRole::Client);
    QCOMPARE(loaded->leftOut[2].role, EndpointRole::Server);
    QVERIFY(!saveWorkspace(w).contains("server-secret"));
    // What was left out is exactly what had a value.
    QCOMPARE(w.secrets().size(), 3);
    // Saved with its secrets, nothing is left out.
    const auto full = loadWorkspace(saveWorkspace(w, {true}), &problem);
    QVERIFY2(full, qPrintable(problem.path));
    QVERIFY(full->leftOut.isEmpty());
}

void TestWorkspace::secretVariablesStayOut()
{
    Workspace w;
    w.variables = {{QStringLiteral("token"), QStringLiteral("s3cr3t")},
                   {QStringLiteral("host"), QStringLiteral("localhost")}};
    w.environments
        = {{QStringLiteral("prod"), {{QStringLiteral("token"), QStringLiteral("p40d")}}}};
    w.secretVariables = {QStringLiteral("token")};
    const QByteArray saved = saveWorkspace(w);
    QVERIFY(!saved.contains("s3cr3t"));
    QVERIFY(!saved.contains("p40d"));
    QVERIFY(saved.contains("localhost"));
    Automation::DocumentProblem problem;
    const auto loaded = loadWorkspace(saved, &problem);
    QVERIFY2(loaded, qPrintable(problem.path));
    QCOMPARE(loaded->leftOut.size(), 2);
    QCOMPARE(loaded->leftOut[0].kind, SecretRef::Kind::Variable);
    QCOMPARE(loaded->leftOut[0].name, QStringLiteral("token"));
    QVERIFY(loaded->leftOut[0].owner.isEmpty());
    QCOMPARE(loaded->leftOut[1].owner, QStringLiteral("prod"));
    // Setting a left-out secret puts the value where it belongs.
    Workspace back = *loaded;
    back.setSecret(loaded->leftOut[1], QStringLiteral("p40d"));
    QCOMPARE(back.environments[QStringLiteral("prod")][QStringLiteral("token")],
             QStringLiteral("p40d"));
    QCOMPARE(
        loadWorkspace(saveWorkspace(w, {true}), &problem)->variables.value(QStringLiteral("token")),
        QStringLiteral("s3cr3t"));
}

void TestWorkspace::tabOrderIsKept()
{
    Workspace w = sample();
    w.clients.append(w.clients[0]);
    w.clients[1].name = QStringLiteral("Second");
    w.tabs = {{EndpointRole::Client, 1}, {EndpointRole::Client, 0}, {EndpointRole::Server, 0}};
    Automation::DocumentProblem problem;
    const auto loaded = loadWorkspace(saveWorkspace(w), &problem);
    QVERIFY2(loaded, qPrintable(problem.path));
    const QList<TabRef> order = loaded->tabOrder();
    QCOMPARE(order.size(), 3);
    QCOMPARE(order[0].role, EndpointRole::Client);
    QCOMPARE(order[0].index, 1);
    QCOMPARE(order[2].role, EndpointRole::Server);
    // An order that does not name every profile once is not trusted.
    w.tabs = {{EndpointRole::Client, 1}, {EndpointRole::Client, 1}, {EndpointRole::Server, 0}};
    QCOMPARE(w.tabOrder().first().role, EndpointRole::Server);
}

void TestWorkspace::badFilesNameTheProblem_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected"); // in the English text
    const QByteArray good = saveWorkspace(sample());
    QTest::newRow("truncated") << good.left(good.size() / 2) << Kind::NotJson << QString()
                               << QStringLiteral("Not valid JSON at line");
    QTest::newRow("corrupt") << QByteArray("{\n  \"schemaVersion\": 2,\n  \"clients\": [}\n")
                             << Kind::NotJson << QString() << QStringLiteral("line 3, column");
    QTest::newRow("newer") << QByteArray("{\"schemaVersion\": 4}") << Kind::SchemaTooNew
                           << QStringLiteral("schemaVersion")
                           << QStringLiteral(
                                  "schemaVersion 4 is newer than this WsBench reads (3)");
    QTest::newRow("older") << QByteArray("{\"schemaVersion\": 0}") << Kind::SchemaUnknown
                           << QStringLiteral("schemaVersion")
                           << QStringLiteral("schemaVersion 0 is not a version WsBench ever wrote");
    QTest::newRow("no version") << QByteArray("{\"clients\": []}") << Kind::NoSchemaVersion
                                << QStringLiteral("schemaVersion")
                                << QStringLiteral("schemaVersion: missing");
    QTest::newRow("not an object") << QByteArray("[1, 2]") << Kind::NotASession << QString()
                                   << QStringLiteral("not a JSON object");
    QTest::newRow("url type") << QByteArray(
        "{\"schemaVersion\": 2, \"clients\": [{}, {\"url\": 5}]}")
                              << Kind::NotAString << QStringLiteral("clients[1].url")
                              << QStringLiteral("clients[1].url: must be a string");
    QTest::newRow("port range")
        << QByteArray("{\"schemaVersion\": 2, \"servers\": [{\"port\": 70000}]}")
        << Kind::NotAWholeNumber << QStringLiteral("servers[0].port")
        << QStringLiteral("servers[0].port: must be a whole number from 0 to 65535");
    QTest::newRow("header") << QByteArray(
        "{\"schemaVersion\": 2, \"clients\": [{\"headers\": [{\"name\": 1}]}]}")
                            << Kind::NotAString << QStringLiteral("clients[0].headers[0].name")
                            << QStringLiteral("clients[0].headers[0].name: must be a string");
    QTest::newRow("binary") << QByteArray(
        "{\"schemaVersion\": 2, \"library\": [{\"kind\": \"binary\", \"content\": \"%%\"}]}")
                            << Kind::NotBase64 << QStringLiteral("library[0].content")
                            << QStringLiteral(
                                   "library[0].content: a binary message must be base64");
    QTest::newRow("variable") << QByteArray(
        "{\"schemaVersion\": 2, \"environments\": {\"dev\": {\"host\": 1}}}")
                              << Kind::NotAString << QStringLiteral("environments.dev.host")
                              << QStringLiteral("environments.dev.host: must be a string");
    QTest::newRow("capture")
        << QByteArray("{\"schemaVersion\": 3, \"servers\": [{\"capture\": \"all\"}]}")
        << Kind::NotOneOf << QStringLiteral("servers[0].capture")
        << QStringLiteral("servers[0].capture: \"all\" is not frames, messages or none");
    QTest::newRow("misbehaviour kind")
        << QByteArray(R"({"schemaVersion": 3, "servers": [{"misbehaviours": [{"kind": "rude"}]}]})")
        << Kind::NotOneOf << QStringLiteral("servers[0].misbehaviours[0].kind")
        << QStringLiteral(
               "servers[0].misbehaviours[0].kind: \"rude\" is not wrong-accept, "
               "status, unoffered-subprotocol, unoffered-extension, delay-101, "
               "no-pong, no-close-reply, drop-tcp, reset-mid-message, masked-frame, "
               "reserved-opcode, fragment, ping-in-fragments, invalid-utf8 or sloppy-101");
    QTest::newRow("misbehaviour value")
        << QByteArray(R"({"schemaVersion": 3, "servers": [{"misbehaviours": [)"
                      R"({"kind": "no-pong"}, {"kind": "fragment", "value": 1}]}]})")
        << Kind::NotAWholeNumber << QStringLiteral("servers[0].misbehaviours[1].value")
        << QStringLiteral("servers[0].misbehaviours[1].value: must be a whole number from 2 to "
                          "1000");
    QTest::newRow("misbehaving status 101")
        << QByteArray(R"({"schemaVersion": 3, "servers": [{"misbehaviours": [)"
                      R"({"kind": "status", "value": 101}]}]})")
        << Kind::NotOneOf << QStringLiteral("servers[0].misbehaviours[0].value")
        << QStringLiteral("servers[0].misbehaviours[0].value: \"101\" is not 100 or 102–599");
    QTest::newRow("link latency")
        << QByteArray(R"({"schemaVersion": 3, "clients": [{"link": {"latencyMs": -5}}]})")
        << Kind::NotAWholeNumber << QStringLiteral("clients[0].link.latencyMs")
        << QStringLiteral("clients[0].link.latencyMs: must be a whole number from 0 to 600000");
    QTest::newRow("link rate")
        << QByteArray(R"({"schemaVersion": 3, "servers": [{"link": {"rateBytesPerSec": "64k"}}]})")
        << Kind::NotAWholeNumber << QStringLiteral("servers[0].link.rateBytesPerSec")
        << QStringLiteral("servers[0].link.rateBytesPerSec: must be a whole number from 0 to");
    QTest::newRow("link pause")
        << QByteArray(R"({"schemaVersion": 3, "servers": [{"link": {"pauseReading": 1}}]})")
        << Kind::NotABool << QStringLiteral("servers[0].link.pauseReading")
        << QStringLiteral("servers[0].link.pauseReading: must be true or false");
    QTest::newRow("link object") << QByteArray(
        R"({"schemaVersion": 3, "clients": [{"link": 300}]})")
                                 << Kind::NotAnObject << QStringLiteral("clients[0].link")
                                 << QStringLiteral("clients[0].link: must be an object");
    QTest::newRow("tab role") << QByteArray(
        "{\"schemaVersion\": 3, \"tabs\": [{\"role\": \"proxy\", \"index\": 0}]}")
                              << Kind::NotOneOf << QStringLiteral("tabs[0].role")
                              << QStringLiteral("tabs[0].role: \"proxy\" is not client or server");
    QTest::newRow("tab index") << QByteArray("{\"schemaVersion\": 3, \"clients\": [{}], "
                                             "\"tabs\": [{\"role\": \"client\", \"index\": 4}]}")
                               << Kind::NotAWholeNumber << QStringLiteral("tabs[0].index")
                               << QStringLiteral(
                                      "tabs[0].index: must be a whole number from 0 to 0");
    QTest::newRow("push") << QByteArray(
        "{\"schemaVersion\": 3, \"servers\": [{\"pushes\": [{\"intervalMs\": 0}]}]}")
                          << Kind::NotAWholeNumber
                          << QStringLiteral("servers[0].pushes[0].intervalMs")
                          << QStringLiteral("servers[0].pushes[0].intervalMs: must be a whole "
                                            "number from 1 to 86400000");
    QTest::newRow("close code") << QByteArray(
        "{\"schemaVersion\": 3, \"scenarios\": [{\"name\": \"x\", "
        "\"steps\": [{\"kind\": \"close\", \"code\": 70000}]}]}")
                                << Kind::NotAWholeNumber
                                << QStringLiteral("scenarios[0].steps[0].code")
                                << QStringLiteral("scenarios[0].steps[0].code: must be a whole "
                                                  "number from 0 to 65535");
    QTest::newRow("step kind") << QByteArray(
        R"({"schemaVersion": 3, "scenarios": [{"name": "x", "steps": [{"kind": "sned"}]}]})")
                               << Kind::NotAStep << QStringLiteral("scenarios[0].steps[0].kind")
                               << QStringLiteral("scenarios[0].steps[0].kind: \"sned\" is not a "
                                                 "step (connect, send, expect, expectNothing, "
                                                 "ping, close, expectClose, wait, repeat, "
                                                 "sendBinary)");
    QTest::newRow("step match") << QByteArray(
        R"({"schemaVersion": 3, "scenarios": [{"name": "x", "steps": [{"kind": "expect",)"
        R"( "match": "glob"}]}]})")
                                << Kind::NotOneOf << QStringLiteral("scenarios[0].steps[0].match")
                                << QStringLiteral("scenarios[0].steps[0].match: \"glob\" is not "
                                                  "text, regex, jsonPointer, sameId or binary");
    QTest::newRow("scenario name")
        << QByteArray(R"({"schemaVersion": 3, "scenarios": [{"steps": []}]})")
        << Kind::NoScenarioName << QStringLiteral("scenarios[0].name")
        << QStringLiteral("scenarios[0].name: a scenario needs a name");
}

void TestWorkspace::badFilesNameTheProblem()
{
    QFETCH(QByteArray, json);
    QFETCH(Kind, kind);
    QFETCH(QString, path);
    QFETCH(QString, expected);
    Automation::DocumentProblem problem;
    QVERIFY(!loadWorkspace(json, &problem));
    QCOMPARE(problem.kind, kind);
    QCOMPARE(problem.path, path);
    const QString english = Text::DocumentText::describe(problem);
    QVERIFY2(english.contains(expected), qPrintable(english));
}

void TestWorkspace::aHugeBadValueIsCutInTheMessage()
{
    // A 50 MB value in the wrong place makes a short message that gives its length.
    const QByteArray huge(50 * 1024 * 1024, 'x');
    Automation::DocumentProblem problem;
    QVERIFY(!loadWorkspace("{\"schemaVersion\": 3, \"servers\": [{\"capture\": \"" + huge + "\"}]}",
                           &problem));
    QCOMPARE(problem.kind, Kind::NotOneOf);
    const QString english = Text::DocumentText::describe(problem);
    QVERIFY2(english.size() < 300, qPrintable(english.left(300)));
    QVERIFY2(english.contains(QStringLiteral("(%1 characters)").arg(huge.size())),
             qPrintable(english));
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
