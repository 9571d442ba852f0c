#pragma once

#include "core/protocol/field_span.h"

#include <QByteArrayView>

namespace WsBench::Protocol {

// Splits the raw bytes of one frame (header and payload as on the wire) into field spans:
// FIN, RSV1–3, opcode, MASK, payload length (7-bit, then 16/64-bit extension), masking key,
// masked payload, unmasked payload and, for Close frames, status code and reason.
// Truncated input yields the fields that are complete plus a "websocket.truncated" span.
FieldSpans dissectFrame(QByteArrayView raw);

} // namespace WsBench::Protocol
