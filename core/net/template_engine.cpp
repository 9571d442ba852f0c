#include "core/net/template_engine.h"

#include "core/traffic/clock.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QUuid>

#include <cstring>
#include <memory>

namespace WsBench::Net {

namespace {

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

} // namespace

TemplateMacro templateMacro(QByteArrayView name)
{
    if (name == "counter")
        return TemplateMacro::Counter;
    if (name == "timestamp")
        return TemplateMacro::Timestamp;
    if (name == "isoTime")
        return TemplateMacro::IsoTime;
    if (name == "uuid")
        return TemplateMacro::Uuid;
    if (name == "random")
        return TemplateMacro::Random;
    if (name == "message")
        return TemplateMacro::Message;
    return TemplateMacro::None;
}

Template::Template(const QByteArray &utf8)
    : m_text(utf8)
{
    const char *data = m_text.constData();
    const qsizetype size = m_text.size();
    qsizetype literalStart = 0;
    qsizetype pos = 0;
    while (pos < size) {
        const void *found = std::memchr(data + pos, '{', size_t(size - pos));
        if (!found)
            break;
        const qsizetype open = static_cast<const char *>(found) - data;
        if (open + 1 >= size)
            break;
        if (data[open + 1] != '{') {
            pos = open + 1;
            continue;
        }
        qsizetype i = open + 2;
        while (i < size && isSpace(data[i]))
            ++i;
        const qsizetype nameBegin = i;
        if (i < size && isNameStart(data[i])) {
            ++i;
            while (i < size && isNameChar(data[i]))
                ++i;
        }
        const qsizetype nameLength = i - nameBegin;
        while (i < size && isSpace(data[i]))
            ++i;
        if (nameLength == 0 || i + 1 >= size || data[i] != '}' || data[i + 1] != '}') {
            pos = open + 1; // "{{{name}}}": the placeholder may start one brace later
            continue;
        }
        const qsizetype end = i + 2;
        if (open > literalStart)
            m_parts.append({literalStart, open - literalStart, 0, 0, TemplateMacro::None});
        m_parts.append({open, end - open, nameBegin, nameLength,
                        templateMacro(QByteArrayView(data + nameBegin, nameLength))});
        ++m_placeholders;
        literalStart = pos = end;
    }
    if (literalStart < size)
        m_parts.append({literalStart, size - literalStart, 0, 0, TemplateMacro::None});
}

TemplateEngine::TemplateEngine(const Traffic::Clock *clock, Protocol::RandomSource random,
                               Lookup lookup)
    : m_clock(clock)
    , m_random(std::move(random))
    , m_lookup(std::move(lookup))
{ }

QByteArray TemplateEngine::expand(const Template &tpl)
{
    return expandParts(tpl, nullptr);
}

QByteArray TemplateEngine::expand(const Template &tpl, const QByteArray &message)
{
    return expandParts(tpl, &message);
}

QString TemplateEngine::expand(const QString &text)
{
    const Template tpl(text);
    if (!tpl.hasPlaceholders())
        return text;
    return QString::fromUtf8(expandParts(tpl, nullptr));
}

QByteArray TemplateEngine::expandParts(const Template &tpl, const QByteArray *message)
{
    if (tpl.m_placeholders == 0)
        return tpl.m_text;
    const char *data = tpl.m_text.constData();
    QByteArray out;
    out.reserve(tpl.m_text.size() + (message ? message->size() : 0) + 32);
    bool counted = false; // one {{counter}} value per expansion
    std::optional<qint64> now; // one instant per expansion
    const auto wallMs = [&]() {
        if (!now)
            now = m_clock->wallMs();
        return *now;
    };
    for (const Template::Part &part : tpl.m_parts) {
        if (part.nameLength == 0) {
            out.append(data + part.begin, part.length);
            continue;
        }
        if (m_lookup) {
            const std::optional<QString> value
                = m_lookup(QString::fromLatin1(data + part.nameBegin, part.nameLength));
            if (value) {
                out.append(value->toUtf8());
                continue;
            }
        }
        switch (part.macro) {
        case TemplateMacro::Counter:
            if (!counted) {
                ++m_counter;
                counted = true;
            }
            out.append(QByteArray::number(m_counter));
            continue;
        case TemplateMacro::Timestamp:
            out.append(QByteArray::number(wallMs()));
            continue;
        case TemplateMacro::IsoTime:
            out.append(QDateTime::fromMSecsSinceEpoch(wallMs(), Qt::UTC)
                           .toString(Qt::ISODateWithMs)
                           .toLatin1());
            continue;
        case TemplateMacro::Uuid: {
            // RFC 9562 §5.4: 122 random bits, version 4, variant 10.
            char bytes[16];
            for (int word = 0; word < 4; ++word) {
                const quint32 r = m_random();
                bytes[word * 4] = char(r >> 24);
                bytes[word * 4 + 1] = char(r >> 16);
                bytes[word * 4 + 2] = char(r >> 8);
                bytes[word * 4 + 3] = char(r);
            }
            bytes[6] = char((quint8(bytes[6]) & 0x0F) | 0x40);
            bytes[8] = char((quint8(bytes[8]) & 0x3F) | 0x80);
            out.append(
                QUuid::fromRfc4122(QByteArrayView(bytes, 16)).toByteArray(QUuid::WithoutBraces));
            continue;
        }
        case TemplateMacro::Random:
            out.append(QByteArray::number(m_random() & 0x7FFFFFFFu)); // 0 .. 2^31 - 1, unbiased
            continue;
        case TemplateMacro::Message:
            if (message) {
                out.append(*message);
                continue;
            }
            break;
        case TemplateMacro::None:
            break;
        }
        out.append(data + part.begin, part.length); // left as written
    }
    return out;
}

Protocol::RandomSource seededTemplateRandom()
{
    auto generator = std::make_shared<QRandomGenerator>(QRandomGenerator::securelySeeded());
    return [generator]() {
        return generator->generate();
    };
}

} // namespace WsBench::Net
