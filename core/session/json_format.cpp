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
class Formatter
{
public:
    Formatter(const QByteArray &in, JsonStyle style)
        : m_in(in)
        , m_pretty(style == JsonStyle::Pretty)
    {
        m_out.reserve(in.size() + in.size() / 2);
    }

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

    QByteArray takeText() { return std::move(m_out); }
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
    void newline()
    {
        if (!m_pretty)
            return;
        m_out += '\n';
        m_out.append(qsizetype(m_stack.size()) * 4, ' ');
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
                    m_out += c; // an empty object or array stays on its line
                    ++m_pos;
                    m_stack.pop_back();
                    if (m_stack.empty())
                        return true;
                    expect = Expect::CommaOrEnd;
                    continue;
                }
                newline();
                expect = expect == Expect::FirstMemberOrEnd ? Expect::Key : Expect::Value;
                continue;
            case Expect::Key:
                if (c != '"')
                    return fail(JsonProblem::UnexpectedCharacter, m_pos);
                if (!string())
                    return false;
                expect = Expect::Colon;
                continue;
            case Expect::Colon:
                if (c != ':')
                    return fail(JsonProblem::UnexpectedCharacter, m_pos);
                ++m_pos;
                m_out += m_pretty ? QByteArrayLiteral(": ") : QByteArrayLiteral(":");
                expect = Expect::Value;
                continue;
            case Expect::Value:
                if (c == '{' || c == '[') {
                    if (m_stack.size() >= std::size_t(kMaxJsonDepth))
                        return fail(JsonProblem::TooDeep, m_pos);
                    m_stack.push_back(c);
                    m_out += c;
                    ++m_pos;
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
                    m_out += ',';
                    newline();
                    expect = object ? Expect::Key : Expect::Value;
                    continue;
                }
                if (c != (object ? '}' : ']'))
                    return fail(JsonProblem::UnexpectedCharacter, m_pos);
                ++m_pos;
                m_stack.pop_back();
                newline();
                m_out += c;
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
            return string();
        if (c == '-' || isDigit(c))
            return number();
        if (c == 't' || c == 'f' || c == 'n')
            return literal();
        return fail(JsonProblem::UnexpectedCharacter, m_pos);
    }

    // RFC 8259 §7: copied as written, escapes and all, once checked.
    bool string()
    {
        const qsizetype start = m_pos++;
        for (;;) {
            if (atEnd())
                return fail(JsonProblem::UnexpectedEnd, m_pos);
            const char c = peek();
            if (c == '"') {
                ++m_pos;
                m_out.append(m_in.constData() + start, m_pos - start);
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
        m_out.append(m_in.constData() + start, m_pos - start);
        return true;
    }

    bool literal()
    {
        for (const char *word : {"true", "false", "null"}) {
            const qsizetype n = qsizetype(qstrlen(word));
            if (m_in.size() - m_pos >= n && qstrncmp(m_in.constData() + m_pos, word, n) == 0) {
                m_out.append(word, n);
                m_pos += n;
                return true;
            }
        }
        return fail(JsonProblem::BadLiteral, m_pos);
    }

    const QByteArray &m_in;
    const bool m_pretty;
    QByteArray m_out;
    JsonError m_error;
    qsizetype m_pos = 0;
    std::vector<char> m_stack; // '{' and '[' of the open containers
};

} // namespace

std::optional<QByteArray> formatJson(const QByteArray &json, JsonStyle style, JsonError *error)
{
    Formatter f(json, style);
    const bool ok = f.run();
    if (error)
        *error = f.error();
    if (!ok)
        return std::nullopt;
    return f.takeText();
}

} // namespace WsBench::Session
