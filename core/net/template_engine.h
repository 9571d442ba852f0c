#pragma once

#include "core/protocol/random_source.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace WsBench::Traffic {
class Clock;
}

namespace WsBench::Net {

// The one {{…}} template language of WsBench: server reply rules and scheduled pushes, and the
// {{variables}} in URLs, headers and messages that clients, the library and scenarios send.
//
// A placeholder is "{{", optional spaces, a name ([A-Za-z_][A-Za-z0-9_.-]*), optional spaces,
// "}}". Anything else is plain text. A name resolves, in this order:
//   1. a named variable from the lookup (the session layer supplies the selected environment's
//      value, else the workspace's), so a variable may stand in for a macro, e.g. a fixed
//      {{timestamp}} in CI;
//   2. a built-in macro:
//      {{counter}}    1 for the first expansion that uses it, then 2, 3, ... One count per
//                     engine (one per server, one per window, one per `wsbench run`); every
//                     {{counter}} in one expansion has the same value, and an expansion
//                     without {{counter}} does not count.
//      {{timestamp}}  the wall clock in milliseconds since 1970-01-01T00:00:00Z, e.g.
//                     1700000000123.
//      {{isoTime}}    the same instant in ISO 8601, UTC, with milliseconds, e.g.
//                     2023-11-14T22:13:20.123Z. {{timestamp}} and {{isoTime}} in one expansion
//                     show the same instant.
//      {{uuid}}       a random (version 4) UUID in lower case without braces, e.g.
//                     3f2b8c1e-9d4a-4f6b-8e2a-0c5d7f9b1a24; a new one at each occurrence.
//      {{random}}     a whole number from 0 to 2147483647 (2^31 - 1, fits a signed 32-bit
//                     integer), uniformly distributed; a new one at each occurrence.
//      {{message}}    the message being answered, byte for byte (a reply rule's template).
//                     Where nothing is being answered (scheduled pushes, URLs, headers, messages
//                     you send) it stays as written, like an unknown name.
//   3. anything else stays exactly as written, so a typo is visible where it is used.
//
// Time comes from an injected clock and randomness from an injected source, so tests pin every
// value. A Template is parsed once and expanded many times without scanning the text again.

enum class TemplateMacro : quint8 {
    None, // not a built-in: only the lookup can resolve it
    Counter,
    Timestamp,
    IsoTime,
    Uuid,
    Random,
    Message,
};

// The built-in macro with this name (case-sensitive), or None.
TemplateMacro templateMacro(QByteArrayView name);

// A parsed template (UTF-8). Cheap to copy: the text is shared.
class Template
{
public:
    Template() = default;
    explicit Template(const QByteArray &utf8);
    explicit Template(const QString &text)
        : Template(text.toUtf8())
    { }

    const QByteArray &text() const { return m_text; }
    bool isEmpty() const { return m_text.isEmpty(); }
    bool hasPlaceholders() const { return m_placeholders > 0; }

private:
    friend class TemplateEngine;
    // A piece of the text: literal bytes, or a placeholder ("{{ name }}" as written).
    struct Part
    {
        qsizetype begin = 0;
        qsizetype length = 0;
        qsizetype nameBegin = 0; // placeholders only
        qsizetype nameLength = 0; // 0: a literal
        TemplateMacro macro = TemplateMacro::None;
    };

    QByteArray m_text;
    QList<Part> m_parts;
    int m_placeholders = 0;
};

// Expands templates with one counter, one clock, one random source and an optional lookup of
// named variables. Not thread-safe: each thread (the server's I/O thread, the GUI) has its own.
class TemplateEngine
{
public:
    // A named variable's value, or nullopt when there is none by that name.
    using Lookup = std::function<std::optional<QString>(const QString &name)>;

    // `clock` (not owned) gives {{timestamp}} and {{isoTime}} from wallMs(); `random` gives
    // {{random}} and {{uuid}}.
    TemplateEngine(const Traffic::Clock *clock, Protocol::RandomSource random, Lookup lookup = {});

    void setLookup(Lookup lookup) { m_lookup = std::move(lookup); }

    // Without a message being answered: {{message}} stays as written.
    QByteArray expand(const Template &tpl);
    // A reply to `message`: {{message}} is `message`.
    QByteArray expand(const Template &tpl, const QByteArray &message);
    // Parses and expands text that is used once (a URL, a header value, a typed message).
    QString expand(const QString &text);

    // The last {{counter}} value handed out (0 before the first).
    quint64 counter() const { return m_counter; }

private:
    QByteArray expandParts(const Template &tpl, const QByteArray *message);

    const Traffic::Clock *m_clock;
    Protocol::RandomSource m_random;
    Lookup m_lookup;
    quint64 m_counter = 0;
};

// A fast random source for {{random}} and {{uuid}}, seeded once from the system's entropy;
// each call of this function gives an independent generator.
Protocol::RandomSource seededTemplateRandom();

} // namespace WsBench::Net
