// Fuzzes the {{…}} template engine against a plain reading of its grammar
// (core/net/template_engine.h): a placeholder is "{{", optional spaces, a name
// ([A-Za-z_][A-Za-z0-9_.-]*), optional spaces and "}}", scanned left to right; anything else is
// text and comes out byte for byte. Names resolve through the lookup first, then the built-in
// macros (with a fixed clock and a fixed random source), else stay as written; {{counter}}
// counts once per expansion that uses it. Both the parsed-once path and the one-off QString
// path must give exactly what the reference gives.
#include "core/net/template_engine.h"
#include "core/traffic/clock.h"

#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace WsBench::Net;

namespace {

// Stops the run with the line of the invariant that does not hold.
void check(bool condition, int line = __builtin_LINE())
{
    if (!condition) {
        fprintf(stderr, "invariant at %s:%d does not hold\n", __FILE__, line);
        abort();
    }
}

class FixedClock final : public WsBench::Traffic::Clock
{
public:
    qint64 monotonicUs() const override { return 1; }
    qint64 wallMs() const override { return 1700000000123; }
};

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool isNameStart(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
}

bool isNameChar(char c)
{
    return isNameStart(c) || (c >= '0' && c <= '9') || c == '.' || c == '-';
}

// Names of even length are variables: "<name>".
std::optional<QString> lookup(const QString &name)
{
    if (name.size() % 2 == 0)
        return QLatin1Char('<') + name + QLatin1Char('>');
    return std::nullopt;
}

// The expansion the grammar describes; `counter` is the value {{counter}} gets.
QByteArray reference(const QByteArray &text, const QByteArray *message, quint64 counter,
                     bool *usesCounter)
{
    QByteArray out;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        if (text.at(i) == '{' && i + 1 < n && text.at(i + 1) == '{') {
            qsizetype j = i + 2;
            while (j < n && isSpace(text.at(j)))
                ++j;
            const qsizetype nameBegin = j;
            if (j < n && isNameStart(text.at(j))) {
                ++j;
                while (j < n && isNameChar(text.at(j)))
                    ++j;
            }
            const QByteArray name = text.mid(nameBegin, j - nameBegin);
            while (j < n && isSpace(text.at(j)))
                ++j;
            if (!name.isEmpty() && j + 1 < n && text.at(j) == '}' && text.at(j + 1) == '}') {
                const qsizetype end = j + 2;
                if (const auto value = lookup(QString::fromLatin1(name)))
                    out += value->toUtf8();
                else if (name == "counter")
                    out += QByteArray::number(counter), *usesCounter = true;
                else if (name == "timestamp")
                    out += "1700000000123";
                else if (name == "isoTime")
                    out += "2023-11-14T22:13:20.123Z";
                else if (name == "uuid")
                    out += "12345678-1234-4678-9234-567812345678";
                else if (name == "random")
                    out += "305419896";
                else if (name == "message" && message)
                    out += *message;
                else
                    out += text.mid(i, end - i);
                i = end;
                continue;
            }
        }
        out += text.at(i);
        ++i;
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    // The first byte says how many of the last bytes are the message being answered.
    const qsizetype messageSize = std::min<qsizetype>(data[0] % 16, qsizetype(size - 1));
    const QByteArray text(reinterpret_cast<const char *>(data + 1),
                          qsizetype(size - 1) - messageSize);
    const QByteArray message(reinterpret_cast<const char *>(data + size - messageSize),
                             messageSize);

    FixedClock clock;
    TemplateEngine engine(
        &clock, [] { return quint32(0x12345678); }, lookup);
    const Template tpl(text);
    check(tpl.text() == text);

    bool usesCounter = false;
    const QByteArray replied = engine.expand(tpl, message);
    check(replied == reference(text, &message, 1, &usesCounter));
    check(engine.counter() == (usesCounter ? 1 : 0));
    const quint64 before = engine.counter();
    usesCounter = false;
    const QByteArray plain = engine.expand(tpl);
    check(plain == reference(text, nullptr, before + 1, &usesCounter));
    check(engine.counter() == before + (usesCounter ? 1 : 0));
    check(tpl.hasPlaceholders() || (replied == text && plain == text));

    // The one-off path: text in, text out.
    const QString asText = QString::fromUtf8(text);
    const quint64 counter = engine.counter();
    usesCounter = false;
    const QString expanded = engine.expand(asText);
    check(expanded
          == QString::fromUtf8(reference(asText.toUtf8(), nullptr, counter + 1, &usesCounter)));
    return 0;
}
