#include "core/automation/step_result.h"

namespace WsBench::Automation {

const char *stepOutcomeName(StepOutcome outcome)
{
    switch (outcome) {
    case StepOutcome::Passed:
        return "Passed";
    case StepOutcome::Skipped:
        return "Skipped";
    case StepOutcome::TooManySteps:
        return "TooManySteps";
    case StepOutcome::ProfileUnusable:
        return "ProfileUnusable";
    case StepOutcome::ConnectionNotStarted:
        return "ConnectionNotStarted";
    case StepOutcome::NotOpenInTime:
        return "NotOpenInTime";
    case StepOutcome::NotConnected:
        return "NotConnected";
    case StepOutcome::AlreadyClosed:
        return "AlreadyClosed";
    case StepOutcome::ConnectionClosed:
        return "ConnectionClosed";
    case StepOutcome::NoMessage:
        return "NoMessage";
    case StepOutcome::NoMatchingMessage:
        return "NoMatchingMessage";
    case StepOutcome::UnexpectedMessage:
        return "UnexpectedMessage";
    case StepOutcome::NoPong:
        return "NoPong";
    case StepOutcome::StillOpen:
        return "StillOpen";
    case StepOutcome::WrongCloseCode:
        return "WrongCloseCode";
    case StepOutcome::InvalidExpectation:
        return "InvalidExpectation";
    case StepOutcome::Cancelled:
        return "Cancelled";
    }
    return nullptr;
}

bool ScenarioResult::passed() const
{
    for (const StepResult &s : steps) {
        if (!s.passed())
            return false;
    }
    return true;
}

int ScenarioResult::failures() const
{
    int n = 0;
    for (const StepResult &s : steps)
        n += s.failed() ? 1 : 0;
    return n;
}

} // namespace WsBench::Automation
