#pragma once

#include "core/protocol/deflate.h"
#include "core/protocol/frame.h"
#include "core/protocol/protocol_error.h"
#include "core/protocol/utf8_validator.h"
#include "core/protocol/validation_policy.h"

#include <QByteArray>

#include <optional>

namespace WsBench::Protocol {

struct Message
{
    quint8 opcode = toRaw(Opcode::Text); // Text, Binary (or a reserved data opcode, permissively)
    QByteArray payload; // decompressed application data
    bool compressed = false;
    int frameCount = 0;
    quint64 wireSize = 0; // payload bytes on the wire, before decompression
};

// Turns data frames into messages (RFC 6455 §5.4), validating UTF-8 as bytes arrive (§8.1)
// and inflating permessage-deflate messages (RFC 7692 §6). Control frames never reach it.
// Failures carry a streamOffset relative to the chunk passed in, or -1.
class MessageAssembler
{
public:
    explicit MessageAssembler(const ValidationPolicy &policy = {});

    void setPolicy(const ValidationPolicy &policy) { m_policy = policy; }
    void setDeflate(DeflateCodec *codec) { m_deflate = codec; }

    std::optional<ProtocolFailure> beginFrame(const FrameHeader &header);
    std::optional<ProtocolFailure> payloadChunk(QByteArrayView chunk);
    // `complete` is set when this frame ended a message; takeMessage() then returns it.
    std::optional<ProtocolFailure> endFrame(QByteArray framePayload, bool *complete);
    Message takeMessage();

    bool inMessage() const { return m_inMessage; }

private:
    std::optional<ProtocolFailure> validateText(const char *data, qsizetype size);
    std::optional<ProtocolFailure> inflate(QByteArrayView compressed, bool finish);

    ValidationPolicy m_policy;
    DeflateCodec *m_deflate = nullptr;
    bool m_inMessage = false;
    bool m_frameFin = true;
    Message m_message;
    Utf8Validator m_utf8;
};

} // namespace WsBench::Protocol
