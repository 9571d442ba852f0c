// The update feed against clients we did not write (Python's urllib, http.client and
// `websockets`), and `wsbench compare-transports` as a command.
#include "core/net/io_thread.h"
#include "core/net/update_feed_server.h"
#include "core/traffic/clock.h"
#include "tests/integration/support/process_runner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace WsBench;
using namespace WsBench::Testing;

class TestTransportComparisonPeers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pythonReadsEveryTransport();
    void commandPrintsTheFiguresAsJson();
    void commandRefusesBadArguments_data();
    void commandRefusesBadArguments();
};

void TestTransportComparisonPeers::pythonReadsEveryTransport()
{
    Traffic::SystemClock clock;
    Net::IoThread io;
    Net::UpdateFeedServer *feed = nullptr;
    QString error, http, ws;
    io.call([&] {
        Net::UpdateFeedOptions options;
        options.intervalMs = 50;
        feed = new Net::UpdateFeedServer(options, &clock, io.context());
        if (feed->listen(&error)) {
            http = feed->httpUrl();
            ws = feed->webSocketUrl();
            feed->start();
        }
    });
    QVERIFY2(error.isEmpty(), qPrintable(error));

    ProcessRunner client(
        ProcessRunner::python(),
        {ProcessRunner::peersDir() + QStringLiteral("/py_feed_client.py"), http, ws});
    const int exitCode = client.finish(30000);
    const QString out = client.output();
    QVERIFY2(exitCode == 0, qPrintable(out));
    const QStringList expected {
        QStringLiteral("poll 200 application/json True"),
        QStringLiteral("keep-alive 200 200 True"),
        QStringLiteral("long-poll 200 True True"),
        QStringLiteral("sse 200 text/event-stream True True"),
        QStringLiteral("ws True"),
        QStringLiteral("404 404"),
        QStringLiteral("done"),
    };
    for (const QString &line : expected)
        QVERIFY2(out.contains(line), qPrintable(line + QStringLiteral(" in:\n") + out));

    // The server counted what Python asked: its polls, 1 long poll, 1 stream, 1 handshake.
    const QRegularExpression pollsLine(QStringLiteral("^polls (\\d+)$"),
                                       QRegularExpression::MultilineOption);
    const QRegularExpressionMatch polls = pollsLine.match(out);
    QVERIFY2(polls.hasMatch(), qPrintable(out));
    Net::FeedTraffic poll, longPoll, sse, socket;
    io.call([&] {
        poll = feed->traffic(Net::FeedTransport::ShortPolling);
        longPoll = feed->traffic(Net::FeedTransport::LongPolling);
        sse = feed->traffic(Net::FeedTransport::ServerSentEvents);
        socket = feed->traffic(Net::FeedTransport::WebSocket);
        delete feed;
    });
    QCOMPARE(poll.requests, polls.captured(1).toULongLong());
    QCOMPARE(longPoll.requests, 1u);
    QCOMPARE(sse.requests, 1u);
    QCOMPARE(socket.requests, 1u);
    for (const Net::FeedTraffic &t : {poll, longPoll, sse, socket})
        QVERIFY(t.bytesIn > 0 && t.bytesOut > 0);
}

void TestTransportComparisonPeers::commandPrintsTheFiguresAsJson()
{
    ProcessRunner run(ProcessRunner::wsbench(),
                      {QStringLiteral("compare-transports"), QStringLiteral("--rate"),
                       QStringLiteral("20"), QStringLiteral("--duration"), QStringLiteral("2"),
                       QStringLiteral("--json")});
    QCOMPARE(run.finish(30000), 0);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(run.output().toUtf8(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(run.output()));
    QVERIFY(root.value(QStringLiteral("ok")).toBool());
    QCOMPARE(root.value(QStringLiteral("updatesCreated")).toInt(), 40);
    QCOMPARE(root.value(QStringLiteral("parameters")).toObject().value(QStringLiteral("rate")),
             QJsonValue(20));
    const QJsonArray transports = root.value(QStringLiteral("transports")).toArray();
    QStringList names;
    for (const QJsonValue &v : transports) {
        const QJsonObject t = v.toObject();
        names << t.value(QStringLiteral("transport")).toString();
        for (const char *field :
             {"requests", "bytesToServer", "bytesToClient", "bytesPerUpdate", "delayP50Ms",
              "delayP95Ms", "delivered", "missed", "duplicated", "outOfOrder"})
            QVERIFY2(t.value(QLatin1String(field)).isDouble(), field);
        QCOMPARE(t.value(QStringLiteral("delivered")).toInt(), 40);
    }
    QCOMPARE(names,
             (QStringList {QStringLiteral("short-polling"), QStringLiteral("long-polling"),
                           QStringLiteral("sse"), QStringLiteral("websocket")}));
}

void TestTransportComparisonPeers::commandRefusesBadArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("rate 0") << QStringList {QStringLiteral("--rate"), QStringLiteral("0")}
                            << QStringLiteral("rate must be from 1 to 200");
    QTest::newRow("duration text")
        << QStringList {QStringLiteral("--duration"), QStringLiteral("ten")}
        << QStringLiteral("--duration needs a whole number");
    QTest::newRow("poll 5 ms") << QStringList {QStringLiteral("--poll-interval"),
                                               QStringLiteral("5")}
                               << QStringLiteral("poll interval must be from 10");
    QTest::newRow("unknown") << QStringList {QStringLiteral("--fast")} << QStringLiteral("--fast");
}

void TestTransportComparisonPeers::commandRefusesBadArguments()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    ProcessRunner run(ProcessRunner::wsbench(),
                      QStringList {QStringLiteral("compare-transports")} + args);
    QCOMPARE(run.finish(), 2);
    QVERIFY2(run.output().contains(message), qPrintable(run.output()));
}

QTEST_GUILESS_MAIN(TestTransportComparisonPeers)
#include "tst_transport_comparison_peers.moc"
