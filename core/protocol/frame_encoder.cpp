#include "core/protocol/frame_encoder.h"

#include "core/protocol/masking.h"

#include <QStringBuilder>
#include <cstring>

namespace WsBench::Protocol {

const char *encodeErrorName(EncodeError error)
{
    switch (error) {
    case EncodeError::None:
        return "None";
    case EncodeError::ReservedOpcode:
        return "ReservedOpcode";
    case EncodeError::ControlFrameTooLong:
        return "ControlFrameTooLong";
    case EncodeError::FragmentedControlFrame:
        return "FragmentedControlFrame";
    case EncodeError::ReservedBitsNotAllowed:
        return "ReservedBitsNotAllowed";
    case EncodeError::MaskRequired:
        return "MaskRequired";
    case EncodeError::MaskForbidden:
        return "MaskForbidden";
    }
    return "Unknown";
}

namespace FrameEncoder {

int writeHeader(char *out, bool fin, quint8 rsv, quint8 opcode, quint64 length,
                LengthEncoding encoding, const quint32 *maskKey)
{
    if (encoding == LengthEncoding::Minimal)
        encoding = minimalLengthEncoding(length);
    auto *o = reinterpret_cast<unsigned char *>(out);
    int n = 0;
    // RFC 6455 §5.2: the layout parseFrameHeader() reads.
    o[n++] = static_cast<unsigned char>((fin ? HeaderBits::Fin : 0)
                                        | ((rsv << HeaderBits::RsvShift) & HeaderBits::Rsv)
                                        | (opcode & HeaderBits::Opcode));
    const unsigned char maskBit = maskKey ? HeaderBits::Mask : 0;
    switch (encoding) {
    case LengthEncoding::Minimal:
    case LengthEncoding::Bits7:
        o[n++] = static_cast<unsigned char>(maskBit | (length & HeaderBits::Length7));
        break;
    case LengthEncoding::Bits16:
        o[n++] = maskBit | HeaderBits::Length16Follows;
        o[n++] = static_cast<unsigned char>(length >> 8);
        o[n++] = static_cast<unsigned char>(length);
        break;
    case LengthEncoding::Bits64:
        o[n++] = maskBit | HeaderBits::Length64Follows;
        for (int shift = 56; shift >= 0; shift -= 8)
            o[n++] = static_cast<unsigned char>(length >> shift);
        break;
    }
    if (maskKey) {
        for (int shift = 24; shift >= 0; shift -= 8)
            o[n++] = static_cast<unsigned char>(*maskKey >> shift);
    }
    return n;
}

void appendFrame(QByteArray &out, bool fin, quint8 rsv, quint8 opcode, quint64 length,
                 LengthEncoding encoding, const quint32 *maskKey, QByteArrayView payload)
{
    char header[14];
    const int headerSize = writeHeader(header, fin, rsv, opcode, length, encoding, maskKey);
    const qsizetype start = out.size();
    out.resize(start + headerSize + payload.size());
    char *dst = out.data() + start;
    std::memcpy(dst, header, std::size_t(headerSize));
    if (maskKey)
        copyMasked(dst + headerSize, payload.data(), payload.size(), *maskKey);
    else if (!payload.isEmpty())
        std::memcpy(dst + headerSize, payload.data(), std::size_t(payload.size()));
}

void encodeRaw(const FrameSpec &spec, QByteArray &out)
{
    appendFrame(out, spec.fin, spec.rsv, spec.opcode,
                spec.declaredLength.value_or(quint64(spec.payload.size())), spec.lengthEncoding,
                spec.maskKey ? &*spec.maskKey : nullptr, spec.payload);
}

QByteArray encodeRaw(const FrameSpec &spec)
{
    QByteArray out;
    encodeRaw(spec, out);
    return out;
}

EncodeError encodeStrict(const FrameSpec &spec, Role sender, quint8 allowedRsv, QByteArray &out)
{
    if (isReservedOpcode(spec.opcode))
        return EncodeError::ReservedOpcode;
    if (isControlOpcode(spec.opcode)) {
        if (spec.payload.size() > kMaxControlPayloadSize)
            return EncodeError::ControlFrameTooLong;
        if (!spec.fin)
            return EncodeError::FragmentedControlFrame;
    }
    if ((spec.rsv & ~allowedRsv) != 0)
        return EncodeError::ReservedBitsNotAllowed;
    if (sender == Role::Client && !spec.maskKey)
        return EncodeError::MaskRequired;
    if (sender == Role::Server && spec.maskKey)
        return EncodeError::MaskForbidden;
    FrameSpec legal = spec;
    legal.lengthEncoding = LengthEncoding::Minimal;
    legal.declaredLength.reset();
    encodeRaw(legal, out);
    return EncodeError::None;
}

} // namespace FrameEncoder
} // namespace WsBench::Protocol
