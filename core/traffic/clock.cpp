#include "core/traffic/clock.h"

#include <QDateTime>

#include <chrono>

namespace WsBench::Traffic {

qint64 SystemClock::monotonicUs() const
{
    return std::chrono::duration_cast<std::chrono::microseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

qint64 SystemClock::wallMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace WsBench::Traffic
