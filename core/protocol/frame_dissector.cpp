#include "core/protocol/frame_dissector.h"

#include "core/protocol/close_code.h"
#include "core/protocol/close_payload.h"
#include "core/protocol/frame_header.h"
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
    // The decoder's own header parser. A length it rejects is shown with a note on its field,
    // and the rest of the frame is dissected anyway: an Invalid parse keeps every field.
    const FrameHeaderParse parsed = parseFrameHeader(reinterpret_cast<const uchar *>(raw.data()),
                                                     raw.size(), LengthRules::Minimal);
    if (raw.size() < 2)
        return truncated(0);
    const FrameHeader &h = parsed.header;

    // RFC 6455 §5.2, byte 0.
    out.append(span("websocket.fin", "Fin", 0, 1, boolValue(h.fin), 0, HeaderBits::Fin));
    out.append(span("websocket.rsv", "Reserved", 0, 1, QStringLiteral("0x%1").arg(h.rsv, 0, 16), 0,
                    HeaderBits::Rsv));
    out.append(span("websocket.rsv1", "RSV1 (per-message compressed)", 0, 1,
                    boolValue(h.rsv & Rsv::Rsv1), 1, HeaderBits::Rsv1));
    out.append(
        span("websocket.rsv2", "RSV2", 0, 1, boolValue(h.rsv & Rsv::Rsv2), 1, HeaderBits::Rsv2));
    out.append(
        span("websocket.rsv3", "RSV3", 0, 1, boolValue(h.rsv & Rsv::Rsv3), 1, HeaderBits::Rsv3));
    out.append(
        span("websocket.opcode", "Opcode", 0, 1,
             QStringLiteral("%1 (%2)").arg(h.opcode).arg(QLatin1String(opcodeName(h.opcode))), 0,
             HeaderBits::Opcode));
    // Byte 1.
    out.append(span("websocket.mask", "Mask", 1, 1, boolValue(h.masked), 0, HeaderBits::Mask));
    QString lengthValue;
    switch (h.lengthEncoding) {
    case LengthEncoding::Bits16:
        lengthValue = QString::number(HeaderBits::Length16Follows)
            + QStringLiteral(" (16-bit extended length follows)");
        break;
    case LengthEncoding::Bits64:
        lengthValue = QString::number(HeaderBits::Length64Follows)
            + QStringLiteral(" (64-bit extended length follows)");
        break;
    case LengthEncoding::Minimal:
    case LengthEncoding::Bits7:
        lengthValue = QString::number(h.payloadLength);
        break;
    }
    out.append(span("websocket.payload_length", "Payload length", 1, 1, lengthValue, 0,
                    HeaderBits::Length7));

    qsizetype pos = 2;
    if (h.lengthEncoding != LengthEncoding::Bits7) {
        const int size = extendedLengthSize(h.lengthEncoding);
        if (raw.size() < pos + size)
            return truncated(pos);
        QString note;
        if (parsed.error == ProtocolError::LengthMsbSet)
            note = QStringLiteral(" (most significant bit set: invalid)");
        else if (parsed.error == ProtocolError::NonMinimalLength)
            note = QStringLiteral(" (not minimal)");
        if (h.lengthEncoding == LengthEncoding::Bits16)
            out.append(span("websocket.payload_length_ext_16", "Extended payload length (16 bits)",
                            pos, size, QString::number(h.payloadLength) + note));
        else
            out.append(span("websocket.payload_length_ext_64", "Extended payload length (64 bits)",
                            pos, size, QString::number(h.payloadLength) + note));
        pos += size;
    }
    if (h.masked) {
        if (raw.size() < pos + 4)
            return truncated(pos);
        out.append(span("websocket.masking_key", "Masking-Key", pos, 4,
                        QString::fromLatin1(raw.sliced(pos, 4).toByteArray().toHex(' '))));
        pos += 4;
    }
    const quint64 length = h.payloadLength;
    const qsizetype available = raw.size() - pos;
    const qsizetype payloadSize = qsizetype(std::min<quint64>(length, quint64(available)));
    QByteArray payload = raw.sliced(pos, payloadSize).toByteArray();
    if (h.masked) {
        out.append(span("websocket.masked_payload", "Masked payload", pos, payloadSize,
                        previewBytes(payload)));
        applyMask(payload.data(), payload.size(), h.maskKey);
    }
    out.append(span("websocket.payload", h.masked ? "Payload (unmasked)" : "Payload", pos,
                    payloadSize, previewBytes(payload)));
    if (h.opcode == toRaw(Opcode::Close)) {
        // RFC 6455 §5.5.1: the connection reads the same payload with the same parser.
        const ClosePayloadParse close = parseClosePayload(payload);
        if (close.close.code) {
            const quint16 code = *close.close.code;
            out.append(span(
                "websocket.payload.close.status_code", "Status code", pos, 2,
                QStringLiteral("%1 (%2)").arg(code).arg(QLatin1String(closeCodeInfo(code).name)),
                1));
            if (!close.close.reason.isEmpty())
                out.append(span("websocket.payload.close.reason", "Reason", pos + 2,
                                close.close.reason.size(), QString::fromUtf8(close.close.reason),
                                1));
        }
    } else if (h.opcode == toRaw(Opcode::Text) && !(h.rsv & Rsv::Rsv1)
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
