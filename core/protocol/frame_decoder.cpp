#include "core/protocol/frame_decoder.h"

#include "core/protocol/masking.h"

#include <QStringBuilder>
#include <algorithm>
#include <cstring>

namespace WsBench::Protocol {

namespace {
constexpr qsizetype kInitialReserveCap = 256 * 1024;

inline quint8 byteAt(const char *bytes, int i)
{
    return static_cast<quint8>(bytes[i]);
}
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

int FrameDecoder::headerSizeNeeded() const
{
    if (m_headerFill < 2)
        return 2;
    const quint8 b1 = byteAt(m_headerBytes, 1);
    int size = 2;
    const quint8 len7 = b1 & 0x7F;
    if (len7 == 126)
        size += 2;
    else if (len7 == 127)
        size += 8;
    if (b1 & 0x80)
        size += 4;
    return size;
}

// RFC 6455 §5.2 (opcode, RSV), §5.5 (control frames), §5.1 (masking direction).
ProtocolError FrameDecoder::checkFirstTwoBytes(QByteArray *detail) const
{
    const quint8 b0 = byteAt(m_headerBytes, 0);
    const quint8 b1 = byteAt(m_headerBytes, 1);
    const quint8 opcode = b0 & 0x0F;
    const quint8 rsv = (b0 >> 4) & 0x7;
    const bool fin = b0 & 0x80;
    const bool masked = b1 & 0x80;
    if (m_policy.rejectReservedOpcodes && isReservedOpcode(opcode)) {
        *detail = "Reserved opcode 0x" + QByteArray::number(opcode, 16);
        return ProtocolError::ReservedOpcode;
    }
    if (m_policy.rejectUnnegotiatedRsv && (rsv & ~m_allowedRsv) != 0) {
        *detail = "RSV bits 0b" + QByteArray::number(rsv, 2).rightJustified(3, '0')
            + " set without an extension that defines them";
        return ProtocolError::ReservedBitsSet;
    }
    if (m_policy.enforceControlFrameRules && isControlOpcode(opcode)) {
        if (!fin) {
            *detail = QByteArray("Control frame (") + opcodeName(opcode) + ") with FIN=0";
            return ProtocolError::FragmentedControlFrame;
        }
        if ((b1 & 0x7F) > 125) {
            *detail = QByteArray("Control frame (") + opcodeName(opcode)
                + ") with a payload longer than 125 bytes";
            return ProtocolError::ControlFrameTooLong;
        }
    }
    if (m_policy.enforceMaskDirection) {
        if (m_receiver == Role::Server && !masked) {
            *detail = "Unmasked frame from a client";
            return ProtocolError::UnmaskedClientFrame;
        }
        if (m_receiver == Role::Client && masked) {
            *detail = "Masked frame from a server";
            return ProtocolError::MaskedServerFrame;
        }
    }
    return ProtocolError::None;
}

ProtocolError FrameDecoder::checkLength(QByteArray *detail) const
{
    const quint64 length = m_header.payloadLength;
    if (m_header.lengthEncoding == LengthEncoding::Bits64 && (length >> 63) != 0) {
        *detail = "64-bit payload length with the most significant bit set";
        return ProtocolError::LengthMsbSet;
    }
    if (m_policy.requireMinimalLength && m_header.lengthEncoding != minimalLengthEncoding(length)) {
        *detail = "Payload length " + QByteArray::number(length) + " not in its minimal encoding ("
            + (m_header.lengthEncoding == LengthEncoding::Bits16 ? "16" : "64") + "-bit field)";
        return ProtocolError::NonMinimalLength;
    }
    if (length > m_policy.maxFramePayload) {
        *detail = "Frame payload of " + QByteArray::number(length) + " bytes exceeds the limit of "
            + QByteArray::number(m_policy.maxFramePayload);
        return ProtocolError::FrameTooBig;
    }
    return ProtocolError::None;
}

FrameDecoder::Step FrameDecoder::decode(const char *data, qsizetype size)
{
    switch (m_phase) {
    case Phase::Failed:
        return {Status::Failed, 0};
    case Phase::Complete:
        m_phase = Phase::Header;
        m_headerFill = 0;
        m_frameOffset = m_consumed;
        [[fallthrough]];
    case Phase::Header: {
        qsizetype used = 0;
        for (;;) {
            const int needed = headerSizeNeeded();
            const int take = int(std::min<qsizetype>(needed - m_headerFill, size - used));
            std::memcpy(m_headerBytes + m_headerFill, data + used, std::size_t(std::max(take, 0)));
            m_headerFill += take;
            used += take;
            m_consumed += take;
            if (m_headerFill < needed)
                return {Status::NeedMore, used};
            if (m_headerFill == 2) {
                QByteArray detail;
                const ProtocolError error = checkFirstTwoBytes(&detail);
                if (error != ProtocolError::None)
                    return fail(error, std::move(detail), used, 0);
                if (headerSizeNeeded() > 2)
                    continue;
            }
            break;
        }
        const quint8 b0 = byteAt(m_headerBytes, 0);
        const quint8 b1 = byteAt(m_headerBytes, 1);
        FrameHeader h;
        h.fin = b0 & 0x80;
        h.rsv = (b0 >> 4) & 0x7;
        h.opcode = b0 & 0x0F;
        h.masked = b1 & 0x80;
        h.headerSize = quint8(m_headerFill);
        int pos = 2;
        const quint8 len7 = b1 & 0x7F;
        if (len7 == 126) {
            h.lengthEncoding = LengthEncoding::Bits16;
            h.payloadLength = (quint64(byteAt(m_headerBytes, 2)) << 8) | byteAt(m_headerBytes, 3);
            pos = 4;
        } else if (len7 == 127) {
            h.lengthEncoding = LengthEncoding::Bits64;
            quint64 length = 0;
            for (int i = 0; i < 8; ++i)
                length = (length << 8) | byteAt(m_headerBytes, 2 + i);
            h.payloadLength = length;
            pos = 10;
        } else {
            h.lengthEncoding = LengthEncoding::Bits7;
            h.payloadLength = len7;
        }
        if (h.masked) {
            quint32 key = 0;
            for (int i = 0; i < 4; ++i)
                key = (key << 8) | byteAt(m_headerBytes, pos + i);
            h.maskKey = key;
        }
        m_header = h;
        QByteArray detail;
        const ProtocolError error = checkLength(&detail);
        if (error != ProtocolError::None)
            return fail(error, std::move(detail), used, 1);
        m_payload = QByteArray();
        m_payload.reserve(qsizetype(std::min<quint64>(h.payloadLength, kInitialReserveCap)));
        m_payloadRead = 0;
        m_maskPhase = 0;
        m_chunkStart = 0;
        m_phase = Phase::Payload;
        return {Status::Header, used};
    }
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
