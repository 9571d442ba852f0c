#pragma once

#include "core/protocol/frame_header.h"

#include <QByteArray>

#include <optional>

namespace WsBench::Protocol {

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

} // namespace WsBench::Protocol
