#include "ui/text/explain.h"

#include "core/protocol/close_code.h"
#include "core/protocol/connection.h"
#include "core/protocol/opcode.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace WsBench {
namespace Text {
namespace Explain {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("Explain", text);
}

struct CodeText
{
    quint16 code;
    const char *name;
    const char *meaning;
};

// RFC 6455 §7.4.1 and the IANA registry.
const CodeText kCloseCodes[] = {
    {1000, QT_TRANSLATE_NOOP("Explain", "Normal Closure"),
     QT_TRANSLATE_NOOP("Explain", "The purpose of the connection has been fulfilled.")},
    {1001, QT_TRANSLATE_NOOP("Explain", "Going Away"),
     QT_TRANSLATE_NOOP("Explain",
                       "The endpoint is going away: a server shutting down or a "
                       "browser leaving the page.")},
    {1002, QT_TRANSLATE_NOOP("Explain", "Protocol Error"),
     QT_TRANSLATE_NOOP("Explain", "The endpoint received something that breaks the protocol.")},
    {1003, QT_TRANSLATE_NOOP("Explain", "Unsupported Data"),
     QT_TRANSLATE_NOOP("Explain",
                       "The endpoint cannot accept this type of data (for example "
                       "binary when it only understands text).")},
    {1004, QT_TRANSLATE_NOOP("Explain", "Reserved"),
     QT_TRANSLATE_NOOP("Explain", "Reserved; it must not be sent.")},
    {1005, QT_TRANSLATE_NOOP("Explain", "No Status Received"),
     QT_TRANSLATE_NOOP("Explain",
                       "The Close frame carried no code. Never sent on the wire; "
                       "APIs report it.")},
    {1006, QT_TRANSLATE_NOOP("Explain", "Abnormal Closure"),
     QT_TRANSLATE_NOOP("Explain",
                       "The connection ended without a Close frame. Never sent on "
                       "the wire; APIs report it.")},
    {1007, QT_TRANSLATE_NOOP("Explain", "Invalid Frame Payload Data"),
     QT_TRANSLATE_NOOP("Explain",
                       "A message's data was inconsistent with its type, such as "
                       "invalid UTF-8 in a text message.")},
    {1008, QT_TRANSLATE_NOOP("Explain", "Policy Violation"),
     QT_TRANSLATE_NOOP("Explain", "A message broke the endpoint's policy.")},
    {1009, QT_TRANSLATE_NOOP("Explain", "Message Too Big"),
     QT_TRANSLATE_NOOP("Explain", "A message was too big to process.")},
    {1010, QT_TRANSLATE_NOOP("Explain", "Mandatory Extension"),
     QT_TRANSLATE_NOOP("Explain",
                       "The client expected the server to negotiate an extension "
                       "it did not. Only a client sends it.")},
    {1011, QT_TRANSLATE_NOOP("Explain", "Internal Error"),
     QT_TRANSLATE_NOOP("Explain", "The server met an unexpected condition.")},
    {1012, QT_TRANSLATE_NOOP("Explain", "Service Restart"),
     QT_TRANSLATE_NOOP("Explain", "The service is restarting.")},
    {1013, QT_TRANSLATE_NOOP("Explain", "Try Again Later"),
     QT_TRANSLATE_NOOP("Explain", "The server is overloaded; try again later.")},
    {1014, QT_TRANSLATE_NOOP("Explain", "Bad Gateway"),
     QT_TRANSLATE_NOOP("Explain", "A gateway received an invalid response from upstream.")},
    {1015, QT_TRANSLATE_NOOP("Explain", "TLS Handshake Failure"),
     QT_TRANSLATE_NOOP("Explain",
                       "The TLS handshake failed. Never sent on the wire; APIs "
                       "report it.")},
};

const CodeText *findCode(quint16 code)
{
    for (const CodeText &c : kCloseCodes) {
        if (c.code == code)
            return &c;
    }
    return nullptr;
}

struct Words
{
    const char *title;
    const char *meaning;
};

// One switch, no default: a failure without words is a compiler warning.
Words failureWords(Traffic::Failure failure)
{
    using F = Traffic::Failure;
    switch (failure) {
    case F::None:
        return {QT_TRANSLATE_NOOP("Explain", "No failure"),
                QT_TRANSLATE_NOOP("Explain", "Nothing failed.")};
    case F::InvalidOptions:
        return {
            QT_TRANSLATE_NOOP("Explain", "Settings not usable"),
            QT_TRANSLATE_NOOP(
                "Explain",
                "A URL, proxy, certificate file or reply rule in the settings cannot be used.")};
    case F::ConnectTimeout:
        return {
            QT_TRANSLATE_NOOP("Explain", "Connection timed out"),
            QT_TRANSLATE_NOOP(
                "Explain",
                "No TCP connection (with its TLS handshake) was made within the connect timeout.")};
    case F::HostNotFound:
        return {QT_TRANSLATE_NOOP("Explain", "Host not found"),
                QT_TRANSLATE_NOOP("Explain", "The host name could not be resolved to an address.")};
    case F::ConnectionRefused:
        return {QT_TRANSLATE_NOOP("Explain", "Connection refused"),
                QT_TRANSLATE_NOOP("Explain",
                                  "The host answered, but nothing is listening on that port.")};
    case F::ProxyError:
        return {QT_TRANSLATE_NOOP("Explain", "Proxy error"),
                QT_TRANSLATE_NOOP(
                    "Explain",
                    "The proxy refused the connection, failed, or needs other credentials.")};
    case F::ConnectFailed:
        return {QT_TRANSLATE_NOOP("Explain", "Could not connect"),
                QT_TRANSLATE_NOOP(
                    "Explain", "TCP could not connect to the server for another network reason.")};
    case F::Cancelled:
        return {QT_TRANSLATE_NOOP("Explain", "Cancelled"),
                QT_TRANSLATE_NOOP("Explain",
                                  "The connection attempt was stopped before it connected.")};
    case F::TlsError:
        return {QT_TRANSLATE_NOOP("Explain", "Certificate not accepted"),
                QT_TRANSLATE_NOOP(
                    "Explain",
                    "The server's certificate failed verification, and no exception allows it.")};
    case F::TlsHandshakeFailed:
        return {
            QT_TRANSLATE_NOOP("Explain", "TLS handshake failed"),
            QT_TRANSLATE_NOOP("Explain", "The two sides could not agree on a secure TLS session.")};
    case F::TlsConfiguration:
        return {QT_TRANSLATE_NOOP("Explain", "TLS settings not usable"),
                QT_TRANSLATE_NOOP(
                    "Explain", "The certificate or private key in the settings cannot be used.")};
    case F::ListenFailed:
        return {QT_TRANSLATE_NOOP("Explain", "Cannot listen"),
                QT_TRANSLATE_NOOP("Explain",
                                  "The server cannot listen on this address and port; another "
                                  "program may be using the port.")};
    case F::TooManyConnections:
        return {QT_TRANSLATE_NOOP("Explain", "Too many connections"),
                QT_TRANSLATE_NOOP(
                    "Explain",
                    "A connection was refused because the server reached its connection limit.")};
    case F::AcceptFailed:
        return {QT_TRANSLATE_NOOP("Explain", "Cannot accept connections"),
                QT_TRANSLATE_NOOP("Explain",
                                  "WsBench has as many files open as the system allows (ulimit "
                                  "-n), so new connections are answered 503 and closed until "
                                  "others end. Raise the limit to hold more connections.")};
    case F::HandshakeTimeout:
        return {
            QT_TRANSLATE_NOOP("Explain", "Opening handshake timed out"),
            QT_TRANSLATE_NOOP(
                "Explain", "The opening handshake did not complete within the handshake timeout.")};
    case F::HandshakeFailed:
        return {
            QT_TRANSLATE_NOOP("Explain", "Opening handshake failed"),
            QT_TRANSLATE_NOOP(
                "Explain", "The bytes received could not be read as an HTTP opening handshake.")};
    case F::CloseTimeout:
        return {QT_TRANSLATE_NOOP("Explain", "Closing handshake timed out"),
                QT_TRANSLATE_NOOP(
                    "Explain",
                    "The peer did not finish the closing handshake in time, so TCP was closed.")};
    case F::PongTimeout:
        return {
            QT_TRANSLATE_NOOP("Explain", "No Pong in time"),
            QT_TRANSLATE_NOOP(
                "Explain", "The peer did not answer a Ping with a Pong within the pong timeout.")};
    case F::SocketError:
        return {QT_TRANSLATE_NOOP("Explain", "Network error"),
                QT_TRANSLATE_NOOP("Explain", "The network connection failed while it was in use.")};
    case F::Aborted:
        return {QT_TRANSLATE_NOOP("Explain", "Connection aborted"),
                QT_TRANSLATE_NOOP("Explain",
                                  "TCP was dropped on request, without a closing handshake.")};
    case F::BufferLimitExceeded:
        return {QT_TRANSLATE_NOOP("Explain", "Peer not reading"),
                QT_TRANSLATE_NOOP("Explain",
                                  "bufferedAmount passed its limit because the peer stopped "
                                  "reading, so the connection was dropped.")};
    case F::SendBudgetExceeded:
        return {QT_TRANSLATE_NOOP("Explain", "Memory budget for unsent data used up"),
                QT_TRANSLATE_NOOP("Explain",
                                  "All connections together had more unsent data queued than "
                                  "the budget in Preferences allows. The connection holding "
                                  "the most, whose peer was not reading, was dropped so that "
                                  "the others keep working.")};
    case F::SendRefused:
        return {QT_TRANSLATE_NOOP("Explain", "Message not sent"),
                QT_TRANSLATE_NOOP(
                    "Explain", "The message could not be sent in the connection's current state.")};
    case F::CloseRefused:
        return {QT_TRANSLATE_NOOP("Explain", "Close not sent"),
                QT_TRANSLATE_NOOP("Explain",
                                  "The Close frame could not be sent with this code or reason.")};
    case F::MalformedRequestLine:
        return {QT_TRANSLATE_NOOP("Explain", "Malformed request line"),
                QT_TRANSLATE_NOOP(
                    "Explain", "The first line of the request is not a valid HTTP request line.")};
    case F::MalformedStatusLine:
        return {QT_TRANSLATE_NOOP("Explain", "Malformed status line"),
                QT_TRANSLATE_NOOP(
                    "Explain", "The first line of the response is not a valid HTTP status line.")};
    case F::InvalidFieldValue:
        return {QT_TRANSLATE_NOOP("Explain", "Forbidden byte in a header"),
                QT_TRANSLATE_NOOP("Explain",
                                  "A header value holds a NUL, CR or LF byte, which RFC 9110 "
                                  "§5.5 forbids, so the handshake was refused.")};
    case F::MethodNotGet:
        return {
            QT_TRANSLATE_NOOP("Explain", "Method is not GET"),
            QT_TRANSLATE_NOOP(
                "Explain", "The opening handshake must be an HTTP GET request (RFC 6455 §4.1).")};
    case F::HttpVersionTooOld:
        return {QT_TRANSLATE_NOOP("Explain", "HTTP version too old"),
                QT_TRANSLATE_NOOP("Explain",
                                  "WebSocket needs HTTP/1.1 or later for the Upgrade mechanism.")};
    case F::MissingHost:
        return {QT_TRANSLATE_NOOP("Explain", "No Host header"),
                QT_TRANSLATE_NOOP("Explain",
                                  "A request must name the host it is for (RFC 6455 §4.1).")};
    case F::NotSwitchingProtocols:
        return {QT_TRANSLATE_NOOP("Explain", "Status is not 101"),
                QT_TRANSLATE_NOOP("Explain",
                                  "The server answered with another status than 101 Switching "
                                  "Protocols, so the connection did not open.")};
    case F::MissingUpgrade:
        return {QT_TRANSLATE_NOOP("Explain", "No Upgrade header"),
                QT_TRANSLATE_NOOP("Explain", "The handshake has no Upgrade header.")};
    case F::InvalidUpgrade:
        return {QT_TRANSLATE_NOOP("Explain", "Upgrade is not websocket"),
                QT_TRANSLATE_NOOP("Explain", "The Upgrade header does not say \"websocket\".")};
    case F::ConnectionWithoutUpgrade:
        return {QT_TRANSLATE_NOOP("Explain", "Connection lacks Upgrade"),
                QT_TRANSLATE_NOOP("Explain",
                                  "The Connection header does not list the token \"Upgrade\".")};
    case F::MissingKey:
        return {QT_TRANSLATE_NOOP("Explain", "No Sec-WebSocket-Key"),
                QT_TRANSLATE_NOOP("Explain", "The request has no Sec-WebSocket-Key header.")};
    case F::BadKey:
        return {QT_TRANSLATE_NOOP("Explain", "Invalid Sec-WebSocket-Key"),
                QT_TRANSLATE_NOOP("Explain", "The key is not 16 bytes encoded in base64.")};
    case F::WrongVersion:
        return {
            QT_TRANSLATE_NOOP("Explain", "Wrong protocol version"),
            QT_TRANSLATE_NOOP(
                "Explain", "Sec-WebSocket-Version is not 13, the only version of the protocol.")};
    case F::MissingAccept:
        return {QT_TRANSLATE_NOOP("Explain", "No Sec-WebSocket-Accept"),
                QT_TRANSLATE_NOOP("Explain", "The response has no Sec-WebSocket-Accept header.")};
    case F::BadAccept:
        return {QT_TRANSLATE_NOOP("Explain", "Wrong Sec-WebSocket-Accept"),
                QT_TRANSLATE_NOOP("Explain",
                                  "Sec-WebSocket-Accept does not match the key the client sent.")};
    case F::InvalidSubprotocol:
        return {QT_TRANSLATE_NOOP("Explain", "Malformed subprotocol header"),
                QT_TRANSLATE_NOOP("Explain", "The Sec-WebSocket-Protocol header is malformed.")};
    case F::UnrequestedSubprotocol:
        return {QT_TRANSLATE_NOOP("Explain", "Subprotocol not offered"),
                QT_TRANSLATE_NOOP("Explain",
                                  "The server chose a subprotocol the client did not offer.")};
    case F::MalformedExtensions:
        return {QT_TRANSLATE_NOOP("Explain", "Malformed extensions header"),
                QT_TRANSLATE_NOOP("Explain", "The Sec-WebSocket-Extensions header is malformed.")};
    case F::UnrequestedExtension:
        return {QT_TRANSLATE_NOOP("Explain", "Extension not offered"),
                QT_TRANSLATE_NOOP("Explain",
                                  "The server accepted an extension the client did not offer.")};
    case F::InvalidExtensionParameters:
        return {QT_TRANSLATE_NOOP("Explain", "Invalid extension parameters"),
                QT_TRANSLATE_NOOP(
                    "Explain", "An extension was negotiated with parameters that are not valid.")};
    case F::OriginNotAllowed:
        return {QT_TRANSLATE_NOOP("Explain", "Origin not allowed"),
                QT_TRANSLATE_NOOP("Explain",
                                  "The request's Origin is not on the server's allow-list, so the "
                                  "server answers 403.")};
    case F::ReservedOpcode:
        return {QT_TRANSLATE_NOOP("Explain", "Reserved opcode"),
                QT_TRANSLATE_NOOP("Explain",
                                  "A frame used an opcode that RFC 6455 reserves for future use.")};
    case F::ReservedBitsSet:
        return {QT_TRANSLATE_NOOP("Explain", "Reserved bits set"),
                QT_TRANSLATE_NOOP("Explain",
                                  "A frame set RSV bits that no negotiated extension defines.")};
    case F::NonMinimalLength:
        return {
            QT_TRANSLATE_NOOP("Explain", "Length not minimal"),
            QT_TRANSLATE_NOOP("Explain", "A payload length was not written in its shortest form.")};
    case F::LengthMsbSet:
        return {QT_TRANSLATE_NOOP("Explain", "64-bit length too large"),
                QT_TRANSLATE_NOOP("Explain",
                                  "The most significant bit of a 64-bit payload length was set.")};
    case F::UnmaskedClientFrame:
        return {
            QT_TRANSLATE_NOOP("Explain", "Unmasked client frame"),
            QT_TRANSLATE_NOOP(
                "Explain", "A client sent a frame without a mask; clients must mask every frame.")};
    case F::MaskedServerFrame:
        return {
            QT_TRANSLATE_NOOP("Explain", "Masked server frame"),
            QT_TRANSLATE_NOOP("Explain", "A server sent a masked frame; servers must not mask.")};
    case F::ControlFrameTooLong:
        return {QT_TRANSLATE_NOOP("Explain", "Control frame too long"),
                QT_TRANSLATE_NOOP("Explain",
                                  "A control frame carried more than 125 bytes of payload.")};
    case F::FragmentedControlFrame:
        return {
            QT_TRANSLATE_NOOP("Explain", "Fragmented control frame"),
            QT_TRANSLATE_NOOP("Explain",
                              "A control frame was split into fragments, which RFC 6455 forbids.")};
    case F::FrameTooBig:
        return {QT_TRANSLATE_NOOP("Explain", "Frame too big"),
                QT_TRANSLATE_NOOP("Explain", "A frame was larger than the configured size limit.")};
    case F::UnexpectedContinuation:
        return {
            QT_TRANSLATE_NOOP("Explain", "Unexpected continuation"),
            QT_TRANSLATE_NOOP(
                "Explain", "A continuation frame arrived with no fragmented message to continue.")};
    case F::DataFrameInsideFragmentedMessage:
        return {
            QT_TRANSLATE_NOOP("Explain", "New message inside a fragmented one"),
            QT_TRANSLATE_NOOP(
                "Explain",
                "A new text or binary frame arrived before the fragmented message was finished.")};
    case F::MessageTooBig:
        return {
            QT_TRANSLATE_NOOP("Explain", "Message too big"),
            QT_TRANSLATE_NOOP("Explain", "A message was larger than the configured size limit.")};
    case F::InvalidUtf8:
        return {QT_TRANSLATE_NOOP("Explain", "Invalid UTF-8"),
                QT_TRANSLATE_NOOP("Explain", "A text message was not valid UTF-8.")};
    case F::ClosePayloadTooShort:
        return {QT_TRANSLATE_NOOP("Explain", "Close payload too short"),
                QT_TRANSLATE_NOOP("Explain",
                                  "A Close frame had a 1-byte payload, too short to hold a code.")};
    case F::InvalidCloseCode:
        return {QT_TRANSLATE_NOOP("Explain", "Invalid close code"),
                QT_TRANSLATE_NOOP(
                    "Explain", "A Close frame carried a code that must not be sent on the wire.")};
    case F::InvalidCloseReason:
        return {QT_TRANSLATE_NOOP("Explain", "Invalid close reason"),
                QT_TRANSLATE_NOOP("Explain", "A Close frame's reason was not valid UTF-8.")};
    case F::CompressedControlFrame:
        return {
            QT_TRANSLATE_NOOP("Explain", "Compressed control frame"),
            QT_TRANSLATE_NOOP(
                "Explain", "A control frame had RSV1 set; control frames are never compressed.")};
    case F::CompressedContinuation:
        return {
            QT_TRANSLATE_NOOP("Explain", "RSV1 on a continuation frame"),
            QT_TRANSLATE_NOOP(
                "Explain", "A continuation frame had RSV1 set; only a message's first frame may.")};
    case F::DecompressionFailed:
        return {QT_TRANSLATE_NOOP("Explain", "Decompression failed"),
                QT_TRANSLATE_NOOP("Explain", "A compressed message could not be decompressed.")};
    case F::DecompressedTooBig:
        return {QT_TRANSLATE_NOOP("Explain", "Decompressed message too big"),
                QT_TRANSLATE_NOOP("Explain",
                                  "A message grew past the size limit when it was decompressed.")};
    case F::HttpNameCase:
        return {QT_TRANSLATE_NOOP("Explain", "\"http\" is not \"HTTP\""),
                QT_TRANSLATE_NOOP("Explain",
                                  "The start line writes the HTTP version in lower case, but the "
                                  "name HTTP is case-sensitive (RFC 9112 §2.3); browsers fail "
                                  "such a handshake too.")};
    }
    return {"", ""};
}

QString sendStatus(Protocol::SendStatus status)
{
    using S = Protocol::SendStatus;
    switch (status) {
    case S::Sent:
        return QCoreApplication::translate("Explain", "sent");
    case S::NotOpen:
        return QCoreApplication::translate("Explain", "the connection is not open yet");
    case S::Discarded:
        return QCoreApplication::translate("Explain", "the connection is closing or closed");
    case S::InvalidUtf8:
        return QCoreApplication::translate("Explain", "the text is not valid UTF-8");
    case S::InvalidArgument:
        return QCoreApplication::translate("Explain",
                                           "the payload or the number of fragments is not valid");
    case S::InvalidCloseCode:
        return QCoreApplication::translate("Explain", "this close code cannot be sent");
    case S::CloseReasonTooLong:
        return QCoreApplication::translate("Explain", "the reason is longer than 123 bytes");
    case S::AlreadyClosing:
        return QCoreApplication::translate("Explain", "a Close frame was already sent");
    }
    return {};
}

} // namespace

