#include "ui/text/step_text.h"

#include "ui/text/explain.h"
#include "ui/text/printable.h"

#include <QCoreApplication>

namespace WsBench {
namespace Text {
namespace StepText {

using Automation::Step;
using Automation::StepOutcome;
using Automation::StepResult;

QString description(const Step &step)
{
    switch (step.kind) {
    case Step::Kind::Connect:
        return QCoreApplication::translate("StepText", "connect with \"%1\"").arg(step.profile);
    case Step::Kind::Send:
        return QCoreApplication::translate("StepText", "send %1").arg(step.value.left(80));
    case Step::Kind::SendBinary:
        return QCoreApplication::translate("StepText", "send binary %1")
            .arg(QString::fromLatin1(
                QByteArray::fromBase64(step.value.toLatin1()).left(32).toHex(' ')));
    case Step::Kind::Expect:
        switch (step.match) {
        case Step::Match::Text:
            return QCoreApplication::translate("StepText", "expect the message %1")
                .arg(step.value.left(80));
        case Step::Match::Binary:
            return QCoreApplication::translate("StepText", "expect the binary message %1")
                .arg(QString::fromLatin1(
                    QByteArray::fromBase64(step.value.toLatin1()).left(32).toHex(' ')));
        case Step::Match::Regex:
            return QCoreApplication::translate("StepText", "expect a message matching /%1/")
                .arg(step.value);
        case Step::Match::JsonPointer:
            return QCoreApplication::translate("StepText", "expect a message with %1 = %2")
                .arg(step.pointer, step.value);
        case Step::Match::SameId:
            return QCoreApplication::translate(
                       "StepText", "expect a reply with the same %1 as the message sent")
                .arg(step.pointer.isEmpty() ? QStringLiteral("/id") : step.pointer);
        }
        break;
    case Step::Kind::ExpectNothing:
        return QCoreApplication::translate("StepText", "expect no message for %1 ms")
            .arg(step.timeoutMs);
    case Step::Kind::Ping:
        return QCoreApplication::translate("StepText", "ping and expect a Pong within %1 ms")
            .arg(step.timeoutMs);
    case Step::Kind::Close:
        return QCoreApplication::translate("StepText", "close with %1").arg(step.code);
    case Step::Kind::ExpectClose:
        return step.code
            ? QCoreApplication::translate("StepText", "expect the connection to close with %1")
                  .arg(step.code)
            : QCoreApplication::translate("StepText", "expect the connection to close");
    case Step::Kind::Wait:
        return QCoreApplication::translate("StepText", "wait %1 ms").arg(step.timeoutMs);
    case Step::Kind::Repeat:
        return QCoreApplication::translate("StepText", "repeat %1 times").arg(step.count);
    }
    return {};
}

QString description(const StepResult &result)
{
    return result.outcome == StepOutcome::TooManySteps
        ? QCoreApplication::translate("StepText", "unroll the repeats")
        : description(result.step);
}

QString verdict(const StepResult &result)
{
    if (result.passed())
        return QCoreApplication::translate("StepText", "✓ pass");
    if (result.skipped())
        return QCoreApplication::translate("StepText", "skipped");
    if (result.outcome == StepOutcome::Cancelled)
        return QCoreApplication::translate("StepText", "■ stopped");
    return QCoreApplication::translate("StepText", "✗ fail");
}

namespace {

// What a step waits for, as the "expected" half of a failure: not its title.
QString expectation(const Step &step)
{
    const int ms = step.timeoutMs;
    switch (step.kind) {
    case Step::Kind::Connect:
        return QCoreApplication::translate("StepText", "the connection opens within %1 ms").arg(ms);
    case Step::Kind::Send:
    case Step::Kind::SendBinary:
        return QCoreApplication::translate("StepText",
                                           "the message goes out on an open connection");
    case Step::Kind::Expect:
        switch (step.match) {
        case Step::Match::Text:
            return QCoreApplication::translate("StepText", "the message %1 within %2 ms")
                .arg(step.value.left(80))
                .arg(ms);
        case Step::Match::Binary:
            return QCoreApplication::translate("StepText",
                                               "a binary message of those %1 bytes within %2 ms")
                .arg(QByteArray::fromBase64(step.value.toLatin1()).size())
                .arg(ms);
        case Step::Match::Regex:
            return QCoreApplication::translate("StepText", "a message matching /%1/ within %2 ms")
                .arg(step.value)
                .arg(ms);
        case Step::Match::JsonPointer:
            return QCoreApplication::translate("StepText", "a message with %1 = %2 within %3 ms")
                .arg(step.pointer, step.value)
                .arg(ms);
        case Step::Match::SameId:
            return QCoreApplication::translate(
                       "StepText", "a reply with the same %1 as the message sent, within %2 ms")
                .arg(step.pointer.isEmpty() ? QStringLiteral("/id") : step.pointer)
                .arg(ms);
        }
        break;
    case Step::Kind::ExpectNothing:
        return QCoreApplication::translate("StepText", "no message for %1 ms").arg(ms);
    case Step::Kind::Ping:
        return QCoreApplication::translate("StepText", "a Pong within %1 ms").arg(ms);
    case Step::Kind::Close:
        return QCoreApplication::translate("StepText", "a Close with %1 goes out").arg(step.code);
    case Step::Kind::ExpectClose:
        return step.code
            ? QCoreApplication::translate("StepText", "the connection closes with %1 within %2 ms")
                  .arg(step.code)
                  .arg(ms)
            : QCoreApplication::translate("StepText", "the connection closes within %1 ms").arg(ms);
    case Step::Kind::Wait:
        return QCoreApplication::translate("StepText", "the connection stays open for %1 ms")
            .arg(ms);
    case Step::Kind::Repeat:
        break;
    }
    return description(step);
}

} // namespace

QString expected(const StepResult &result)
{
    switch (result.outcome) {
    case StepOutcome::Passed:
    case StepOutcome::Skipped:
        return {};
    case StepOutcome::TooManySteps:
        return QCoreApplication::translate("StepText", "at most %1 steps")
            .arg(Automation::kMaxSteps);
    case StepOutcome::ProfileUnusable:
    case StepOutcome::ConnectionNotStarted:
        return QCoreApplication::translate("StepText", "a client profile that can connect");
    case StepOutcome::NotConnected:
    case StepOutcome::AlreadyClosed:
        return QCoreApplication::translate("StepText", "an open connection");
    case StepOutcome::InvalidExpectation:
        return QCoreApplication::translate("StepText", "an expectation that a message can meet");
    case StepOutcome::NotOpenInTime:
    case StepOutcome::NoPong:
    case StepOutcome::ConnectionClosed:
    case StepOutcome::NoMessage:
    case StepOutcome::NoMatchingMessage:
    case StepOutcome::UnexpectedMessage:
    case StepOutcome::StillOpen:
    case StepOutcome::WrongCloseCode:
    case StepOutcome::Cancelled:
        break;
    }
    return expectation(result.step);
}

QString got(const StepResult &result)
{
    const int ms = result.step.timeoutMs;
    const QString code = Explain::closeCode(result.closeCode);
    QString closed = result.outcome == StepOutcome::ConnectionClosed
        ? QCoreApplication::translate("StepText", "the connection closed with %1").arg(code)
        : QCoreApplication::translate("StepText", "closed with %1").arg(code);
    if (result.failure != Traffic::Failure::None) {
        // The reason leads, with its detail where that says more (which certificate problem,
        // which check), as wsbench connect shows it.
        QString reason = Explain::failureTitle(result.failure);
        const QString detail
            = printable(Explain::failureDetail(result.failure, result.failureDetail).toUtf8());
        if (!detail.isEmpty() && detail.compare(reason, Qt::CaseInsensitive) != 0)
            reason = QCoreApplication::translate("StepText", "%1: %2").arg(reason, detail);
        closed = QCoreApplication::translate("StepText", "%1 (%2)").arg(reason, closed);
    }
    switch (result.outcome) {
    case StepOutcome::Passed:
    case StepOutcome::Skipped:
        return {};
    case StepOutcome::TooManySteps:
        return QCoreApplication::translate("StepText", "more");
    case StepOutcome::ProfileUnusable:
    case StepOutcome::UnexpectedMessage:
        return result.text;
    case StepOutcome::ConnectionNotStarted:
        return QCoreApplication::translate("StepText",
                                           "the connection could not start (see the log)");
    case StepOutcome::NotOpenInTime:
        return QCoreApplication::translate("StepText", "still not open");
    case StepOutcome::NotConnected:
        return QCoreApplication::translate("StepText", "no connect step before it");
    case StepOutcome::AlreadyClosed:
    case StepOutcome::ConnectionClosed:
    case StepOutcome::WrongCloseCode:
        return closed;
    case StepOutcome::NoMessage:
        return QCoreApplication::translate("StepText", "no message within %1 ms").arg(ms);
    case StepOutcome::NoMatchingMessage:
        return QCoreApplication::translate("StepText", "%1 (the last message, after %2 ms)")
            .arg(result.text, QString::number(ms));
    case StepOutcome::NoPong:
        return QCoreApplication::translate("StepText", "no Pong");
    case StepOutcome::StillOpen:
        return QCoreApplication::translate("StepText", "still open after %1 ms").arg(ms);
    case StepOutcome::InvalidExpectation:
        return invalidExpectation(result);
    case StepOutcome::Cancelled:
        return QCoreApplication::translate("StepText", "stopped before the step finished");
    }
    return {};
}

QString invalidExpectation(const StepResult &result)
{
    using Automation::MatchReason;
    const QString pointer = Automation::effectivePointer(
        Automation::Expectation::fromStep(result.step, result.step.value));
    switch (result.match.reason) {
    case MatchReason::InvalidRegex:
        return QCoreApplication::translate(
                   "StepText", "the regular expression does not compile: %1 (at character %2)")
            .arg(result.match.detail)
            .arg(result.match.offset + 1);
    case MatchReason::InvalidPointer:
        return QCoreApplication::translate("StepText", "the JSON Pointer %1 does not start with /")
            .arg(pointer);
    case MatchReason::SentNotJson:
        return QCoreApplication::translate("StepText",
                                           "the message sent before it is not a JSON object or "
                                           "array, so it has no %1")
            .arg(pointer);
    case MatchReason::SentHasNoId:
        return QCoreApplication::translate("StepText", "the message sent before it has no %1")
            .arg(pointer);
    case MatchReason::Matched:
    case MatchReason::TextDiffers:
    case MatchReason::NoRegexMatch:
    case MatchReason::NotJson:
    case MatchReason::NoValueAtPointer:
    case MatchReason::ValueDiffers:
    case MatchReason::IdDiffers:
        break;
    }
    return QCoreApplication::translate("StepText", "no message can match it");
}

} // namespace StepText
} // namespace Text
} // namespace WsBench
