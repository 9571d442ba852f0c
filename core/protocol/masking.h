#pragma once

#include <QtGlobal>

namespace WsBench::Protocol {

// RFC 6455 §5.3: out[i] = in[i] XOR key[(phase + i) % 4]. `key` holds the four masking-key
// bytes in wire order (first byte in the most significant position). Both functions work a
// machine word at a time and return the phase for the next byte, so a payload can be
// (un)masked in pieces as it streams in.
unsigned applyMask(char *data, qsizetype size, quint32 key, unsigned phase = 0);
unsigned copyMasked(char *dst, const char *src, qsizetype size, quint32 key, unsigned phase = 0);

} // namespace WsBench::Protocol
