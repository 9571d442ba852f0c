// A connection's deadlines (handshake, close, idle, ping interval, pong timeout), driven by a
// manual clock: every test moves time by hand, none waits.
#include "core/net/connection_deadlines.h"

#include "tests/support/manual_clock.h"

#include <QTest>

#include <functional>

using namespace WsBench;
using Net::ConnectionDeadlines;
using Net::ConnectionTimeouts;
using Net::Due;

namespace {

ConnectionTimeouts timeouts(int handshakeMs, int closeMs, int idleMs, int pingIntervalMs,
                            int pongTimeoutMs)
{
    ConnectionTimeouts t;
    t.handshakeMs = handshakeMs;
    t.closeMs = closeMs;
    t.idleMs = idleMs;
    t.pingIntervalMs = pingIntervalMs;
    t.pongTimeoutMs = pongTimeoutMs;
    return t;
}

// One connection's deadlines and a clock that starts far from zero. Times in the tests are
// milliseconds since the start.
struct Drive
{
    explicit Drive(const ConnectionTimeouts &t)
        : deadlines(t)
    { }

    qint64 now() const { return clock.monotonicUs() / 1000; }
    qint64 elapsed() const { return now() - t0; }
    QByteArray entry(Due due) const
    {
        return QByteArray::number(elapsed()) + ' ' + Net::dueName(due);
    }
    // Everything due now, in the order it comes, each answered by `react` (as the connection
    // would answer it).
    void takeAll(QByteArrayList *seen)
    {
        for (int i = 0; i < 16; ++i) { // a handful at most; the bound is a guard
            const Due due = deadlines.takeDue(now());
            if (due == Due::Nothing)
                return;
            seen->append(entry(due));
            if (react)
                react(due);
        }
        QFAIL("more than 16 deadlines due at one moment");
    }
    // Moves time on one millisecond at a time until `toMs`, taking what is due at each step:
    // nothing may come before its time.
    QByteArrayList stepTo(qint64 toMs)
    {
        QByteArrayList seen;
        takeAll(&seen);
        while (elapsed() < toMs) { // bounded by toMs
            clock.advanceMs(1);
            takeAll(&seen);
        }
        return seen;
    }
    // Moves time from deadline to deadline, as the connection's one timer does, until `toMs`.
    QByteArrayList jumpTo(qint64 toMs)
    {
        QByteArrayList seen;
        takeAll(&seen);
        for (int i = 0; i < 1000; ++i) {
            const std::optional<qint64> next = deadlines.next();
            if (!next || *next - t0 > toMs)
                break;
            if (*next <= now()) {
                QTest::qFail("a deadline that has passed was not taken", __FILE__, __LINE__);
                break;
            }
            clock.advanceMs(*next - now());
            takeAll(&seen);
        }
        clock.advanceMs(toMs - elapsed());
        return seen;
    }
    // The next deadline since the start, or -1 when there is none.
    qint64 nextFromStart() const
    {
        const std::optional<qint64> next = deadlines.next();
        return next ? *next - t0 : -1;
    }

    Testing::ManualClock clock {0, qint64(7200) * 1000 * 1000}; // two hours after boot
    const qint64 t0 = now();
    ConnectionDeadlines deadlines;
    std::function<void(Due)> react;
};

} // namespace

class TestConnectionDeadlines : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pingsAtTheInterval();
    void noPingBeforeOpenOrWhileClosing();
    void pingAfterAStallIsNotABurst();
    void pongTimeoutFailsExactlyWhenDue();
    void pongInTimeResetsTheLimit();
    void pongLimitRunsFromTheFirstUnansweredPing();
    void pongTimeoutBeforeThePingDueWithIt();
    void idleTimeoutAfterNothingReceived();
    void anyReceivedBytesResetIdle();
    void idleOffWhenZero();
    void handshakeTimeout();
    void handshakeDoneOrFailedStopsTheLimit();
    void closeTimeout();
    void closeTimeoutZeroIsAtOnce();
    void aWholeLifecycleByTheNextDeadline();
    void finishedLeavesNothingDue();
    void nothingIsDueWithEverythingOff();
};

