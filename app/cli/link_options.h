#pragma once

#include "app/cli/ordered_args.h"
#include "core/session/link_conditions.h"

#include <optional>

namespace WsBench::Cli {

// --latency MS, --rate BYTES/S, --pause-reading and --pause-writing, for serve and connect.
QList<OrderedArgs::Spec> linkOptionSpecs();

// Sets `link` from the options given. False, with a sentence naming the option, for a value
// it cannot use.
bool parseLinkOptions(const OrderedArgs &args, Session::LinkConditions *link, QString *error);

// A rate in bytes per second: a whole number, optionally followed by k (× 1024) or m
// (× 1024 × 1024), in either case, and optionally by "/s" or "B/s" ("64k", "1M", "500000").
std::optional<qint64> parseRate(const QString &text);

} // namespace WsBench::Cli