// The WHATWG names stay untranslated: they are what the API and browsers show.
QString readyState(Protocol::ReadyState state)
{
    return QString::number(int(state)) + QLatin1Char(' ')
        + QLatin1String(Protocol::readyStateName(state));
}

QString readyStateMeaning(Protocol::ReadyState state)
{
    using S = Protocol::ReadyState;
    switch (state) {
    case S::Connecting:
        return QCoreApplication::translate(
            "Explain", "Connecting: TCP, TLS and the opening handshake are under way.");
    case S::Open:
        return QCoreApplication::translate(
            "Explain", "Open: the handshake succeeded and messages can flow both ways.");
    case S::Closing:
        return QCoreApplication::translate(
            "Explain",
            "Closing: a Close frame was sent or received; the closing handshake is under "
            "way.");
    case S::Closed:
        return QCoreApplication::translate(
            "Explain", "Closed: the connection is over, or could not be opened.");
    }
    return {};
}

QString closeCodeName(quint16 code)
{
    if (const CodeText *c = findCode(code))
        return translated(c->name);
    switch (Protocol::closeCodeInfo(code).cls) {
    case Protocol::CloseCodeClass::Registered:
        return QCoreApplication::translate("Explain", "Registered (libraries and frameworks)");
    case Protocol::CloseCodeClass::Private:
        return QCoreApplication::translate("Explain", "Private use");
    case Protocol::CloseCodeClass::Reserved:
        return QCoreApplication::translate("Explain", "Reserved for future RFCs");
    default:
        return QCoreApplication::translate("Explain", "Not a valid close code");
    }
}

