#pragma once

#include <QtGlobal>

#include <atomic>
#include <unordered_set>

namespace WsBench::Net {

// One limit for the bytes that every connection of the process has queued for sending but not
// yet handed to the network (the sum of their bufferedAmounts), beside each connection's own
// limit. When a send takes the sum over the limit, the connection holding the most is dropped,
// so a few peers that do not read cannot take the memory of the whole process. After a burst
// (once the sum falls to a small part of its peak) freed memory is given back to the system.
//
// Connections register from the I/O thread; used() and limit() may be read from any thread.
class SendBudget final
{
public:
    static constexpr qint64 kDefaultLimit = qint64(512) * 1024 * 1024;
    // A connection holding less than this is never dropped for the budget: it is not the cause.
    static constexpr qint64 kSmallestDropped = qint64(1) * 1024 * 1024;

    // What the budget asks of a connection (PeerConnection; a fake in tests).
    class Holder
    {
    public:
        virtual qint64 chargedBytes() const = 0;
        // The budget is used up and this holder has the most: give it back now.
        virtual void dropForBudget(qint64 limit) = 0;

    protected:
        ~Holder() = default;
    };

    explicit SendBudget(qint64 limit = kDefaultLimit);
    SendBudget(const SendBudget &) = delete;
    SendBudget &operator=(const SendBudget &) = delete;

    qint64 limit() const { return m_limit.load(std::memory_order_relaxed); }
    void setLimit(qint64 bytes) { m_limit.store(bytes, std::memory_order_relaxed); }
    qint64 used() const { return m_used.load(std::memory_order_relaxed); }
    // The most used at once since the process started.
    qint64 peak() const { return m_peak.load(std::memory_order_relaxed); }
    // How often memory was given back to the system after a burst.
    int trims() const { return m_trims; }

    void add(Holder *connection);
    void remove(Holder *connection, qint64 charged);
    // A connection's queued bytes changed by `delta`. Drops the connections holding the most
    // while the sum is over the limit.
    void charge(qint64 delta);

private:
    void enforce();
    void maybeTrim();

    std::atomic<qint64> m_limit;
    std::atomic<qint64> m_used {0};
    std::atomic<qint64> m_peak {0};
    qint64 m_burstPeak = 0; // the most used since memory was last given back
    int m_trims = 0;
    bool m_enforcing = false;
    std::unordered_set<Holder *> m_connections;
};

} // namespace WsBench::Net
