#pragma once

#include "core/protocol/frame.h"
#include "core/protocol/protocol_error.h"
#include "core/protocol/validation_policy.h"

#include <QByteArray>
#include <QByteArrayView>

namespace WsBench::Protocol {

// Incremental RFC 6455 §5.2 frame decoder. It never copies its input except into the frame
// payload (unmasking on the way) and is safe to feed one byte at a time. Pull-style:
//
//     for (;;) {
//         auto step = decoder.decode(data, size);
//         data += step.consumed; size -= step.consumed;
//         if (step.status == FrameDecoder::Status::NeedMore) break;
//         ...   // Header, Payload (lastChunk()), FrameComplete (takePayload()), Failed
//     }
//
// The header bytes are read by parseFrameHeader(), the parser the dissector uses too. Header
// checks (fail-fast, before any payload; the first five as soon as the first two bytes are
// in): reserved opcodes, RSV bits no extension owns, control frames > 125 bytes or
// fragmented, masking direction, then non-minimal lengths and 64-bit lengths with the MSB
// set (before the masking key), and the frame size limit (1009).
class FrameDecoder
{
public:
    enum class Status : quint8 { NeedMore, Header, Payload, FrameComplete, Failed };
    struct Step
    {
        Status status = Status::NeedMore;
        qsizetype consumed = 0;
    };

    explicit FrameDecoder(Role receiver, const ValidationPolicy &policy = {});

    void setPolicy(const ValidationPolicy &policy) { m_policy = policy; }
    void setAllowedRsv(quint8 rsv) { m_allowedRsv = rsv; }

    Step decode(const char *data, qsizetype size);
    Step decode(QByteArrayView data) { return decode(data.data(), data.size()); }

    const FrameHeader &header() const { return m_header; }
    QByteArrayView headerBytes() const { return {m_headerBytes, m_headerFill}; }
    // Unmasked bytes decoded by the last Payload step; valid until the next decode().
    QByteArrayView lastChunk() const
    {
        return {m_payload.constData() + m_chunkStart, m_payload.size() - m_chunkStart};
    }
    // The whole unmasked payload of the frame that just completed.
    QByteArray takePayload() { return std::exchange(m_payload, {}); }
    // Offset in the inbound stream of the current frame's first byte.
    qint64 frameOffset() const { return m_frameOffset; }
    qint64 bytesConsumed() const { return m_consumed; }

    const ProtocolFailure &failure() const { return m_failure; }
    bool hasFailed() const { return m_failure.isFailure(); }

private:
    enum class Phase : quint8 { Header, Payload, Complete, Failed };

    Step decodeHeader(const char *data, qsizetype size);
    Step beginPayload(const FrameHeader &header, qsizetype used);
    Step fail(ProtocolError error, QByteArray detail, qsizetype consumed, int headerByte);
    ProtocolError checkFirstTwoBytes(const FrameHeader &h) const;
    Step failFirstTwoBytes(ProtocolError error, const FrameHeader &h, qsizetype consumed);

    Role m_receiver;
    ValidationPolicy m_policy;
    quint8 m_allowedRsv = 0;
    Phase m_phase = Phase::Header;
    FrameHeader m_header;
    char m_headerBytes[14] = {};
    int m_headerFill = 0;
    int m_headerNeeded = 2; // bytes to gather before parsing the header again
    QByteArray m_payload;
    qsizetype m_chunkStart = 0;
    quint64 m_payloadRead = 0;
    unsigned m_maskPhase = 0;
    qint64 m_consumed = 0;
    qint64 m_frameOffset = 0;
    ProtocolFailure m_failure;
};

} // namespace WsBench::Protocol