void TestConnectionDeadlines::pingsAtTheInterval()
{
    Drive d(timeouts(0, 1000, 0, 100, 0));
    d.deadlines.start(d.now());
    d.clock.advanceMs(30);
    d.deadlines.opened(d.now());
    QCOMPARE(d.nextFromStart(), qint64(130));
    QCOMPARE(d.stepTo(129), QByteArrayList());
    QCOMPARE(d.stepTo(450), (QByteArrayList {"130 Ping", "230 Ping", "330 Ping", "430 Ping"}));
    QCOMPARE(d.nextFromStart(), qint64(530));
}

void TestConnectionDeadlines::noPingBeforeOpenOrWhileClosing()
{
    Drive d(timeouts(10000, 1000, 0, 100, 400));
    d.deadlines.start(d.now());
    QCOMPARE(d.stepTo(500), QByteArrayList()); // CONNECTING
    d.deadlines.opened(d.now());
    QCOMPARE(d.stepTo(750), (QByteArrayList {"600 Ping", "700 Ping"}));
    d.deadlines.pongReceived();
    d.deadlines.closing(); // a Close was sent or received
    d.deadlines.awaitClose(d.now());
    QCOMPARE(d.stepTo(3000), QByteArrayList {"1750 CloseTimeout"});
}

void TestConnectionDeadlines::pingAfterAStallIsNotABurst()
{
    Drive d(timeouts(0, 1000, 0, 100, 0));
    d.deadlines.opened(d.now());
    d.clock.advanceMs(450); // the thread was busy through four intervals
    QCOMPARE(d.stepTo(450), QByteArrayList {"450 Ping"});
    QCOMPARE(d.nextFromStart(), qint64(550));
    QCOMPARE(d.stepTo(760), (QByteArrayList {"550 Ping", "650 Ping", "750 Ping"}));
}

void TestConnectionDeadlines::pongTimeoutFailsExactlyWhenDue()
{
    Drive d(timeouts(0, 1000, 0, 1000, 300));
    d.deadlines.opened(d.now());
    QCOMPARE(d.stepTo(1000), QByteArrayList {"1000 Ping"});
    QCOMPARE(d.nextFromStart(), qint64(1300));
    QCOMPARE(d.stepTo(1299), QByteArrayList());
    QCOMPARE(d.stepTo(1300), QByteArrayList {"1300 PongTimeout"});
}

void TestConnectionDeadlines::pongInTimeResetsTheLimit()
{
    Drive d(timeouts(0, 1000, 0, 1000, 300));
    d.deadlines.opened(d.now());
    QCOMPARE(d.stepTo(1299), QByteArrayList {"1000 Ping"});
    d.deadlines.pongReceived(); // one millisecond to spare
    QCOMPARE(d.nextFromStart(), qint64(2000));
    QCOMPARE(d.stepTo(2299), QByteArrayList {"2000 Ping"});
    // The next Ping has its own limit, from when it went out.
    QCOMPARE(d.stepTo(2300), QByteArrayList {"2300 PongTimeout"});
}

void TestConnectionDeadlines::pongLimitRunsFromTheFirstUnansweredPing()
{
    // Later Pings do not move the limit: the peer has owed a Pong since the first one.
    Drive d(timeouts(0, 1000, 0, 100, 250));
    d.deadlines.opened(d.now());
    QCOMPARE(d.stepTo(350),
             (QByteArrayList {"100 Ping", "200 Ping", "300 Ping", "350 PongTimeout"}));
}

