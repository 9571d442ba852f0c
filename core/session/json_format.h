#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace WsBench::Session {

// Why a text is not JSON (RFC 8259); the UI words it.
enum class JsonProblem : quint8 {
    None,
    Empty, // nothing but white space
    UnexpectedCharacter, // a character no JSON value, key, comma or bracket can start with
    UnexpectedEnd, // the text stops inside a value
    BadString, // a control character (below U+0020) inside a string
    BadEscape, // a backslash not followed by " \ / b f n r t or u and four hex digits
    BadNumber, // "01", "1.", "-", "1e"
    BadLiteral, // neither true, false nor null
    TrailingData, // more after the one top-level value
    TooDeep, // more than kMaxJsonDepth nested objects and arrays
};

struct JsonError
{
    JsonProblem problem = JsonProblem::None;
    qsizetype offset = 0; // the byte where it was found, from 0
};

enum class JsonStyle : quint8 {
    Pretty, // one member or item a line, indented by four spaces, "key": value
    Compact, // no white space at all
};

constexpr int kMaxJsonDepth = 512;

// The tokens of a JSON text, in the order they are written.
enum class JsonToken : quint8 {
    BeginObject, // {
    EndObject, // }
    BeginArray, // [
    EndArray, // ]
    Key, // a member's name, quotes and escapes as written
    String, // a string value, quotes and escapes as written
    Number, // the digits as written: never converted
    Literal, // true, false or null
};

// Receives each token as the reader meets it; `text` points into the text being read.
class JsonVisitor
{
public:
    virtual ~JsonVisitor() = default;
    virtual void token(JsonToken kind, QByteArrayView text) = 0;
};

// Reads a JSON text (RFC 8259) token by token, without recursion, and hands every token to the
// visitor: keys keep their order and duplicates. False, with the problem and its byte offset,
// when it is not JSON; the visitor has then seen only the tokens before the problem.
bool readJson(const QByteArray &json, JsonVisitor &visitor, JsonError *error = nullptr);

// The characters of a Key or String token as the reader gave it: escapes decoded, a \u
// surrogate pair as one character, a lone surrogate as U+FFFD.
QString jsonStringValue(QByteArrayView token);

// Re-lays out a JSON text token by token: keys keep their order and duplicates, numbers their
// exact digits (a 19-digit id stays as written), strings their escapes. Only the white space
// between tokens changes. Nothing, with the problem and its byte offset, when it is not JSON.
std::optional<QByteArray> formatJson(const QByteArray &json, JsonStyle style,
                                     JsonError *error = nullptr);

} // namespace WsBench::Session
