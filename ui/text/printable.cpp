#include "ui/text/printable.h"

#include "core/protocol/utf8_validator.h"

namespace WsBench {
namespace Text {

namespace {

int sequenceLength(uchar lead)
{
    if (lead >= 0xC2 && lead <= 0xDF)
        return 2;
    if (lead >= 0xE0 && lead <= 0xEF)
        return 3;
    if (lead >= 0xF0 && lead <= 0xF4)
        return 4;
    return 0; // a continuation byte, an overlong lead or beyond U+10FFFF
}

char32_t decode(const uchar *p, int length)
{
    char32_t cp = p[0] & (0x7F >> length);
    for (int i = 1; i < length; ++i)
        cp = (cp << 6) | (p[i] & 0x3F);
    return cp;
}

bool reordersOrBreaksLines(char32_t cp)
{
    return (cp >= 0x80 && cp <= 0x9F) // C1 controls (CSI is U+009B)
        || (cp >= 0x202A && cp <= 0x202E) // bidi embeddings and overrides
        || (cp >= 0x2066 && cp <= 0x2069) // bidi isolates
        || cp == 0x200E || cp == 0x200F || cp == 0x061C // directional marks
        || cp == 0x2028 || cp == 0x2029; // line and paragraph separators
}

} // namespace

QString printable(QByteArrayView bytes, QChar newline)
{
    QString out;
    out.reserve(bytes.size());
    const auto *data = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size;) {
        const uchar c = data[i];
        if (c < 0x80) {
            if (c == '\n' && !newline.isNull())
                out += newline;
            else if (c < 0x20 || c == 0x7F)
                out += QStringLiteral("\\x%1").arg(c, 2, 16, QLatin1Char('0'));
            else
                out += QLatin1Char(char(c));
            ++i;
            continue;
        }
        const int length = sequenceLength(c);
        if (length == 0 || i + length > size
            || !Protocol::Utf8Validator::isValid(bytes.data() + i, length)) {
            out += QStringLiteral("\\x%1").arg(c, 2, 16, QLatin1Char('0'));
            ++i;
            continue;
        }
        const char32_t cp = decode(data + i, length);
        if (reordersOrBreaksLines(cp))
            out += QStringLiteral("\\u%1").arg(uint(cp), 4, 16, QLatin1Char('0'));
        else
            out += QString::fromUcs4(&cp, 1);
        i += length;
    }
    return out;
}

} // namespace Text
} // namespace WsBench
