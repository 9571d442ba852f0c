#pragma once

#include "core/protocol/close_code.h"
#include "core/protocol/frame_header.h"
#include "core/protocol/opcode.h"
#include "core/protocol/protocol_error.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace WsBench::Protocol {

// RFC 6455 §5.5: a control frame payload is at most 125 bytes, so a Close reason is at most
// 123 bytes after its 2-byte status code.
constexpr qsizetype kMaxClosePayloadSize = kMaxControlPayloadSize;
constexpr qsizetype kMaxCloseReasonSize = kMaxClosePayloadSize - 2;

// The body of a Close frame (RFC 6455 §5.5.1): nothing, or a status code and a UTF-8 reason.
struct ClosePayload
{
    std::optional<quint16> code; // none: the frame had no status code
    QByteArray reason; // as on the wire; empty without a code

    // RFC 6455 §7.1.5: the WebSocket Connection Close Code this frame gives, 1005 without a code.
    quint16 connectionCloseCode() const { return code.value_or(CloseCode::NoStatusReceived); }
};

// What parseClosePayload() found. `close` holds what could be read also when the payload
// breaks a rule (the code of any payload of 2 bytes or more, and the reason after it), so a
// permissive reader and the inspector still see it.
struct ClosePayloadParse
{
    ClosePayload close;
    // ClosePayloadTooShort (1 byte), InvalidCloseCode, InvalidCloseReason (not UTF-8) or
    // ControlFrameTooLong (more than 125 bytes), with the offset of the offending byte in the
    // payload and an untranslated English detail.
    ProtocolError error = ProtocolError::None;
    qsizetype errorOffset = -1;
    QByteArray detail;

    bool ok() const { return error == ProtocolError::None; }
    // The error as a connection failure (close code 1002, or 1007 for the reason), with the
    // offset moved into the inbound stream: `payloadOffset` is where the payload started.
    ProtocolFailure failure(qint64 payloadOffset) const;
};

// RFC 6455 §5.5.1, §7.4: reads a Close payload (unmasked). In order: a 1-byte payload is a
// protocol error; the code must be one that may appear on the wire (§7.4.1, §7.4.2 and the
// IANA registry: 1000–1003, 1007–1014, 3000–4999); the reason must be UTF-8; the payload
// must fit a control frame. An empty payload is valid and has no code.
ClosePayloadParse parseClosePayload(QByteArrayView payload);

// Why encodeClosePayload() refused to build a payload.
enum class CloseEncodeError : quint8 {
    None,
    InvalidCode, // never on the wire: 0–999, 1004–1006, 1015, 1016–2999, 5000 and above
    CodeNotForSender, // 1010 is for clients, 1012–1014 for servers
    ReasonWithoutCode, // RFC 6455 §5.5.1: a reason follows a status code
    ReasonTooLong, // more than kMaxCloseReasonSize bytes
    InvalidUtf8Reason,
};
const char *closeEncodeErrorName(CloseEncodeError error);

struct ClosePayloadEncoding
{
    QByteArray payload; // empty on error
    CloseEncodeError error = CloseEncodeError::None;
    qsizetype errorOffset = -1; // the offending byte in the payload it would have built

    bool ok() const { return error == CloseEncodeError::None; }
};

// The strict way: the Close payload `sender` may send, or why not (checked in the order of
// CloseEncodeError). No code gives an empty payload.
ClosePayloadEncoding encodeClosePayload(std::optional<quint16> code, QByteArrayView reason,
                                        Role sender);
// The raw way: the code in network byte order followed by the reason, whatever they are, for
// deliberate violations and for answering with a code the policy let through. No code gives
// an empty payload and drops the reason.
QByteArray encodeClosePayloadRaw(std::optional<quint16> code, QByteArrayView reason = {});

} // namespace WsBench::Protocol
