// Polling, long polling, Server-Sent Events and WebSocket over one update feed on loopback:
// what each delivers, and what the mechanism costs (requests, bytes, delay).
#include "core/net/transport_comparison.h"
#include "core/traffic/clock.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace WsBench;
using Net::ComparisonParameters;
using Net::ComparisonResult;
using Net::FeedProblem;
using Net::FeedTransport;
using Net::TransportFigures;

class TestTransportComparison : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyTransportDeliversEveryUpdateInOrder();
    void pollingCostsRequestsAndBytesWebSocketCostsAFrame();
    void aLongPollIntervalDelaysOnlyShortPolling();
    void badParametersFinishAtOnce_data();
    void badParametersFinishAtOnce();

private:
    ComparisonResult run(const ComparisonParameters &parameters);
    static const TransportFigures &figures(const ComparisonResult &r, FeedTransport t);

    Traffic::SystemClock m_clock;
};

ComparisonResult TestTransportComparison::run(const ComparisonParameters &parameters)
{
    Net::TransportComparison comparison(&m_clock);
    QSignalSpy finished(&comparison, &Net::TransportComparison::finished);
    comparison.start(parameters);
    // Connecting (≤ 5 s), the run, catching up (≤ poll interval + 1 s), and slack.
    const int boundMs
        = 5000 + parameters.durationS * 1000 + parameters.pollIntervalMs + 1000 + 5000;
    if (finished.isEmpty() && !finished.wait(boundMs))
        return {};
    return finished.first().first().value<ComparisonResult>();
}

const TransportFigures &TestTransportComparison::figures(const ComparisonResult &r, FeedTransport t)
{
    return r.transports.at(int(t));
}

void TestTransportComparison::everyTransportDeliversEveryUpdateInOrder()
{
    const ComparisonResult r = run({20, 2, 250});
    QVERIFY2(r.ok(), QJsonDocument(r.toJson()).toJson().constData());
    QCOMPARE(r.updatesCreated, 40u);
    QCOMPARE(r.transports.size(), Net::kFeedTransportCount);
    for (int i = 0; i < Net::kFeedTransportCount; ++i) {
        const TransportFigures &f = r.transports.at(i);
        QCOMPARE(f.transport, FeedTransport(i));
        QCOMPARE(f.problem, FeedProblem::None);
        QCOMPARE(f.delivered, r.updatesCreated);
        QCOMPARE(f.missed, 0u);
        QCOMPARE(f.duplicated, 0u);
        QCOMPARE(f.outOfOrder, 0u);
        QVERIFY(f.delayP50Ms >= 0 && f.delayP95Ms >= f.delayP50Ms);
    }
}

