#include "core/automation/report_text.h"

namespace WsBench::Automation {

QString failureText(Traffic::Failure failure)
{
    using F = Traffic::Failure;
    const char *text = "";
    switch (failure) {
    case F::None:
        text = "no failure";
        break;
    case F::InvalidOptions:
        text = "the settings cannot be used";
        break;
    case F::ConnectTimeout:
        text = "the connection timed out";
        break;
    case F::HostNotFound:
        text = "host not found";
        break;
    case F::ConnectionRefused:
        text = "connection refused";
        break;
    case F::ProxyError:
        text = "the proxy failed";
        break;
    case F::ConnectFailed:
        text = "could not connect";
        break;
    case F::Cancelled:
        text = "cancelled";
        break;
    case F::TlsError:
        text = "the server's certificate was not accepted";
        break;
    case F::TlsHandshakeFailed:
        text = "the TLS handshake failed";
        break;
    case F::TlsConfiguration:
        text = "the TLS settings cannot be used";
        break;
    case F::ListenFailed:
        text = "cannot listen";
        break;
    case F::TooManyConnections:
        text = "too many connections";
        break;
    case F::HandshakeTimeout:
        text = "the opening handshake timed out";
        break;
    case F::HandshakeFailed:
        text = "the opening handshake failed";
        break;
    case F::CloseTimeout:
        text = "the closing handshake timed out";
        break;
    case F::PongTimeout:
        text = "no Pong in time";
        break;
    case F::SocketError:
        text = "network error";
        break;
    case F::Aborted:
        text = "connection aborted";
        break;
    case F::BufferLimitExceeded:
        text = "bufferedAmount over its limit (the peer is not reading)";
        break;
    case F::SendRefused:
        text = "message not sent";
        break;
    case F::CloseRefused:
        text = "Close not sent";
        break;
    case F::MalformedRequestLine:
        text = "malformed request line";
        break;
    case F::MalformedStatusLine:
        text = "malformed status line";
        break;
    case F::MethodNotGet:
        text = "the method is not GET";
        break;
    case F::HttpVersionTooOld:
        text = "HTTP version older than 1.1";
        break;
    case F::MissingHost:
        text = "no Host header";
        break;
    case F::NotSwitchingProtocols:
        text = "the server did not answer 101 Switching Protocols";
        break;
    case F::MissingUpgrade:
        text = "no Upgrade header";
        break;
    case F::InvalidUpgrade:
        text = "Upgrade is not \"websocket\"";
        break;
    case F::ConnectionWithoutUpgrade:
        text = "Connection does not contain \"Upgrade\"";
        break;
    case F::MissingKey:
        text = "no Sec-WebSocket-Key";
        break;
    case F::BadKey:
        text = "invalid Sec-WebSocket-Key";
        break;
    case F::WrongVersion:
        text = "Sec-WebSocket-Version is not 13";
        break;
    case F::MissingAccept:
        text = "no Sec-WebSocket-Accept";
        break;
    case F::BadAccept:
        text = "wrong Sec-WebSocket-Accept";
        break;
    case F::InvalidSubprotocol:
        text = "malformed Sec-WebSocket-Protocol";
        break;
    case F::UnrequestedSubprotocol:
        text = "a subprotocol the client did not offer";
        break;
    case F::MalformedExtensions:
        text = "malformed Sec-WebSocket-Extensions";
        break;
    case F::UnrequestedExtension:
        text = "an extension the client did not offer";
        break;
    case F::InvalidExtensionParameters:
        text = "invalid extension parameters";
        break;
    case F::OriginNotAllowed:
        text = "origin not allowed";
        break;
    case F::ReservedOpcode:
        text = "a reserved opcode";
        break;
    case F::ReservedBitsSet:
        text = "reserved bits set";
        break;
    case F::NonMinimalLength:
        text = "a payload length not in its shortest form";
        break;
    case F::LengthMsbSet:
        text = "a 64-bit length with its top bit set";
        break;
    case F::UnmaskedClientFrame:
        text = "an unmasked frame from the client";
        break;
    case F::MaskedServerFrame:
        text = "a masked frame from the server";
        break;
    case F::ControlFrameTooLong:
        text = "a control frame over 125 bytes";
        break;
    case F::FragmentedControlFrame:
        text = "a fragmented control frame";
        break;
    case F::FrameTooBig:
        text = "a frame over the size limit";
        break;
    case F::UnexpectedContinuation:
        text = "a continuation frame with no message to continue";
        break;
    case F::DataFrameInsideFragmentedMessage:
        text = "a new message inside a fragmented one";
        break;
    case F::MessageTooBig:
        text = "a message over the size limit";
        break;
    case F::InvalidUtf8:
        text = "invalid UTF-8 in a text message";
        break;
    case F::ClosePayloadTooShort:
        text = "a Close frame with a 1-byte payload";
        break;
    case F::InvalidCloseCode:
        text = "an invalid close code";
        break;
    case F::InvalidCloseReason:
        text = "a close reason that is not UTF-8";
        break;
    case F::CompressedControlFrame:
        text = "a compressed control frame";
        break;
    case F::CompressedContinuation:
        text = "RSV1 set on a continuation frame";
        break;
    case F::DecompressionFailed:
        text = "a compressed message that does not decompress";
        break;
    case F::DecompressedTooBig:
        text = "a message that decompresses over the size limit";
        break;
    }
    return QString::fromUtf8(text);
}

QString invalidExpectationText(const StepResult &result)
{
    const QString pointer = effectivePointer(Expectation::fromStep(result.step, result.step.value));
    switch (result.match.reason) {
    case MatchReason::InvalidRegex:
        return QStringLiteral("the regular expression does not compile: %1 (at character %2)")
            .arg(result.match.detail)
            .arg(result.match.offset + 1);
    case MatchReason::InvalidPointer:
        return QStringLiteral("the JSON Pointer %1 does not start with /").arg(pointer);
    case MatchReason::SentNotJson:
        return QStringLiteral("the message sent before it is not a JSON object or array, so it "
                              "has no %1")
            .arg(pointer);
    case MatchReason::SentHasNoId:
        return QStringLiteral("the message sent before it has no %1").arg(pointer);
    case MatchReason::Matched:
    case MatchReason::TextDiffers:
    case MatchReason::NoRegexMatch:
    case MatchReason::NotJson:
    case MatchReason::NoValueAtPointer:
    case MatchReason::ValueDiffers:
    case MatchReason::IdDiffers:
        break;
    }
    return QLatin1String(matchReasonName(result.match.reason));
}

QString stepDescription(const StepResult &result)
{
    return result.outcome == StepOutcome::TooManySteps ? QStringLiteral("unroll repeats")
                                                       : result.step.describe();
}

QString stepExpected(const StepResult &result)
{
    const int ms = result.step.timeoutMs;
    switch (result.outcome) {
    case StepOutcome::Passed:
    case StepOutcome::Skipped:
        return {};
    case StepOutcome::TooManySteps:
        return QStringLiteral("at most %1 steps").arg(kMaxSteps);
    case StepOutcome::NotOpenInTime:
        return QStringLiteral("the connection opens within %1 ms").arg(ms);
    case StepOutcome::NotConnected:
    case StepOutcome::AlreadyClosed:
        return QStringLiteral("an open connection");
    case StepOutcome::NoPong:
        return QStringLiteral("a Pong within %1 ms").arg(ms);
    case StepOutcome::ProfileUnusable:
    case StepOutcome::ConnectionNotStarted:
    case StepOutcome::ConnectionClosed:
    case StepOutcome::NoMessage:
    case StepOutcome::NoMatchingMessage:
    case StepOutcome::UnexpectedMessage:
    case StepOutcome::StillOpen:
    case StepOutcome::WrongCloseCode:
    case StepOutcome::InvalidExpectation:
    case StepOutcome::Cancelled:
        break;
    }
    return result.step.describe();
}

QString stepGot(const StepResult &result)
{
    const int ms = result.step.timeoutMs;
    QString closed = result.outcome == StepOutcome::ConnectionClosed
        ? QStringLiteral("the connection closed with %1").arg(result.closeCode)
        : QStringLiteral("closed with %1").arg(result.closeCode);
    if (result.failure != Traffic::Failure::None)
        closed = QStringLiteral("%1 (%2)").arg(failureText(result.failure), closed);
    switch (result.outcome) {
    case StepOutcome::Passed:
    case StepOutcome::Skipped:
        return {};
    case StepOutcome::TooManySteps:
        return QStringLiteral("more");
    case StepOutcome::ProfileUnusable:
    case StepOutcome::UnexpectedMessage:
        return result.text;
    case StepOutcome::ConnectionNotStarted:
        return QStringLiteral("the connection could not start (see the log)");
    case StepOutcome::NotOpenInTime:
        return QStringLiteral("still not open");
    case StepOutcome::NotConnected:
        return QStringLiteral("no connect step before it");
    case StepOutcome::AlreadyClosed:
    case StepOutcome::ConnectionClosed:
    case StepOutcome::WrongCloseCode:
        return closed;
    case StepOutcome::NoMessage:
        return QStringLiteral("no message within %1 ms").arg(ms);
    case StepOutcome::NoMatchingMessage:
        return QStringLiteral("%1 (the last message, after %2 ms)")
            .arg(result.text, QString::number(ms));
    case StepOutcome::NoPong:
        return QStringLiteral("no Pong");
    case StepOutcome::StillOpen:
        return QStringLiteral("still open after %1 ms").arg(ms);
    case StepOutcome::InvalidExpectation:
        return invalidExpectationText(result);
    case StepOutcome::Cancelled:
        return QStringLiteral("stopped before the step finished");
    }
    return {};
}

} // namespace WsBench::Automation
