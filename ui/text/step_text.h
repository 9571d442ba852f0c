#pragma once

#include "core/automation/step_result.h"

#include <QString>

namespace WsBench {
namespace Text {

// A scenario step and how it ended, in the window's words (the reports have English ones).
namespace StepText {

QString description(const Automation::Step &step); // "send hello"
QString description(const Automation::StepResult &result); // also for a run that never started
QString verdict(const Automation::StepResult &result); // "✓ pass", "✗ fail", "■ stopped", "skipped"
// For a failed step: what it wanted, and what it got instead.
QString expected(const Automation::StepResult &result);
QString got(const Automation::StepResult &result);
// InvalidExpectation: why the step cannot match any message.
QString invalidExpectation(const Automation::StepResult &result);

} // namespace StepText
} // namespace Text
} // namespace WsBench
