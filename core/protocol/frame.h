#pragma once

#include "core/protocol/opcode.h"

#include <QByteArray>

#include <optional>

namespace WsBench::Protocol {

// RFC 6455 §5.2: how the payload length is written. Minimal is the only legal choice; the
// others exist for deliberate violations and for the inspector to report what it saw.
enum class LengthEncoding : quint8 { Minimal, Bits7, Bits16, Bits64 };

namespace Rsv {
constexpr quint8 Rsv1 = 0x4;
constexpr quint8 Rsv2 = 0x2;
constexpr quint8 Rsv3 = 0x1;
} // namespace Rsv

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

// Anything that fits the frame layout, legal or not (DESIGN §2 rule 2: the raw way).
struct FrameSpec
{
    bool fin = true;
    quint8 rsv = 0;
    quint8 opcode = toRaw(Opcode::Text);
    std::optional<quint32> maskKey; // set = MASK bit and key
    LengthEncoding lengthEncoding = LengthEncoding::Minimal;
    std::optional<quint64> declaredLength; // write this length instead of payload.size()
    QByteArray payload; // unmasked application bytes
};

// The minimal encoding for a payload length and the header size it gives.
LengthEncoding minimalLengthEncoding(quint64 length);
int frameHeaderSize(LengthEncoding encoding, bool masked);

} // namespace WsBench::Protocol
