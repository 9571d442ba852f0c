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

const char *protocolErrorName(ProtocolError error)
{
    switch (error) {
    case ProtocolError::None:
        return "None";
    case ProtocolError::ReservedOpcode:
        return "ReservedOpcode";
    case ProtocolError::ReservedBitsSet:
        return "ReservedBitsSet";
    case ProtocolError::NonMinimalLength:
        return "NonMinimalLength";
    case ProtocolError::LengthMsbSet:
        return "LengthMsbSet";
    case ProtocolError::UnmaskedClientFrame:
        return "UnmaskedClientFrame";
    case ProtocolError::MaskedServerFrame:
        return "MaskedServerFrame";
    case ProtocolError::ControlFrameTooLong:
        return "ControlFrameTooLong";
    case ProtocolError::FragmentedControlFrame:
        return "FragmentedControlFrame";
    case ProtocolError::FrameTooBig:
        return "FrameTooBig";
    case ProtocolError::UnexpectedContinuation:
        return "UnexpectedContinuation";
    case ProtocolError::DataFrameInsideFragmentedMessage:
        return "DataFrameInsideFragmentedMessage";
    case ProtocolError::MessageTooBig:
        return "MessageTooBig";
    case ProtocolError::InvalidUtf8:
        return "InvalidUtf8";
    case ProtocolError::ClosePayloadTooShort:
        return "ClosePayloadTooShort";
    case ProtocolError::InvalidCloseCode:
        return "InvalidCloseCode";
    case ProtocolError::InvalidCloseReason:
        return "InvalidCloseReason";
    case ProtocolError::CompressedControlFrame:
        return "CompressedControlFrame";
    case ProtocolError::CompressedContinuation:
        return "CompressedContinuation";
    case ProtocolError::DecompressionFailed:
        return "DecompressionFailed";
    case ProtocolError::DecompressedTooBig:
        return "DecompressedTooBig";
    }
    return "Unknown";
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
