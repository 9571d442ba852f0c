#pragma once

#include "core/automation/scenario.h"
#include "core/traffic/traffic_store.h"

namespace WsBench::Automation {

// What a client connection did, as a scenario that does it again: connect with `profile`, each
// message it sent (text as text, binary byte for byte), an expect (5 s) for each message it
// received (the same text, or the same bytes), then close with 1000. Nothing when the
// connection sent and received no message.
std::optional<Scenario> scenarioFromTraffic(const Traffic::TrafficStore &store, quint32 connection,
                                            const QString &profile);

} // namespace WsBench::Automation