QString closeCodeMeaning(quint16 code)
{
    if (const CodeText *c = findCode(code))
        return translated(c->meaning);
    switch (Protocol::closeCodeInfo(code).cls) {
    case Protocol::CloseCodeClass::Registered:
        return QCoreApplication::translate(
            "Explain",
            "3000–3999 are registered with IANA for libraries, frameworks and "
            "applications.");
    case Protocol::CloseCodeClass::Private:
        return QCoreApplication::translate(
            "Explain", "4000–4999 are for private use by agreement between the two ends.");
    case Protocol::CloseCodeClass::Reserved:
        return QCoreApplication::translate(
            "Explain",
            "1016–2999 are reserved for future RFCs; receiving one is a protocol error.");
    default:
        return QCoreApplication::translate(
            "Explain", "Codes below 1000 and above 4999 are not valid in a Close frame.");
    }
}

QString closeCode(quint16 code)
{
    return QString::number(code) + QLatin1Char(' ') + closeCodeName(code);
}

QString handshakeCheck(Protocol::HandshakeCheck check)
{
    using C = Protocol::HandshakeCheck;
    switch (check) {
    case C::StartLine:
        return QCoreApplication::translate("Explain", "Start line");
    case C::FieldValues:
        return QCoreApplication::translate("Explain", "Header values");
    case C::Method:
        return QCoreApplication::translate("Explain", "Method is GET");
    case C::HttpVersion:
        return QCoreApplication::translate("Explain", "HTTP/1.1 or later");
    case C::Host:
        return QCoreApplication::translate("Explain", "Host header");
    case C::Status:
        return QCoreApplication::translate("Explain", "Status 101");
    case C::Upgrade:
        return QCoreApplication::translate("Explain", "Upgrade: websocket");
    case C::Connection:
        return QCoreApplication::translate("Explain", "Connection: Upgrade");
    case C::Key:
        return QCoreApplication::translate("Explain", "Sec-WebSocket-Key");
    case C::Version:
        return QCoreApplication::translate("Explain", "Sec-WebSocket-Version: 13");
    case C::Accept:
        return QCoreApplication::translate("Explain", "Sec-WebSocket-Accept");
    case C::Subprotocol:
        return QCoreApplication::translate("Explain", "Subprotocol");
    case C::Extensions:
        return QCoreApplication::translate("Explain", "Extensions");
    case C::Origin:
        return QCoreApplication::translate("Explain", "Origin allowed");
    case C::HeaderSpacing:
        return QCoreApplication::translate("Explain", "Space after colons");
    case C::LegacyHeaders:
        return QCoreApplication::translate("Explain", "Pre-RFC headers");
    }
    return {};
}

