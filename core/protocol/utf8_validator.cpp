#include "core/protocol/utf8_validator.h"

#include "core/protocol/utf8_simd.h"

#include <QStringBuilder>
#include <array>
#include <cstring>

namespace WsBench::Protocol {

namespace {

// Byte classes (Unicode Table 3-7).
enum : quint8 {
    C_Ascii, // 00..7F
    C_Cont8x, // 80..8F
    C_Cont9x, // 90..9F
    C_ContAB, // A0..BF
    C_Invalid, // C0 C1 F5..FF
    C_Lead2, // C2..DF
    C_LeadE0, // E0
    C_Lead3, // E1..EC EE EF
    C_LeadED, // ED
    C_LeadF0, // F0
    C_Lead4, // F1..F3
    C_LeadF4, // F4
    C_Count
};

// States: number of continuation bytes still needed, with a restricted range for the next one.
enum : quint8 {
    S_Accept,
    S_Need1,
    S_Need2,
    S_Need3,
    S_E0, // next A0..BF (no overlong 3-byte forms)
    S_ED, // next 80..9F (no surrogates)
    S_F0, // next 90..BF (no overlong 4-byte forms)
    S_F4, // next 80..8F (nothing above U+10FFFF)
    S_Reject,
    S_Count
};

constexpr std::array<quint8, 256> makeClasses()
{
    std::array<quint8, 256> c {};
    for (int b = 0; b < 256; ++b) {
        quint8 k = C_Invalid;
        if (b < 0x80)
            k = C_Ascii;
        else if (b < 0x90)
            k = C_Cont8x;
        else if (b < 0xA0)
            k = C_Cont9x;
        else if (b < 0xC0)
            k = C_ContAB;
        else if (b < 0xC2)
            k = C_Invalid;
        else if (b < 0xE0)
            k = C_Lead2;
        else if (b == 0xE0)
            k = C_LeadE0;
        else if (b == 0xED)
            k = C_LeadED;
        else if (b < 0xF0)
            k = C_Lead3;
        else if (b == 0xF0)
            k = C_LeadF0;
        else if (b < 0xF4)
            k = C_Lead4;
        else if (b == 0xF4)
            k = C_LeadF4;
        c[std::size_t(b)] = k;
    }
    return c;
}

constexpr std::array<quint8, S_Count * C_Count> makeTransitions()
{
    std::array<quint8, S_Count * C_Count> t {};
    for (auto &v : t)
        v = S_Reject;
    auto set = [&t](quint8 s, quint8 c, quint8 next) {
        t[std::size_t(s * C_Count + c)] = next;
    };
    set(S_Accept, C_Ascii, S_Accept);
    set(S_Accept, C_Lead2, S_Need1);
    set(S_Accept, C_LeadE0, S_E0);
    set(S_Accept, C_Lead3, S_Need2);
    set(S_Accept, C_LeadED, S_ED);
    set(S_Accept, C_LeadF0, S_F0);
    set(S_Accept, C_Lead4, S_Need3);
    set(S_Accept, C_LeadF4, S_F4);
    for (quint8 c : {C_Cont8x, C_Cont9x, C_ContAB}) {
        set(S_Need1, c, S_Accept);
        set(S_Need2, c, S_Need1);
        set(S_Need3, c, S_Need2);
    }
    set(S_E0, C_ContAB, S_Need1);
    set(S_ED, C_Cont8x, S_Need1);
    set(S_ED, C_Cont9x, S_Need1);
    set(S_F0, C_Cont9x, S_Need2);
    set(S_F0, C_ContAB, S_Need2);
    set(S_F4, C_Cont8x, S_Need2);
    return t;
}

constexpr auto kClasses = makeClasses();
constexpr auto kTransitions = makeTransitions();

constexpr quint64 kHighBits = 0x8080808080808080ULL;

inline quint64 load64(const unsigned char *p)
{
    quint64 w;
    std::memcpy(&w, p, sizeof w);
    return w;
}

inline bool isCont(unsigned char b)
{
    return (b & 0xC0) == 0x80;
}

} // namespace

bool Utf8Validator::feed(const char *data, qsizetype size)
{
    if (m_failed)
        return false;
    const auto *p = reinterpret_cast<const unsigned char *>(data);
    const unsigned char *const end = p + size;
    quint8 state = m_state;

    // Long runs go through the block validator first; the scalar loop below finishes the
    // tail and pinpoints the first invalid byte when the block validator found one.
    while (state != S_Accept && p < end) {
        state = kTransitions[std::size_t(state * C_Count + kClasses[*p])];
        if (state == S_Reject)
            break;
        ++p;
    }
    if (state == S_Accept && end - p >= 64) {
        const qsizetype valid = Utf8Simd::validatedPrefix(p, end - p);
        if (valid > 0)
            p += valid;
    }

    while (p < end && state != S_Reject) {
        if (state == S_Accept) {
            // ASCII runs, 32 then 8 bytes at a time.
            while (end - p >= 32
                   && ((load64(p) | load64(p + 8) | load64(p + 16) | load64(p + 24)) & kHighBits)
                       == 0)
                p += 32;
            while (end - p >= 8 && (load64(p) & kHighBits) == 0)
                p += 8;
            // Common complete sequences without the state table. E0/ED/F0/F4 leads and
            // sequences cut by the end of the input take the table path below.
            while (p < end) {
                const unsigned char b = *p;
                if (b < 0x80) {
                    ++p;
                } else if (b >= 0xC2 && b <= 0xDF && end - p >= 2 && isCont(p[1])) {
                    p += 2;
                } else if (b >= 0xE1 && b <= 0xEF && b != 0xED && end - p >= 3 && isCont(p[1])
                           && isCont(p[2])) {
                    p += 3;
                } else if (b >= 0xF1 && b <= 0xF3 && end - p >= 4 && isCont(p[1]) && isCont(p[2])
                           && isCont(p[3])) {
                    p += 4;
                } else {
                    break;
                }
                if (end - p >= 8 && (load64(p) & kHighBits) == 0)
                    break; // back to the word loop
            }
            if (p == end)
                break;
            if (*p < 0x80)
                continue;
        }
        state = kTransitions[std::size_t(state * C_Count + kClasses[*p])];
        if (state == S_Reject)
            break;
        ++p;
    }
    if (state == S_Reject) {
        m_failed = true;
        m_errorOffset = m_fed + (p - reinterpret_cast<const unsigned char *>(data));
        m_fed += size;
        m_state = state;
        return false;
    }
    m_state = state;
    m_fed += size;
    return true;
}

void Utf8Validator::reset()
{
    m_state = S_Accept;
    m_failed = false;
    m_fed = 0;
    m_errorOffset = -1;
}

bool Utf8Validator::isValid(const char *data, qsizetype size)
{
    Utf8Validator v;
    return v.feed(data, size) && v.isComplete();
}

qsizetype Utf8Validator::invalidOffset(const char *data, qsizetype size)
{
    Utf8Validator v;
    if (!v.feed(data, size))
        return qsizetype(v.errorOffset());
    if (v.isComplete())
        return -1;
    // The input ends inside a sequence: point at its lead byte, at most three bytes back.
    qsizetype lead = size - 1;
    while (lead > 0 && size - lead < 4 && isCont(static_cast<unsigned char>(data[lead])))
        --lead;
    return lead;
}

} // namespace WsBench::Protocol
