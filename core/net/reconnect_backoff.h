#pragma once

#include <QtGlobal>

#include <optional>

namespace WsBench::Net {

// When a client reconnects after an abnormal close (RFC 6455 §7.2.3 asks for a backoff).
struct ReconnectPolicy
{
    bool enabled = false;
    int initialMs = 500; // the wait before the first attempt
    int maxMs = 30000; // the wait doubles per attempt up to this
    int maxAttempts = 10; // attempts after one another without a successful open
};

// One reconnect attempt: how long to wait before it, and which one it is.
struct ReconnectAttempt
{
    int delayMs = 0;
    int attempt = 0; // 1 for the first reconnect after an open (or the start)
    int maxAttempts = 0;
};

// The exponential backoff of a client's reconnects: initialMs, then twice that for each
// attempt before, capped at maxMs, at most maxAttempts times until a connection opens. No
// timers, no randomness: the endpoint waits the delay it is given.
class ReconnectBackoff
{
public:
    explicit ReconnectBackoff(const ReconnectPolicy &policy);

    const ReconnectPolicy &policy() const { return m_policy; }
    // The wait before attempt number `attempt` (1-based).
    int delayMs(int attempt) const;
    // Attempts made since the last successful open.
    int attempts() const { return m_attempts; }
    // Counts one more attempt and says how long to wait before it; nothing when reconnecting
    // is off or every attempt is used.
    std::optional<ReconnectAttempt> next();
    // A connection opened: the next reconnect is attempt 1 again, after initialMs.
    void reset() { m_attempts = 0; }

private:
    ReconnectPolicy m_policy;
    int m_attempts = 0;
};

} // namespace WsBench::Net