QString handshakeCheckExplanation(Protocol::HandshakeCheck check)
{
    using C = Protocol::HandshakeCheck;
    switch (check) {
    case C::StartLine:
        return QCoreApplication::translate(
            "Explain", "The first line must be a well-formed HTTP request or status line.");
    case C::FieldValues:
        return QCoreApplication::translate(
            "Explain",
            "No header value may hold NUL, CR or LF (RFC 9110 §5.5): they could split or "
            "smuggle headers.");
    case C::Method:
        return QCoreApplication::translate(
            "Explain", "The opening handshake is an HTTP GET request (RFC 6455 §4.1).");
    case C::HttpVersion:
        return QCoreApplication::translate(
            "Explain", "WebSocket needs HTTP/1.1 or later for the Upgrade mechanism.");
    case C::Host:
        return QCoreApplication::translate(
            "Explain", "A request must name the host it is for (RFC 6455 §4.1, item 4).");
    case C::Status:
        return QCoreApplication::translate(
            "Explain",
            "Only 101 Switching Protocols opens the connection; any other status fails "
            "it.");
    case C::Upgrade:
        return QCoreApplication::translate(
            "Explain", "Upgrade must contain \"websocket\", in any letter case.");
    case C::Connection:
        return QCoreApplication::translate("Explain",
                                           "Connection must list the token \"Upgrade\".");
    case C::Key:
        return QCoreApplication::translate(
            "Explain",
            "The client sends 16 random bytes in base64; the server proves it read them.");
    case C::Version:
        return QCoreApplication::translate("Explain", "The only protocol version is 13.");
    case C::Accept:
        return QCoreApplication::translate(
            "Explain", "Must equal base64(SHA-1(key + 258EAFA5-E914-47DA-95CA-C5AB0DC85B11)).");
    case C::Subprotocol:
        return QCoreApplication::translate(
            "Explain",
            "The server may choose one of the subprotocols the client offered, and no "
            "other.");
    case C::Extensions:
        return QCoreApplication::translate(
            "Explain",
            "The server may accept only extensions the client offered, with valid "
            "parameters.");
    case C::Origin:
        return QCoreApplication::translate(
            "Explain", "A server may refuse browsers from origins it does not trust (403).");
    case C::HeaderSpacing:
        return QCoreApplication::translate(
            "Explain",
            "The whitespace after a header's colon is optional (RFC 9112 §5.1): "
            "\"Upgrade:websocket\" is as valid as \"Upgrade: websocket\".");
    case C::LegacyHeaders:
        return QCoreApplication::translate(
            "Explain",
            "WebSocket-Location, WebSocket-Origin and their kin belong to the pre-RFC hixie "
            "drafts (hixie-76 and before); RFC 6455 peers ignore them.");
    }
    return {};
}

