#pragma once

#include "core/automation/step_result.h"

namespace WsBench::Cli {

// JUnit XML as CI servers read it: one <testsuite> per scenario, one <testcase> per step, a
// <failure> with what was expected and what came, <skipped/> for steps after a failure.
QByteArray junitReport(const QList<Automation::ScenarioResult> &results);

} // namespace WsBench::Cli
