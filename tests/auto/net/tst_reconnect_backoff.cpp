// The client's reconnect backoff: initial delay, doubling, the cap, the most attempts, and a
// fresh start after a connection opens. Time is a manual clock; nothing waits.
#include "core/net/reconnect_backoff.h"

#include "tests/support/manual_clock.h"

#include <QTest>

#include <limits>

using namespace WsBench;
using Net::ReconnectAttempt;
using Net::ReconnectBackoff;
using Net::ReconnectPolicy;

namespace {

ReconnectPolicy policy(int initialMs, int maxMs, int maxAttempts, bool enabled = true)
{
    ReconnectPolicy p;
    p.enabled = enabled;
    p.initialMs = initialMs;
    p.maxMs = maxMs;
    p.maxAttempts = maxAttempts;
    return p;
}

// Every attempt the backoff allows until it gives up, as "delay/attempt/most"
// (the Reconnecting note's arguments). Bounded, in case it never gives up.
QByteArrayList attemptsUntilExhausted(ReconnectBackoff &backoff)
{
    QByteArrayList out;
    for (int i = 0; i < 1000; ++i) {
        const std::optional<ReconnectAttempt> a = backoff.next();
        if (!a)
            break;
        out << QByteArray::number(a->delayMs) + '/' + QByteArray::number(a->attempt) + '/'
                + QByteArray::number(a->maxAttempts);
    }
    return out;
}

} // namespace

class TestReconnectBackoff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sequence_data();
    void sequence();
    void delayForAttempt();
    void resetAfterASuccessfulOpen();
    void attemptsFollowTheClock();
    void offMeansNoAttempt();
    void hugeAttemptsDoNotOverflow();
};

void TestReconnectBackoff::sequence_data()
{
    QTest::addColumn<int>("initialMs");
    QTest::addColumn<int>("maxMs");
    QTest::addColumn<int>("maxAttempts");
    QTest::addColumn<QByteArrayList>("expected");
    QTest::newRow("doubling to the cap")
        << 50 << 150 << 3 << QByteArrayList {"50/1/3", "100/2/3", "150/3/3"};
    QTest::newRow("defaults") << 500 << 30000 << 10
                              << QByteArrayList {"500/1/10",   "1000/2/10",  "2000/3/10",
                                                 "4000/4/10",  "8000/5/10",  "16000/6/10",
                                                 "30000/7/10", "30000/8/10", "30000/9/10",
                                                 "30000/10/10"};
    QTest::newRow("initial above the cap")
        << 5000 << 1000 << 2 << QByteArrayList {"1000/1/2", "1000/2/2"};
    QTest::newRow("no delay") << 0 << 1000 << 3 << QByteArrayList {"0/1/3", "0/2/3", "0/3/3"};
    QTest::newRow("no attempts") << 50 << 150 << 0 << QByteArrayList();
}

void TestReconnectBackoff::sequence()
{
    QFETCH(int, initialMs);
    QFETCH(int, maxMs);
    QFETCH(int, maxAttempts);
    QFETCH(QByteArrayList, expected);
    ReconnectBackoff backoff(policy(initialMs, maxMs, maxAttempts));
    QCOMPARE(attemptsUntilExhausted(backoff), expected);
    QCOMPARE(backoff.attempts(), maxAttempts);
    QVERIFY(!backoff.next()); // it stays exhausted
}

void TestReconnectBackoff::delayForAttempt()
{
    const ReconnectBackoff backoff(policy(500, 30000, 10));
    QCOMPARE(backoff.delayMs(1), 500);
    QCOMPARE(backoff.delayMs(2), 1000);
    QCOMPARE(backoff.delayMs(6), 16000);
    QCOMPARE(backoff.delayMs(7), 30000);
    QCOMPARE(backoff.delayMs(0), 500); // no attempt before the first
}

void TestReconnectBackoff::resetAfterASuccessfulOpen()
{
    ReconnectBackoff backoff(policy(50, 150, 3));
    QCOMPARE(backoff.next()->delayMs, 50);
    QCOMPARE(backoff.next()->delayMs, 100);
    backoff.reset(); // the second attempt opened; later it closed abnormally
    QCOMPARE(backoff.attempts(), 0);
    QCOMPARE(attemptsUntilExhausted(backoff), (QByteArrayList {"50/1/3", "100/2/3", "150/3/3"}));
}

void TestReconnectBackoff::attemptsFollowTheClock()
{
    // A server that refuses every attempt at once: the attempts start at the running sums of
    // the delays, as the endpoint's timer waits each one out by the clock.
    Testing::ManualClock clock;
    ReconnectBackoff backoff(policy(50, 150, 4));
    QList<qint64> startedAtMs;
    for (int i = 0; i < 100; ++i) {
        const std::optional<ReconnectAttempt> a = backoff.next();
        if (!a)
            break;
        clock.advanceMs(a->delayMs);
        startedAtMs << clock.monotonicUs() / 1000;
    }
    QCOMPARE(startedAtMs, (QList<qint64> {50, 150, 300, 450}));
}

void TestReconnectBackoff::offMeansNoAttempt()
{
    ReconnectBackoff backoff(policy(50, 150, 3, false));
    QVERIFY(!backoff.next());
    QCOMPARE(backoff.attempts(), 0);
}

void TestReconnectBackoff::hugeAttemptsDoNotOverflow()
{
    const int most = std::numeric_limits<int>::max();
    const ReconnectBackoff backoff(policy(1000, most, most));
    QCOMPARE(backoff.delayMs(17), 1000 << 16);
    QCOMPARE(backoff.delayMs(40), 1000 << 16);
    QCOMPARE(backoff.delayMs(most), 1000 << 16);
    const ReconnectBackoff capped(policy(most, most, 1));
    QCOMPARE(capped.delayMs(30), most);
}

QTEST_APPLESS_MAIN(TestReconnectBackoff)
#include "tst_reconnect_backoff.moc"
