#include "core/protocol/frame_header.h"

#include <QStringBuilder>

namespace WsBench::Protocol {

QByteArray FrameHeaderParse::detail() const
{
    switch (error) {
    case ProtocolError::LengthMsbSet:
        return "64-bit payload length with the most significant bit set";
    case ProtocolError::NonMinimalLength:
        return "Payload length " + QByteArray::number(header.payloadLength)
            + " not in its minimal encoding ("
            + (header.lengthEncoding == LengthEncoding::Bits16 ? "16" : "64") + "-bit field)";
    default:
        return {};
    }
}

FrameHeaderParse parseFrameHeader(const uchar *data, qsizetype available, LengthRules rules)
{
    FrameHeaderParse p;
    if (available < 2)
        return p; // NeedMore, needed = 2
    FrameHeader &h = p.header;
    const quint8 b0 = data[0];
    const quint8 b1 = data[1];
    h.fin = (b0 & HeaderBits::Fin) != 0;
    h.rsv = quint8((b0 & HeaderBits::Rsv) >> HeaderBits::RsvShift);
    h.opcode = b0 & HeaderBits::Opcode;
    h.masked = (b1 & HeaderBits::Mask) != 0;
    // RFC 6455 §5.2 "Payload length: 7 bits, 7+16 bits, or 7+64 bits".
    const quint8 len7 = b1 & HeaderBits::Length7;
    if (len7 == HeaderBits::Length16Follows)
        h.lengthEncoding = LengthEncoding::Bits16;
    else if (len7 == HeaderBits::Length64Follows)
        h.lengthEncoding = LengthEncoding::Bits64;
    else
        h.payloadLength = len7;
    const int lengthEnd = 2 + extendedLengthSize(h.lengthEncoding);
    h.headerSize = quint8(lengthEnd + (h.masked ? 4 : 0));
    if (available < lengthEnd) {
        p.needed = lengthEnd;
        return p;
    }
    // Multibyte length quantities are in network byte order (RFC 6455 §5.2).
    for (int i = 2; i < lengthEnd; ++i)
        h.payloadLength = (h.payloadLength << 8) | data[i];
    // RFC 6455 §5.3: the masking key follows the length.
    if (h.masked && available >= lengthEnd + 4) {
        h.maskKey = (quint32(data[lengthEnd]) << 24) | (quint32(data[lengthEnd + 1]) << 16)
            | (quint32(data[lengthEnd + 2]) << 8) | quint32(data[lengthEnd + 3]);
    }
    if (h.lengthEncoding != LengthEncoding::Bits7) {
        // RFC 6455 §5.2: "the most significant bit MUST be 0" (64-bit lengths), and "the
        // minimal number of bytes MUST be used to encode the length".
        if (h.lengthEncoding == LengthEncoding::Bits64 && (h.payloadLength >> 63) != 0) {
            p.status = FrameHeaderParse::Status::Invalid;
            p.error = ProtocolError::LengthMsbSet;
            p.errorOffset = 2;
            return p;
        }
        if (rules == LengthRules::Minimal
            && h.lengthEncoding != minimalLengthEncoding(h.payloadLength)) {
            p.status = FrameHeaderParse::Status::Invalid;
            p.error = ProtocolError::NonMinimalLength;
            p.errorOffset = 2;
            return p;
        }
    }
    if (available < h.headerSize) {
        p.needed = h.headerSize;
        return p;
    }
    p.status = FrameHeaderParse::Status::Complete;
    return p;
}

} // namespace WsBench::Protocol
