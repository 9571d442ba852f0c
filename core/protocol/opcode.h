#pragma once

#include <QtGlobal>

namespace WsBench::Protocol {

// RFC 6455 §5.2: the 4-bit opcode. Values 3–7 and 0xB–0xF are reserved.
enum class Opcode : quint8 {
    Continuation = 0x0,
    Text = 0x1,
    Binary = 0x2,
    Close = 0x8,
    Ping = 0x9,
    Pong = 0xA,
};

enum class Role : quint8 { Client, Server };

constexpr quint8 toRaw(Opcode opcode)
{
    return static_cast<quint8>(opcode);
}

// The helpers below take the raw 4-bit value as it was on the wire, so they also classify
// reserved opcodes, and they are the only place that knows the opcode's bit layout.

// RFC 6455 §5.5: control frames have the most significant opcode bit set (0x8–0xF,
// including the reserved 0xB–0xF).
constexpr bool isControlOpcode(quint8 opcode)
{
    return (opcode & 0x8) != 0;
}

// RFC 6455 §5.6: data frames are the non-control ones (0x0–0x7, including continuation
// frames and the reserved 0x3–0x7).
constexpr bool isDataOpcode(quint8 opcode)
{
    return opcode <= 0x7;
}

// RFC 6455 §5.4: a continuation frame carries a later fragment of a message.
constexpr bool isContinuationOpcode(quint8 opcode)
{
    return opcode == toRaw(Opcode::Continuation);
}

// Text or Binary: the opcodes that start a message (RFC 6455 §5.6).
constexpr bool isMessageOpcode(quint8 opcode)
{
    return opcode == toRaw(Opcode::Text) || opcode == toRaw(Opcode::Binary);
}

// RFC 6455 §5.2: 0x3–0x7 are reserved for further non-control frames, 0xB–0xF for further
// control frames. Anything above 0xF does not fit the field and counts as reserved.
constexpr bool isReservedOpcode(quint8 opcode)
{
    return (opcode >= 0x3 && opcode <= 0x7) || opcode >= 0xB;
}

// English name as Wireshark prints it ("Text", "Binary", ...); "Reserved (0x3)" style otherwise.
const char *opcodeName(quint8 opcode);

} // namespace WsBench::Protocol
