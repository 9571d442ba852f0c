// The command line's contract: usage errors exit 2 with a specific message, a refused or
// failed connection exits 1, a clean close exits 0.
#include "tests/integration/support/process_runner.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace WsBench::Testing;

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void usageErrors_data();
    void usageErrors();
    void connectionRefusedExits1();
    void cleanCloseExits0AndEchoStaysUntilPeerCloses();
    void recordsToJsonLines();
    void credentialsStayOutOfTranscripts();
    void peerBytesCannotControlTheTerminal();
    void aKilledRecordingKeepsTheOldFile();
    void servePrefixesEveryPeerLineOnce();
    void aPlainHttpServerIsReportedByItsStatus();
    void helpListsTheWindowsOptions();
};

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no URL") << QStringList {QStringLiteral("connect")}
                            << QStringLiteral("needs a URL");
    QTest::newRow("http URL") << QStringList {QStringLiteral("connect"),
                                              QStringLiteral("http://example.com/")}
                              << QStringLiteral("\"http\" is not supported");
    QTest::newRow("fragment") << QStringList {QStringLiteral("connect"),
                                              QStringLiteral("ws://h/#frag")}
                              << QStringLiteral("cannot have a fragment");
    QTest::newRow("bad hex") << QStringList {QStringLiteral("connect"), QStringLiteral("ws://h/"),
                                             QStringLiteral("--send-hex"), QStringLiteral("0g")}
                             << QStringLiteral("\"g\" is not a hexadecimal digit");
    QTest::newRow("odd hex") << QStringList {QStringLiteral("connect"), QStringLiteral("ws://h/"),
                                             QStringLiteral("--send-hex"), QStringLiteral("abc")}
                             << QStringLiteral("odd number of hex digits");
    QTest::newRow("close 1005") << QStringList {
        QStringLiteral("connect"), QStringLiteral("ws://h/"), QStringLiteral("--close"),
        QStringLiteral("1005")} << QStringLiteral("1005 is not a close code a client may send");
    QTest::newRow("unknown option")
        << QStringList {QStringLiteral("connect"), QStringLiteral("ws://h/"),
                        QStringLiteral("--frobnicate")}
        << QStringLiteral("Unknown option --frobnicate");
    QTest::newRow("bad header") << QStringList {QStringLiteral("connect"),
                                                QStringLiteral("ws://h/"),
                                                QStringLiteral("--header"),
                                                QStringLiteral("NoColon")}
                                << QStringLiteral("--header needs 'Name: value'");
    QTest::newRow("serve bad port")
        << QStringList {QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("70000")}
        << QStringLiteral("--port needs a number from 0 to 65535");
    QTest::newRow("serve bad rule")
        << QStringList {QStringLiteral("serve"), QStringLiteral("--rule"), QStringLiteral("norule")}
        << QStringLiteral("'REGEX=>REPLY'");
    QTest::newRow("serve key without cert")
        << QStringList {QStringLiteral("serve"), QStringLiteral("--tls-key"),
                        QStringLiteral("k.pem")}
        << QStringLiteral("--tls-key needs --tls-cert");
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    ProcessRunner p(ProcessRunner::wsbench(), args);
    QCOMPARE(p.finish(), 2);
    QVERIFY2(p.output().contains(message), qPrintable(p.output()));
}

void TestCli::connectionRefusedExits1()
{
    // Find a port nobody listens on: bind, note it, release it.
    ProcessRunner server(ProcessRunner::wsbench(), {QStringLiteral("serve")});
    const QString url
        = server.waitForLine(QRegularExpression(QStringLiteral("Listening on (ws://\\S+)")));
    server.terminate();
    QCOMPARE(server.finish(), 0);
    ProcessRunner p(ProcessRunner::wsbench(),
                    {QStringLiteral("connect"), url, QStringLiteral("--json")});
    QCOMPARE(p.finish(), 1);
    QVERIFY2(p.output().contains(QLatin1String("\"error\":\"ConnectionRefused\"")),
             qPrintable(p.output()));
    QVERIFY(p.output().contains(QLatin1String("\"code\":1006")));
}

