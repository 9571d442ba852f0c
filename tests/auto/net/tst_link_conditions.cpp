// The link shaper (latency, a token-bucket rate, pauses each way), driven by a manual clock:
// every test moves time by hand, none waits.
#include "core/net/link_conditions.h"

#include "tests/support/manual_clock.h"

#include <QTest>

using namespace WsBench;
using Net::LinkConditions;
using Net::LinkShaper;

class TestLinkConditions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void neutralMeansNothingSet();
    void latencyAddsExactlyItsMillisecondsEachWay();
    void tokenBucketReleasesBytesAtTheRate();
    void aLongIdleBuysOnlyAShortBurst();
    void inboundReadsNoMoreThanTheRate();
    void pauseWritingHoldsEverythingUntilResumed();
    void pauseReadingStopsReadsAndDeliveries();
    void aChangeAppliesToBytesAlreadyHeld();
};

namespace {

LinkConditions link(int latencyMs, qint64 rate = 0, bool pauseReading = false,
                    bool pauseWriting = false)
{
    return {latencyMs, rate, pauseReading, pauseWriting};
}

// A clock far from zero, and the shaper's answers at its time.
struct Drive
{
    Testing::ManualClock clock {0, qint64(5000) * 1000 * 1000};
    qint64 now() const { return clock.monotonicUs(); }
    QByteArray writable(LinkShaper &shaper) const
    {
        QByteArray out;
        shaper.takeWritable(now(), out);
        return out;
    }
    QByteArray readable(LinkShaper &shaper) const
    {
        QByteArray in;
        shaper.takeReadable(now(), in);
        return in;
    }
};

} // namespace

void TestLinkConditions::neutralMeansNothingSet()
{
    QVERIFY(LinkConditions().isNeutral());
    QVERIFY(!link(1).isNeutral());
    QVERIFY(!link(0, 1).isNeutral());
    QVERIFY(!link(0, 0, true).isNeutral());
    QVERIFY(!link(0, 0, false, true).isNeutral());
}

void TestLinkConditions::latencyAddsExactlyItsMillisecondsEachWay()
{
    Drive d;
    LinkShaper shaper(link(200), d.now());
    const qint64 t0 = d.now();
    shaper.queueOutbound("hello", d.now());
    QVERIFY(d.writable(shaper).isEmpty());
    QCOMPARE(shaper.heldOutbound(), 5);
    QCOMPARE(shaper.nextUs(d.now(), false), std::optional<qint64>(t0 + 200 * 1000));
    QCOMPARE(shaper.readAllowance(d.now()), std::numeric_limits<qint64>::max()); // no rate
    shaper.queueInbound("world", d.now());
    d.clock.advanceMs(199);
    QVERIFY(d.writable(shaper).isEmpty());
    QVERIFY(d.readable(shaper).isEmpty());
    d.clock.advanceMs(1);
    QCOMPARE(d.writable(shaper), QByteArray("hello"));
    QCOMPARE(d.readable(shaper), QByteArray("world"));
    QVERIFY(!shaper.holdsBytes());
    QCOMPARE(shaper.nextUs(d.now(), false), std::nullopt);
    // Bytes sent later keep their own 200 ms, and their order.
    shaper.queueOutbound("a", d.now());
    d.clock.advanceMs(50);
    shaper.queueOutbound("b", d.now());
    d.clock.advanceMs(150);
    QCOMPARE(d.writable(shaper), QByteArray("a"));
    d.clock.advanceMs(49);
    QVERIFY(d.writable(shaper).isEmpty());
    d.clock.advanceMs(1);
    QCOMPARE(d.writable(shaper), QByteArray("b"));
}

void TestLinkConditions::tokenBucketReleasesBytesAtTheRate()
{
    Drive d;
    const qint64 rate = 64 * 1024;
    const qint64 burst = rate / 10; // the most the bucket holds
    LinkShaper shaper(link(0, rate), d.now());
    const QByteArray mib(1024 * 1024, 'x');
    shaper.queueOutbound(mib, d.now());
    qint64 sent = d.writable(shaper).size();
    QCOMPARE(sent, burst); // a full bucket to start with
    // Every 10 ms, exactly what the rate earned since the start, never more.
    const qint64 t0 = d.now();
    int steps = 0;
    while (sent < mib.size() && steps < 2000) {
        const std::optional<qint64> next = shaper.nextUs(d.now(), false);
        QVERIFY(next && *next > d.now()); // the bucket is empty: it says when to come back
        d.clock.advanceMs(10);
        ++steps;
        sent += d.writable(shaper).size();
        const qint64 earned = burst + rate * (d.now() - t0) / 1000000;
        QCOMPARE(sent, std::min<qint64>(earned, mib.size()));
        QCOMPARE(shaper.heldOutbound(), mib.size() - sent);
    }
    // 1 MiB at 64 KiB/s: 16 s, less the first burst's tenth of a second.
    QCOMPARE(steps, 1591);
    QVERIFY(!shaper.holdsBytes());
}

