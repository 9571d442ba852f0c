#include "core/protocol/protocol_error.h"

#include "core/protocol/close_code.h"

#include <QStringBuilder>

namespace WsBench::Protocol {

quint16 protocolErrorCloseCode(ProtocolError error)
{
    switch (error) {
    case ProtocolError::None:
        return 0;
    case ProtocolError::InvalidUtf8:
    case ProtocolError::InvalidCloseReason: // RFC 6455 §8.1 + Autobahn 7.5.1 accept 1007
        return CloseCode::InvalidPayload;
    case ProtocolError::FrameTooBig:
    case ProtocolError::MessageTooBig:
    case ProtocolError::DecompressedTooBig:
        return CloseCode::MessageTooBig;
    default:
        return CloseCode::ProtocolError;
    }
}

ProtocolFailure makeFailure(ProtocolError error, QByteArray detail, qint64 streamOffset)
{
    ProtocolFailure failure;
    failure.error = error;
    failure.closeCode = protocolErrorCloseCode(error);
    failure.detail = std::move(detail);
    failure.streamOffset = streamOffset;
    return failure;
}

} // namespace WsBench::Protocol
