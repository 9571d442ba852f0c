#pragma once

#include <QByteArray>

namespace WsBench::Protocol {

// Every way an inbound byte stream can break RFC 6455 / RFC 7692. Each carries the close code
// to answer with (protocolErrorCloseCode).
enum class ProtocolError : quint8 {
    None,
    // Frame header (RFC 6455 §5.2)
    ReservedOpcode,
    ReservedBitsSet,
    NonMinimalLength,
    LengthMsbSet,
    UnmaskedClientFrame,
    MaskedServerFrame,
    ControlFrameTooLong,
    FragmentedControlFrame,
    FrameTooBig,
    // Message sequencing (RFC 6455 §5.4)
    UnexpectedContinuation,
    DataFrameInsideFragmentedMessage,
    MessageTooBig,
    // Payload (RFC 6455 §8.1, §5.5.1)
    InvalidUtf8,
    ClosePayloadTooShort,
    InvalidCloseCode,
    InvalidCloseReason,
    // permessage-deflate (RFC 7692 §6)
    CompressedControlFrame,
    CompressedContinuation,
    DecompressionFailed,
    DecompressedTooBig,
};

struct ProtocolFailure
{
    ProtocolError error = ProtocolError::None;
    quint16 closeCode = 0;
    qint64 streamOffset = -1; // offset of the offending byte in the inbound stream, if known
    QByteArray detail; // untranslated English, for logs and the "technical detail" view

    bool isFailure() const { return error != ProtocolError::None; }
};

quint16 protocolErrorCloseCode(ProtocolError error);
ProtocolFailure makeFailure(ProtocolError error, QByteArray detail, qint64 streamOffset = -1);

} // namespace WsBench::Protocol
