#pragma once

#include "core/protocol/handshake.h"
#include "core/protocol/protocol_error.h"

#include <QtGlobal>

namespace WsBench::Traffic {
// Everything the engine reports as failed, one value per cause. Error records carry it with
// untranslated detail; Close records carry the failure that ended the connection. The window
// and the command line turn it into words. Values run without gaps from None to the last, so
// failureName() returns nullptr for the first value past the end.
enum class Failure : quint8 {
    None,
    // Settings
    InvalidOptions, // a URL, proxy, TLS file or reply rule that cannot be used
    // Connecting (clients)
    ConnectTimeout, // no TCP connection (and TLS) within the connect timeout
    HostNotFound, // the host name does not resolve
    ConnectionRefused, // nothing listens on that port
    ProxyError, // the proxy refused, failed or needs other credentials
    ConnectFailed, // any other reason TCP could not connect
    Cancelled, // the attempt was stopped before it connected
    // TLS
    TlsError, // a certificate problem (not allowed by an exception)
    TlsHandshakeFailed, // the TLS handshake did not complete
    TlsConfiguration, // the server's certificate or key cannot be used
    // Listening (servers)
    ListenFailed, // the server cannot listen on its address and port
    TooManyConnections, // a connection refused at the connection limit
    AcceptFailed, // the system would not hand over a new connection (usually: out of files)
    // A connection
    HandshakeTimeout, // no complete opening handshake in time
    HandshakeFailed, // handshake bytes that cannot be read as HTTP, or arrive out of turn
    CloseTimeout, // the closing handshake did not finish in time
    PongTimeout, // no Pong in time after a Ping
    SocketError, // the network failed under an open connection
    Aborted, // TCP dropped on request, without a closing handshake
    BufferLimitExceeded, // bufferedAmount passed its limit: the peer is not reading
    SendBudgetExceeded, // the process's unsent bytes passed its budget; this one held the most
    SendRefused, // a message was not sent (detail: the Protocol::SendStatus)
    CloseRefused, // a Close was not sent (detail: the Protocol::SendStatus)
    // The opening handshake broke RFC 6455 §4 (Protocol::HandshakeProblem)
    MalformedRequestLine,
    MalformedStatusLine,
    InvalidFieldValue,
    MethodNotGet,
    HttpVersionTooOld,
    MissingHost,
    NotSwitchingProtocols,
    MissingUpgrade,
    InvalidUpgrade,
    ConnectionWithoutUpgrade,
    MissingKey,
    BadKey,
    WrongVersion,
    MissingAccept,
    BadAccept,
    InvalidSubprotocol,
    UnrequestedSubprotocol,
    MalformedExtensions,
    UnrequestedExtension,
    InvalidExtensionParameters,
    OriginNotAllowed,
    // The peer broke RFC 6455 §5 or RFC 7692 (Protocol::ProtocolError)
    ReservedOpcode,
    ReservedBitsSet,
    NonMinimalLength,
    LengthMsbSet,
    UnmaskedClientFrame,
    MaskedServerFrame,
    ControlFrameTooLong,
    FragmentedControlFrame,
    FrameTooBig,
    UnexpectedContinuation,
    DataFrameInsideFragmentedMessage,
    MessageTooBig,
    InvalidUtf8,
    ClosePayloadTooShort,
    InvalidCloseCode,
    InvalidCloseReason,
    CompressedControlFrame,
    CompressedContinuation,
    DecompressionFailed,
    DecompressedTooBig,
    HttpNameCase, // the opening handshake wrote "http/1.1": HTTP is case-sensitive
};

// A stable machine name ("ConnectionRefused") for files, HAR and the command line's JSON.
const char *failureName(Failure failure);
Failure failureOf(Protocol::ProtocolError error);
Failure failureOf(Protocol::HandshakeProblem problem);

} // namespace WsBench::Traffic
