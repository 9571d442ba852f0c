#include "core/protocol/frame_dissector.h"

#include "core/protocol/close_code.h"
#include "core/protocol/masking.h"
#include "core/protocol/opcode.h"
#include "core/protocol/utf8_validator.h"

#include <QStringBuilder>

namespace WsBench::Protocol {

namespace {

QString boolValue(bool on)
{
    return on ? QStringLiteral("1 (True)") : QStringLiteral("0 (False)");
}

FieldSpan span(const char *key, const char *label, qsizetype offset, qsizetype length,
               QString value, int depth = 0, quint8 bitmask = 0)
{
    FieldSpan f;
    f.key = key;
    f.label = label;
    f.offset = offset;
    f.length = length;
    f.bitmask = bitmask;
    f.value = std::move(value);
    f.depth = depth;
    return f;
}

QString previewBytes(QByteArrayView bytes)
{
    const qsizetype shown = std::min<qsizetype>(bytes.size(), 32);
    QString out = QString::fromLatin1(bytes.first(shown).toByteArray().toHex(' '));
    if (shown < bytes.size())
        out += QStringLiteral(" … (%1 bytes)").arg(bytes.size());
    return out;
}

} // namespace

FieldSpans dissectFrame(QByteArrayView raw)
{
    FieldSpans out;
    auto truncated = [&out, &raw](qsizetype from) {
        out.append(span("websocket.truncated", "Truncated frame", from, raw.size() - from,
                        QStringLiteral("%1 bytes").arg(raw.size() - from)));
        return out;
    };
    if (raw.size() < 2)
        return truncated(0);
    const auto b0 = quint8(raw.at(0));
    const auto b1 = quint8(raw.at(1));
    const quint8 opcode = b0 & 0x0F;
    const bool masked = b1 & 0x80;

    out.append(span("websocket.fin", "Fin", 0, 1, boolValue(b0 & 0x80), 0, 0x80));
    out.append(span("websocket.rsv", "Reserved", 0, 1,
                    QStringLiteral("0x%1").arg((b0 >> 4) & 0x7, 0, 16), 0, 0x70));
    out.append(span("websocket.rsv1", "RSV1 (per-message compressed)", 0, 1, boolValue(b0 & 0x40),
                    1, 0x40));
    out.append(span("websocket.rsv2", "RSV2", 0, 1, boolValue(b0 & 0x20), 1, 0x20));
    out.append(span("websocket.rsv3", "RSV3", 0, 1, boolValue(b0 & 0x10), 1, 0x10));
    out.append(span("websocket.opcode", "Opcode", 0, 1,
                    QStringLiteral("%1 (%2)").arg(opcode).arg(QLatin1String(opcodeName(opcode))), 0,
                    0x0F));
    out.append(span("websocket.mask", "Mask", 1, 1, boolValue(masked), 0, 0x80));
    const quint8 len7 = b1 & 0x7F;
    QString lengthValue = QString::number(len7);
    if (len7 == 126)
        lengthValue += QStringLiteral(" (16-bit extended length follows)");
    else if (len7 == 127)
        lengthValue += QStringLiteral(" (64-bit extended length follows)");
    out.append(span("websocket.payload_length", "Payload length", 1, 1, lengthValue, 0, 0x7F));

    qsizetype pos = 2;
    quint64 length = len7;
    if (len7 == 126) {
        if (raw.size() < 4)
            return truncated(pos);
        length = (quint64(quint8(raw.at(2))) << 8) | quint8(raw.at(3));
        out.append(span("websocket.payload_length_ext_16", "Extended payload length (16 bits)", 2,
                        2,
                        QString::number(length)
                            + (length < 126 ? QStringLiteral(" (not minimal)") : QString())));
        pos = 4;
    } else if (len7 == 127) {
        if (raw.size() < 10)
            return truncated(pos);
        length = 0;
        for (int i = 0; i < 8; ++i)
            length = (length << 8) | quint8(raw.at(2 + i));
        QString note;
        if (length >> 63)
            note = QStringLiteral(" (most significant bit set: invalid)");
        else if (length <= 0xFFFF)
            note = QStringLiteral(" (not minimal)");
        out.append(span("websocket.payload_length_ext_64", "Extended payload length (64 bits)", 2,
                        8, QString::number(length) + note));
        pos = 10;
    }
    quint32 key = 0;
    if (masked) {
        if (raw.size() < pos + 4)
            return truncated(pos);
        for (int i = 0; i < 4; ++i)
            key = (key << 8) | quint8(raw.at(pos + i));
        out.append(span("websocket.masking_key", "Masking-Key", pos, 4,
                        QString::fromLatin1(raw.sliced(pos, 4).toByteArray().toHex(' '))));
        pos += 4;
    }
    const qsizetype available = raw.size() - pos;
    const qsizetype payloadSize = qsizetype(std::min<quint64>(length, quint64(available)));
    QByteArray payload = raw.sliced(pos, payloadSize).toByteArray();
    if (masked) {
        out.append(span("websocket.masked_payload", "Masked payload", pos, payloadSize,
                        previewBytes(payload)));
        applyMask(payload.data(), payload.size(), key);
    }
    out.append(span("websocket.payload", masked ? "Payload (unmasked)" : "Payload", pos,
                    payloadSize, previewBytes(payload)));
    if (opcode == toRaw(Opcode::Close) && payload.size() >= 2) {
        const quint16 code = quint16((quint8(payload.at(0)) << 8) | quint8(payload.at(1)));
        out.append(span(
            "websocket.payload.close.status_code", "Status code", pos, 2,
            QStringLiteral("%1 (%2)").arg(code).arg(QLatin1String(closeCodeInfo(code).name)), 1));
        if (payload.size() > 2)
            out.append(span("websocket.payload.close.reason", "Reason", pos + 2, payload.size() - 2,
                            QString::fromUtf8(payload.mid(2)), 1));
    } else if (opcode == toRaw(Opcode::Text) && !(b0 & 0x40)
               && Utf8Validator::isValid(payload.constData(), payload.size())) {
        out.append(span("websocket.payload.text", "Text", pos, payloadSize,
                        QString::fromUtf8(payload.left(200)), 1));
    }
    if (quint64(available) < length)
        truncated(raw.size());
    else if (quint64(available) > length)
        out.append(span("websocket.trailing", "Bytes after the frame", pos + payloadSize,
                        available - payloadSize, previewBytes(raw.sliced(pos + payloadSize))));
    return out;
}

} // namespace WsBench::Protocol
