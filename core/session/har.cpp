#include "core/session/har.h"

#include "core/protocol/handshake_parser.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace WsBench::Session {

namespace {

// Chrome writes epoch seconds; some tools write milliseconds (anything above 1e11 is).
double epochSeconds(double value)
{
    return value > 1e11 ? value / 1000.0 : value;
}

QList<HarHeader> readHeaders(const QJsonValue &value)
{
    QList<HarHeader> out;
    for (const QJsonValue &h : value.toArray())
        out.append({h.toObject().value(QStringLiteral("name")).toString(),
                    h.toObject().value(QStringLiteral("value")).toString()});
    return out;
}

QJsonArray writeHeaders(const QList<HarHeader> &headers)
{
    QJsonArray out;
    for (const HarHeader &h : headers)
        out.append(
            QJsonObject {{QStringLiteral("name"), h.name}, {QStringLiteral("value"), h.value}});
    return out;
}

QString typeName(HarMessage::Type type)
{
    switch (type) {
    case HarMessage::Type::Send:
        return QStringLiteral("send");
    case HarMessage::Type::Receive:
        return QStringLiteral("receive");
    case HarMessage::Type::Error:
        break;
    }
    return QStringLiteral("error");
}

} // namespace

QString HarConnection::responseHeader(const QString &name) const
{
    for (const HarHeader &h : responseHeaders) {
        if (h.name.compare(name, Qt::CaseInsensitive) == 0)
            return h.value;
    }
    return {};
}

std::optional<QList<HarConnection>> readHar(const QByteArray &json,
                                            Automation::DocumentProblem *problem)
{
    using Kind = Automation::DocumentProblem::Kind;
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parse);
    if (parse.error != QJsonParseError::NoError) {
        *problem = {Kind::NotJsonAtByte, {}, {QString::number(parse.offset)}};
        problem->detail = parse.errorString();
        return std::nullopt;
    }
    const QJsonValue entries
        = doc.object().value(QStringLiteral("log")).toObject().value(QStringLiteral("entries"));
    if (!doc.isObject() || !entries.isArray()) {
        *problem = {Kind::NotAHar, QStringLiteral("log.entries")};
        return std::nullopt;
    }
    QList<HarConnection> out;
    const QJsonArray list = entries.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString where = QStringLiteral("entries[%1]").arg(i);
        if (!list.at(i).isObject()) {
            *problem = {Kind::NotAnObject, where};
            return std::nullopt;
        }
        const QJsonObject entry = list.at(i).toObject();
        const QJsonObject request = entry.value(QStringLiteral("request")).toObject();
        const QString url = request.value(QStringLiteral("url")).toString();
        const bool websocket
            = entry.value(QStringLiteral("_resourceType")).toString() == QLatin1String("websocket")
            || url.startsWith(QLatin1String("ws://")) || url.startsWith(QLatin1String("wss://"));
        if (!websocket)
            continue;
        if (url.isEmpty()) {
            *problem = {Kind::Missing, where + QStringLiteral(".request.url")};
            return std::nullopt;
        }
        HarConnection c;
        c.url = url;
        c.startedDateTime = entry.value(QStringLiteral("startedDateTime")).toString();
        c.requestHeaders = readHeaders(request.value(QStringLiteral("headers")));
        const QJsonObject response = entry.value(QStringLiteral("response")).toObject();
        c.status = response.value(QStringLiteral("status")).toInt(101);
        c.statusText = response.value(QStringLiteral("statusText")).toString();
        c.responseHeaders = readHeaders(response.value(QStringLiteral("headers")));
        const QJsonValue messages = entry.value(QStringLiteral("_webSocketMessages"));
        if (!messages.isUndefined() && !messages.isArray()) {
            *problem = {Kind::NotAnArray, where + QStringLiteral("._webSocketMessages")};
            return std::nullopt;
        }
        const QJsonArray items = messages.toArray(); // missing: no messages captured
        for (qsizetype j = 0; j < items.size(); ++j) {
            const QString at = where + QStringLiteral("._webSocketMessages[%1]").arg(j);
            const QJsonObject m = items.at(j).toObject();
            HarMessage msg;
            const QString type = m.value(QStringLiteral("type")).toString();
            if (type == QLatin1String("send"))
                msg.type = HarMessage::Type::Send;
            else if (type == QLatin1String("receive"))
                msg.type = HarMessage::Type::Receive;
            else if (type == QLatin1String("error"))
                msg.type = HarMessage::Type::Error;
            else {
                *problem = {Kind::NotOneOf,
                            at + QStringLiteral(".type"),
                            {type, QStringLiteral("send"), QStringLiteral("receive"),
                             QStringLiteral("error")}};
                return std::nullopt;
            }
            if (!m.value(QStringLiteral("time")).isDouble()) {
                *problem = {Kind::NotATime, at + QStringLiteral(".time")};
                return std::nullopt;
            }
            msg.time = epochSeconds(m.value(QStringLiteral("time")).toDouble());
            msg.opcode = m.value(QStringLiteral("opcode")).toInt(1);
            const QString data = m.value(QStringLiteral("data")).toString();
            if (msg.opcode == 1 || msg.type == HarMessage::Type::Error) {
                msg.data = data.toUtf8();
            } else {
                const auto decoded = QByteArray::fromBase64Encoding(
                    data.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
                if (!decoded) {
                    *problem = {Kind::NotBase64ForOpcode,
                                at + QStringLiteral(".data"),
                                {QString::number(msg.opcode)}};
                    return std::nullopt;
                }
                msg.data = *decoded;
            }
            msg.frame = m.value(QStringLiteral("_wsbench")).toObject();
            c.messages.append(msg);
        }
        out.append(c);
    }
    return out;
}

