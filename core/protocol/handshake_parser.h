#pragma once

#include "core/protocol/http_head.h"

#include <QByteArrayView>

namespace WsBench::Protocol {

enum class HeadParseError : quint8 {
    None,
    HeadTooLarge, // more than Limits::maxBytes before the empty line
    TooManyLines, // more than Limits::maxLines header lines
    MalformedHeaderLine, // no colon, empty or invalid name, or obsolete line folding
};

const char *headParseErrorName(HeadParseError error);

// Incremental HTTP/1.1 head parser for the opening handshake (RFC 6455 §4, RFC 7230 §3).
// Feed it bytes as they arrive; bytes after the head (early frames) are kept as leftover.
class HandshakeParser
{
public:
    struct Limits
    {
        qsizetype maxBytes = 16 * 1024;
        int maxLines = 100;
    };
    enum class Status : quint8 { NeedMore, Complete, Failed };

    HandshakeParser()
        : HandshakeParser(Limits())
    { }
    explicit HandshakeParser(Limits limits)
        : m_limits(limits)
    { }

    Status feed(QByteArrayView data);
    Status status() const { return m_status; }

    const HttpHead &head() const { return m_head; }
    HttpHead takeHead() { return std::move(m_head); }
    // Bytes received after the empty line that ends the head.
    QByteArray takeLeftover() { return std::exchange(m_leftover, {}); }
    HeadParseError error() const { return m_error; }
    const QByteArray &errorDetail() const { return m_errorDetail; }
    // Everything received so far (for the inspector, also after a failure).
    const QByteArray &buffered() const { return m_buffer; }

private:
    Status fail(HeadParseError error, QByteArray detail);
    bool parseHeaderLine(qsizetype start, qsizetype end);

    Limits m_limits;
    Status m_status = Status::NeedMore;
    QByteArray m_buffer;
    qsizetype m_lineStart = 0;
    int m_lines = 0;
    HttpHead m_head;
    QByteArray m_leftover;
    HeadParseError m_error = HeadParseError::None;
    QByteArray m_errorDetail;
};

} // namespace WsBench::Protocol
