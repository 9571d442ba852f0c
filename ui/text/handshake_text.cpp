#include "ui/text/handshake_text.h"

#include "ui/text/explain.h"
#include "ui/text/printable.h"

#include <QCoreApplication>

namespace WsBench {
namespace Text {
namespace HandshakeText {

using namespace Protocol;

QString verdict(CheckVerdict verdict)
{
    switch (verdict) {
    case CheckVerdict::Pass:
        return QCoreApplication::translate("HandshakeText", "pass");
    case CheckVerdict::Note:
        return QCoreApplication::translate("HandshakeText", "note");
    case CheckVerdict::Fail:
        return QCoreApplication::translate("HandshakeText", "fail");
    }
    return {};
}

QString verdictMark(CheckVerdict verdict)
{
    switch (verdict) {
    case CheckVerdict::Pass:
        return QStringLiteral("✓");
    case CheckVerdict::Note:
        return QStringLiteral("!");
    case CheckVerdict::Fail:
        return QStringLiteral("✗");
    }
    return {};
}

QString reason(const CheckResult &result)
{
    return result.verdict() == CheckVerdict::Pass ? Explain::handshakeCheckExplanation(result.check)
                                                  : Explain::handshakeProblem(result.problem);
}

QString section(const CheckResult &result, bool response)
{
    using C = HandshakeCheck;
    const QString rfc6455
        = response ? QStringLiteral("RFC 6455 §4.1") : QStringLiteral("RFC 6455 §4.2.1");
    switch (result.check) {
    case C::StartLine:
        if (result.problem == HandshakeProblem::HttpNameCase)
            return QStringLiteral("RFC 9112 §2.3");
        return response ? QStringLiteral("RFC 9112 §4") : QStringLiteral("RFC 9112 §3");
    case C::FieldValues:
        return QStringLiteral("RFC 9110 §5.5");
    case C::HeaderSpacing:
        return QStringLiteral("RFC 9112 §5.1");
    case C::LegacyHeaders:
        return QStringLiteral("draft-hixie-76");
    case C::Origin:
        return QStringLiteral("RFC 6455 §10.2");
    case C::Accept:
        return QStringLiteral("RFC 6455 §4.1, §4.2.2");
    case C::Extensions:
        return response ? QStringLiteral("RFC 6455 §4.1, §9.1") : rfc6455;
    case C::Method:
    case C::HttpVersion:
    case C::Host:
    case C::Status:
    case C::Upgrade:
    case C::Connection:
    case C::Key:
    case C::Version:
    case C::Subprotocol:
        break;
    }
    return rfc6455;
}

QString endedHere(bool continued)
{
    return continued
        ? QCoreApplication::translate("HandshakeText", "a browser fails the connection here")
        : QCoreApplication::translate("HandshakeText", "this ended the connection");
}

QStringList checkLines(const HandshakeReview &review, bool response, bool continued,
                       bool endingDetail)
{
    const HandshakeValidation &v = response ? review.responseChecks : review.requestChecks;
    const CheckResult *ending = review.endingFailure();
    QStringList lines;
    for (const CheckResult &c : v.checks) {
        QString line = verdictMark(c.verdict()) + QLatin1Char(' ')
            + verdict(c.verdict()).leftJustified(5) + QLatin1Char(' ')
            + Explain::handshakeCheck(c.check) + QStringLiteral(": ") + reason(c);
        if (!c.detail.isEmpty() && (endingDetail || &c != ending))
            line += QStringLiteral(" (") + printable(c.detail) + QLatin1Char(')');
        line += QStringLiteral(" [") + section(c, response) + QLatin1Char(']');
        if (&c == ending)
            line += QStringLiteral(" ← ") + endedHere(continued);
        lines.append(line);
    }
    return lines;
}

} // namespace HandshakeText
} // namespace Text
} // namespace WsBench