QByteArray writeHar(const QList<HarConnection> &connections, const QString &creatorVersion)
{
    QJsonArray entries;
    for (const HarConnection &c : connections) {
        QJsonArray messages;
        for (const HarMessage &m : c.messages) {
            QJsonObject o;
            o.insert(QStringLiteral("type"), typeName(m.type));
            o.insert(QStringLiteral("time"), m.time);
            o.insert(QStringLiteral("opcode"), m.opcode);
            o.insert(QStringLiteral("data"),
                     m.opcode == 1 || m.type == HarMessage::Type::Error
                         ? QString::fromUtf8(m.data)
                         : QString::fromLatin1(m.data.toBase64()));
            if (!m.frame.isEmpty())
                o.insert(QStringLiteral("_wsbench"), m.frame);
            messages.append(o);
        }
        QJsonObject request {
            {QStringLiteral("method"), QStringLiteral("GET")},
            {QStringLiteral("url"), c.url},
            {QStringLiteral("httpVersion"), QStringLiteral("HTTP/1.1")},
            {QStringLiteral("headers"), writeHeaders(c.requestHeaders)},
            {QStringLiteral("queryString"), QJsonArray()},
            {QStringLiteral("cookies"), QJsonArray()},
            {QStringLiteral("headersSize"), -1},
            {QStringLiteral("bodySize"), 0},
        };
        QJsonObject response {
            {QStringLiteral("status"), c.status},
            {QStringLiteral("statusText"), c.statusText},
            {QStringLiteral("httpVersion"), QStringLiteral("HTTP/1.1")},
            {QStringLiteral("headers"), writeHeaders(c.responseHeaders)},
            {QStringLiteral("cookies"), QJsonArray()},
            {QStringLiteral("content"),
             QJsonObject {{QStringLiteral("size"), 0},
                          {QStringLiteral("mimeType"), QStringLiteral("x-unknown")}}},
            {QStringLiteral("redirectURL"), QString()},
            {QStringLiteral("headersSize"), -1},
            {QStringLiteral("bodySize"), -1},
        };
        entries.append(QJsonObject {
            {QStringLiteral("_resourceType"), QStringLiteral("websocket")},
            {QStringLiteral("_webSocketMessages"), messages},
            {QStringLiteral("cache"), QJsonObject()},
            {QStringLiteral("request"), request},
            {QStringLiteral("response"), response},
            {QStringLiteral("startedDateTime"), c.startedDateTime},
            {QStringLiteral("time"), 0},
            {QStringLiteral("timings"),
             QJsonObject {{QStringLiteral("send"), 0},
                          {QStringLiteral("wait"), 0},
                          {QStringLiteral("receive"), 0}}},
        });
    }
    const QJsonObject log {
        {QStringLiteral("version"), QStringLiteral("1.2")},
        {QStringLiteral("creator"),
         QJsonObject {{QStringLiteral("name"), QStringLiteral("WsBench")},
                      {QStringLiteral("version"), creatorVersion}}},
        {QStringLiteral("pages"), QJsonArray()},
        {QStringLiteral("entries"), entries},
    };
    return QJsonDocument(QJsonObject {{QStringLiteral("log"), log}})
        .toJson(QJsonDocument::Indented);
}

