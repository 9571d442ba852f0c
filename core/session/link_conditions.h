#pragma once

#include <QtGlobal>

namespace WsBench::Session {

// A slow or stalled link, as a profile keeps it (Net::LinkConditions in the engine). Saved as
// "link": {"latencyMs", "rateBytesPerSec", "pauseReading", "pauseWriting"}, left out when
// neutral.
struct LinkConditions
{
    static constexpr int kMaxLatencyMs = 600000; // ten minutes
    static constexpr qint64 kMaxRate = qint64(1) << 40; // 1 TiB/s

    int latencyMs = 0; // added each way
    qint64 rateBytesPerSec = 0; // each way (0 = no cap)
    bool pauseReading = false;
    bool pauseWriting = false;
    bool isNeutral() const
    {
        return latencyMs == 0 && rateBytesPerSec == 0 && !pauseReading && !pauseWriting;
    }
    bool operator==(const LinkConditions &o) const
    {
        return latencyMs == o.latencyMs && rateBytesPerSec == o.rateBytesPerSec
            && pauseReading == o.pauseReading && pauseWriting == o.pauseWriting;
    }
    bool operator!=(const LinkConditions &o) const { return !(*this == o); }
};

} // namespace WsBench::Session