void TestCli::cleanCloseExits0AndEchoStaysUntilPeerCloses()
{
    ProcessRunner server(ProcessRunner::wsbench(),
                         {QStringLiteral("serve"), QStringLiteral("--push"),
                          QStringLiteral("100:tick {{counter}}")});
    const QString url
        = server.waitForLine(QRegularExpression(QStringLiteral("Listening on (ws://\\S+)")));
    QVERIFY(!url.isEmpty());
    // --echo without --wait: stays until the server closes it.
    ProcessRunner echo(ProcessRunner::wsbench(),
                       {QStringLiteral("connect"), url, QStringLiteral("--echo")});
    QVERIFY(
        !echo.waitForLine(QRegularExpression(QStringLiteral("← text\\s+\"tick \\d+\""))).isEmpty());
    QVERIFY(
        !echo.waitForLine(QRegularExpression(QStringLiteral("→ text\\s+\"tick \\d+\""))).isEmpty());
    server.terminate();
    QCOMPARE(server.finish(), 0);
    QCOMPARE(echo.finish(), 0);
    QVERIFY2(echo.output().contains(QLatin1String("closed: 1001 (Going Away), clean")),
             qPrintable(echo.output()));
}

namespace {

// The JSON Lines records of data messages with this text, and how many of them carry their frame.
std::pair<int, int> recordedMessages(const QString &file, const QByteArray &text)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {-1, -1};
    const QList<QByteArray> lines = f.readAll().split('\n');
    f.remove();
    int messages = 0, withFrame = 0;
    for (const QByteArray &line : lines) {
        if (line.contains("\"kind\":\"message\"")
            && line.contains(QByteArray("\"data\":\"" + text + '"'))) {
            ++messages;
            withFrame += line.contains("\"frame\":\"") ? 1 : 0;
        }
    }
    return {messages, withFrame};
}

} // namespace

void TestCli::recordsToJsonLines()
{
    const QString base = QDir::temp().filePath(
        QStringLiteral("wsbench-record-%1-").arg(QCoreApplication::applicationPid()));
    // A quiet server still records everything to its file.
    ProcessRunner server(ProcessRunner::wsbench(),
                         {QStringLiteral("serve"), QStringLiteral("--echo"),
                          QStringLiteral("--quiet"), QStringLiteral("--record"),
                          base + QStringLiteral("server.jsonl")});
    const QString url
        = server.waitForLine(QRegularExpression(QStringLiteral("Listening on (ws://\\S+)")));
    ProcessRunner p(ProcessRunner::wsbench(),
                    {QStringLiteral("connect"), url, QStringLiteral("--send"),
                     QStringLiteral("recorded"), QStringLiteral("--wait"), QStringLiteral("200"),
                     QStringLiteral("--record"), base + QStringLiteral("client.jsonl")});
    QCOMPARE(p.finish(), 0);
    server.terminate();
    QCOMPARE(server.finish(), 0);
    // Sent and echoed, on each side; each single-frame message record carries its frame.
    QCOMPARE(recordedMessages(base + QStringLiteral("client.jsonl"), "recorded"),
             std::make_pair(2, 2));
    QCOMPARE(recordedMessages(base + QStringLiteral("server.jsonl"), "recorded"),
             std::make_pair(2, 2));
}

void TestCli::credentialsStayOutOfTranscripts()
{
    ProcessRunner server(ProcessRunner::wsbench(),
                         {QStringLiteral("serve"), QStringLiteral("--echo")});
    const QString url
        = server.waitForLine(QRegularExpression(QStringLiteral("Listening on (ws://\\S+)")));
    for (const bool json : {false, true}) {
        QStringList args
            = {QStringLiteral("connect"),  url,
               QStringLiteral("--header"), QStringLiteral("Authorization: Bearer topsecret"),
               QStringLiteral("--wait"),   QStringLiteral("100")};
        if (json)
            args << QStringLiteral("--json");
        ProcessRunner client(ProcessRunner::wsbench(), args);
        QCOMPARE(client.finish(), 0);
        QVERIFY2(!client.output().contains(QLatin1String("topsecret")),
                 qPrintable(client.output()));
        QVERIFY2(client.output().contains(QLatin1String("Authorization: (left out)")),
                 qPrintable(client.output()));
    }
    // The server's own transcript does not show it either.
    server.terminate();
    QCOMPARE(server.finish(), 0);
    QVERIFY(!server.output().contains(QLatin1String("topsecret")));
}

namespace {

// Nothing in the output is a control character a terminal would act on.
bool terminalSafe(const QString &out)
{
    for (const QChar c : out) {
        const ushort u = c.unicode();
        if ((u < 0x20 && u != '\n' && u != '\r') || u == 0x7F || (u >= 0x80 && u <= 0x9F)
            || (u >= 0x202A && u <= 0x202E))
            return false;
    }
    return true;
}

} // namespace

