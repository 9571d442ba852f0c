#pragma once

#include "core/protocol/frame.h"
#include "core/protocol/handshake.h"
#include "core/protocol/protocol_error.h"
#include "core/protocol/ready_state.h"

#include <QByteArray>

#include <memory>
#include <optional>

namespace WsBench::Protocol {

enum class CloseInitiator : quint8 { None, Local, Remote };

// How the connection ended (RFC 6455 §7.1.5–7.1.6, WHATWG "close" event).
struct CloseInfo
{
    quint16 code = 1006; // the WebSocket Connection Close Code: first Close received,
                         // 1005 if it had no code, 1006 if none was received
    QByteArray reason; // the WebSocket Connection Close Reason
    bool wasClean = false; // closing handshake completed, then TCP closed
    CloseInitiator initiator = CloseInitiator::None; // who sent the first Close
    bool closeSent = false;
    std::optional<quint16> sentCode;
    QByteArray sentReason;
    bool closeReceived = false;
    std::optional<quint16> receivedCode;
    QByteArray receivedReason;
    ProtocolFailure failure; // set when this side failed the connection
};

// A handshake as it crossed the wire, with the checks made on it.
struct HandshakeRecord
{
    HttpHead head;
    HandshakeValidation validation;
    bool sent = false;
    QByteArray key; // client key, for the Accept computation
};

enum class EventType : quint8 {
    HandshakeSent, // handshake
    HandshakeReceived, // handshake (with validation)
    Open, // handshake negotiation result in `handshake`
    HandshakeFailed, // handshake + failure detail
    FrameSent, // header, payload (unmasked); the header fields give the exact header bytes
    FrameReceived, // header, payload (unmasked, as on the wire: compressed)
    Message, // opcode, payload, compressed, frameCount
    Ping, // payload
    Pong, // payload
    CloseReceived, // closeCode (empty for no code), closeReason
    ProtocolViolation, // failure: this side is failing the connection
    ReadyStateChanged, // state
    Closed, // closeInfo
};

const char *eventTypeName(EventType type);

struct Event
{
    EventType type = EventType::Message;
    ReadyState state = ReadyState::Connecting;
    FrameHeader header;
    QByteArray payload;
    quint8 opcode = 0;
    bool compressed = false;
    int frameCount = 0;
    std::optional<quint16> closeCode;
    QByteArray closeReason;
    std::shared_ptr<const HandshakeRecord> handshake;
    ProtocolFailure failure;
    QByteArray detail; // HandshakeFailed: untranslated English
    std::shared_ptr<const CloseInfo> closeInfo; // Closed only: kept out of line, it is large
};

} // namespace WsBench::Protocol
