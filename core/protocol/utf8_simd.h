#pragma once

#include <QtGlobal>

namespace WsBench::Protocol::Utf8Simd {

// Validates whole 32-byte blocks of `data`, which must start on a code point boundary.
// Returns how many bytes from `data` are valid and end on a code point boundary (the scalar
// validator continues from there), or -1 when an invalid sequence lies somewhere in the
// scanned blocks (the scalar validator then finds the exact byte). Returns 0 when no SIMD
// path is available on this CPU.
qsizetype validatedPrefix(const unsigned char *data, qsizetype size);

} // namespace WsBench::Protocol::Utf8Simd
