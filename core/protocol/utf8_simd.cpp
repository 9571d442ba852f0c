// Block-wise UTF-8 validation with AVX2, 32 bytes at a time: every byte is classified from its own
// high nibble and the previous byte's two nibbles through three 16-entry tables; a byte pattern is
// invalid where all three classifications share an error bit. Continuation bytes that must
// be the third or fourth of a sequence are checked with saturating subtraction. This is the
// "lookup" method of Keiser and Lemire, "Validating UTF-8 In Less Than One Instruction Per
// Byte" (Software: Practice and Experience, 2021).
#include "core/protocol/utf8_simd.h"

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>
#define WSBENCH_UTF8_AVX2 1
#endif

namespace WsBench::Protocol::Utf8Simd {

#ifdef WSBENCH_UTF8_AVX2
namespace {

// Error classes, one bit each (a byte pair is invalid when all three tables agree on a bit).
constexpr char TooShort = 1 << 0; // lead byte followed by a non-continuation
constexpr char TooLong = 1 << 1; // ASCII followed by a continuation
constexpr char Overlong3 = 1 << 2; // E0 followed by 80..9F
constexpr char TooLarge = 1 << 3; // F4 followed by 90..BF, or F5..FF
constexpr char Surrogate = 1 << 4; // ED followed by A0..BF
constexpr char Overlong2 = 1 << 5; // C0 / C1
constexpr char TooLarge1000 = 1 << 6; // F5..FF followed by 80..8F
constexpr char Overlong4 = 1 << 6; // F0 followed by 80..8F
constexpr char TwoConts = char(1 << 7); // continuation after continuation
constexpr char Carry = TooShort | TooLong | TwoConts;

// The same 16-entry table in both 128-bit lanes (vpshufb looks up within a lane).
#define WSBENCH_TABLE(...) _mm256_setr_epi8(__VA_ARGS__, __VA_ARGS__)

__attribute__((target("avx2"))) qsizetype validateAvx2(const unsigned char *data, qsizetype size)
{
    // clang-format off
    // Indexed by the previous byte's high nibble.
    const __m256i byte1High = WSBENCH_TABLE(
        TooLong, TooLong, TooLong, TooLong, TooLong, TooLong, TooLong, TooLong, TwoConts,
        TwoConts, TwoConts, TwoConts, TooShort | Overlong2, TooShort,
        TooShort | Overlong3 | Surrogate, TooShort | TooLarge | TooLarge1000 | Overlong4);
    // Indexed by the previous byte's low nibble.
    const __m256i byte1Low = WSBENCH_TABLE(
        Carry | Overlong3 | Overlong2 | Overlong4, Carry | Overlong2, Carry, Carry,
        Carry | TooLarge, Carry | TooLarge | TooLarge1000, Carry | TooLarge | TooLarge1000,
        Carry | TooLarge | TooLarge1000, Carry | TooLarge | TooLarge1000,
        Carry | TooLarge | TooLarge1000, Carry | TooLarge | TooLarge1000,
        Carry | TooLarge | TooLarge1000, Carry | TooLarge | TooLarge1000,
        Carry | TooLarge | TooLarge1000 | Surrogate, Carry | TooLarge | TooLarge1000,
        Carry | TooLarge | TooLarge1000);
    // Indexed by this byte's high nibble.
    const __m256i byte2High = WSBENCH_TABLE(
        TooShort, TooShort, TooShort, TooShort, TooShort, TooShort, TooShort, TooShort,
        TooLong | Overlong2 | TwoConts | Overlong3 | TooLarge1000 | Overlong4,
        TooLong | Overlong2 | TwoConts | Overlong3 | TooLarge,
        TooLong | Overlong2 | TwoConts | Surrogate | TooLarge,
        TooLong | Overlong2 | TwoConts | Surrogate | TooLarge, TooShort, TooShort, TooShort,
        TooShort);
    // clang-format on
    const __m256i lowNibble = _mm256_set1_epi8(0x0F);
    const __m256i thirdByteBias = _mm256_set1_epi8(char(0xE0 - 0x80));
    const __m256i fourthByteBias = _mm256_set1_epi8(char(0xF0 - 0x80));
    const __m256i highBit = _mm256_set1_epi8(char(0x80));
    // Last-byte limits: a lead byte in one of the last three positions is unfinished.
    const __m256i incompleteLimit = _mm256_setr_epi8(
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        -1, -1, -1, -1, -1, -1, char(0xF0 - 1), char(0xE0 - 1), char(0xC0 - 1));

    const qsizetype blocks = size / 32;
    __m256i previous = _mm256_setzero_si256();
    __m256i error = _mm256_setzero_si256();
    for (qsizetype i = 0; i < blocks; ++i) {
        const __m256i input = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(data + 32 * i));
        if (_mm256_movemask_epi8(input) == 0) {
            // All ASCII: only an unfinished sequence at the end of the last block can be wrong.
            error = _mm256_or_si256(error, _mm256_subs_epu8(previous, incompleteLimit));
            previous = input;
            continue;
        }
        // The 32 bytes before each position's byte: previous block's upper lane + this one.
        const __m256i carried = _mm256_permute2x128_si256(previous, input, 0x21);
        const __m256i prev1 = _mm256_alignr_epi8(input, carried, 15);
        const __m256i b1h = _mm256_shuffle_epi8(
            byte1High, _mm256_and_si256(_mm256_srli_epi16(prev1, 4), lowNibble));
        const __m256i b1l = _mm256_shuffle_epi8(byte1Low, _mm256_and_si256(prev1, lowNibble));
        const __m256i b2h = _mm256_shuffle_epi8(
            byte2High, _mm256_and_si256(_mm256_srli_epi16(input, 4), lowNibble));
        const __m256i special = _mm256_and_si256(_mm256_and_si256(b1h, b1l), b2h);
        const __m256i prev2 = _mm256_alignr_epi8(input, carried, 14);
        const __m256i prev3 = _mm256_alignr_epi8(input, carried, 13);
        const __m256i mustContinue
            = _mm256_and_si256(_mm256_or_si256(_mm256_subs_epu8(prev2, thirdByteBias),
                                               _mm256_subs_epu8(prev3, fourthByteBias)),
                               highBit);
        error = _mm256_or_si256(error, _mm256_xor_si256(mustContinue, special));
        previous = input;
    }
    if (!_mm256_testz_si256(error, error))
        return -1;
    // Stop before an unfinished sequence at the end; the caller continues from its lead byte.
    qsizetype end = blocks * 32;
    for (qsizetype back = 1; back <= 3 && back <= end; ++back) {
        const unsigned char b = data[end - back];
        if ((b & 0xC0) == 0x80)
            continue;
        const qsizetype length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
        if (length > back)
            end -= back;
        break;
    }
    return end;
}

#undef WSBENCH_TABLE

bool hasAvx2()
{
    static const bool supported = __builtin_cpu_supports("avx2");
    return supported;
}

} // namespace
#endif

qsizetype validatedPrefix(const unsigned char *data, qsizetype size)
{
#ifdef WSBENCH_UTF8_AVX2
    if (hasAvx2())
        return validateAvx2(data, size);
#endif
    Q_UNUSED(data);
    Q_UNUSED(size);
    return 0;
}

} // namespace WsBench::Protocol::Utf8Simd
