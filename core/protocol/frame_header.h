#pragma once

#include "core/protocol/opcode.h"
#include "core/protocol/protocol_error.h"

#include <QByteArray>

namespace WsBench::Protocol {

// RFC 6455 §5.2: how the payload length is written. Minimal is the only legal choice; the
// others exist for deliberate violations and for the inspector to report what it saw.
enum class LengthEncoding : quint8 { Minimal, Bits7, Bits16, Bits64 };

namespace Rsv {
constexpr quint8 Rsv1 = 0x4;
constexpr quint8 Rsv2 = 0x2;
constexpr quint8 Rsv3 = 0x1;
} // namespace Rsv

// RFC 6455 §5.2: where the fields sit in the first two header bytes.
namespace HeaderBits {
// Byte 0
constexpr quint8 Fin = 0x80;
constexpr quint8 Rsv = 0x70; // RSV1..RSV3; shifted right by RsvShift gives the Rsv:: value
constexpr quint8 Rsv1 = 0x40;
constexpr quint8 Rsv2 = 0x20;
constexpr quint8 Rsv3 = 0x10;
constexpr int RsvShift = 4;
constexpr quint8 Opcode = 0x0F;
// Byte 1
constexpr quint8 Mask = 0x80;
constexpr quint8 Length7 = 0x7F;
constexpr quint8 Length16Follows = 126; // Length7 value announcing a 16-bit length
constexpr quint8 Length64Follows = 127; // Length7 value announcing a 64-bit length
} // namespace HeaderBits

// RFC 6455 §5.5: "All control frames MUST have a payload length of 125 bytes or less".
constexpr qsizetype kMaxControlPayloadSize = 125;

// A decoded frame header, exactly as it was on the wire.
struct FrameHeader
{
    bool fin = true;
    quint8 rsv = 0; // RSV1..RSV3 as a 3-bit value: Rsv::Rsv1 | Rsv::Rsv2 | Rsv::Rsv3
    quint8 opcode = 0; // raw 4-bit value; may be reserved
    bool masked = false;
    quint32 maskKey = 0; // wire order, first key byte most significant
    quint64 payloadLength = 0;
    LengthEncoding lengthEncoding = LengthEncoding::Bits7; // Bits7/16/64 as encoded
    quint8 headerSize = 2; // 2..14 bytes

    bool isControl() const { return isControlOpcode(opcode); }
};

// The minimal encoding for a payload length (RFC 6455 §5.2).
constexpr LengthEncoding minimalLengthEncoding(quint64 length)
{
    return length <= 125   ? LengthEncoding::Bits7
        : length <= 0xFFFF ? LengthEncoding::Bits16
                           : LengthEncoding::Bits64;
}

// Bytes of the extended payload length field: 0, 2 or 8.
constexpr int extendedLengthSize(LengthEncoding encoding)
{
    return encoding == LengthEncoding::Bits16 ? 2 : encoding == LengthEncoding::Bits64 ? 8 : 0;
}

// The header size for a length encoding (Bits7/16/64, not Minimal) with or without a mask key.
constexpr int frameHeaderSize(LengthEncoding encoding, bool masked)
{
    return 2 + extendedLengthSize(encoding) + (masked ? 4 : 0);
}

// Which length rules of RFC 6455 §5.2 parseFrameHeader() enforces. A 64-bit length with its
// most significant bit set is always an error: no frame of that size can exist.
enum class LengthRules : quint8 {
    Minimal, // "the minimal number of bytes MUST be used to encode the length"
    AnyEncoding, // accept a 16- or 64-bit field for a length that fits a shorter one
};

// The result of parsing the header bytes at the start of a frame.
struct FrameHeaderParse
{
    enum class Status : quint8 { Complete, NeedMore, Invalid };

    Status status = Status::NeedMore;
    // Every field whose bytes were available: with 2 bytes FIN, RSV, opcode, MASK, the length
    // encoding, headerSize and a 7-bit length; payloadLength once its extended field is
    // complete; maskKey once all four key bytes are there. Also filled on Invalid.
    FrameHeader header;
    // NeedMore: how many header bytes to have before parsing again. This is the next point
    // at which the parse can say more (2, then the end of the length field, then the end of
    // the header), so a length error is found before the masking key arrives.
    int needed = 2;
    // Invalid: NonMinimalLength or LengthMsbSet, and the offset of the offending field from
    // the first header byte.
    ProtocolError error = ProtocolError::None;
    int errorOffset = -1;

    bool isComplete() const { return status == Status::Complete; }
    // Untranslated English for Invalid, empty otherwise.
    QByteArray detail() const;
};

// RFC 6455 §5.2: parses the frame header at `data`, of which `available` bytes are there.
// It reads no byte past the header and keeps no state: call it again with more bytes after
// NeedMore. Opcode, RSV, masking-direction and size rules are the caller's validation policy.
FrameHeaderParse parseFrameHeader(const uchar *data, qsizetype available,
                                  LengthRules rules = LengthRules::Minimal);

} // namespace WsBench::Protocol