QString handshakeProblem(Protocol::HandshakeProblem problem)
{
    using P = Protocol::HandshakeProblem;
    switch (problem) {
    case P::None:
        return QCoreApplication::translate("Explain", "Passed");
    case P::MalformedRequestLine:
        return QCoreApplication::translate("Explain", "The request line is malformed.");
    case P::MalformedStatusLine:
        return QCoreApplication::translate("Explain", "The status line is malformed.");
    case P::InvalidFieldValue:
        return QCoreApplication::translate("Explain", "A header value holds a NUL, CR or LF byte.");
    case P::MethodNotGet:
        return QCoreApplication::translate("Explain", "The method is not GET.");
    case P::HttpVersionTooOld:
        return QCoreApplication::translate("Explain", "The HTTP version is older than 1.1.");
    case P::MissingHost:
        return QCoreApplication::translate("Explain", "There is no Host header.");
    case P::NotSwitchingProtocols:
        return QCoreApplication::translate("Explain", "The status is not 101 Switching Protocols.");
    case P::MissingUpgrade:
        return QCoreApplication::translate("Explain", "There is no Upgrade header.");
    case P::InvalidUpgrade:
        return QCoreApplication::translate("Explain", "Upgrade does not say \"websocket\".");
    case P::ConnectionWithoutUpgrade:
        return QCoreApplication::translate("Explain", "Connection does not contain \"Upgrade\".");
    case P::MissingKey:
        return QCoreApplication::translate("Explain", "There is no Sec-WebSocket-Key.");
    case P::BadKey:
        return QCoreApplication::translate("Explain", "The key is not 16 bytes in base64.");
    case P::WrongVersion:
        return QCoreApplication::translate("Explain", "Sec-WebSocket-Version is not 13.");
    case P::MissingAccept:
        return QCoreApplication::translate("Explain", "There is no Sec-WebSocket-Accept.");
    case P::BadAccept:
        return QCoreApplication::translate("Explain",
                                           "Sec-WebSocket-Accept does not match the key.");
    case P::InvalidSubprotocol:
        return QCoreApplication::translate("Explain", "The subprotocol header is malformed.");
    case P::UnrequestedSubprotocol:
        return QCoreApplication::translate(
            "Explain", "The server chose a subprotocol the client did not offer.");
    case P::MalformedExtensions:
        return QCoreApplication::translate("Explain", "The extensions header is malformed.");
    case P::UnrequestedExtension:
        return QCoreApplication::translate(
            "Explain", "The server accepted an extension the client did not offer.");
    case P::InvalidExtensionParameters:
        return QCoreApplication::translate("Explain", "The extension parameters are invalid.");
    case P::OriginNotAllowed:
        return QCoreApplication::translate("Explain", "The origin is not on the allow-list.");
    case P::HttpNameCase:
        return QCoreApplication::translate(
            "Explain",
            "\"http\" must be \"HTTP\": the name is case-sensitive (RFC 9112 §2.3). Browsers "
            "fail this handshake too.");
    case P::NoSpaceAfterColon:
        return QCoreApplication::translate(
            "Explain",
            "A header has no space after its colon. Allowed: the whitespace is optional (RFC "
            "9112 §5.1).");
    case P::LegacyHixieHeader:
        return QCoreApplication::translate(
            "Explain",
            "A header of the pre-RFC hixie-76 protocol (such as WebSocket-Location or "
            "WebSocket-Origin). It has no effect.");
    }
    return {};
}