HarConnection harFromRecords(const std::vector<Traffic::TrafficRecord> &records, quint32 connection,
                             const QString &url, bool includeSecrets)
{
    using Traffic::RecordKind;
    HarConnection c;
    c.url = url;
    // Message times: the first record's wall clock, advanced by the monotonic clock (µs).
    qint64 originUs = -1;
    double originWall = 0;
    for (const Traffic::TrafficRecord &r : records) {
        if (r.connectionId != connection)
            continue;
        if (originUs < 0) {
            originUs = r.monotonicUs;
            originWall = double(r.wallMs) / 1000.0;
            c.startedDateTime
                = QDateTime::fromMSecsSinceEpoch(r.wallMs, Qt::UTC).toString(Qt::ISODateWithMs);
        }
        const auto headersOf = [includeSecrets](const QByteArray &raw) {
            static const QStringList secret
                = {QStringLiteral("authorization"), QStringLiteral("proxy-authorization"),
                   QStringLiteral("cookie"), QStringLiteral("set-cookie")};
            QList<HarHeader> out;
            Protocol::HandshakeParser parser;
            parser.feed(raw);
            for (const Protocol::HttpHeader &h : parser.head().headers) {
                const QString name = QString::fromUtf8(h.name);
                const bool hide = !includeSecrets && secret.contains(name.toLower());
                out.append(
                    {name, hide ? QStringLiteral("(left out)") : QString::fromUtf8(h.value)});
            }
            return std::make_pair(out, parser.head());
        };
        switch (r.kind) {
        case RecordKind::HandshakeRequest:
            c.requestHeaders = headersOf(r.bytes).first;
            break;
        case RecordKind::HandshakeResponse: {
            const auto [headers, head] = headersOf(r.bytes);
            c.responseHeaders = headers;
            c.status = head.statusCode;
            c.statusText = QString::fromUtf8(head.reasonPhrase);
            break;
        }
        case RecordKind::Message: {
            HarMessage m;
            m.type = r.direction == Traffic::Direction::Outbound ? HarMessage::Type::Send
                                                                 : HarMessage::Type::Receive;
            m.time = originWall + double(r.monotonicUs - originUs) / 1e6;
            m.opcode = r.opcode;
            m.data = r.bytes;
            m.frame.insert(QStringLiteral("compressed"), r.compressed);
            m.frame.insert(QStringLiteral("bufferedAmount"), double(r.bufferedAmount));
            if (r.carriesFrame) {
                m.frame.insert(QStringLiteral("fin"), r.fin);
                m.frame.insert(QStringLiteral("masked"), r.masked);
                if (r.masked)
                    m.frame.insert(QStringLiteral("maskKey"),
                                   QStringLiteral("%1").arg(r.maskKey, 8, 16, QLatin1Char('0')));
                m.frame.insert(QStringLiteral("wireLength"), double(r.wireBytes().size()));
            }
            c.messages.append(m);
            break;
        }
        case RecordKind::Error: {
            HarMessage m;
            m.type = HarMessage::Type::Error;
            m.time = originWall + double(r.monotonicUs - originUs) / 1e6;
            m.opcode = -1;
            m.data = Traffic::failureName(r.failure);
            if (!r.text.isEmpty())
                m.data += ": " + r.text.value();
            c.messages.append(m);
            break;
        }
        default:
            break;
        }
    }
    return c;
}

QList<HarConnection> harFromStore(const Traffic::TrafficStore &store, const QList<quint32> &ids,
                                  const QString &url)
{
    QList<quint32> sorted = ids;
    std::sort(sorted.begin(), sorted.end());
    std::vector<Traffic::TrafficRecord> records;
    store.visit(0, -1, [&](const Traffic::TrafficRecord &r) {
        if (std::binary_search(sorted.begin(), sorted.end(), r.connectionId))
            records.push_back(r);
    });
    QList<HarConnection> connections;
    for (const quint32 id : ids) {
        HarConnection c = harFromRecords(records, id, url);
        if (!c.requestHeaders.isEmpty())
            connections.append(c);
    }
    return connections;
}

} // namespace WsBench::Session
