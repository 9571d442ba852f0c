#pragma once

#include "core/protocol/field_span.h"

#include <QByteArrayView>

namespace WsBench::Protocol {

// Splits a raw handshake head (request or response) into field spans with Wireshark's http.*
// keys: the start line parts, then one span per header line with its name and value.
FieldSpans dissectHandshake(QByteArrayView raw);

} // namespace WsBench::Protocol
