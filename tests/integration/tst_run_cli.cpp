// wsbench run: scenarios from a session file against real servers, reported through the exit
// status, a readable failure report and JUnit XML.
#include "support/process_runner.h"

#include <QFile>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace WsBench::Testing;

class TestRunCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exampleSessionPassesAgainstServeEcho();
    void wrongExpectationFailsWithAReport();
    void badSessionsAreUsageErrors();
    void aRefusedConnectionSaysSo();
    void anInterruptedRunReportsWhatRan();
    void anInvalidRegexIsReportedAtOnce();
    void anUntrustedCertificateSaysWhy();

private:
    QTemporaryDir m_dir;
    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(content);
        return path;
    }
};

void TestRunCli::exampleSessionPassesAgainstServeEcho()
{
    ProcessRunner server(ProcessRunner::wsbench(),
                         {QStringLiteral("serve"), QStringLiteral("--echo")});
    const QString port = server.waitForLine(
        QRegularExpression(QStringLiteral("Listening on ws://127\\.0\\.0\\.1:(\\d+)/")));
    QVERIFY(!port.isEmpty());
    const QString junit = m_dir.filePath(QStringLiteral("report.xml"));
    ProcessRunner run(ProcessRunner::wsbench(),
                      {QStringLiteral("run"),
                       QStringLiteral(WSBENCH_SOURCE_DIR "/examples/echo.wsbench"),
                       QStringLiteral("--env"), QStringLiteral("ci"), QStringLiteral("--var"),
                       QStringLiteral("port=") + port, QStringLiteral("--junit"), junit});
    QCOMPARE(run.finish(), 0);
    QVERIFY2(run.output().contains(QStringLiteral("✓ echo round trip (17 steps")),
             qPrintable(run.output()));
    QVERIFY(run.output().contains(QLatin1String("1 of 1 scenario(s) passed")));
    // The report is JUnit XML that a schema check accepts.
    ProcessRunner lint(QStringLiteral("xmllint"),
                       {QStringLiteral("--noout"), QStringLiteral("--schema"),
                        QStringLiteral(WSBENCH_SOURCE_DIR "/tests/data/junit.xsd"), junit});
    QCOMPARE(lint.finish(), 0);
    QFile report(junit);
    QVERIFY(report.open(QIODevice::ReadOnly));
    const QByteArray xml = report.readAll();
    QVERIFY(xml.contains("tests=\"17\" failures=\"0\""));
    server.terminate();
    QCOMPARE(server.finish(), 0);
}

void TestRunCli::wrongExpectationFailsWithAReport()
{
    ProcessRunner server(ProcessRunner::python(),
                         {ProcessRunner::peersDir() + QStringLiteral("/py_echo_server.py")});
    const QString port = server.waitForLine(QRegularExpression(QStringLiteral("^ready (\\d+)")));
    QVERIFY(!port.isEmpty());
    const QString session = write(QStringLiteral("wrong.wsbench"),
                                  QByteArray(R"({"schemaVersion": 2,
        "clients": [{"name": "py", "url": "ws://127.0.0.1:)")
                                      + port.toUtf8() + R"(/"}],
        "scenarios": [
          {"name": "passes", "steps": [{"kind": "connect", "profile": "py"},
              {"kind": "send", "value": "{\"id\": 7, \"n\": 1}"},
              {"kind": "expect", "match": "jsonPointer", "pointer": "/n", "value": "1"}]},
          {"name": "wrong", "steps": [{"kind": "connect", "profile": "py"},
              {"kind": "send", "value": "hello"},
              {"kind": "expect", "match": "text", "value": "goodbye", "timeoutMs": 300},
              {"kind": "close", "code": 1000}]}]})");
    const QString junit = m_dir.filePath(QStringLiteral("wrong.xml"));
    ProcessRunner run(ProcessRunner::wsbench(),
                      {QStringLiteral("run"), session, QStringLiteral("--junit"), junit});
    QCOMPARE(run.finish(), 1);
    const QString out = run.output();
    QVERIFY2(out.contains(QStringLiteral("✓ passes")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("✗ wrong")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("step 3: expect the message goodbye")), qPrintable(out));
    // "expected" says what the step waited for, not its title again.
    QVERIFY2(out.contains(QLatin1String("expected: the message goodbye within 300 ms")),
             qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("got:      hello (the last message")), qPrintable(out));
    QVERIFY(out.contains(QLatin1String("1 of 2 scenario(s) passed")));
    ProcessRunner lint(QStringLiteral("xmllint"),
                       {QStringLiteral("--noout"), QStringLiteral("--schema"),
                        QStringLiteral(WSBENCH_SOURCE_DIR "/tests/data/junit.xsd"), junit});
    QCOMPARE(lint.finish(), 0);
    QFile report(junit);
    QVERIFY(report.open(QIODevice::ReadOnly));
    const QByteArray xml = report.readAll();
    QVERIFY(xml.contains("<failure message=\"expect the message goodbye\""));
    QVERIFY(xml.contains("<skipped/>")); // the close after the failure
    // Only the passing scenario: exit 0.
    ProcessRunner only(
        ProcessRunner::wsbench(),
        {QStringLiteral("run"), session, QStringLiteral("--scenario"), QStringLiteral("passes")});
    QCOMPARE(only.finish(), 0);
    server.terminate();
}