void TestConnectionDeadlines::pongTimeoutBeforeThePingDueWithIt()
{
    // Interval and limit alike: at 200 ms the limit and the next Ping fall together. The
    // failure comes first, and the connection it closes sends no Ping.
    Drive d(timeouts(0, 1000, 0, 100, 100));
    d.react = [&d](Due due) {
        if (due == Due::PongTimeout) { // what the connection does: Close 1001, then wait
            d.deadlines.closing();
            d.deadlines.awaitClose(d.now());
        }
    };
    d.deadlines.opened(d.now());
    QCOMPARE(d.stepTo(5000), (QByteArrayList {"100 Ping", "200 PongTimeout", "1200 CloseTimeout"}));
}

void TestConnectionDeadlines::idleTimeoutAfterNothingReceived()
{
    Drive d(timeouts(0, 1000, 300, 0, 0));
    QVERIFY(d.deadlines.watchesReceived());
    d.deadlines.start(d.now());
    QCOMPARE(d.nextFromStart(), qint64(300));
    QCOMPARE(d.stepTo(299), QByteArrayList());
    QCOMPARE(d.stepTo(300), QByteArrayList {"300 IdleTimeout"});
    // Once: the next idle period starts with the next bytes.
    QCOMPARE(d.nextFromStart(), qint64(-1));
    QCOMPARE(d.stepTo(2000), QByteArrayList());
    d.deadlines.received(d.now());
    QCOMPARE(d.stepTo(2400), QByteArrayList {"2300 IdleTimeout"});
}

void TestConnectionDeadlines::anyReceivedBytesResetIdle()
{
    Drive d(timeouts(10000, 1000, 300, 0, 0));
    d.deadlines.start(d.now());
    // Bytes every 250 ms during the handshake, and after it.
    for (int i = 1; i <= 8; ++i) {
        QCOMPARE(d.stepTo(i * 250), QByteArrayList());
        d.deadlines.received(d.now());
        if (i == 2)
            d.deadlines.opened(d.now());
    }
    QCOMPARE(d.nextFromStart(), qint64(2300));
    QCOMPARE(d.stepTo(2299), QByteArrayList());
    QCOMPARE(d.stepTo(2300), QByteArrayList {"2300 IdleTimeout"});
}

void TestConnectionDeadlines::idleOffWhenZero()
{
    Drive d(timeouts(0, 1000, 0, 0, 0));
    QVERIFY(!d.deadlines.watchesReceived());
    d.deadlines.start(d.now());
    d.deadlines.received(d.now());
    d.deadlines.opened(d.now());
    d.deadlines.received(d.now());
    QCOMPARE(d.nextFromStart(), qint64(-1));
    QCOMPARE(d.stepTo(10000), QByteArrayList());
}

void TestConnectionDeadlines::handshakeTimeout()
{
    Drive d(timeouts(1000, 500, 0, 100, 0));
    d.deadlines.start(d.now());
    QCOMPARE(d.nextFromStart(), qint64(1000));
    QCOMPARE(d.stepTo(999), QByteArrayList());
    QCOMPARE(d.stepTo(1000), QByteArrayList {"1000 HandshakeTimeout"});
    QCOMPARE(d.stepTo(3000), QByteArrayList()); // no Pings: it never opened
}

void TestConnectionDeadlines::handshakeDoneOrFailedStopsTheLimit()
{
    Drive opened(timeouts(1000, 500, 0, 0, 0));
    opened.deadlines.start(opened.now());
    QCOMPARE(opened.stepTo(999), QByteArrayList());
    opened.deadlines.opened(opened.now());
    QCOMPARE(opened.nextFromStart(), qint64(-1));
    QCOMPARE(opened.stepTo(5000), QByteArrayList());

    Drive failed(timeouts(1000, 500, 0, 0, 0));
    failed.deadlines.start(failed.now());
    failed.clock.advanceMs(10);
    failed.deadlines.handshakeFailed();
    failed.deadlines.awaitClose(failed.now()); // the transport closes after the answer
    QCOMPARE(failed.stepTo(5000), QByteArrayList {"510 CloseTimeout"});

    Drive unlimited(timeouts(0, 500, 0, 0, 0));
    unlimited.deadlines.start(unlimited.now());
    QCOMPARE(unlimited.nextFromStart(), qint64(-1));
}

