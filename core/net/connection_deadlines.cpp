#include "core/net/connection_deadlines.h"

#include <algorithm>

namespace WsBench::Net {

const char *dueName(Due due)
{
    switch (due) {
    case Due::Nothing:
        return "Nothing";
    case Due::Ping:
        return "Ping";
    case Due::PongTimeout:
        return "PongTimeout";
    case Due::IdleTimeout:
        return "IdleTimeout";
    case Due::HandshakeTimeout:
        return "HandshakeTimeout";
    case Due::CloseTimeout:
        return "CloseTimeout";
    }
    return "?";
}

ConnectionDeadlines::ConnectionDeadlines(const ConnectionTimeouts &timeouts)
    : m_timeouts(timeouts)
{ }

void ConnectionDeadlines::start(qint64 nowMs)
{
    if (m_finished)
        return;
    if (m_timeouts.handshakeMs > 0)
        m_at[HandshakeSlot] = nowMs + m_timeouts.handshakeMs;
    received(nowMs);
}

void ConnectionDeadlines::received(qint64 nowMs)
{
    if (!m_finished && m_timeouts.idleMs > 0)
        m_at[IdleSlot] = nowMs + m_timeouts.idleMs;
}

void ConnectionDeadlines::opened(qint64 nowMs)
{
    if (m_finished)
        return;
    m_at[HandshakeSlot] = kNever;
    if (m_timeouts.pingIntervalMs > 0)
        m_at[PingSlot] = nowMs + m_timeouts.pingIntervalMs;
}

void ConnectionDeadlines::handshakeFailed()
{
    m_at[HandshakeSlot] = kNever;
}

void ConnectionDeadlines::closing()
{
    m_at[PingSlot] = kNever;
}

void ConnectionDeadlines::pongReceived()
{
    m_at[PongSlot] = kNever;
}

void ConnectionDeadlines::awaitClose(qint64 nowMs)
{
    if (!m_finished && m_at[CloseSlot] == kNever)
        m_at[CloseSlot] = nowMs + std::max(0, m_timeouts.closeMs);
}

void ConnectionDeadlines::finished()
{
    m_finished = true;
    m_at.fill(kNever);
}

Due ConnectionDeadlines::takeDue(qint64 nowMs)
{
    // The earliest passed deadline; on a tie the lower slot (the more final one) wins.
    int slot = -1;
    for (int i = 0; i < SlotCount; ++i) {
        if (m_at[i] <= nowMs && (slot < 0 || m_at[i] < m_at[slot]))
            slot = i;
    }
    if (slot < 0)
        return Due::Nothing;
    const qint64 at = m_at[slot];
    m_at[slot] = kNever;
    switch (Slot(slot)) {
    case CloseSlot:
        return Due::CloseTimeout;
    case HandshakeSlot:
        return Due::HandshakeTimeout;
    case PongSlot:
        return Due::PongTimeout;
    case IdleSlot:
        return Due::IdleTimeout;
    case PingSlot: {
        // Keep the cadence; after a stall, one Ping now and the next a whole interval later
        // (missed Pings are not sent in a burst).
        qint64 nextPing = at + m_timeouts.pingIntervalMs;
        if (nextPing <= nowMs)
            nextPing = nowMs + m_timeouts.pingIntervalMs;
        m_at[PingSlot] = nextPing;
        // The Pong limit runs from the first unanswered Ping.
        if (m_timeouts.pongTimeoutMs > 0 && m_at[PongSlot] == kNever)
            m_at[PongSlot] = nowMs + m_timeouts.pongTimeoutMs;
        return Due::Ping;
    }
    case SlotCount:
        break;
    }
    return Due::Nothing;
}

std::optional<qint64> ConnectionDeadlines::next() const
{
    const qint64 at = *std::min_element(m_at.begin(), m_at.end());
    if (at == kNever)
        return std::nullopt;
    return at;
}

} // namespace WsBench::Net
