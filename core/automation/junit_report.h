#pragma once

#include "core/automation/step_result.h"

namespace WsBench::Automation {

// JUnit XML as CI servers read it: one <testsuite> per scenario, one <testcase> per step, a
// <failure> with what was expected and what came, <skipped/> for steps after a failure.
QByteArray junitReport(const QList<ScenarioResult> &results);

} // namespace WsBench::Automation
