#include "core/traffic/traffic_record.h"

#include "core/protocol/frame_encoder.h"
#include "core/protocol/masking.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QString>

#include <cstring>

namespace WsBench::Traffic {

// The store keeps millions of these: a new field has to fit in the padding.
static_assert(sizeof(void *) != 8 || sizeof(TrafficRecord) <= 112, "TrafficRecord grew");

const char *recordKindName(RecordKind kind)
{
    switch (kind) {
    case RecordKind::HandshakeRequest:
        return "handshake-request";
    case RecordKind::HandshakeResponse:
        return "handshake-response";
    case RecordKind::Frame:
        return "frame";
    case RecordKind::Message:
        return "message";
    case RecordKind::State:
        return "state";
    case RecordKind::Close:
        return "close";
    case RecordKind::Error:
        return "error";
    case RecordKind::Note:
        return "note";
    }
    return "unknown";
}

const char *directionName(Direction direction)
{
    switch (direction) {
    case Direction::None:
        return "none";
    case Direction::Inbound:
        return "in";
    case Direction::Outbound:
        return "out";
    }
    return "none";
}

QByteArray TrafficRecord::wireBytes() const
{
    if (!hasFrame())
        return bytes;
    char header[14];
    const int headerSize = Protocol::FrameEncoder::writeHeader(
        header, fin, rsv, opcode, payloadLength, Protocol::LengthEncoding(lengthEncoding),
        masked ? &maskKey : nullptr);
    QByteArray wire(headerSize + bytes.size(), Qt::Uninitialized);
    std::memcpy(wire.data(), header, std::size_t(headerSize));
    if (masked)
        Protocol::copyMasked(wire.data() + headerSize, bytes.constData(), bytes.size(), maskKey);
    else if (!bytes.isEmpty())
        std::memcpy(wire.data() + headerSize, bytes.constData(), std::size_t(bytes.size()));
    return wire;
}

QByteArray withoutCredentials(const QByteArray &head)
{
    static const QByteArray names[]
        = {"authorization:", "proxy-authorization:", "cookie:", "set-cookie:"};
    QList<QByteArray> lines = head.split('\n');
    bool changed = false;
    for (QByteArray &line : lines) {
        const QByteArray lower = line.trimmed().toLower();
        for (const QByteArray &name : names) {
            if (lower.startsWith(name)) {
                line = line.left(line.indexOf(':') + 1) + " (left out)"
                    + (line.endsWith('\r') ? "\r" : "");
                changed = true;
            }
        }
    }
    return changed ? lines.join('\n') : head;
}

QJsonObject TrafficRecord::toJson(bool includeSecrets) const
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), double(id));
    o.insert(QStringLiteral("t_us"), double(monotonicUs));
    o.insert(QStringLiteral("wall_ms"), double(wallMs));
    o.insert(QStringLiteral("conn"), double(connectionId));
    o.insert(QStringLiteral("dir"), QLatin1String(directionName(direction)));
    o.insert(QStringLiteral("kind"), QLatin1String(recordKindName(kind)));
    if (kind == RecordKind::Frame || kind == RecordKind::Message) {
        o.insert(QStringLiteral("opcode"), opcode);
        if (kind == RecordKind::Frame)
            o.insert(QStringLiteral("fin"), fin);
        if (carriesFrame)
            o.insert(QStringLiteral("frame"), QString::fromLatin1(wireBytes().toBase64()));
        if (compressed)
            o.insert(QStringLiteral("compressed"), true);
    }
    o.insert(QStringLiteral("readyState"), int(readyState));
    if (kind == RecordKind::State)
        o.insert(QStringLiteral("state"), QLatin1String(Protocol::readyStateName(readyState)));
    o.insert(QStringLiteral("bufferedAmount"), double(bufferedAmount));
    if (kind == RecordKind::Close || closeCode != 0) {
        o.insert(QStringLiteral("code"), closeCode);
        if (kind == RecordKind::Close)
            o.insert(QStringLiteral("wasClean"), wasClean);
    }
    if (!bytes.isEmpty()) {
        const bool textual = kind == RecordKind::HandshakeRequest
            || kind == RecordKind::HandshakeResponse
            || (kind == RecordKind::Message && opcode == Protocol::toRaw(Protocol::Opcode::Text));
        const bool head
            = kind == RecordKind::HandshakeRequest || kind == RecordKind::HandshakeResponse;
        if (textual)
            o.insert(
                QStringLiteral("data"),
                QString::fromUtf8(head && !includeSecrets ? withoutCredentials(bytes) : bytes));
        else
            o.insert(
                QStringLiteral("base64"),
                QString::fromLatin1((kind == RecordKind::Frame ? wireBytes() : bytes).toBase64()));
    }
    if (failure != Failure::None)
        o.insert(QStringLiteral("error"), QLatin1String(failureName(failure)));
    if (kind == RecordKind::Note) {
        o.insert(QStringLiteral("note"), QLatin1String(noteName(note)));
        QJsonArray args;
        for (const QByteArray &a : arguments())
            args.append(QString::fromUtf8(a));
        if (!args.isEmpty())
            o.insert(QStringLiteral("args"), args);
    } else if (!text.isEmpty()) {
        o.insert(QStringLiteral("text"), QString::fromUtf8(text));
    }
    return o;
}

} // namespace WsBench::Traffic
