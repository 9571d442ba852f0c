#include "core/protocol/handshake_parser.h"

#include <QStringBuilder>

namespace WsBench::Protocol {

const char *headParseErrorName(HeadParseError error)
{
    switch (error) {
    case HeadParseError::None:
        return "None";
    case HeadParseError::HeadTooLarge:
        return "HeadTooLarge";
    case HeadParseError::TooManyLines:
        return "TooManyLines";
    case HeadParseError::MalformedHeaderLine:
        return "MalformedHeaderLine";
    }
    return "Unknown";
}

HandshakeParser::Status HandshakeParser::fail(HeadParseError error, QByteArray detail)
{
    m_status = Status::Failed;
    m_error = error;
    m_errorDetail = std::move(detail);
    return m_status;
}

bool HandshakeParser::parseHeaderLine(qsizetype start, qsizetype end)
{
    const QByteArray line = m_buffer.mid(start, end - start);
    if (line.startsWith(' ') || line.startsWith('\t')) {
        fail(HeadParseError::MalformedHeaderLine,
             "Obsolete line folding in header line " + QByteArray::number(m_lines));
        return false;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0) {
        fail(HeadParseError::MalformedHeaderLine,
             "Header line " + QByteArray::number(m_lines) + " has no name and colon: \""
                 + line.left(80) + '"');
        return false;
    }
    HttpHeader header;
    header.name = line.left(colon);
    if (!isHttpToken(header.name)) {
        fail(HeadParseError::MalformedHeaderLine,
             "Invalid header name \"" + header.name.left(80) + '"');
        return false;
    }
    // RFC 9110 §5.5, RFC 9112 §2.2: a CR that does not end the line, or a NUL, makes the field
    // invalid; a peer that read it as a line break would see another header than we do.
    for (const char bad : {'\r', '\0'}) {
        if (line.indexOf(bad, colon) >= 0) {
            fail(HeadParseError::MalformedHeaderLine,
                 "Header " + header.name.left(80)
                     + (bad == '\r' ? QByteArray(" has a CR that does not end its line")
                                    : QByteArray(" has a NUL byte in its value")));
            return false;
        }
    }
    header.value = line.mid(colon + 1).trimmed();
    header.lineOffset = start;
    header.lineLength = end - start;
    m_head.headers.append(std::move(header));
    return true;
}

HandshakeParser::Status HandshakeParser::feed(QByteArrayView data)
{
    if (m_status != Status::NeedMore) {
        if (m_status == Status::Complete)
            m_leftover.append(data);
        return m_status;
    }
    const qsizetype scanFrom = m_buffer.size();
    m_buffer.append(data);
    qsizetype pos = scanFrom;
    for (;;) {
        const qsizetype nl = m_buffer.indexOf('\n', pos);
        if (nl < 0)
            break;
        // A line ends with CRLF; a bare LF is tolerated (RFC 7230 §3.5).
        const qsizetype lineEnd = (nl > m_lineStart && m_buffer.at(nl - 1) == '\r') ? nl - 1 : nl;
        if (nl + 1 > m_limits.maxBytes)
            return fail(HeadParseError::HeadTooLarge,
                        "Handshake head exceeds " + QByteArray::number(m_limits.maxBytes)
                            + " bytes");
        if (lineEnd == m_lineStart) {
            if (m_lines == 0) {
                // RFC 7230 §3.5: ignore empty lines before the start line.
                m_lineStart = nl + 1;
                pos = nl + 1;
                continue;
            }
            m_head.raw = m_buffer.left(nl + 1);
            m_leftover = m_buffer.mid(nl + 1);
            m_buffer.truncate(nl + 1);
            m_status = Status::Complete;
            return m_status;
        }
        if (m_lines == 0) {
            m_head.startLine = m_buffer.mid(m_lineStart, lineEnd - m_lineStart);
            parseStartLine(m_head);
        } else {
            if (m_lines > m_limits.maxLines)
                return fail(HeadParseError::TooManyLines,
                            "Handshake has more than " + QByteArray::number(m_limits.maxLines)
                                + " header lines");
            if (!parseHeaderLine(m_lineStart, lineEnd))
                return m_status;
        }
        ++m_lines;
        m_lineStart = nl + 1;
        pos = nl + 1;
    }
    if (m_buffer.size() > m_limits.maxBytes)
        return fail(HeadParseError::HeadTooLarge,
                    "Handshake head exceeds " + QByteArray::number(m_limits.maxBytes) + " bytes");
    return m_status;
}

} // namespace WsBench::Protocol
