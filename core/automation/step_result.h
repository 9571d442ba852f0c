#pragma once

#include "core/automation/expectation.h"
#include "core/automation/scenario.h"
#include "core/traffic/failure.h"

#include <QList>
#include <QString>

namespace WsBench::Automation {

// The steps of a scenario unroll to at most this many (repeats included).
constexpr int kMaxSteps = 100000;

// How a step ended. Everything but Passed and Skipped is a failure; the result's parameters
// (beside each value) say what was seen. The window and the reports turn it into words. Values
// run without gaps, so stepOutcomeName() returns nullptr for the first value past the end.
enum class StepOutcome : quint8 {
    Passed,
    Skipped, // not run: an earlier step failed
    TooManySteps, // the repeats unroll to more than kMaxSteps steps (no step)
    ProfileUnusable, // connect: the profile cannot be used; text says why
    ConnectionNotStarted, // connect: the endpoint refused the options (the log says why)
    NotOpenInTime, // connect: not open within the step's timeout
    NotConnected, // send, ping, close: no connect step before it
    AlreadyClosed, // send, ping, close: the connection had closed (closeCode, failure)
    ConnectionClosed, // connect, expect, ping: it closed during the step (closeCode, failure)
    NoMessage, // expect: no message within the timeout
    NoMatchingMessage, // expect: none matched; text is the last message
    UnexpectedMessage, // expect nothing: text is the message that came
    NoPong, // ping: no Pong within the timeout
    StillOpen, // expect close: still open after the timeout
    WrongCloseCode, // expect close: closed with closeCode
    InvalidExpectation, // expect: it cannot match any message; match says why (a regex that
                        // does not compile, a pointer without its '/', nothing to take an id from)
    Cancelled, // the run was stopped during this step (or before it began)
};

// A stable machine name ("ConnectionClosed") for the command line's JSON.
const char *stepOutcomeName(StepOutcome outcome);

struct StepResult
{
    Step step; // the step as run (repeats unrolled)
    StepOutcome outcome = StepOutcome::Skipped;
    quint16 closeCode = 0;
    Traffic::Failure failure = Traffic::Failure::None; // what ended the connection, if known
    QByteArray failureDetail; // its untranslated detail: a certificate's problem, a failed check
    QString text; // a message as received (shortened), or why a profile cannot be used
    // expect: why the last message did not match (NoMatchingMessage), or why none can
    // (InvalidExpectation)
    MatchResult match;
    qint64 ms = 0;

    bool passed() const { return outcome == StepOutcome::Passed; }
    bool skipped() const { return outcome == StepOutcome::Skipped; }
    bool failed() const { return !passed() && !skipped(); }
};

struct ScenarioResult
{
    QString name;
    QList<StepResult> steps;
    qint64 ms = 0;
    bool cancelled = false; // stopped before its end: the step running then is Cancelled
    bool passed() const;
    int failures() const;
};

} // namespace WsBench::Automation