void TestRunCli::badSessionsAreUsageErrors()
{
    const QString corrupt = write(QStringLiteral("corrupt.wsbench"),
                                  "{\n  \"schemaVersion\": 2,\n  \"scenarios\": [\n");
    ProcessRunner a(ProcessRunner::wsbench(), {QStringLiteral("run"), corrupt});
    QCOMPARE(a.finish(), 2);
    QVERIFY2(a.output().contains(QLatin1String("Not valid JSON at line")), qPrintable(a.output()));
    const QString step = write(
        QStringLiteral("step.wsbench"),
        R"({"schemaVersion": 2, "scenarios": [{"name": "x", "steps": [{"kind": "sned"}]}]})");
    ProcessRunner b(ProcessRunner::wsbench(), {QStringLiteral("run"), step});
    QCOMPARE(b.finish(), 2);
    QVERIFY2(
        b.output().contains(QLatin1String("scenarios[0].steps[0].kind: \"sned\" is not a step")),
        qPrintable(b.output()));
    ProcessRunner c(ProcessRunner::wsbench(),
                    {QStringLiteral("run"),
                     QStringLiteral(WSBENCH_SOURCE_DIR "/examples/echo.wsbench"),
                     QStringLiteral("--scenario"), QStringLiteral("nope")});
    QCOMPARE(c.finish(), 2);
    QVERIFY(c.output().contains(QLatin1String("no scenario named \"nope\"")));
}

// Nothing listens on the port: the report names the reason, not only the close code.
void TestRunCli::aRefusedConnectionSaysSo()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const QByteArray port = QByteArray::number(probe.serverPort());
    probe.close(); // nothing listens there now
    const QString session = write(QStringLiteral("refused.wsbench"),
                                  R"({"schemaVersion": 2,
        "clients": [{"name": "nobody", "url": "ws://127.0.0.1:)"
                                      + port + R"(/"}],
        "scenarios": [{"name": "refused", "steps": [{"kind": "connect", "profile": "nobody"},
              {"kind": "send", "value": "hello"}]}]})");
    const QString junit = m_dir.filePath(QStringLiteral("refused.xml"));
    ProcessRunner run(ProcessRunner::wsbench(),
                      {QStringLiteral("run"), session, QStringLiteral("--junit"), junit});
    QCOMPARE(run.finish(), 1);
    const QString out = run.output();
    QVERIFY2(out.contains(QLatin1String("step 1: connect with \"nobody\"")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("expected: the connection opens within 5000 ms")),
             qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("got:      Connection refused (the connection closed with "
                                        "1006 Abnormal Closure)")),
             qPrintable(out));
    QFile report(junit);
    QVERIFY(report.open(QIODevice::ReadOnly));
    const QByteArray xml = report.readAll();
    QVERIFY2(xml.contains("type=\"ConnectionClosed\""), xml.constData());
    QVERIFY2(xml.contains("got: Connection refused"), xml.constData());
    // The machine-readable report names the failure by its code.
    ProcessRunner json(ProcessRunner::wsbench(),
                       {QStringLiteral("run"), session, QStringLiteral("--json")});
    QCOMPARE(json.finish(), 1);
    QVERIFY2(json.output().contains(QLatin1String("\"error\":\"ConnectionRefused\"")),
             qPrintable(json.output()));
    QVERIFY(json.output().contains(QLatin1String("\"outcome\":\"ConnectionClosed\"")));
}

