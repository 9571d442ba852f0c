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

constexpr bool isControlOpcode(quint8 opcode)
{
    return (opcode & 0x8) != 0;
}
constexpr bool isReservedOpcode(quint8 opcode)
{
    return (opcode >= 0x3 && opcode <= 0x7) || opcode >= 0xB;
}
constexpr quint8 toRaw(Opcode opcode)
{
    return static_cast<quint8>(opcode);
}

// English name as Wireshark prints it ("Text", "Binary", ...); "Reserved (0x3)" style otherwise.
const char *opcodeName(quint8 opcode);

} // namespace WsBench::Protocol
