#pragma once

#include "core/session/har.h"

#include <optional>

namespace WsBench::Cli {

// The --entry'th WebSocket connection of a HAR file, or nullopt with a sentence saying why
// (unreadable file, malformed HAR naming the place, no such entry).
std::optional<Session::HarConnection> readHarEntry(const QString &path, const QString &entry,
                                                   QString *error);

} // namespace WsBench::Cli