void TestCli::peerBytesCannotControlTheTerminal()
{
    // wsbench connect, against a server whose header, message and Ping carry escape sequences.
    ProcessRunner server(ProcessRunner::python(),
                         {ProcessRunner::peersDir() + QStringLiteral("/raw_misbehaving_server.py"),
                          QStringLiteral("terminal-escapes")});
    const QString port = server.waitForLine(QRegularExpression(QStringLiteral("^ready (\\d+)")));
    QVERIFY(!port.isEmpty());
    ProcessRunner client(ProcessRunner::wsbench(),
                         {QStringLiteral("connect"), QStringLiteral("ws://127.0.0.1:%1/").arg(port),
                          QStringLiteral("--wait"), QStringLiteral("300")});
    client.finish();
    const QString out = client.output();
    QVERIFY2(terminalSafe(out), out.toUtf8().toPercentEncoding(" \n").constData());
    QVERIFY2(out.contains(QLatin1String("X-Title: \\x1b]0;pwned\\x07")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("\\x1b[2Jcleared \\u009b31mred \\u202eevil")),
             qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("ping 1b 5d 30 3b 70 69 6e 67 07")), qPrintable(out));

    // wsbench serve, with a client whose header and message carry them.
    ProcessRunner serve(ProcessRunner::wsbench(),
                        {QStringLiteral("serve"), QStringLiteral("--echo")});
    const QString url
        = serve.waitForLine(QRegularExpression(QStringLiteral("Listening on (ws://\\S+)")));
    ProcessRunner peer(ProcessRunner::wsbench(),
                       {QStringLiteral("connect"), url, QStringLiteral("--header"),
                        QStringLiteral("X-Title: \x1b]0;pwned\x07"), QStringLiteral("--send"),
                        QStringLiteral("\x1b[2J\u009b31m"), QStringLiteral("--close"),
                        QStringLiteral("1000:\x1b[31mbye"), QStringLiteral("--wait"),
                        QStringLiteral("200")});
    peer.finish();
    QVERIFY(!serve.waitForLine(QRegularExpression(QStringLiteral("closed: 1000"))).isEmpty());
    serve.terminate();
    serve.finish();
    const QString served = serve.output();
    QVERIFY2(terminalSafe(served), served.toUtf8().toPercentEncoding(" \n").constData());
    QVERIFY2(served.contains(QLatin1String("X-Title: \\x1b]0;pwned\\x07")), qPrintable(served));
    QVERIFY2(served.contains(QLatin1String("\"\\x1b[2J\\u009b31m\"")), qPrintable(served));
    QVERIFY2(served.contains(QLatin1String("reason \"\\x1b[31mbye\"")), qPrintable(served));
    // The client's own transcript of what it sent and got back is safe too.
    QVERIFY2(terminalSafe(peer.output()), qPrintable(peer.output()));
}

void TestCli::aKilledRecordingKeepsTheOldFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("traffic.jsonl"));
    const QByteArray old = "{\"kind\":\"note\",\"text\":\"the old recording\"}\n";
    for (int kill = 0; kill < 20; ++kill) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(old);
        file.close();
        ProcessRunner server(
            ProcessRunner::wsbench(),
            {QStringLiteral("serve"), QStringLiteral("--echo"), QStringLiteral("--record"), path});
        const QString url
            = server.waitForLine(QRegularExpression(QStringLiteral("Listening on (ws://\\S+)")));
        QVERIFY(!url.isEmpty());
        ProcessRunner client(ProcessRunner::wsbench(),
                             {QStringLiteral("connect"), url, QStringLiteral("--send"),
                              QStringLiteral("one"), QStringLiteral("--send"),
                              QStringLiteral("two"), QStringLiteral("--wait"),
                              QStringLiteral("5000")});
        QVERIFY(!server.waitForLine(QRegularExpression(QStringLiteral("text +\"two\""))).isEmpty());
        server.kill(); // SIGKILL: no chance to finish the file
        server.finish();
        client.kill();
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), old);
        file.close();
        QFile partial(path + QStringLiteral(".partial"));
        QVERIFY(partial.open(QIODevice::ReadOnly));
        const QByteArray written = partial.readAll();
        QVERIFY(written.endsWith('\n')); // whole lines only
        for (const QByteArray &line : written.trimmed().split('\n'))
            QVERIFY2(QJsonDocument::fromJson(line).isObject(), line.constData());
    }
    // A run that ends normally (SIGTERM) puts its recording in place.
    ProcessRunner server(ProcessRunner::wsbench(),
                         {QStringLiteral("serve"), QStringLiteral("--record"), path});
    QVERIFY(!server.waitForLine(QRegularExpression(QStringLiteral("Listening on"))).isEmpty());
    server.terminate();
    QCOMPARE(server.finish(), 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("\"note\":\"Listening\""));
    QVERIFY(!QFile::exists(path + QStringLiteral(".partial")));
}

