#include "core/net/link_conditions.h"

#include <algorithm>
#include <limits>

namespace WsBench::Net {

namespace {
constexpr qint64 kUnlimited = std::numeric_limits<qint64>::max();
} // namespace

void LinkLane::configure(int latencyMs, qint64 rateBytesPerSec, bool paused, qint64 nowUs)
{
    refill(nowUs);
    const bool newRate = rateBytesPerSec != m_rate;
    m_latencyUs = qint64(std::max(0, latencyMs)) * 1000;
    m_rate = std::max<qint64>(0, rateBytesPerSec);
    m_paused = paused;
    if (newRate) // a new cap starts with a full bucket
        m_credit = burst() * kUnit;
    m_refilledUs = nowUs;
}

qint64 LinkLane::burst() const
{
    return std::max(m_rate / 10, kMinBurst);
}

qint64 LinkLane::creditAt(qint64 nowUs) const
{
    if (m_rate == 0 || nowUs <= m_refilledUs)
        return m_credit;
    const qint64 cap = burst() * kUnit;
    // Bounded before multiplying: no overflow after a long pause.
    const qint64 elapsed = std::min(nowUs - m_refilledUs, cap / m_rate + 1);
    return std::min(cap, m_credit + elapsed * m_rate);
}

void LinkLane::refill(qint64 nowUs)
{
    m_credit = creditAt(nowUs);
    m_refilledUs = std::max(m_refilledUs, nowUs);
}

qint64 LinkLane::allowance(qint64 nowUs)
{
    if (m_paused)
        return 0;
    if (m_rate == 0)
        return kUnlimited;
    refill(nowUs);
    return std::max<qint64>(0, m_credit / kUnit);
}

void LinkLane::enter(const QByteArray &bytes, qint64 nowUs)
{
    if (bytes.isEmpty())
        return;
    if (m_rate > 0) {
        refill(nowUs);
        m_credit -= qint64(bytes.size()) * kUnit;
    }
    m_chunks.push_back({bytes, nowUs});
    m_inFlight += bytes.size();
}

void LinkLane::takeDue(qint64 nowUs, QByteArray &out)
{
    // One latency for every chunk, so they come out in the order they went in.
    while (!m_paused && !m_chunks.empty() && m_chunks.front().enteredUs + m_latencyUs <= nowUs) {
        out.append(m_chunks.front().bytes);
        m_inFlight -= m_chunks.front().bytes.size();
        m_chunks.pop_front();
    }
}

std::optional<qint64> LinkLane::nextUs(qint64 nowUs, qint64 waiting) const
{
    if (m_paused)
        return std::nullopt;
    std::optional<qint64> next;
    if (!m_chunks.empty())
        next = m_chunks.front().enteredUs + m_latencyUs;
    if (waiting > 0) {
        qint64 at = nowUs;
        if (m_rate > 0) {
            // Wake for a fiftieth of a second's worth (or what waits), not for every byte.
            const qint64 step = std::min({waiting, burst(), std::max<qint64>(1, m_rate / 50)});
            const qint64 missing = step * kUnit - creditAt(nowUs);
            if (missing > 0)
                at = nowUs + (missing + m_rate - 1) / m_rate;
        }
        next = next ? std::min(*next, at) : at;
    }
    return next;
}

LinkShaper::LinkShaper(const LinkConditions &conditions, qint64 nowUs)
{
    setConditions(conditions, nowUs);
}

void LinkShaper::setConditions(const LinkConditions &c, qint64 nowUs)
{
    m_conditions = c;
    m_out.configure(c.latencyMs, c.rateBytesPerSec, c.pauseWriting, nowUs);
    m_in.configure(c.latencyMs, c.rateBytesPerSec, c.pauseReading, nowUs);
}

void LinkShaper::queueOutbound(QByteArrayView bytes, qint64 nowUs)
{
    m_backlog.append(bytes.data(), bytes.size());
    m_backlogSize = m_backlog.size();
    admit(nowUs);
}

void LinkShaper::takeWritable(qint64 nowUs, QByteArray &out)
{
    admit(nowUs);
    m_out.takeDue(nowUs, out);
}

void LinkShaper::admit(qint64 nowUs)
{
    const qint64 waiting = m_backlogSize - m_backlogPos;
    const qint64 n = std::min(waiting, m_out.allowance(nowUs));
    if (n > 0) {
        m_out.enter(n == waiting && m_backlogPos == 0 ? m_backlog : m_backlog.mid(m_backlogPos, n),
                    nowUs);
        m_backlogPos += n;
        if (m_backlogPos == m_backlogSize) {
            m_backlog.clear();
            m_backlogPos = m_backlogSize = 0;
        } else if (m_backlogPos > 1024 * 1024) { // what has left is given back now and then
            m_backlog.remove(0, m_backlogPos);
            m_backlogSize -= m_backlogPos;
            m_backlogPos = 0;
        }
    }
}

std::optional<qint64> LinkShaper::nextUs(qint64 nowUs, bool socketHasData) const
{
    const std::optional<qint64> out = m_out.nextUs(nowUs, m_backlogSize - m_backlogPos);
    const std::optional<qint64> in = m_in.nextUs(nowUs, socketHasData ? kUnlimited : 0);
    if (out && in)
        return std::min(*out, *in);
    return out ? out : in;
}

} // namespace WsBench::Net
