#pragma once

#include "core/traffic/clock.h"

namespace WsBench::Testing {

// A clock that stands still until a test moves it.
class ManualClock final : public Traffic::Clock
{
public:
    explicit ManualClock(qint64 wallMs = 0, qint64 monotonicUs = 0)
        : m_wallMs(wallMs)
        , m_monotonicUs(monotonicUs)
    { }
    qint64 monotonicUs() const override { return m_monotonicUs; }
    qint64 wallMs() const override { return m_wallMs; }
    void advanceMs(qint64 ms)
    {
        m_wallMs += ms;
        m_monotonicUs += ms * 1000;
    }

private:
    qint64 m_wallMs;
    qint64 m_monotonicUs;
};

} // namespace WsBench::Testing
