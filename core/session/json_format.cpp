#include "core/session/json_format.h"

#include <vector>

namespace WsBench::Session {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r'; // RFC 8259 §2
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isHexDigit(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// One pass over the tokens with an explicit stack, so that nesting costs no recursion.
class Reader
{
public:
    Reader(const QByteArray &in, JsonVisitor &visitor)
        : m_in(in)
        , m_visitor(visitor)
    { }

    bool run()
    {
        skipSpace();
        if (m_pos >= m_in.size())
            return fail(JsonProblem::Empty, 0);
        if (!values())
            return false;
        skipSpace();
        return m_pos < m_in.size() ? fail(JsonProblem::TrailingData, m_pos) : true;
    }

    JsonError error() const { return m_error; }

private:
    enum class Expect { Value, FirstMemberOrEnd, FirstItemOrEnd, Key, Colon, CommaOrEnd };

    bool fail(JsonProblem problem, qsizetype at)
    {
        m_error = {problem, at};
        return false;
    }
    bool atEnd() const { return m_pos >= m_in.size(); }
    char peek() const { return m_in.at(m_pos); }
    void skipSpace()
    {
        while (!atEnd() && isSpace(peek()))
            ++m_pos;
    }
    void hand(JsonToken kind, qsizetype start)
    {
        m_visitor.token(kind, QByteArrayView(m_in.constData() + start, m_pos - start));
    }
    void close(char c)
    {
        ++m_pos;
        m_stack.pop_back();
        hand(c == '}' ? JsonToken::EndObject : JsonToken::EndArray, m_pos - 1);
    }

    // The value at the current position, with everything nested in it.
    bool values()
    {
        Expect expect = Expect::Value;
        for (;;) {
            skipSpace();
            if (atEnd())
                return fail(JsonProblem::UnexpectedEnd, m_pos);
            const char c = peek();
            switch (expect) {
            case Expect::FirstMemberOrEnd:
            case Expect::FirstItemOrEnd:
                if (c == (expect == Expect::FirstMemberOrEnd ? '}' : ']')) {
                    close(c);
                    if (m_stack.empty())
                        return true;
                    expect = Expect::CommaOrEnd;
                    continue;
                }
                expect = expect == Expect::FirstMemberOrEnd ? Expect::Key : Expect::Value;
                continue;
            case Expect::Key:
                if (c != '"')
                    return fail(JsonProblem::UnexpectedCharacter, m_pos);
                if (!string(JsonToken::Key))
                    return false;
                expect = Expect::Colon;
                continue;
            case Expect::Colon:
                if (c != ':')
                    return fail(JsonProblem::UnexpectedCharacter, m_pos);
                ++m_pos;
                expect = Expect::Value;
                continue;
            case Expect::Value:
                if (c == '{' || c == '[') {
                    if (m_stack.size() >= std::size_t(kMaxJsonDepth))
                        return fail(JsonProblem::TooDeep, m_pos);
                    m_stack.push_back(c);
                    ++m_pos;
                    hand(c == '{' ? JsonToken::BeginObject : JsonToken::BeginArray, m_pos - 1);
                    expect = c == '{' ? Expect::FirstMemberOrEnd : Expect::FirstItemOrEnd;
                    continue;
                }
                if (!scalar())
                    return false;
                if (m_stack.empty())
                    return true;
                expect = Expect::CommaOrEnd;
                continue;
            case Expect::CommaOrEnd: {
                const bool object = m_stack.back() == '{';
                if (c == ',') {
                    ++m_pos;
                    expect = object ? Expect::Key : Expect::Value;
                    continue;
                }
                if (c != (object ? '}' : ']'))
                    return fail(JsonProblem::UnexpectedCharacter, m_pos);
                close(c);
                if (m_stack.empty())
                    return true;
                continue;
            }
            }
        }
    }

    bool scalar()
    {
        const char c = peek();
        if (c == '"')
            return string(JsonToken::String);
        if (c == '-' || isDigit(c))
            return number();
        if (c == 't' || c == 'f' || c == 'n')
            return literal();
        return fail(JsonProblem::UnexpectedCharacter, m_pos);
    }

    // RFC 8259 §7: copied as written, escapes and all, once checked.
    bool string(JsonToken kind)
    {
        const qsizetype start = m_pos++;
        for (;;) {
            if (atEnd())
                return fail(JsonProblem::UnexpectedEnd, m_pos);
            const char c = peek();
            if (c == '"') {
                ++m_pos;
                hand(kind, start);
                return true;
            }
            if (static_cast<unsigned char>(c) < 0x20)
                return fail(JsonProblem::BadString, m_pos);
            ++m_pos;
            if (c != '\\')
                continue;
            if (atEnd())
                return fail(JsonProblem::UnexpectedEnd, m_pos);
            const char e = peek();
            if (e == 'u') {
                const qsizetype backslash = m_pos - 1;
                for (int i = 0; i < 4; ++i) {
                    ++m_pos;
                    if (atEnd())
                        return fail(JsonProblem::UnexpectedEnd, m_pos);
                    if (!isHexDigit(peek()))
                        return fail(JsonProblem::BadEscape, backslash);
                }
            } else if (e != '"' && e != '\\' && e != '/' && e != 'b' && e != 'f' && e != 'n'
                       && e != 'r' && e != 't') {
                return fail(JsonProblem::BadEscape, m_pos - 1);
            }
            ++m_pos;
        }
    }

    // RFC 8259 §6: the digits are copied, never converted.
    bool number()
    {
        const qsizetype start = m_pos;
        const auto digits = [this]() {
            const qsizetype from = m_pos;
            while (!atEnd() && isDigit(peek()))
                ++m_pos;
            return m_pos > from;
        };
        if (peek() == '-')
            ++m_pos;
        if (atEnd())
            return fail(JsonProblem::UnexpectedEnd, m_pos);
        if (peek() == '0') {
            ++m_pos;
            if (!atEnd() && isDigit(peek()))
                return fail(JsonProblem::BadNumber, start);
        } else if (!digits()) {
            return fail(JsonProblem::BadNumber, start);
        }
        if (!atEnd() && peek() == '.') {
            ++m_pos;
            if (!digits())
                return fail(JsonProblem::BadNumber, start);
        }
        if (!atEnd() && (peek() == 'e' || peek() == 'E')) {
            ++m_pos;
            if (!atEnd() && (peek() == '+' || peek() == '-'))
                ++m_pos;
            if (!digits())
                return fail(JsonProblem::BadNumber, start);
        }
        hand(JsonToken::Number, start);
        return true;
    }

    bool literal()
    {
        for (const char *word : {"true", "false", "null"}) {
            const qsizetype n = qsizetype(qstrlen(word));
            if (m_in.size() - m_pos >= n && qstrncmp(m_in.constData() + m_pos, word, n) == 0) {
                m_pos += n;
                hand(JsonToken::Literal, m_pos - n);
                return true;
            }
        }
        return fail(JsonProblem::BadLiteral, m_pos);
    }

    const QByteArray &m_in;
    JsonVisitor &m_visitor;
    JsonError m_error;
    qsizetype m_pos = 0;
    std::vector<char> m_stack; // '{' and '[' of the open containers
};

// Writes the tokens back with only the white space between them chosen anew.
class Layout final : public JsonVisitor
{
public:
    Layout(qsizetype sizeHint, JsonStyle style)
        : m_pretty(style == JsonStyle::Pretty)
    {
        m_out.reserve(sizeHint + sizeHint / 2);
    }

    void token(JsonToken kind, QByteArrayView text) override
    {
        if (kind == JsonToken::EndObject || kind == JsonToken::EndArray) {
            --m_depth;
            if (!m_justOpened) // an empty object or array stays on its line
                newline();
            m_justOpened = false;
            m_out += text;
            return;
        }
        if (m_justOpened)
            newline();
        else if (m_depth > 0 && !m_afterKey) {
            m_out += ',';
            newline();
        }
        m_justOpened = false;
        m_afterKey = kind == JsonToken::Key;
        m_out += text;
        if (kind == JsonToken::Key)
            m_out += m_pretty ? QByteArrayView(": ") : QByteArrayView(":");
        if (kind == JsonToken::BeginObject || kind == JsonToken::BeginArray) {
            ++m_depth;
            m_justOpened = true;
        }
    }

    QByteArray takeText() { return std::move(m_out); }

private:
    void newline()
    {
        if (!m_pretty)
            return;
        m_out += '\n';
        m_out.append(m_depth * 4, ' ');
    }

    const bool m_pretty;
    QByteArray m_out;
    qsizetype m_depth = 0;
    bool m_justOpened = false; // the last token opened an object or array
    bool m_afterKey = false; // the last token was a key: its value follows ": "
};

int hexValue(char c)
{
    return isDigit(c) ? c - '0' : (c | 0x20) - 'a' + 10;
}

} // namespace

bool readJson(const QByteArray &json, JsonVisitor &visitor, JsonError *error)
{
    Reader reader(json, visitor);
    const bool ok = reader.run();
    if (error)
        *error = reader.error();
    return ok;
}

// RFC 8259 §7.
QString jsonStringValue(QByteArrayView token)
{
    if (token.size() >= 2 && token.front() == '"' && token.back() == '"')
        token = token.sliced(1, token.size() - 2);
    QString out;
    out.reserve(token.size());
    qsizetype runStart = 0;
    char16_t highSurrogate = 0; // a \u high surrogate waiting for its low half
    const auto flushSurrogate = [&]() {
        if (highSurrogate)
            out += QChar(QChar::ReplacementCharacter);
        highSurrogate = 0;
    };
    for (qsizetype i = 0; i < token.size();) {
        if (token.at(i) != '\\') {
            ++i;
            continue;
        }
        if (i > runStart) {
            flushSurrogate();
            out += QString::fromUtf8(token.sliced(runStart, i - runStart));
        }
        const char e = i + 1 < token.size() ? token.at(i + 1) : '\\';
        if (e == 'u' && i + 6 <= token.size()) {
            char16_t unit = 0;
            for (qsizetype k = i + 2; k < i + 6; ++k)
                unit = char16_t(unit * 16 + hexValue(token.at(k)));
            if (QChar::isLowSurrogate(unit) && highSurrogate) {
                out += QChar(highSurrogate);
                out += QChar(unit);
                highSurrogate = 0;
            } else {
                flushSurrogate();
                if (QChar::isHighSurrogate(unit))
                    highSurrogate = unit;
                else
                    out += QChar::isLowSurrogate(unit) ? QChar(QChar::ReplacementCharacter)
                                                       : QChar(unit);
            }
            i += 6;
        } else {
            flushSurrogate();
            switch (e) {
            case 'b':
                out += QLatin1Char('\b');
                break;
            case 'f':
                out += QLatin1Char('\f');
                break;
            case 'n':
                out += QLatin1Char('\n');
                break;
            case 'r':
                out += QLatin1Char('\r');
                break;
            case 't':
                out += QLatin1Char('\t');
                break;
            default:
                out += QLatin1Char(e);
                break; // " \ /
            }
            i += 2;
        }
        runStart = i;
    }
    flushSurrogate();
    if (runStart < token.size())
        out += QString::fromUtf8(token.sliced(runStart));
    return out;
}

std::optional<QByteArray> formatJson(const QByteArray &json, JsonStyle style, JsonError *error)
{
    Layout layout(json.size(), style);
    if (!readJson(json, layout, error))
        return std::nullopt;
    return layout.takeText();
}

} // namespace WsBench::Session