void TestConnectionDeadlines::closeTimeout()
{
    Drive d(timeouts(0, 500, 0, 0, 0));
    d.deadlines.start(d.now());
    d.deadlines.opened(d.now());
    QCOMPARE(d.stepTo(100), QByteArrayList());
    QVERIFY(!d.deadlines.awaitingClose());
    d.deadlines.closing();
    d.deadlines.awaitClose(d.now()); // our Close went out
    QVERIFY(d.deadlines.awaitingClose());
    QCOMPARE(d.stepTo(300), QByteArrayList());
    d.deadlines.awaitClose(d.now()); // the peer's Close came: the limit does not start again
    QCOMPARE(d.stepTo(599), QByteArrayList());
    QCOMPARE(d.stepTo(600), QByteArrayList {"600 CloseTimeout"});
    QVERIFY(!d.deadlines.awaitingClose());
}

void TestConnectionDeadlines::closeTimeoutZeroIsAtOnce()
{
    Drive d(timeouts(0, 0, 0, 0, 0));
    d.deadlines.opened(d.now());
    d.clock.advanceMs(40);
    d.deadlines.closing();
    d.deadlines.awaitClose(d.now());
    QCOMPARE(d.nextFromStart(), qint64(40));
    QCOMPARE(d.stepTo(40), QByteArrayList {"40 CloseTimeout"});
}

void TestConnectionDeadlines::aWholeLifecycleByTheNextDeadline()
{
    // A client as the connection drives it, jumping from deadline to deadline like its timer:
    // open at 40, Pings every 100 answered 5 ms later until 500, then a peer that goes quiet.
    Drive d(timeouts(1000, 700, 0, 100, 250));
    d.react = [&d](Due due) {
        if (due == Due::PongTimeout) {
            d.deadlines.closing();
            d.deadlines.awaitClose(d.now());
        }
    };
    d.deadlines.start(d.now());
    QCOMPARE(d.jumpTo(40), QByteArrayList());
    d.deadlines.opened(d.now());
    QByteArrayList seen;
    for (int t = 140; t <= 540; t += 100) {
        seen += d.jumpTo(t + 5);
        d.deadlines.pongReceived();
    }
    seen += d.jumpTo(5000);
    QCOMPARE(
        seen,
        (QByteArrayList {"140 Ping", "240 Ping", "340 Ping", "440 Ping", "540 Ping", "640 Ping",
                         "740 Ping", "840 Ping", "890 PongTimeout", "1590 CloseTimeout"}));
    QCOMPARE(d.nextFromStart(), qint64(-1));
}

void TestConnectionDeadlines::finishedLeavesNothingDue()
{
    Drive d(timeouts(1000, 500, 300, 100, 50));
    d.deadlines.start(d.now());
    d.deadlines.opened(d.now());
    QCOMPARE(d.stepTo(100), QByteArrayList {"100 Ping"});
    d.deadlines.awaitClose(d.now());
    d.deadlines.finished(); // TCP is gone
    QCOMPARE(d.nextFromStart(), qint64(-1));
    d.deadlines.received(d.now());
    d.deadlines.awaitClose(d.now());
    QCOMPARE(d.nextFromStart(), qint64(-1));
    QCOMPARE(d.stepTo(5000), QByteArrayList());
}

void TestConnectionDeadlines::nothingIsDueWithEverythingOff()
{
    Drive d(timeouts(0, 0, 0, 0, 0));
    d.deadlines.start(d.now());
    d.deadlines.opened(d.now());
    QCOMPARE(d.nextFromStart(), qint64(-1));
    QCOMPARE(d.stepTo(2000), QByteArrayList());
}

QTEST_APPLESS_MAIN(TestConnectionDeadlines)
#include "tst_connection_deadlines.moc"