void TestLinkConditions::aLongIdleBuysOnlyAShortBurst()
{
    Drive d;
    LinkShaper shaper(link(0, 1000 * 1000), d.now()); // 1 MB/s
    d.clock.advanceMs(60 * 1000);
    QCOMPARE(shaper.readAllowance(d.now()), 100 * 1000); // a tenth of a second, not a minute
    // A small rate still lets a small frame through at once.
    LinkShaper slow(link(0, 100), d.now());
    QCOMPARE(slow.readAllowance(d.now()), Net::LinkLane::kMinBurst);
}

void TestLinkConditions::inboundReadsNoMoreThanTheRate()
{
    Drive d;
    LinkShaper shaper(link(0, 10000), d.now());
    QCOMPARE(shaper.readAllowance(d.now()), 1000);
    shaper.queueInbound(QByteArray(1000, 'r'), d.now());
    QCOMPARE(d.readable(shaper).size(), 1000);
    QCOMPARE(shaper.readAllowance(d.now()), 0);
    // With the socket still holding bytes, the shaper asks to come back for a fiftieth of a
    // second's worth (200 bytes at 10000 B/s: 20 ms).
    QCOMPARE(shaper.nextUs(d.now(), true), std::optional<qint64>(d.now() + 20 * 1000));
    QCOMPARE(shaper.nextUs(d.now(), false), std::nullopt);
    d.clock.advanceMs(20);
    QCOMPARE(shaper.readAllowance(d.now()), 200);
}

void TestLinkConditions::pauseWritingHoldsEverythingUntilResumed()
{
    Drive d;
    LinkShaper shaper(link(0, 0, false, true), d.now());
    shaper.queueOutbound("one ", d.now());
    shaper.queueOutbound("two ", d.now());
    d.clock.advanceMs(60 * 1000);
    QVERIFY(d.writable(shaper).isEmpty());
    QCOMPARE(shaper.heldOutbound(), 8);
    QCOMPARE(shaper.nextUs(d.now(), false), std::nullopt); // nothing to wake up for
    shaper.queueOutbound("three", d.now());
    shaper.setConditions(link(0), d.now());
    QCOMPARE(d.writable(shaper), QByteArray("one two three"));
    QCOMPARE(shaper.heldOutbound(), 0);
    // Reading was never paused.
    QCOMPARE(shaper.readAllowance(d.now()), std::numeric_limits<qint64>::max());
}

void TestLinkConditions::pauseReadingStopsReadsAndDeliveries()
{
    Drive d;
    LinkShaper shaper(link(100), d.now());
    shaper.queueInbound("before", d.now());
    shaper.setConditions(link(100, 0, true), d.now());
    QCOMPARE(shaper.readAllowance(d.now()), 0);
    d.clock.advanceMs(1000);
    QVERIFY(d.readable(shaper).isEmpty()); // in flight before the pause, held too
    QCOMPARE(shaper.nextUs(d.now(), true), std::nullopt);
    // Writing goes on.
    shaper.queueOutbound("out", d.now());
    d.clock.advanceMs(100);
    QCOMPARE(d.writable(shaper), QByteArray("out"));
    shaper.setConditions(link(100), d.now());
    QCOMPARE(d.readable(shaper), QByteArray("before"));
    QVERIFY(shaper.readAllowance(d.now()) > 0);
}

void TestLinkConditions::aChangeAppliesToBytesAlreadyHeld()
{
    Drive d;
    LinkShaper shaper(link(5000), d.now());
    shaper.queueOutbound("slow", d.now());
    shaper.queueInbound("slow in", d.now());
    d.clock.advanceMs(300);
    QVERIFY(d.writable(shaper).isEmpty());
    shaper.setConditions(link(300), d.now()); // sent 300 ms ago: due now
    QCOMPARE(d.writable(shaper), QByteArray("slow"));
    QCOMPARE(d.readable(shaper), QByteArray("slow in"));
    // A cap set later applies to the backlog from then on.
    shaper.setConditions(link(0, 1000), d.now());
    shaper.queueOutbound(QByteArray(5000, 'c'), d.now());
    QCOMPARE(d.writable(shaper).size(), Net::LinkLane::kMinBurst);
    d.clock.advanceMs(1000);
    QCOMPARE(d.writable(shaper).size(), Net::LinkLane::kMinBurst); // the bucket's cap
    d.clock.advanceMs(100);
    QCOMPARE(d.writable(shaper).size(), 100);
}

QTEST_GUILESS_MAIN(TestLinkConditions)
#include "tst_link_conditions.moc"