// SIGTERM during a long step: the scenario stops there, the ones after it do not run, and the
// reports say so.
void TestRunCli::anInterruptedRunReportsWhatRan()
{
    ProcessRunner server(ProcessRunner::wsbench(),
                         {QStringLiteral("serve"), QStringLiteral("--echo")});
    const QString port = server.waitForLine(
        QRegularExpression(QStringLiteral("Listening on ws://127\\.0\\.0\\.1:(\\d+)/")));
    QVERIFY(!port.isEmpty());
    const QString session = write(QStringLiteral("long.wsbench"),
                                  R"({"schemaVersion": 2,
        "clients": [{"name": "echo", "url": "ws://127.0.0.1:)"
                                      + port.toUtf8() + R"(/"}],
        "scenarios": [
          {"name": "long", "steps": [{"kind": "connect", "profile": "echo"},
              {"kind": "send", "value": "before"}, {"kind": "expect", "value": "before"},
              {"kind": "wait", "timeoutMs": 60000}, {"kind": "send", "value": "after"}]},
          {"name": "next", "steps": [{"kind": "connect", "profile": "echo"}]}]})");
    const QString junit = m_dir.filePath(QStringLiteral("long.xml"));
    ProcessRunner run(ProcessRunner::wsbench(),
                      {QStringLiteral("run"), session, QStringLiteral("--junit"), junit});
    // The echo of "before" has gone out: the run is in its wait.
    QVERIFY(
        !server.waitForLine(QRegularExpression(QStringLiteral("→ text +\"before\""))).isEmpty());
    QTest::qWait(100);
    run.terminate();
    QCOMPARE(run.finish(10000), 1);
    const QString out = run.output();
    QVERIFY2(out.contains(QStringLiteral("✗ long (5 steps")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("step 4: wait 60000 ms")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("got:      stopped before the step finished")),
             qPrintable(out));
    QVERIFY2(!out.contains(QLatin1String("next")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("0 of 1 scenario(s) passed")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("interrupted; 1 scenario(s) did not run")),
             qPrintable(out));
    // The connection closed with 1001 Going Away, and nothing after the wait went out.
    QVERIFY(!server.waitForLine(QRegularExpression(QStringLiteral("closed: 1001"))).isEmpty());
    QVERIFY2(!server.output().contains(QLatin1String("\"after\"")), qPrintable(server.output()));
    QFile report(junit);
    QVERIFY(report.open(QIODevice::ReadOnly));
    const QByteArray xml = report.readAll();
    QVERIFY2(xml.contains("type=\"Cancelled\""), xml.constData());
    QVERIFY2(xml.contains("<skipped/>"), xml.constData());
    QVERIFY2(!xml.contains("name=\"next\""), xml.constData());
    server.terminate();
    QCOMPARE(server.finish(), 0);
}

