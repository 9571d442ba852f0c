#pragma once

#include "core/traffic/traffic_record.h"

#include <QString>

namespace WsBench {
namespace Text {

// A record's words for the log and the panes, built from its codes and arguments.
namespace RecordText {

// A note in words: "Connecting to ws://127.0.0.1:8080/".
QString note(Traffic::Note note, const QList<QByteArray> &arguments);
// How a connection ended: "1006 Abnormal Closure, not clean · Connection refused".
QString close(const Traffic::TrafficRecord &record);
// One line for a state change, a close, an error or a note (empty for other kinds).
QString summary(const Traffic::TrafficRecord &record);

} // namespace RecordText
} // namespace Text
} // namespace WsBench
