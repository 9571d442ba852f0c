// The process's budget for unsent bytes: the sum it keeps, who it drops when the sum passes the
// limit (the largest holder, only as many as needed, never a small one), and the peak.
#include "core/net/send_budget.h"

#include <QTest>

#include <memory>
#include <vector>

using namespace WsBench;
using Net::SendBudget;

namespace {

constexpr qint64 kMiB = 1024 * 1024;

// A connection as the budget sees it: it charges what it queues, and gives everything back
// when dropped (as PeerConnection does when it leaves the budget).
class FakeHolder final : public SendBudget::Holder
{
public:
    explicit FakeHolder(SendBudget *budget)
        : m_budget(budget)
    {
        m_budget->add(this);
    }
    void queue(qint64 bytes)
    {
        m_charged += bytes;
        m_budget->charge(bytes);
    }
    void drain(qint64 bytes)
    {
        m_charged -= bytes;
        m_budget->charge(-bytes);
    }
    qint64 chargedBytes() const override { return m_charged; }
    void dropForBudget(qint64 limit) override
    {
        droppedAtLimit = limit;
        const qint64 charged = m_charged;
        m_charged = 0;
        m_budget->remove(this, charged);
    }
    qint64 droppedAtLimit = 0;

private:
    SendBudget *m_budget;
    qint64 m_charged = 0;
};

} // namespace

class TestSendBudget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsTheSumAndThePeak()
    {
        SendBudget budget(100 * kMiB);
        FakeHolder a(&budget), b(&budget);
        a.queue(30 * kMiB);
        b.queue(50 * kMiB);
        QCOMPARE(budget.used(), 80 * kMiB);
        a.drain(30 * kMiB);
        QCOMPARE(budget.used(), 50 * kMiB);
        QCOMPARE(budget.peak(), 80 * kMiB);
        QCOMPARE(a.droppedAtLimit, 0);
        QCOMPARE(b.droppedAtLimit, 0);
    }

    void dropsTheLargestHolderOnly()
    {
        SendBudget budget(100 * kMiB);
        FakeHolder small(&budget), large(&budget), medium(&budget);
        small.queue(5 * kMiB);
        large.queue(60 * kMiB);
        medium.queue(30 * kMiB);
        medium.queue(10 * kMiB); // 105 MiB: over by 5
        QCOMPARE(large.droppedAtLimit, 100 * kMiB);
        QCOMPARE(medium.droppedAtLimit, 0); // one drop was enough
        QCOMPARE(small.droppedAtLimit, 0);
        QCOMPARE(budget.used(), 45 * kMiB);
    }

    void dropsAsManyAsNeeded()
    {
        SendBudget budget(10 * kMiB);
        std::vector<std::unique_ptr<FakeHolder>> holders;
        for (int i = 0; i < 4; ++i) {
            holders.push_back(std::make_unique<FakeHolder>(&budget));
            holders.back()->queue(2 * kMiB);
        }
        FakeHolder hog(&budget);
        hog.queue(3 * kMiB); // 11 MiB: the hog goes, and that is enough
        QCOMPARE(hog.droppedAtLimit, 10 * kMiB);
        for (const auto &h : holders)
            QCOMPARE(h->droppedAtLimit, 0);
        // A sudden 20 MiB from one of them: it is the largest now, and only it goes.
        holders[0]->queue(20 * kMiB);
        QCOMPARE(holders[0]->droppedAtLimit, 10 * kMiB);
        QCOMPARE(budget.used(), 6 * kMiB);
    }

    void neverDropsSmallHolders()
    {
        // Many small sends over the limit: nobody holds a whole MiB, so nobody is the cause.
        SendBudget budget(2 * kMiB);
        std::vector<std::unique_ptr<FakeHolder>> holders;
        for (int i = 0; i < 8; ++i) {
            holders.push_back(std::make_unique<FakeHolder>(&budget));
            holders.back()->queue(SendBudget::kSmallestDropped / 2);
        }
        QCOMPARE(budget.used(), 4 * kMiB);
        for (const auto &h : holders)
            QCOMPARE(h->droppedAtLimit, 0);
    }

    void aLowerLimitAppliesToTheNextSend()
    {
        SendBudget budget(100 * kMiB);
        FakeHolder a(&budget);
        a.queue(50 * kMiB);
        budget.setLimit(40 * kMiB);
        QCOMPARE(a.droppedAtLimit, 0);
        a.queue(1);
        QCOMPARE(a.droppedAtLimit, 40 * kMiB);
        QCOMPARE(budget.used(), 0);
    }

    void givesMemoryBackAfterABurst()
    {
        SendBudget budget(1024 * kMiB);
        FakeHolder a(&budget);
        a.queue(8 * kMiB);
        a.drain(8 * kMiB);
        QCOMPARE(budget.trims(), 0); // too small a burst to bother
        a.queue(64 * kMiB);
        a.drain(56 * kMiB); // an eighth left
        QCOMPARE(budget.trims(), 1);
        a.drain(8 * kMiB);
        QCOMPARE(budget.trims(), 1); // once per burst
    }
};

QTEST_GUILESS_MAIN(TestSendBudget)
#include "tst_send_budget.moc"
