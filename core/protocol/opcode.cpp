#include "core/protocol/opcode.h"

#include <QStringBuilder>

namespace WsBench::Protocol {

const char *opcodeName(quint8 opcode)
{
    static const char *const names[16] = {
        "Continuation",   "Text",           "Binary",         "Reserved (0x3)",
        "Reserved (0x4)", "Reserved (0x5)", "Reserved (0x6)", "Reserved (0x7)",
        "Close",          "Ping",           "Pong",           "Reserved (0xB)",
        "Reserved (0xC)", "Reserved (0xD)", "Reserved (0xE)", "Reserved (0xF)",
    };
    return names[opcode & 0x0F];
}

} // namespace WsBench::Protocol
