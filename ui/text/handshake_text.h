#pragma once

#include "core/protocol/handshake_review.h"

#include <QString>
#include <QStringList>

namespace WsBench {
namespace Text {

// The words for a reviewed opening handshake, shared by the handshake inspector and the
// command line: each check's verdict, its reason and the section of the RFC it comes from.
namespace HandshakeText {

QString verdict(Protocol::CheckVerdict verdict); // "pass", "fail", "note"
QString verdictMark(Protocol::CheckVerdict verdict); // "✓", "✗", "!"
// Why: what the check asks for when it passed, what was wrong (or worth a note) otherwise.
QString reason(const Protocol::CheckResult &result);
// "RFC 6455 §4.1": the section a check comes from, on the request or the response side.
QString section(const Protocol::CheckResult &result, bool response);
// The mark beside the failure that ended the connection (or, opened despite it, that a
// browser fails on).
QString endedHere(bool continued);
// One line per check of one side: "✗ fail  Start line: … (detail) [RFC 9112 §2.3]", the
// ending failure marked (with its detail only when `endingDetail`: a caller that printed it
// already leaves it out).
QStringList checkLines(const Protocol::HandshakeReview &review, bool response, bool continued,
                       bool endingDetail = true);

} // namespace HandshakeText
} // namespace Text
} // namespace WsBench
