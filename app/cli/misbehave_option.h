#pragma once

#include "core/session/misbehaviour.h"

#include <QStringList>

namespace WsBench::Cli {

// wsbench serve --misbehave KIND[=VALUE], repeatable: each into the profile's list. False, with
// the reason (an unknown kind lists the valid ones), when one cannot be read.
bool parseMisbehave(const QStringList &values, QList<Session::Misbehaviour> &out, QString *error);

// Every kind with its value and a one-line description, one a line, for --help.
QString misbehaveHelp();

} // namespace WsBench::Cli
