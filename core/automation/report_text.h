#pragma once

#include "core/automation/step_result.h"

#include <QString>

namespace WsBench::Automation {

// Untranslated English for reports that are not the window's: the command line and JUnit.
// The window has its own, translated words for the same codes.

QString failureText(Traffic::Failure failure); // "connection refused"
QString stepDescription(const StepResult &result); // "expect the message goodbye"
// For a failed step: what it wanted, and what it got instead.
QString stepExpected(const StepResult &result);
QString stepGot(const StepResult &result);
// InvalidExpectation: why the step cannot match any message.
QString invalidExpectationText(const StepResult &result);

} // namespace WsBench::Automation