QString opcode(quint8 op)
{
    switch (op) {
    case 0x0:
        return QCoreApplication::translate("Explain", "Continuation");
    case 0x1:
        return QCoreApplication::translate("Explain", "Text");
    case 0x2:
        return QCoreApplication::translate("Explain", "Binary");
    case 0x8:
        return QCoreApplication::translate("Explain", "Close");
    case 0x9:
        return QCoreApplication::translate("Explain", "Ping");
    case 0xA:
        return QCoreApplication::translate("Explain", "Pong");
    }
    return QCoreApplication::translate("Explain", "Reserved (0x%1)").arg(op, 1, 16);
}

QString recordType(Traffic::RecordKind kind, quint8 op)
{
    using K = Traffic::RecordKind;
    switch (kind) {
    case K::HandshakeRequest:
        return QCoreApplication::translate("Explain", "Handshake request");
    case K::HandshakeResponse:
        return QCoreApplication::translate("Explain", "Handshake response");
    case K::Frame:
        return QCoreApplication::translate("Explain", "%1 frame").arg(opcode(op));
    case K::Message:
        return opcode(op);
    case K::State:
        return QCoreApplication::translate("Explain", "State");
    case K::Close:
        return QCoreApplication::translate("Explain", "Closed");
    case K::Error:
        return QCoreApplication::translate("Explain", "Error");
    case K::Note:
        return QCoreApplication::translate("Explain", "Note");
    }
    return {};
}

