#pragma once

#include <QtGlobal>

namespace WsBench::Traffic {

// Time for records: a monotonic clock in microseconds and the wall clock in milliseconds.
// Injected so tests can control time.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 monotonicUs() const = 0;
    virtual qint64 wallMs() const = 0;
};

class SystemClock final : public Clock
{
public:
    qint64 monotonicUs() const override;
    qint64 wallMs() const override;
};

} // namespace WsBench::Traffic
