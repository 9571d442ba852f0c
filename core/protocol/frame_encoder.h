#pragma once

#include "core/protocol/frame.h"

#include <QByteArray>

namespace WsBench::Protocol {

enum class EncodeError : quint8 {
    None,
    ReservedOpcode,
    ControlFrameTooLong, // RFC 6455 §5.5: control payload <= 125 bytes
    FragmentedControlFrame,
    ReservedBitsNotAllowed,
    MaskRequired, // client frames are masked (RFC 6455 §5.3)
    MaskForbidden, // server frames are not masked
};

const char *encodeErrorName(EncodeError error);

namespace FrameEncoder {

// The raw path: writes `spec` as given, whatever it violates. Appends to `out`.
void encodeRaw(const FrameSpec &spec, QByteArray &out);
QByteArray encodeRaw(const FrameSpec &spec);

// The strict path: refuses anything RFC 6455 forbids for `sender`. `allowedRsv` lists the RSV
// bits an extension owns (Rsv::Rsv1 with permessage-deflate). Appends to `out` on success.
EncodeError encodeStrict(const FrameSpec &spec, Role sender, quint8 allowedRsv, QByteArray &out);

// A frame's header fields and payload, appended to `out`: the payload masked with `maskKey`
// when there is one. `length` is what the header declares (the raw path may lie about it).
void appendFrame(QByteArray &out, bool fin, quint8 rsv, quint8 opcode, quint64 length,
                 LengthEncoding encoding, const quint32 *maskKey, QByteArrayView payload);

// Header bytes alone (2–14), for a payload that is written separately.
int writeHeader(char *out, bool fin, quint8 rsv, quint8 opcode, quint64 length,
                LengthEncoding encoding, const quint32 *maskKey);

} // namespace FrameEncoder
} // namespace WsBench::Protocol
