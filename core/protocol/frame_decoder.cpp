#include "core/protocol/frame_decoder.h"

#include "core/protocol/masking.h"
#include "core/protocol/payload_spares.h"

#include <QStringBuilder>
#include <algorithm>
#include <cstring>

namespace WsBench::Protocol {

namespace {
constexpr qsizetype kInitialReserveCap = 256 * 1024;
} // namespace

FrameDecoder::FrameDecoder(Role receiver, const ValidationPolicy &policy)
    : m_receiver(receiver)
    , m_policy(policy)
{ }

FrameDecoder::Step FrameDecoder::fail(ProtocolError error, QByteArray detail, qsizetype consumed,
                                      int headerByte)
{
    m_phase = Phase::Failed;
    m_failure = makeFailure(error, std::move(detail), m_frameOffset + headerByte);
    return {Status::Failed, consumed};
}

// RFC 6455 §5.2 (opcode, RSV), §5.5 (control frames), §5.1 (masking direction): the rules the
// first two header bytes decide.
ProtocolError FrameDecoder::checkFirstTwoBytes(const FrameHeader &h) const
{
    if (m_policy.rejectReservedOpcodes && isReservedOpcode(h.opcode))
        return ProtocolError::ReservedOpcode;
    if (m_policy.rejectUnnegotiatedRsv && (h.rsv & ~m_allowedRsv) != 0)
        return ProtocolError::ReservedBitsSet;
    if (m_policy.enforceControlFrameRules && isControlOpcode(h.opcode)) {
        if (!h.fin)
            return ProtocolError::FragmentedControlFrame;
        // A 16- or 64-bit length is not known yet with two bytes, but it is over 125.
        if (h.lengthEncoding != LengthEncoding::Bits7)
            return ProtocolError::ControlFrameTooLong;
    }
    if (m_policy.enforceMaskDirection && h.masked != (m_receiver == Role::Server))
        return h.masked ? ProtocolError::MaskedServerFrame : ProtocolError::UnmaskedClientFrame;
    return ProtocolError::None;
}

// Kept out of the hot path: only a failing frame pays for its text.
FrameDecoder::Step FrameDecoder::failFirstTwoBytes(ProtocolError error, const FrameHeader &h,
                                                   qsizetype consumed)
{
    QByteArray detail;
    int headerByte = 0; // the byte that breaks the rule
    switch (error) {
    case ProtocolError::ReservedOpcode:
        detail = "Reserved opcode 0x" + QByteArray::number(h.opcode, 16);
        break;
    case ProtocolError::ReservedBitsSet:
        detail = "RSV bits 0b" + QByteArray::number(h.rsv, 2).rightJustified(3, '0')
            + " set without an extension that defines them";
        break;
    case ProtocolError::FragmentedControlFrame:
        detail = QByteArray("Control frame (") + opcodeName(h.opcode) + ") with FIN=0";
        break;
    case ProtocolError::ControlFrameTooLong:
        headerByte = 1;
        detail = QByteArray("Control frame (") + opcodeName(h.opcode)
            + ") with a payload longer than 125 bytes";
        break;
    case ProtocolError::UnmaskedClientFrame:
        headerByte = 1;
        detail = "Unmasked frame from a client";
        break;
    case ProtocolError::MaskedServerFrame:
        headerByte = 1;
        detail = "Masked frame from a server";
        break;
    default:
        break;
    }
    return fail(error, std::move(detail), consumed, headerByte);
}

FrameDecoder::Step FrameDecoder::decodeHeader(const char *data, qsizetype size)
{
    const LengthRules rules
        = m_policy.requireMinimalLength ? LengthRules::Minimal : LengthRules::AnyEncoding;
    if (m_headerFill == 0) {
        // The usual case: the whole header is in this read. Parse it in place, once, and keep
        // the bytes the parse used: the header, the first two bytes when they break a rule, or
        // the fields up to a bad length.
        const FrameHeaderParse parsed
            = parseFrameHeader(reinterpret_cast<const uchar *>(data), size, rules);
        if (parsed.status != FrameHeaderParse::Status::NeedMore) {
            const ProtocolError error = checkFirstTwoBytes(parsed.header);
            int used = 2; // the first two bytes break a rule
            if (error == ProtocolError::None)
                used = parsed.isComplete() ? int(parsed.header.headerSize)
                                           : 2 + extendedLengthSize(parsed.header.lengthEncoding);
            std::memcpy(m_headerBytes, data, std::size_t(used));
            m_headerFill = used;
            m_consumed += used;
            if (error != ProtocolError::None)
                return failFirstTwoBytes(error, parsed.header, used);
            if (!parsed.isComplete())
                return fail(parsed.error, parsed.detail(), used, parsed.errorOffset);
            return beginPayload(parsed.header, used);
        }
    }
    // The header arrives in pieces: gather it up to each point where the parse can say more.
    FrameHeaderParse parsed;
    qsizetype used = 0;
    for (;;) {
        const int take = int(std::min<qsizetype>(m_headerNeeded - m_headerFill, size - used));
        std::memcpy(m_headerBytes + m_headerFill, data + used, std::size_t(std::max(take, 0)));
        m_headerFill += take;
        used += take;
        m_consumed += take;
        if (m_headerFill < m_headerNeeded)
            return {Status::NeedMore, used};
        parsed
            = parseFrameHeader(reinterpret_cast<const uchar *>(m_headerBytes), m_headerFill, rules);
        if (m_headerFill == 2) {
            // Fail fast on what the first two bytes decide, before any length bytes.
            const ProtocolError error = checkFirstTwoBytes(parsed.header);
            if (error != ProtocolError::None)
                return failFirstTwoBytes(error, parsed.header, used);
        }
        if (parsed.status != FrameHeaderParse::Status::NeedMore)
            break;
        m_headerNeeded = parsed.needed;
    }
    if (parsed.status == FrameHeaderParse::Status::Invalid)
        return fail(parsed.error, parsed.detail(), used, parsed.errorOffset);
    return beginPayload(parsed.header, used);
}

FrameDecoder::Step FrameDecoder::beginPayload(const FrameHeader &header, qsizetype used)
{
    m_header = header;
    const quint64 length = header.payloadLength;
    if (length > m_policy.maxFramePayload) {
        return fail(ProtocolError::FrameTooBig,
                    "Frame payload of " + QByteArray::number(length)
                        + " bytes exceeds the limit of "
                        + QByteArray::number(m_policy.maxFramePayload),
                    used, header.lengthEncoding == LengthEncoding::Bits7 ? 1 : 2);
    }
    m_payload = PayloadSpares::take(qsizetype(std::min<quint64>(length, kInitialReserveCap)));
    m_payloadRead = 0;
    m_maskPhase = 0;
    m_chunkStart = 0;
    m_phase = Phase::Payload;
    return {Status::Header, used};
}

FrameDecoder::Step FrameDecoder::decode(const char *data, qsizetype size)
{
    switch (m_phase) {
    case Phase::Failed:
        return {Status::Failed, 0};
    case Phase::Complete:
        m_phase = Phase::Header;
        m_headerFill = 0;
        m_headerNeeded = 2;
        m_frameOffset = m_consumed;
        [[fallthrough]];
    case Phase::Header:
        return decodeHeader(data, size);
    case Phase::Payload: {
        const quint64 remaining = m_header.payloadLength - m_payloadRead;
        if (remaining == 0) {
            m_phase = Phase::Complete;
            return {Status::FrameComplete, 0};
        }
        const qsizetype take = qsizetype(std::min<quint64>(remaining, quint64(size)));
        if (take == 0)
            return {Status::NeedMore, 0};
        m_chunkStart = m_payload.size();
        m_payload.resize(m_chunkStart + take);
        char *dst = m_payload.data() + m_chunkStart;
        if (m_header.masked)
            m_maskPhase = copyMasked(dst, data, take, m_header.maskKey, m_maskPhase);
        else
            std::memcpy(dst, data, std::size_t(take));
        m_payloadRead += quint64(take);
        m_consumed += take;
        return {Status::Payload, take};
    }
    }
    return {Status::Failed, 0};
}

} // namespace WsBench::Protocol