QString direction(Traffic::Direction d)
{
    switch (d) {
    case Traffic::Direction::Outbound:
        return QStringLiteral("→");
    case Traffic::Direction::Inbound:
        return QStringLiteral("←");
    case Traffic::Direction::None:
        break;
    }
    return QStringLiteral("·");
}

QString urlError(Net::UrlError error)
{
    using E = Net::UrlError;
    switch (error) {
    case E::None:
        return {};
    case E::Empty:
        return QCoreApplication::translate(
            "Explain", "Enter a URL such as ws://127.0.0.1:8080/ or wss://example.com/chat.");
    case E::UnsupportedScheme:
        return QCoreApplication::translate("Explain",
                                           "A WebSocket URL starts with ws:// or wss://.");
    case E::MissingHost:
        return QCoreApplication::translate("Explain", "The URL has no host name or address.");
    case E::InvalidPort:
        return QCoreApplication::translate("Explain", "The port must be a number from 1 to 65535.");
    case E::HasFragment:
        return QCoreApplication::translate(
            "Explain", "A WebSocket URL cannot have a #fragment (RFC 6455 §3).");
    case E::Malformed:
        return QCoreApplication::translate("Explain", "This is not a valid URL.");
    }
    return {};
}

QString failureTitle(Traffic::Failure failure)
{
    return translated(failureWords(failure).title);
}

