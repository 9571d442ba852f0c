#include "core/protocol/handshake_dissector.h"

#include <QStringBuilder>

namespace WsBench::Protocol {

namespace {

// Wireshark's field names for the headers the WebSocket handshake uses.
QByteArray headerKey(const QByteArray &name)
{
    const QByteArray lower = name.toLower();
    if (lower == "host")
        return "http.host";
    if (lower == "upgrade")
        return "http.upgrade";
    if (lower == "connection")
        return "http.connection";
    if (lower == "origin")
        return "http.origin";
    if (lower == "sec-websocket-key")
        return "http.sec_websocket_key";
    if (lower == "sec-websocket-accept")
        return "http.sec_websocket_accept";
    if (lower == "sec-websocket-version")
        return "http.sec_websocket_version";
    if (lower == "sec-websocket-protocol")
        return "http.sec_websocket_protocol";
    if (lower == "sec-websocket-extensions")
        return "http.sec_websocket_extensions";
    if (lower == "user-agent")
        return "http.user_agent";
    if (lower == "cookie")
        return "http.cookie";
    if (lower == "authorization")
        return "http.authorization";
    if (lower == "content-length")
        return "http.content_length_header";
    if (lower == "content-type")
        return "http.content_type";
    if (lower == "server")
        return "http.server";
    return "http.header";
}

FieldSpan make(QByteArray key, QByteArray label, qsizetype offset, qsizetype length, QString value,
               int depth)
{
    FieldSpan f;
    f.key = std::move(key);
    f.label = std::move(label);
    f.offset = offset;
    f.length = length;
    f.value = std::move(value);
    f.depth = depth;
    return f;
}

} // namespace

FieldSpans dissectHandshake(QByteArrayView rawView)
{
    FieldSpans out;
    const QByteArray raw = rawView.toByteArray();
    qsizetype pos = 0;
    int lineNo = 0;
    while (pos < raw.size()) {
        qsizetype nl = raw.indexOf('\n', pos);
        if (nl < 0)
            nl = raw.size();
        qsizetype end = nl;
        if (end > pos && raw.at(end - 1) == '\r')
            --end;
        const QByteArray line = raw.mid(pos, end - pos);
        if (line.isEmpty()) {
            if (lineNo > 0)
                break; // end of head
        } else if (lineNo == 0) {
            const bool response = line.startsWith("HTTP/");
            out.append(make(response ? "http.response.line" : "http.request.line",
                            response ? "Status line" : "Request line", pos, line.size(),
                            QString::fromLatin1(line), 0));
            const QList<QByteArray> parts = line.split(' ');
            qsizetype at = pos;
            static const char *const requestKeys[]
                = {"http.request.method", "http.request.uri", "http.request.version"};
            static const char *const requestLabels[] = {"Method", "Request URI", "Version"};
            static const char *const responseKeys[]
                = {"http.response.version", "http.response.code", "http.response.phrase"};
            static const char *const responseLabels[] = {"Version", "Status code", "Phrase"};
            for (int i = 0; i < std::min<qsizetype>(parts.size(), 3); ++i) {
                // The reason phrase may contain spaces: it is the rest of the line.
                const qsizetype len = i == 2 ? end - at : parts.at(i).size();
                out.append(make(response ? responseKeys[i] : requestKeys[i],
                                response ? responseLabels[i] : requestLabels[i], at, len,
                                QString::fromLatin1(raw.mid(at, len)), 1));
                at += len + 1;
            }
            ++lineNo;
        } else {
            const qsizetype colon = line.indexOf(':');
            const QByteArray name = colon < 0 ? line : line.left(colon);
            const QByteArray key = colon < 0 ? QByteArray("http.malformed_line") : headerKey(name);
            const QByteArray value = colon < 0 ? QByteArray() : line.mid(colon + 1).trimmed();
            out.append(make(key, name, pos, line.size(), QString::fromLatin1(value), 0));
            if (colon >= 0) {
                out.append(make(key + ".name", "Name", pos, colon, QString::fromLatin1(name), 1));
                const qsizetype valueStart = colon < 0 ? 0 : line.indexOf(value, colon + 1);
                out.append(make(key + ".value", "Value",
                                pos + std::max<qsizetype>(valueStart, colon + 1), value.size(),
                                QString::fromLatin1(value), 1));
            }
            ++lineNo;
        }
        pos = nl + 1;
    }
    return out;
}

} // namespace WsBench::Protocol
