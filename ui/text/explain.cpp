#include "ui/text/explain.h"

#include "core/protocol/close_code.h"
#include "core/protocol/opcode.h"

#include <QCoreApplication>
#include <QHash>

namespace WsBench {
namespace Gui {
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

} // namespace

QString readyState(int state)
{
    static const char *const names[] = {"CONNECTING", "OPEN", "CLOSING", "CLOSED"};
    if (state < 0 || state > 3)
        return QString::number(state);
    return QString::number(state) + QLatin1Char(' ') + QLatin1String(names[state]);
}

QString readyStateMeaning(int state)
{
    switch (state) {
    case 0:
        return QCoreApplication::translate(
            "Explain", "Connecting: TCP, TLS and the opening handshake are under way.");
    case 1:
        return QCoreApplication::translate(
            "Explain", "Open: the handshake succeeded and messages can flow both ways.");
    case 2:
        return QCoreApplication::translate(
            "Explain",
            "Closing: a Close frame was sent or received; the closing handshake is under "
            "way.");
    case 3:
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

QString errorCode(const QByteArray &code)
{
    static const QHash<QByteArray, const char *> words = {
        {"ConnectTimeout", QT_TRANSLATE_NOOP("Explain", "The connection timed out")},
        {"HandshakeTimeout", QT_TRANSLATE_NOOP("Explain", "The opening handshake timed out")},
        {"HandshakeFailed", QT_TRANSLATE_NOOP("Explain", "The opening handshake failed")},
        {"CloseTimeout",
         QT_TRANSLATE_NOOP("Explain", "The peer did not finish the closing handshake in time")},
        {"SocketError", QT_TRANSLATE_NOOP("Explain", "Network error")},
        {"TlsError", QT_TRANSLATE_NOOP("Explain", "The server's certificate was not accepted")},
        {"TlsHandshakeFailed", QT_TRANSLATE_NOOP("Explain", "The TLS handshake failed")},
        {"TlsConfiguration", QT_TRANSLATE_NOOP("Explain", "The TLS settings could not be used")},
        {"InvalidOptions", QT_TRANSLATE_NOOP("Explain", "The settings are not valid")},
        {"ListenFailed", QT_TRANSLATE_NOOP("Explain", "The server could not listen")},
        {"TooManyConnections",
         QT_TRANSLATE_NOOP("Explain", "A connection was refused: too many connections")},
        {"SendRefused", QT_TRANSLATE_NOOP("Explain", "The message was not sent")},
        {"Aborted", QT_TRANSLATE_NOOP("Explain", "The connection was aborted")},
        {"PongTimeout", QT_TRANSLATE_NOOP("Explain", "No Pong arrived in time")},
        {"Cancelled", QT_TRANSLATE_NOOP("Explain", "Cancelled")},
    };
    const auto it = words.constFind(code);
    return it == words.constEnd() ? QString::fromLatin1(code) : translated(it.value());
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
} // namespace Gui
} // namespace WsBench
