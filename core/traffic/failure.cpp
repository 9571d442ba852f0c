#include "core/traffic/failure.h"

namespace WsBench::Traffic {

const char *failureName(Failure failure)
{
    switch (failure) {
    case Failure::None:
        return "None";
    case Failure::InvalidOptions:
        return "InvalidOptions";
    case Failure::ConnectTimeout:
        return "ConnectTimeout";
    case Failure::HostNotFound:
        return "HostNotFound";
    case Failure::ConnectionRefused:
        return "ConnectionRefused";
    case Failure::ProxyError:
        return "ProxyError";
    case Failure::ConnectFailed:
        return "ConnectFailed";
    case Failure::Cancelled:
        return "Cancelled";
    case Failure::TlsError:
        return "TlsError";
    case Failure::TlsHandshakeFailed:
        return "TlsHandshakeFailed";
    case Failure::TlsConfiguration:
        return "TlsConfiguration";
    case Failure::ListenFailed:
        return "ListenFailed";
    case Failure::TooManyConnections:
        return "TooManyConnections";
    case Failure::AcceptFailed:
        return "AcceptFailed";
    case Failure::HandshakeTimeout:
        return "HandshakeTimeout";
    case Failure::HandshakeFailed:
        return "HandshakeFailed";
    case Failure::CloseTimeout:
        return "CloseTimeout";
    case Failure::PongTimeout:
        return "PongTimeout";
    case Failure::SocketError:
        return "SocketError";
    case Failure::Aborted:
        return "Aborted";
    case Failure::BufferLimitExceeded:
        return "BufferLimitExceeded";
    case Failure::SendBudgetExceeded:
        return "SendBudgetExceeded";
    case Failure::SendRefused:
        return "SendRefused";
    case Failure::CloseRefused:
        return "CloseRefused";
    case Failure::MalformedRequestLine:
        return "MalformedRequestLine";
    case Failure::MalformedStatusLine:
        return "MalformedStatusLine";
    case Failure::InvalidFieldValue:
        return "InvalidFieldValue";
    case Failure::MethodNotGet:
        return "MethodNotGet";
    case Failure::HttpVersionTooOld:
        return "HttpVersionTooOld";
    case Failure::MissingHost:
        return "MissingHost";
    case Failure::NotSwitchingProtocols:
        return "NotSwitchingProtocols";
    case Failure::MissingUpgrade:
        return "MissingUpgrade";
    case Failure::InvalidUpgrade:
        return "InvalidUpgrade";
    case Failure::ConnectionWithoutUpgrade:
        return "ConnectionWithoutUpgrade";
    case Failure::MissingKey:
        return "MissingKey";
    case Failure::BadKey:
        return "BadKey";
    case Failure::WrongVersion:
        return "WrongVersion";
    case Failure::MissingAccept:
        return "MissingAccept";
    case Failure::BadAccept:
        return "BadAccept";
    case Failure::InvalidSubprotocol:
        return "InvalidSubprotocol";
    case Failure::UnrequestedSubprotocol:
        return "UnrequestedSubprotocol";
    case Failure::MalformedExtensions:
        return "MalformedExtensions";
    case Failure::UnrequestedExtension:
        return "UnrequestedExtension";
    case Failure::InvalidExtensionParameters:
        return "InvalidExtensionParameters";
    case Failure::OriginNotAllowed:
        return "OriginNotAllowed";
    case Failure::ReservedOpcode:
        return "ReservedOpcode";
    case Failure::ReservedBitsSet:
        return "ReservedBitsSet";
    case Failure::NonMinimalLength:
        return "NonMinimalLength";
    case Failure::LengthMsbSet:
        return "LengthMsbSet";
    case Failure::UnmaskedClientFrame:
        return "UnmaskedClientFrame";
    case Failure::MaskedServerFrame:
        return "MaskedServerFrame";
    case Failure::ControlFrameTooLong:
        return "ControlFrameTooLong";
    case Failure::FragmentedControlFrame:
        return "FragmentedControlFrame";
    case Failure::FrameTooBig:
        return "FrameTooBig";
    case Failure::UnexpectedContinuation:
        return "UnexpectedContinuation";
    case Failure::DataFrameInsideFragmentedMessage:
        return "DataFrameInsideFragmentedMessage";
    case Failure::MessageTooBig:
        return "MessageTooBig";
    case Failure::InvalidUtf8:
        return "InvalidUtf8";
    case Failure::ClosePayloadTooShort:
        return "ClosePayloadTooShort";
    case Failure::InvalidCloseCode:
        return "InvalidCloseCode";
    case Failure::InvalidCloseReason:
        return "InvalidCloseReason";
    case Failure::CompressedControlFrame:
        return "CompressedControlFrame";
    case Failure::CompressedContinuation:
        return "CompressedContinuation";
    case Failure::DecompressionFailed:
        return "DecompressionFailed";
    case Failure::DecompressedTooBig:
        return "DecompressedTooBig";
    case Failure::HttpNameCase:
        return "HttpNameCase";
    }
    return nullptr;
}

Failure failureOf(Protocol::ProtocolError error)
{
    using E = Protocol::ProtocolError;
    switch (error) {
    case E::None:
        return Failure::None;
    case E::ReservedOpcode:
        return Failure::ReservedOpcode;
    case E::ReservedBitsSet:
        return Failure::ReservedBitsSet;
    case E::NonMinimalLength:
        return Failure::NonMinimalLength;
    case E::LengthMsbSet:
        return Failure::LengthMsbSet;
    case E::UnmaskedClientFrame:
        return Failure::UnmaskedClientFrame;
    case E::MaskedServerFrame:
        return Failure::MaskedServerFrame;
    case E::ControlFrameTooLong:
        return Failure::ControlFrameTooLong;
    case E::FragmentedControlFrame:
        return Failure::FragmentedControlFrame;
    case E::FrameTooBig:
        return Failure::FrameTooBig;
    case E::UnexpectedContinuation:
        return Failure::UnexpectedContinuation;
    case E::DataFrameInsideFragmentedMessage:
        return Failure::DataFrameInsideFragmentedMessage;
    case E::MessageTooBig:
        return Failure::MessageTooBig;
    case E::InvalidUtf8:
        return Failure::InvalidUtf8;
    case E::ClosePayloadTooShort:
        return Failure::ClosePayloadTooShort;
    case E::InvalidCloseCode:
        return Failure::InvalidCloseCode;
    case E::InvalidCloseReason:
        return Failure::InvalidCloseReason;
    case E::CompressedControlFrame:
        return Failure::CompressedControlFrame;
    case E::CompressedContinuation:
        return Failure::CompressedContinuation;
    case E::DecompressionFailed:
        return Failure::DecompressionFailed;
    case E::DecompressedTooBig:
        return Failure::DecompressedTooBig;
    }
    return Failure::None;
}

Failure failureOf(Protocol::HandshakeProblem problem)
{
    using P = Protocol::HandshakeProblem;
    switch (problem) {
    case P::None:
        return Failure::None;
    case P::MalformedRequestLine:
        return Failure::MalformedRequestLine;
    case P::MalformedStatusLine:
        return Failure::MalformedStatusLine;
    case P::InvalidFieldValue:
        return Failure::InvalidFieldValue;
    case P::MethodNotGet:
        return Failure::MethodNotGet;
    case P::HttpVersionTooOld:
        return Failure::HttpVersionTooOld;
    case P::MissingHost:
        return Failure::MissingHost;
    case P::NotSwitchingProtocols:
        return Failure::NotSwitchingProtocols;
    case P::MissingUpgrade:
        return Failure::MissingUpgrade;
    case P::InvalidUpgrade:
        return Failure::InvalidUpgrade;
    case P::ConnectionWithoutUpgrade:
        return Failure::ConnectionWithoutUpgrade;
    case P::MissingKey:
        return Failure::MissingKey;
    case P::BadKey:
        return Failure::BadKey;
    case P::WrongVersion:
        return Failure::WrongVersion;
    case P::MissingAccept:
        return Failure::MissingAccept;
    case P::BadAccept:
        return Failure::BadAccept;
    case P::InvalidSubprotocol:
        return Failure::InvalidSubprotocol;
    case P::UnrequestedSubprotocol:
        return Failure::UnrequestedSubprotocol;
    case P::MalformedExtensions:
        return Failure::MalformedExtensions;
    case P::UnrequestedExtension:
        return Failure::UnrequestedExtension;
    case P::InvalidExtensionParameters:
        return Failure::InvalidExtensionParameters;
    case P::OriginNotAllowed:
        return Failure::OriginNotAllowed;
    case P::HttpNameCase:
        return Failure::HttpNameCase;
    case P::NoSpaceAfterColon: // notes: nothing failed
    case P::LegacyHixieHeader:
        return Failure::None;
    }
    return Failure::None;
}

} // namespace WsBench::Traffic
