#pragma once

#include "core/automation/scenario.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace WsBench::Automation {

// What an `expect` step looks for, with its value already expanded ({{variables}} filled in).
//
// - Text: the whole message equals `value`, byte for byte (its UTF-8).
// - Binary: the whole message equals the bytes `value` holds in base64.
// - Regex: `value` is a Perl-compatible regular expression (QRegularExpression, no options),
//   searched for in the message read as UTF-8. It is not anchored: it matches when it is found
//   anywhere in the message, so "ok" matches "not ok"; write ^…$ to match the whole message.
// - JsonPointer: the message is a JSON object or array, and the value at `pointer` (RFC 6901;
//   "" is the whole document) equals `value` read as JSON ("42", "true", "null", "\"text\"",
//   "{\"a\": 1}"); a `value` that is not JSON stands for a string ("ok" is "\"ok\""). Numbers
//   compare by value (42 equals 42.0).
// - SameId: the value at `pointer` ("" means "/id") in the message is present and equals the
//   value at the same pointer in the message sent last, which must be a JSON object or array.
struct Expectation
{
    Step::Match match = Step::Match::Text;
    QString value;
    QString pointer;

    // The step's match settings, with `expandedValue` instead of its value as written.
    static Expectation fromStep(const Step &step, const QString &expandedValue);
};

// Why a message matches an expectation or not. Values run without gaps, so matchReasonName()
// returns nullptr for the first value past the end.
enum class MatchReason : quint8 {
    Matched,
    TextDiffers, // text: the message is not exactly the value
    NoRegexMatch, // regex: the pattern is found nowhere in the message
    InvalidRegex, // regex: the pattern does not compile; detail and offset say why and where
    InvalidPointer, // jsonPointer, sameId: the pointer is not empty and does not start with '/'
    NotJson, // jsonPointer, sameId: the message is not a JSON object or array
    NoValueAtPointer, // jsonPointer, sameId: the message has nothing at the pointer
    ValueDiffers, // jsonPointer: another value is there; detail is it, as compact JSON
    SentNotJson, // sameId: the message sent last is not a JSON object or array (or none was)
    SentHasNoId, // sameId: the message sent last has nothing at the pointer
    IdDiffers, // sameId: the reply carries another id; detail is it, as compact JSON
};

// A stable machine name ("NoValueAtPointer").
const char *matchReasonName(MatchReason reason);

struct MatchResult
{
    MatchReason reason = MatchReason::Matched;
    // Untranslated detail: the regex's error (QRegularExpression::errorString()), or the value
    // found at the pointer as compact JSON.
    QString detail;
    qsizetype offset = -1; // InvalidRegex: where in the pattern the error is

    bool matched() const { return reason == MatchReason::Matched; }
};

// The pointer actually used: `pointer`, or "/id" for SameId when it is empty.
QString effectivePointer(const Expectation &expectation);

// Whether the expectation can match anything at all, given the message sent last: nullopt when
// it can, else why not (InvalidRegex, InvalidPointer, SentNotJson, SentHasNoId).
std::optional<MatchResult> expectationError(const Expectation &expectation,
                                            const QByteArray &lastSent);

// Whether `received` meets the expectation; `lastSent` is the message sent last (SameId).
MatchResult matchMessage(const Expectation &expectation, const QByteArray &lastSent,
                         const QByteArray &received);

} // namespace WsBench::Automation
