#include "core/net/send_budget.h"

#include <malloc.h>

namespace WsBench::Net {

namespace {
// Bursts smaller than this leave too little behind to be worth a trim.
constexpr qint64 kTrimAfterBurst = qint64(32) * 1024 * 1024;
} // namespace

SendBudget::SendBudget(qint64 limit)
    : m_limit(limit)
{ }

void SendBudget::add(Holder *connection)
{
    m_connections.insert(connection);
}

void SendBudget::remove(Holder *connection, qint64 charged)
{
    m_connections.erase(connection);
    m_used.fetch_sub(charged, std::memory_order_relaxed);
    maybeTrim();
}

void SendBudget::charge(qint64 delta)
{
    const qint64 used = m_used.fetch_add(delta, std::memory_order_relaxed) + delta;
    if (delta > 0) {
        if (used > m_burstPeak)
            m_burstPeak = used;
        if (used > m_peak.load(std::memory_order_relaxed))
            m_peak.store(used, std::memory_order_relaxed);
        if (used > limit())
            enforce();
    } else {
        maybeTrim();
    }
}

void SendBudget::enforce()
{
    if (m_enforcing) // dropping a connection charges again; the outer call goes on
        return;
    m_enforcing = true;
    // Bounded: each pass drops one connection, or stops.
    for (std::size_t pass = 0; pass <= m_connections.size() && used() > limit(); ++pass) {
        Holder *largest = nullptr;
        for (Holder *c : m_connections) {
            if (c->chargedBytes() >= kSmallestDropped
                && (!largest || c->chargedBytes() > largest->chargedBytes()))
                largest = c;
        }
        if (!largest)
            break; // nobody holds much: the sum is many small sends, let them drain
        largest->dropForBudget(limit());
    }
    m_enforcing = false;
}

void SendBudget::maybeTrim()
{
    if (m_burstPeak < kTrimAfterBurst || used() > m_burstPeak / 8)
        return;
    m_burstPeak = used();
    ++m_trims;
    malloc_trim(0);
}

} // namespace WsBench::Net