QString failureMeaning(Traffic::Failure failure)
{
    return translated(failureWords(failure).meaning);
}

bool interfaceIsEnglish()
{
    return QCoreApplication::translate("Explain", "yes",
                                       "Is the interface in English? Any other language: no")
        == QLatin1String("yes");
}

QString failureDetail(Traffic::Failure failure, const QByteArray &detail)
{
    if (failure == Traffic::Failure::NotSwitchingProtocols) {
        // "The server answered 200 OK instead of 101 Switching Protocols (the server says: …)":
        // the status, in the user's words; what the server said stays in the engine's detail.
        static const QRegularExpression answered(
            QStringLiteral("^The server answered (.*) instead of 101 Switching Protocols"));
        const QRegularExpressionMatch m = answered.match(QString::fromUtf8(detail));
        if (m.hasMatch())
            return QCoreApplication::translate(
                       "Explain", "The server answered %1 instead of 101 Switching Protocols")
                .arg(m.captured(1));
    }
    if (failure != Traffic::Failure::SendRefused && failure != Traffic::Failure::CloseRefused)
        return QString::fromUtf8(detail);
    using S = Protocol::SendStatus;
    for (const S status : {S::Sent, S::NotOpen, S::Discarded, S::InvalidUtf8, S::InvalidArgument,
                           S::InvalidCloseCode, S::CloseReasonTooLong, S::AlreadyClosing}) {
        if (detail == Protocol::sendStatusName(status))
            return sendStatus(status);
    }
    return QString::fromUtf8(detail);
}

QString fieldLabel(const QByteArray &key, const QByteArray &englishLabel)
{
    static const QHash<QByteArray, const char *> labels = {
        {"websocket.fin", QT_TRANSLATE_NOOP("Explain", "FIN (final fragment)")},
        {"websocket.rsv", QT_TRANSLATE_NOOP("Explain", "Reserved bits")},
        {"websocket.rsv1", QT_TRANSLATE_NOOP("Explain", "RSV1 (per-message compressed)")},
        {"websocket.rsv2", QT_TRANSLATE_NOOP("Explain", "RSV2")},
        {"websocket.rsv3", QT_TRANSLATE_NOOP("Explain", "RSV3")},
        {"websocket.opcode", QT_TRANSLATE_NOOP("Explain", "Opcode")},
        {"websocket.mask", QT_TRANSLATE_NOOP("Explain", "MASK")},
        {"websocket.payload_length", QT_TRANSLATE_NOOP("Explain", "Payload length")},
        {"websocket.payload_length_ext_16",
         QT_TRANSLATE_NOOP("Explain", "Extended payload length (16 bits)")},
        {"websocket.payload_length_ext_64",
         QT_TRANSLATE_NOOP("Explain", "Extended payload length (64 bits)")},
        {"websocket.masking_key", QT_TRANSLATE_NOOP("Explain", "Masking key")},
        {"websocket.masked_payload", QT_TRANSLATE_NOOP("Explain", "Masked payload")},
        {"websocket.payload.close.status_code", QT_TRANSLATE_NOOP("Explain", "Status code")},
        {"websocket.payload.close.reason", QT_TRANSLATE_NOOP("Explain", "Reason")},
        {"websocket.payload.text", QT_TRANSLATE_NOOP("Explain", "Text")},
        {"websocket.truncated", QT_TRANSLATE_NOOP("Explain", "Truncated frame")},
        {"websocket.trailing", QT_TRANSLATE_NOOP("Explain", "Bytes after the frame")},
    };
    if (key == "websocket.payload") {
        return englishLabel.contains("unmasked")
            ? QCoreApplication::translate("Explain", "Payload (unmasked)")
            : QCoreApplication::translate("Explain", "Payload");
    }
    const auto it = labels.constFind(key);
    return it == labels.constEnd() ? QString::fromUtf8(englishLabel) : translated(it.value());
}

} // namespace Explain
} // namespace Text
} // namespace WsBench
