#pragma once

#include "core/automation/scenario.h"
#include "core/traffic/traffic_store.h"

namespace WsBench::Automation {

// What a client connection did, as a scenario that does it again: connect with `profile`, each
// text message it sent, an expect (5 s) for each text message it received, then close with
// 1000. Nothing when the connection sent and received no text message.
std::optional<Scenario> scenarioFromTraffic(const Traffic::TrafficStore &store, quint32 connection,
                                            const QString &profile);

} // namespace WsBench::Automation
