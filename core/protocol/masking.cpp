#include "core/protocol/masking.h"

#include <QStringBuilder>
#include <cstring>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>
#endif

namespace WsBench::Protocol {

namespace {

// The mask as it repeats in memory from `phase` on, widened to 64 bits.
inline quint64 widenedMask(quint32 key, unsigned phase)
{
    unsigned char bytes[4];
    for (unsigned i = 0; i < 4; ++i)
        bytes[i] = static_cast<unsigned char>(key >> (24 - 8 * ((phase + i) & 3)));
    quint32 word;
    std::memcpy(&word, bytes, sizeof word);
    return quint64(word) | (quint64(word) << 32); // the same four bytes twice, either byte order
}

inline unsigned char maskByte(quint32 key, unsigned phase)
{
    return static_cast<unsigned char>(key >> (24 - 8 * (phase & 3)));
}

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
// 32 bytes per step with AVX2 where the CPU has it (checked once at run time).
__attribute__((target("avx2"))) qsizetype copyMaskedAvx2(char *dst, const char *src, qsizetype size,
                                                         quint64 mask)
{
    const __m256i m = _mm256_set1_epi64x(qint64(mask));
    qsizetype i = 0;
    for (; i + 64 <= size; i += 64) {
        const __m256i a = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(src + i));
        const __m256i b = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(src + i + 32));
        _mm256_storeu_si256(reinterpret_cast<__m256i *>(dst + i), _mm256_xor_si256(a, m));
        _mm256_storeu_si256(reinterpret_cast<__m256i *>(dst + i + 32), _mm256_xor_si256(b, m));
    }
    return i;
}

bool hasAvx2()
{
    static const bool supported = __builtin_cpu_supports("avx2");
    return supported;
}
#endif

} // namespace

unsigned copyMasked(char *dst, const char *src, qsizetype size, quint32 key, unsigned phase)
{
    phase &= 3;
    qsizetype i = 0;
    if (size >= 8) {
        const quint64 mask = widenedMask(key, phase);
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
        if (size >= 64 && hasAvx2())
            i = copyMaskedAvx2(dst, src, size, mask);
#endif
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
