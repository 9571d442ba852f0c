#include "core/protocol/masking.h"

#include <QStringBuilder>
#include <cstring>

namespace WsBench::Protocol {

namespace {

// The mask as it repeats in memory from `phase` on, widened to 64 bits.
inline quint64 widenedMask(quint32 key, unsigned phase)
{
    unsigned char bytes[8];
    for (unsigned i = 0; i < 8; ++i)
        bytes[i] = static_cast<unsigned char>(key >> (24 - 8 * ((phase + i) & 3)));
    quint64 word;
    std::memcpy(&word, bytes, sizeof word);
    return word;
}

inline unsigned char maskByte(quint32 key, unsigned phase)
{
    return static_cast<unsigned char>(key >> (24 - 8 * (phase & 3)));
}

} // namespace

unsigned copyMasked(char *dst, const char *src, qsizetype size, quint32 key, unsigned phase)
{
    phase &= 3;
    qsizetype i = 0;
    if (size >= 8) {
        const quint64 mask = widenedMask(key, phase);
        // Four words per iteration; the compiler turns this into vector loads and stores.
        for (; i + 32 <= size; i += 32) {
            quint64 w[4];
            std::memcpy(w, src + i, sizeof w);
            w[0] ^= mask;
            w[1] ^= mask;
            w[2] ^= mask;
            w[3] ^= mask;
            std::memcpy(dst + i, w, sizeof w);
        }
        for (; i + 8 <= size; i += 8) {
            quint64 w;
            std::memcpy(&w, src + i, sizeof w);
            w ^= mask;
            std::memcpy(dst + i, &w, sizeof w);
        }
    }
    // Every 8-byte step keeps the phase, so only the tail advances it.
    for (; i < size; ++i) {
        dst[i] = static_cast<char>(static_cast<unsigned char>(src[i]) ^ maskByte(key, phase));
        phase = (phase + 1) & 3;
    }
    return phase;
}

unsigned applyMask(char *data, qsizetype size, quint32 key, unsigned phase)
{
    return copyMasked(data, data, size, key, phase);
}

} // namespace WsBench::Protocol
