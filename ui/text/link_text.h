#pragma once

#include <QString>

namespace WsBench {
namespace Text {

// Link conditions in a few words ("+200 ms, 64.0 KiB/s, reading paused"), for the log's note
// and the panes' indicator; empty for a plain link.
QString linkSummary(int latencyMs, qint64 rateBytesPerSec, bool pauseReading, bool pauseWriting);

} // namespace Text
} // namespace WsBench
