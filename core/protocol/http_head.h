#pragma once

#include <QByteArray>
#include <QList>

namespace WsBench::Protocol {

struct HttpHeader
{
    QByteArray name; // as sent
    QByteArray value; // leading and trailing SP and HTAB removed (RFC 9110 §5.5)
    qsizetype lineOffset = 0; // offset of the header line in HttpHead::raw
    qsizetype lineLength = 0; // without the line ending
};

// One HTTP/1.1 request or response head: the raw bytes, the start line, and every header
// in order, duplicates included.
struct HttpHead
{
    QByteArray raw; // start line through the empty line, exactly as received or sent
    QByteArray startLine;
    bool isRequest = true;
    bool startLineValid = false;
    // Request line
    QByteArray method;
    QByteArray target;
    // Both
    QByteArray version; // "HTTP/1.1"
    // Status line
    int statusCode = 0;
    QByteArray reasonPhrase;
    QList<HttpHeader> headers;
    QByteArray body; // only for heads we build (error responses); never parsed

    QByteArray wireBytes() const { return raw + body; }

    // Case-insensitive lookups (RFC 7230 §3.2).
    bool has(const QByteArray &name) const;
    QByteArray value(const QByteArray &name) const; // first occurrence
    QList<QByteArray> values(const QByteArray &name) const;
    QByteArray combined(const QByteArray &name) const; // all values joined with ", "
    int count(const QByteArray &name) const;
    // True when the comma-separated list in any `name` header contains `token`
    // (case-insensitive), e.g. hasToken("Connection", "upgrade") for "keep-alive, Upgrade".
    bool hasToken(const QByteArray &name, const QByteArray &token) const;
    // major*10 + minor for "HTTP/x.y", or -1. The name "HTTP" is case-sensitive (RFC 9112
    // §2.3); Qt::CaseInsensitive reads the number of a wrongly cased "http/1.1" too.
    int versionNumber(Qt::CaseSensitivity cs = Qt::CaseSensitive) const;
};

// Splits a comma-separated header list into trimmed, non-empty elements.
QList<QByteArray> splitHeaderList(const QByteArray &value);
// RFC 7230 §3.2.6 token characters.
bool isHttpToken(const QByteArray &value);

// Parses the start line into `head` (sets startLineValid).
void parseStartLine(HttpHead &head);

} // namespace WsBench::Protocol
