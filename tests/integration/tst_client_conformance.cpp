// WsBench as a client against a raw server that breaks RFC 6455 on purpose: each violation
// must fail the connection with the right error and close code, and the right exit status.
#include "tests/integration/support/process_runner.h"

#include <QTest>

using namespace WsBench::Testing;

class TestClientConformance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void violations_data();
    void violations();
};

void TestClientConformance::violations_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("error"); // the error record's name
    QTest::addColumn<QString>("clientClose"); // what the server saw from us: a code, "none" or ""
    QTest::addColumn<int>("closeCode"); // the WebSocket connection close code we report
    QTest::addColumn<QString>("detail"); // what the error's text says, when it matters
    QTest::newRow("bad Accept") << "bad-accept"
                                << "BadAccept"
                                << "" << 1006 << QString();
    QTest::newRow("status 200") << "status-200"
                                << "NotSwitchingProtocols"
                                << "" << 1006 << QString();
    QTest::newRow("unrequested subprotocol") << "unrequested-subprotocol"
                                             << "UnrequestedSubprotocol"
                                             << "" << 1006 << QString();
    QTest::newRow("unrequested extension") << "unrequested-extension"
                                           << "UnrequestedExtension"
                                           << "" << 1006 << QString();
    QTest::newRow("masked server frame") << "masked-frame"
                                         << "MaskedServerFrame"
                                         << "1002" << 1002 << QString();
    QTest::newRow("invalid UTF-8") << "invalid-utf8"
                                   << "InvalidUtf8"
                                   << "1007" << 1007 << QString();
    QTest::newRow("close code 1005 on the wire") << "bad-close-code"
                                                 << "InvalidCloseCode"
                                                 << "1002" << 1002 << QString();
    QTest::newRow("1-byte close body") << "one-byte-close"
                                       << "ClosePayloadTooShort"
                                       << "1002" << 1002 << QString();
    QTest::newRow("reserved opcode") << "reserved-opcode"
                                     << "ReservedOpcode"
                                     << "1002" << 1002 << QString();
    QTest::newRow("never answers Close") << "never-answers-close"
                                         << "CloseTimeout"
                                         << "1000" << 1006 << QString();
    QTest::newRow("drops TCP without Close") << "drops-without-close"
                                             << ""
                                             << "" << 1006 << QString();
    // RFC 9110 §5.5: a 101 with a NUL in a header value fails, and the error names the header.
    QTest::newRow("NUL in a header value")
        << "nul-in-header"
        << "InvalidFieldValue"
        << "" << 1006 << QStringLiteral("Header \\\"X-Trace\\\" has a NUL byte");
    QTest::newRow("vanishes mid-frame") << "vanishes-mid-frame"
                                        << ""
                                        << "" << 1006 << QString();
}

void TestClientConformance::violations()
{
    QFETCH(QString, scenario);
    QFETCH(QString, error);
    QFETCH(QString, clientClose);
    QFETCH(int, closeCode);
    QFETCH(QString, detail);
    ProcessRunner server(
        ProcessRunner::python(),
        {ProcessRunner::peersDir() + QStringLiteral("/raw_misbehaving_server.py"), scenario});
    const QString port = server.waitForLine(QRegularExpression(QStringLiteral("^ready (\\d+)")));
    QVERIFY2(!port.isEmpty(), qPrintable(server.output()));
    ProcessRunner client(ProcessRunner::wsbench(),
                         {QStringLiteral("connect"), QStringLiteral("ws://127.0.0.1:%1/").arg(port),
                          QStringLiteral("--subprotocol"), QStringLiteral("chat"),
                          QStringLiteral("--wait"), QStringLiteral("500"),
                          QStringLiteral("--close-timeout"), QStringLiteral("1000"),
                          QStringLiteral("--json")});
    QCOMPARE(client.finish(), 1); // never a clean close
    const QString out = client.output();
    if (!error.isEmpty())
        QVERIFY2(out.contains(QStringLiteral("\"error\":\"%1\"").arg(error)), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("\"kind\":\"close\""))
                 && out.contains(QStringLiteral("\"code\":%1,").arg(closeCode)),
             qPrintable(out));
    if (!detail.isEmpty())
        QVERIFY2(out.contains(detail), qPrintable(out));
    if (!clientClose.isEmpty())
        QCOMPARE(server.waitForLine(QRegularExpression(QStringLiteral("^client-close (\\S+)"))),
                 clientClose);
}

QTEST_GUILESS_MAIN(TestClientConformance)
#include "tst_client_conformance.moc"
