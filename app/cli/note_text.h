#pragma once

#include "core/traffic/note.h"

#include <QString>

namespace WsBench::Cli {

// A note in English, for the command line's transcript ("Connecting to ws://host/").
QString noteText(Traffic::Note note, const QList<QByteArray> &arguments);

} // namespace WsBench::Cli
