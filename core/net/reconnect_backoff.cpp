#include "core/net/reconnect_backoff.h"

#include <algorithm>

namespace WsBench::Net {

ReconnectBackoff::ReconnectBackoff(const ReconnectPolicy &policy)
    : m_policy(policy)
{ }

int ReconnectBackoff::delayMs(int attempt) const
{
    // initial, 2×, 4× … (the doubling stops counting at 2^16, far beyond any cap).
    const int doublings = std::clamp(attempt - 1, 0, 16);
    const qint64 grown = qint64(std::max(0, m_policy.initialMs)) << doublings;
    return int(std::clamp<qint64>(grown, 0, std::max(0, m_policy.maxMs)));
}

std::optional<ReconnectAttempt> ReconnectBackoff::next()
{
    if (!m_policy.enabled || m_attempts >= m_policy.maxAttempts)
        return std::nullopt;
    ++m_attempts;
    return ReconnectAttempt {delayMs(m_attempts), m_attempts, m_policy.maxAttempts};
}

} // namespace WsBench::Net