// An expect step whose regular expression does not compile fails at once, and says why.
void TestRunCli::anInvalidRegexIsReportedAtOnce()
{
    ProcessRunner server(ProcessRunner::wsbench(),
                         {QStringLiteral("serve"), QStringLiteral("--echo")});
    const QString port = server.waitForLine(
        QRegularExpression(QStringLiteral("Listening on ws://127\\.0\\.0\\.1:(\\d+)/")));
    QVERIFY(!port.isEmpty());
    const QString session = write(QStringLiteral("regex.wsbench"),
                                  R"({"schemaVersion": 2,
        "clients": [{"name": "echo", "url": "ws://127.0.0.1:)"
                                      + port.toUtf8() + R"(/"}],
        "scenarios": [{"name": "regex", "steps": [{"kind": "connect", "profile": "echo"},
              {"kind": "send", "value": "price: 42"},
              {"kind": "expect", "match": "regex", "value": "price: (\\d+", "timeoutMs": 60000}]}]})");
    ProcessRunner run(ProcessRunner::wsbench(),
                      {QStringLiteral("run"), session, QStringLiteral("--json")});
    QCOMPARE(run.finish(10000), 1);
    const QString out = run.output();
    QVERIFY2(out.contains(QLatin1String("\"outcome\":\"InvalidExpectation\"")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("the regular expression does not compile: missing "
                                        "closing parenthesis (at character 12)")),
             qPrintable(out));
    server.terminate();
    QCOMPARE(server.finish(), 0);
}

// A wss:// server whose certificate nobody trusts (Python websockets with a fresh self-signed
// one): the report gives the TLS reason, as wsbench connect does, not only the close code.
void TestRunCli::anUntrustedCertificateSaysWhy()
{
    ProcessRunner openssl(QStringLiteral("openssl"),
                          {QStringLiteral("req"), QStringLiteral("-x509"),
                           QStringLiteral("-newkey"), QStringLiteral("ec"),
                           QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"),
                           QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                           m_dir.filePath(QStringLiteral("self.key")), QStringLiteral("-out"),
                           m_dir.filePath(QStringLiteral("self.pem")), QStringLiteral("-days"),
                           QStringLiteral("2"), QStringLiteral("-subj"),
                           QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                           QStringLiteral("subjectAltName=IP:127.0.0.1")});
    QCOMPARE(openssl.finish(), 0);
    ProcessRunner server(ProcessRunner::python(),
                         {ProcessRunner::peersDir() + QStringLiteral("/py_echo_server.py"),
                          QStringLiteral("--tls"), m_dir.filePath(QStringLiteral("self.pem")),
                          m_dir.filePath(QStringLiteral("self.key"))});
    const QString port = server.waitForLine(QRegularExpression(QStringLiteral("^ready (\\d+)")));
    QVERIFY2(!port.isEmpty(), qPrintable(server.output()));
    const QString session = write(QStringLiteral("tls.wsbench"),
                                  R"({"schemaVersion": 2,
        "clients": [{"name": "untrusted", "url": "wss://127.0.0.1:)"
                                      + port.toUtf8() + R"(/"}],
        "scenarios": [{"name": "tls", "steps": [{"kind": "connect", "profile": "untrusted"}]}]})");
    ProcessRunner run(ProcessRunner::wsbench(), {QStringLiteral("run"), session});
    QCOMPARE(run.finish(), 1);
    const QString out = run.output();
    QVERIFY2(out.contains(QLatin1String("expected: the connection opens within 5000 ms")),
             qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("got:      TLS handshake failed: The certificate is "
                                        "self-signed, and untrusted (the connection closed with "
                                        "1006 Abnormal Closure)")),
             qPrintable(out));
    // wsbench connect gives the same reason.
    ProcessRunner connect(
        ProcessRunner::wsbench(),
        {QStringLiteral("connect"), QStringLiteral("wss://127.0.0.1:%1/").arg(port)});
    QCOMPARE(connect.finish(), 1);
    QVERIFY2(
        connect.output().contains(QLatin1String("The certificate is self-signed, and untrusted")),
        qPrintable(connect.output()));
    server.terminate();
}

QTEST_GUILESS_MAIN(TestRunCli)
#include "tst_run_cli.moc"