void TestTransportComparison::pollingCostsRequestsAndBytesWebSocketCostsAFrame()
{
    const ComparisonParameters p {20, 2, 100};
    const ComparisonResult r = run(p);
    QVERIFY2(r.ok(), QJsonDocument(r.toJson()).toJson().constData());

    // Short polling asks every interval whether or not anything is new: about duration / P
    // requests (the band allows for connecting and catching up).
    const auto &shortPoll = figures(r, FeedTransport::ShortPolling);
    const quint64 expected = quint64(p.durationS) * 1000 / quint64(p.pollIntervalMs);
    QVERIFY2(shortPoll.requests >= expected / 2 && shortPoll.requests <= expected * 3 / 2 + 12,
             qPrintable(QString::number(shortPoll.requests)));
    // Long polling asks once per answer; SSE and WebSocket once for the whole run.
    QVERIFY(figures(r, FeedTransport::LongPolling).requests >= 1);
    QVERIFY(figures(r, FeedTransport::LongPolling).requests <= r.updatesCreated + 1);
    QCOMPARE(figures(r, FeedTransport::ServerSentEvents).requests, 1u);
    const auto &ws = figures(r, FeedTransport::WebSocket);
    QCOMPARE(ws.requests, 1u);

    // A WebSocket update is one unmasked server frame: a 2-byte header (payload < 126 bytes,
    // RFC 6455 §5.2) and the JSON, plus the one handshake shared by every update.
    const QByteArray longest = "{\"seq\":" + QByteArray::number(r.updatesCreated)
        + ",\"symbol\":\"WSB\",\"price\":100.00,\"t\":" + QByteArray::number(m_clock.monotonicUs())
        + '}';
    QVERIFY(longest.size() < 126);
    const double handshake = 1024.0; // request and response heads together, generously
    const double bound = 2.0 + double(longest.size()) + handshake / double(ws.delivered);
    QVERIFY2(ws.bytesPerUpdate > double(longest.size()) - 10 && ws.bytesPerUpdate <= bound,
             qPrintable(QStringLiteral("%1 > %2").arg(ws.bytesPerUpdate).arg(bound)));
    // Frames only flow to the client; the client sent its handshake and nothing else.
    QVERIFY(ws.bytesToServer > 0 && ws.bytesToServer < 1024);

    // Every HTTP request and response carries headers: polling costs more per update.
    QVERIFY2(shortPoll.bytesPerUpdate > ws.bytesPerUpdate,
             qPrintable(
                 QStringLiteral("%1 vs %2").arg(shortPoll.bytesPerUpdate).arg(ws.bytesPerUpdate)));
    QVERIFY(figures(r, FeedTransport::LongPolling).bytesPerUpdate > ws.bytesPerUpdate);
}

void TestTransportComparison::aLongPollIntervalDelaysOnlyShortPolling()
{
    const ComparisonParameters p {20, 2, 500};
    const ComparisonResult r = run(p);
    QVERIFY2(r.ok(), QJsonDocument(r.toJson()).toJson().constData());
    // An update waits for the next poll: on average half an interval.
    QVERIFY2(figures(r, FeedTransport::ShortPolling).delayP50Ms >= 50,
             qPrintable(QString::number(figures(r, FeedTransport::ShortPolling).delayP50Ms)));
    // The pushing transports send when the update exists, whatever the poll interval.
    for (FeedTransport t :
         {FeedTransport::LongPolling, FeedTransport::ServerSentEvents, FeedTransport::WebSocket}) {
        QVERIFY2(figures(r, t).delayP50Ms < p.pollIntervalMs / 5.0,
                 qPrintable(QStringLiteral("%1: %2 ms")
                                .arg(QLatin1String(Net::feedTransportKey(t)))
                                .arg(figures(r, t).delayP50Ms)));
    }
}

void TestTransportComparison::badParametersFinishAtOnce_data()
{
    QTest::addColumn<ComparisonParameters>("parameters");
    QTest::addColumn<QByteArray>("error");
    QTest::newRow("rate 0") << ComparisonParameters {0, 2, 1000} << QByteArray("invalid rate");
    QTest::newRow("rate too high")
        << ComparisonParameters {ComparisonParameters::kMaxRate + 1, 2, 1000}
        << QByteArray("invalid rate");
    QTest::newRow("duration 0") << ComparisonParameters {10, 0, 1000}
                                << QByteArray("invalid duration");
    QTest::newRow("poll 1 ms") << ComparisonParameters {10, 2, 1}
                               << QByteArray("invalid poll interval");
}

void TestTransportComparison::badParametersFinishAtOnce()
{
    QFETCH(ComparisonParameters, parameters);
    QFETCH(QByteArray, error);
    Net::TransportComparison comparison(&m_clock);
    QSignalSpy finished(&comparison, &Net::TransportComparison::finished);
    comparison.start(parameters);
    QCOMPARE(finished.size(), 1);
    const auto r = finished.first().first().value<ComparisonResult>();
    QCOMPARE(r.serverError, error);
    QVERIFY(!r.ok());
    QVERIFY(!comparison.isRunning());
}

QTEST_GUILESS_MAIN(TestTransportComparison)
#include "tst_transport_comparison.moc"
