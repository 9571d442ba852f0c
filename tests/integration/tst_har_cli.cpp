// wsbench mock and wsbench replay with a HAR file as Chrome writes it, against Python's
// `websockets` on loopback.
#include "support/process_runner.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace WsBench::Testing;

class TestHarCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mockAnswersLikeTheRecording();
    void replaySendsTheRecordedMessages_data();
    void replaySendsTheRecordedMessages();
    void malformedHarIsAUsageError();
};

namespace {

const QString kFixture = QStringLiteral(WSBENCH_TEST_DATA "/chrome_websocket.har");

// The times (µs) of the messages in one direction ("in" or "out") in a --json transcript.
QList<qint64> messageTimes(const QString &output, const QString &direction)
{
    QList<qint64> times;
    for (const QString &line : output.split(QLatin1Char('\n'))) {
        const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
        if (o.value(QStringLiteral("kind")).toString() == QLatin1String("message")
            && o.value(QStringLiteral("dir")).toString() == direction)
            times.append(qint64(o.value(QStringLiteral("t_us")).toDouble()));
    }
    return times;
}

} // namespace

void TestHarCli::mockAnswersLikeTheRecording()
{
    ProcessRunner mock(ProcessRunner::wsbench(), {QStringLiteral("mock"), kFixture});
    const QString url
        = mock.waitForLine(QRegularExpression(QStringLiteral("Listening on (ws://\\S+)")));
    QVERIFY2(!url.isEmpty(), qPrintable(mock.output()));
    ProcessRunner client(ProcessRunner::python(),
                         {ProcessRunner::peersDir() + QStringLiteral("/py_script_client.py"), url,
                          QStringLiteral("--subprotocol"), QStringLiteral("chat"),
                          QStringLiteral("--send"), QStringLiteral("{\"op\":\"sub\"}"),
                          QStringLiteral("--expect"), QStringLiteral("2")});
    QCOMPARE(client.finish(), 0);
    QCOMPARE(client.lines(),
             (QStringList {QStringLiteral("subprotocol chat"), QStringLiteral("text {\"ok\":true}"),
                           QStringLiteral("binary 000102ff"), QStringLiteral("ok")}));
    mock.terminate();
    QCOMPARE(mock.finish(), 0);
}

void TestHarCli::replaySendsTheRecordedMessages_data()
{
    QTest::addColumn<QString>("timing");
    QTest::addColumn<qint64>("minGapUs");
    QTest::addColumn<qint64>("maxGapUs");
    QTest::newRow("original") << QStringLiteral("original") << qint64(280000) << qint64(2000000);
    QTest::newRow("fast") << QStringLiteral("fast") << qint64(0) << qint64(150000);
}

void TestHarCli::replaySendsTheRecordedMessages()
{
    QFETCH(QString, timing);
    QFETCH(qint64, minGapUs);
    QFETCH(qint64, maxGapUs);
    // Three sends 300 ms apart, in Chrome's format.
    QTemporaryDir dir;
    const QString har = dir.filePath(QStringLiteral("three.har"));
    QFile f(har);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"log": {"version": "1.2", "entries": [{"_resourceType": "websocket",
        "request": {"method": "GET", "url": "ws://127.0.0.1:9/", "headers": []},
        "response": {"status": 101, "headers": []},
        "_webSocketMessages": [
          {"type": "send", "time": 1718000000.0, "opcode": 1, "data": "one"},
          {"type": "receive", "time": 1718000000.1, "opcode": 1, "data": "one"},
          {"type": "send", "time": 1718000000.3, "opcode": 1, "data": "two"},
          {"type": "send", "time": 1718000000.6, "opcode": 2, "data": "AP8="}]}]}})");
    f.close();
    ProcessRunner server(ProcessRunner::python(),
                         {ProcessRunner::peersDir() + QStringLiteral("/py_echo_server.py")});
    const QString port = server.waitForLine(QRegularExpression(QStringLiteral("^ready (\\d+)")));
    QVERIFY(!port.isEmpty());
    ProcessRunner replay(ProcessRunner::wsbench(),
                         {QStringLiteral("replay"), har, QStringLiteral("--url"),
                          QStringLiteral("ws://127.0.0.1:%1/").arg(port),
                          QStringLiteral("--timing"), timing, QStringLiteral("--wait"),
                          QStringLiteral("300"), QStringLiteral("--json")});
    QCOMPARE(replay.finish(), 0);
    const QString out = replay.output();
    QVERIFY2(out.contains(QLatin1String("\"data\":\"two\"")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("\"base64\":\"AP8=\"")), qPrintable(out));
    const QList<qint64> sent = messageTimes(out, QStringLiteral("out"));
    QCOMPARE(sent.size(), 3);
    for (int i = 1; i < sent.size(); ++i) {
        const qint64 gap = sent[i] - sent[i - 1];
        QVERIFY2(gap >= minGapUs && gap <= maxGapUs, qPrintable(QString::number(gap)));
    }
    // Every message came back from the echo server.
    QCOMPARE(messageTimes(out, QStringLiteral("in")).size(), 3);
    server.terminate();
}

void TestHarCli::malformedHarIsAUsageError()
{
    QTemporaryDir dir;
    const QString har = dir.filePath(QStringLiteral("bad.har"));
    QFile f(har);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"log": {"entries": [{"_resourceType": "websocket", "request": {"url": "ws://h/"},
        "_webSocketMessages": [{"type": "send", "time": "soon", "opcode": 1, "data": "x"}]}]}})");
    f.close();
    for (const QString &command : {QStringLiteral("replay"), QStringLiteral("mock")}) {
        ProcessRunner p(ProcessRunner::wsbench(), {command, har});
        QCOMPARE(p.finish(), 2);
        QVERIFY2(p.output().contains(QLatin1String("entries[0]._webSocketMessages[0].time")),
                 qPrintable(p.output()));
    }
    ProcessRunner missing(ProcessRunner::wsbench(),
                          {QStringLiteral("replay"), dir.filePath(QStringLiteral("none.har"))});
    QCOMPARE(missing.finish(), 2);
    QVERIFY(missing.output().contains(QLatin1String("cannot read")));
}

QTEST_GUILESS_MAIN(TestHarCli)
#include "tst_har_cli.moc"