// wsbench serve with frames captured: every line about a peer starts with its number, once.
void TestCli::servePrefixesEveryPeerLineOnce()
{
    ProcessRunner serve(ProcessRunner::wsbench(),
                        {QStringLiteral("serve"), QStringLiteral("--echo")});
    const QString url
        = serve.waitForLine(QRegularExpression(QStringLiteral("Listening on (ws://\\S+)")));
    QVERIFY(!url.isEmpty());
    ProcessRunner peer(ProcessRunner::python(),
                       {ProcessRunner::peersDir() + QStringLiteral("/py_echo_client.py"), url});
    QCOMPARE(peer.finish(), 0);
    QVERIFY(!serve.waitForLine(QRegularExpression(QStringLiteral("closed: 4000"))).isEmpty());
    serve.terminate();
    QCOMPARE(serve.finish(), 0);
    const QStringList lines = serve.lines();
    int peerLines = 0;
    for (const QString &line : lines) {
        QVERIFY2(!line.contains(QLatin1String("] [peer")), qPrintable(line));
        peerLines += line.startsWith(QLatin1String("[peer 1] ")) ? 1 : 0;
    }
    QVERIFY2(peerLines > 10, qPrintable(serve.output()));
    QVERIFY2(lines.contains(QStringLiteral("[peer 1] ← text   \"hello\" (5 bytes, compressed)")),
             qPrintable(serve.output()));
    QVERIFY2(lines.contains(QStringLiteral("[peer 1] → text   \"hello\" (5 bytes, compressed)")),
             qPrintable(serve.output()));
}

// A plain HTTP server (Python's http.server) answers 200 with a page: the error leads with the
// status, on one short line that quotes the start of the page and gives its length.
void TestCli::aPlainHttpServerIsReportedByItsStatus()
{
    QTemporaryDir root;
    for (int i = 0; i < 20; ++i) {
        QFile f(root.filePath(QStringLiteral("page-%1.html").arg(i)));
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    ProcessRunner http(ProcessRunner::python(),
                       {QStringLiteral("-u"), QStringLiteral("-m"), QStringLiteral("http.server"),
                        QStringLiteral("--bind"), QStringLiteral("127.0.0.1"), QStringLiteral("0")},
                       root.path());
    const QString port = http.waitForLine(QRegularExpression(QStringLiteral("port (\\d+)")));
    QVERIFY2(!port.isEmpty(), qPrintable(http.output()));
    ProcessRunner client(
        ProcessRunner::wsbench(),
        {QStringLiteral("connect"), QStringLiteral("ws://127.0.0.1:%1/").arg(port)});
    QCOMPARE(client.finish(), 1);
    QString error;
    for (const QString &line : client.lines()) {
        if (line.startsWith(QStringLiteral("✗ ")))
            error = error.isEmpty() ? line : QStringLiteral("more than one failure line");
    }
    // In words, once; never the engine's internal name.
    QVERIFY2(error.startsWith(QStringLiteral("✗ Status is not 101: The server answered 200 OK "
                                             "instead of 101 Switching Protocols")),
             qPrintable(client.output()));
    QVERIFY2(!client.output().contains(QLatin1String("NotSwitchingProtocols")),
             qPrintable(client.output()));
    QVERIFY2(error.size() < 240, qPrintable(error));
    QVERIFY2(!client.output().contains(QLatin1String("</html>")), qPrintable(client.output()));
    // The page's start, when it came with the head, is cut with the page's full length.
    if (error.contains(QLatin1String("the server says")))
        QVERIFY2(error.contains(QRegularExpression(QStringLiteral("…\", \\d+ bytes\\)$"))),
                 qPrintable(error));
    http.terminate();
}

void TestCli::helpListsTheWindowsOptions()
{
    ProcessRunner help(ProcessRunner::wsbench(), {QStringLiteral("--help")});
    QCOMPARE(help.finish(), 0);
    const QString out = help.output();
    for (const char *option : {"FILE.wsbench", "--loopback", "--recover", "--autosave SECONDS"})
        QVERIFY2(
            out.contains(QRegularExpression(
                QStringLiteral("^  %1 +\\S").arg(QRegularExpression::escape(QLatin1String(option))),
                QRegularExpression::MultilineOption)),
            option);
    QVERIFY(out.contains(QLatin1String(
        "Usage: wsbench [FILE.wsbench] [--loopback] [--recover] [--autosave SECONDS]")));
    // What the help lists, the window takes: a bad value for one of them is a usage error.
    ProcessRunner bad(ProcessRunner::wsbench(),
                      {QStringLiteral("--autosave"), QStringLiteral("soon")});
    QCOMPARE(bad.finish(), 2);
    QVERIFY2(bad.output().contains(QLatin1String("--autosave SECONDS")), qPrintable(bad.output()));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
