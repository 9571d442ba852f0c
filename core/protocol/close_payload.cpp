#include "core/protocol/close_payload.h"

#include "core/protocol/utf8_validator.h"

#include <QStringBuilder>
#include <cstring>

namespace WsBench::Protocol {

namespace {

ClosePayloadParse parseError(ClosePayloadParse p, ProtocolError error, qsizetype offset,
                             QByteArray detail)
{
    p.error = error;
    p.errorOffset = offset;
    p.detail = std::move(detail);
    return p;
}

ClosePayloadEncoding encodeError(CloseEncodeError error, qsizetype offset)
{
    ClosePayloadEncoding e;
    e.error = error;
    e.errorOffset = offset;
    return e;
}

} // namespace

ProtocolFailure ClosePayloadParse::failure(qint64 payloadOffset) const
{
    return makeFailure(error, detail,
                       payloadOffset >= 0 && errorOffset >= 0 ? payloadOffset + errorOffset : -1);
}

ClosePayloadParse parseClosePayload(QByteArrayView payload)
{
    ClosePayloadParse p;
    if (payload.isEmpty())
        return p; // RFC 6455 §5.5.1: no body, no code (the connection close code is 1005)
    // RFC 6455 §5.5.1: "the first two bytes of the body MUST be a 2-byte unsigned integer
    // (in network byte order)".
    if (payload.size() == 1) {
        return parseError(std::move(p), ProtocolError::ClosePayloadTooShort, 0,
                          "Close frame with a 1-byte payload");
    }
    const quint16 code = quint16((quint8(payload[0]) << 8) | quint8(payload[1]));
    p.close.code = code;
    p.close.reason = payload.sliced(2).toByteArray();
    // RFC 6455 §7.4.1, §7.4.2: codes that may not appear in a Close frame.
    if (!isValidOnWire(code)) {
        return parseError(std::move(p), ProtocolError::InvalidCloseCode, 0,
                          "Close code " + QByteArray::number(code)
                              + " may not be sent on the wire");
    }
    // RFC 6455 §5.5.1: "the data is not guaranteed to be human readable", but it is UTF-8.
    const qsizetype bad = Utf8Validator::invalidOffset(payload.data() + 2, payload.size() - 2);
    if (bad >= 0) {
        return parseError(std::move(p), ProtocolError::InvalidCloseReason, 2 + bad,
                          "Close reason is not valid UTF-8");
    }
    // RFC 6455 §5.5: "All control frames MUST have a payload length of 125 bytes or less".
    if (payload.size() > kMaxClosePayloadSize) {
        return parseError(std::move(p), ProtocolError::ControlFrameTooLong, kMaxClosePayloadSize,
                          "Close frame with a payload of " + QByteArray::number(payload.size())
                              + " bytes, more than 125");
    }
    return p;
}

const char *closeEncodeErrorName(CloseEncodeError error)
{
    switch (error) {
    case CloseEncodeError::None:
        return "None";
    case CloseEncodeError::InvalidCode:
        return "InvalidCode";
    case CloseEncodeError::CodeNotForSender:
        return "CodeNotForSender";
    case CloseEncodeError::ReasonWithoutCode:
        return "ReasonWithoutCode";
    case CloseEncodeError::ReasonTooLong:
        return "ReasonTooLong";
    case CloseEncodeError::InvalidUtf8Reason:
        return "InvalidUtf8Reason";
    }
    return "Unknown";
}

ClosePayloadEncoding encodeClosePayload(std::optional<quint16> code, QByteArrayView reason,
                                        Role sender)
{
    if (code) {
        // RFC 6455 §7.4.1: 1004–1006 and 1015 are never sent; §7.4.2 for the ranges.
        if (!isValidOnWire(*code))
            return encodeError(CloseEncodeError::InvalidCode, 0);
        if (!maySend(*code, sender))
            return encodeError(CloseEncodeError::CodeNotForSender, 0);
    } else if (!reason.isEmpty()) {
        return encodeError(CloseEncodeError::ReasonWithoutCode, 0);
    }
    if (reason.size() > kMaxCloseReasonSize)
        return encodeError(CloseEncodeError::ReasonTooLong, 2 + kMaxCloseReasonSize);
    const qsizetype bad = Utf8Validator::invalidOffset(reason.data(), reason.size());
    if (bad >= 0)
        return encodeError(CloseEncodeError::InvalidUtf8Reason, 2 + bad);
    ClosePayloadEncoding e;
    e.payload = encodeClosePayloadRaw(code, reason);
    return e;
}

QByteArray encodeClosePayloadRaw(std::optional<quint16> code, QByteArrayView reason)
{
    if (!code)
        return {};
    // RFC 6455 §5.5.1: the status code in network byte order, then the reason.
    QByteArray out(2 + reason.size(), Qt::Uninitialized);
    out[0] = char(*code >> 8);
    out[1] = char(*code & 0xFF);
    if (!reason.isEmpty())
        std::memcpy(out.data() + 2, reason.data(), std::size_t(reason.size()));
    return out;
}

} // namespace WsBench::Protocol
