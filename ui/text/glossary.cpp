#include "ui/text/glossary.h"

#include "core/protocol/opcode.h"
#include "ui/text/explain.h"

#include <QCoreApplication>

namespace WsBench {
namespace Text {
namespace Glossary {

namespace {

struct Topic
{
    const char *key;
    const char *title; // null: the title comes from the code (readyState, close code)
    const char *text;
    const char *section;
};

const Topic kTopics[] = {
    // The frame's fields, in wire order (RFC 6455 §5.2).
    {"websocket.fin", QT_TRANSLATE_NOOP("Explain", "FIN (final fragment)"),
     QT_TRANSLATE_NOOP(
         "Explain",
         "The first bit of every frame. 1 means this frame ends its message; 0 means continuation "
         "frames follow. A message sent in one frame has FIN set."),
     "RFC 6455 §5.2, §5.4"},
    {"websocket.rsv", QT_TRANSLATE_NOOP("Explain", "Reserved bits"),
     QT_TRANSLATE_NOOP(
         "Explain",
         "Three bits, RSV1 to RSV3, that must be 0 unless an extension negotiated in the "
         "handshake gives them a meaning. A receiver that sees a bit no extension defines fails "
         "the connection with 1002."),
     "RFC 6455 §5.2"},
    {"websocket.rsv1", QT_TRANSLATE_NOOP("Explain", "RSV1 (per-message compressed)"),
     QT_TRANSLATE_NOOP(
         "Explain",
         "With permessage-deflate negotiated, RSV1 on the first frame of a message says that the "
         "message is compressed. It is never set on control frames or continuation frames; "
         "without the extension it must be 0."),
     "RFC 7692 §6, RFC 6455 §5.2"},
    {"websocket.rsv2", QT_TRANSLATE_NOOP("Explain", "RSV2"),
     QT_TRANSLATE_NOOP(
         "Explain",
         "No extension in common use defines RSV2, so it must be 0. A frame with it set fails the "
         "connection with 1002."),
     "RFC 6455 §5.2"},
    {"websocket.rsv3", QT_TRANSLATE_NOOP("Explain", "RSV3"),
     QT_TRANSLATE_NOOP(
         "Explain",
         "No extension in common use defines RSV3, so it must be 0. A frame with it set fails the "
         "connection with 1002."),
     "RFC 6455 §5.2"},
    {"websocket.opcode", QT_TRANSLATE_NOOP("Explain", "Opcode"),
     QT_TRANSLATE_NOOP(
         "Explain",
         "Four bits that say what the frame carries: 0x0 continuation, 0x1 text, 0x2 binary, "
         "0x8 Close, 0x9 Ping, 0xA Pong. Opcodes from 0x8 up are control frames. The other "
         "values are reserved, and receiving one fails the connection."),
     "RFC 6455 §5.2, §11.8"},
    {"websocket.mask", QT_TRANSLATE_NOOP("Explain", "MASK"),
     QT_TRANSLATE_NOOP(
         "Explain",
         "1 when the payload is masked with a 4-byte masking key. Every frame a client sends must "
         "be masked, and no frame a server sends may be; the receiver fails the connection "
         "otherwise."),
     "RFC 6455 §5.2, §5.1"},
    {"websocket.payload_length", QT_TRANSLATE_NOOP("Explain", "Payload length"),
     QT_TRANSLATE_NOOP(
         "Explain",
         "Seven bits give the payload length. 0 to 125 is the length itself; 126 means the length "
         "follows in the next 16 bits; 127 means it follows in the next 64 bits. The shortest form "
         "must be used, so a 100-byte payload never uses 126."),
     "RFC 6455 §5.2"},
    {"websocket.payload_length_ext_16",
     QT_TRANSLATE_NOOP("Explain", "Extended payload length (16 bits)"),
     QT_TRANSLATE_NOOP(
         "Explain",
         "Present when the 7-bit length is 126: the payload length as an unsigned 16-bit number in "
         "network byte order, for payloads of 126 to 65,535 bytes."),
     "RFC 6455 §5.2"},
    {"websocket.payload_length_ext_64",
     QT_TRANSLATE_NOOP("Explain", "Extended payload length (64 bits)"),
     QT_TRANSLATE_NOOP(
         "Explain",
         "Present when the 7-bit length is 127: the payload length as an unsigned 64-bit number in "
         "network byte order, for payloads of 65,536 bytes or more. Its most significant bit must "
         "be 0."),
     "RFC 6455 §5.2"},
    {"websocket.masking_key", QT_TRANSLATE_NOOP("Explain", "Masking key"),
     QT_TRANSLATE_NOOP(
         "Explain",
         "Four random bytes, new for every frame a client sends; payload byte i is XORed with key "
         "byte i mod 4. The key travels in clear, so masking hides nothing from an eavesdropper. "
         "It keeps a script from choosing the bytes on the wire, which could otherwise fool a "
         "proxy that reads them as HTTP into caching a forged response (cache poisoning)."),
     "RFC 6455 §5.3, §10.3"},
    {"websocket.masked_payload", QT_TRANSLATE_NOOP("Explain", "Masked payload"),
     QT_TRANSLATE_NOOP(
         "Explain",
         "The payload as it crossed the wire, XORed with the masking key. XORing it again with "
         "the same key gives back the data."),
     "RFC 6455 §5.3"},
    {"websocket.payload", QT_TRANSLATE_NOOP("Explain", "Payload"),
     QT_TRANSLATE_NOOP(
         "Explain",
         "The application data: a message's text or bytes, or a control frame's body. For a "
         "compressed message it is deflate output. A control frame carries at most 125 bytes."),
     "RFC 6455 §5.2, §5.5"},
    {"websocket.payload.close.status_code", QT_TRANSLATE_NOOP("Explain", "Status code"),
     QT_TRANSLATE_NOOP(
         "Explain",
         "The first two bytes of a Close frame's payload: the close code, in network byte order. "
         "A Close frame may have no payload at all; the receiver then reports 1005."),
     "RFC 6455 §5.5.1, §7.4"},
    {"websocket.payload.close.reason", QT_TRANSLATE_NOOP("Explain", "Reason"),
     QT_TRANSLATE_NOOP(
         "Explain",
         "After the code, an optional reason in UTF-8, meant for people rather than programs. "
         "Code and reason must fit in 125 bytes, so the reason is at most 123 bytes."),
     "RFC 6455 §5.5.1"},
    {"websocket.payload.text", QT_TRANSLATE_NOOP("Explain", "Text"),
     QT_TRANSLATE_NOOP(
         "Explain",
         "The payload of a Text message, which must be valid UTF-8 once the whole message is "
         "assembled. A character may be split across frames. Invalid UTF-8 fails the connection "
         "with 1007."),
     "RFC 6455 §5.6, §8.1"},
    {"websocket.truncated", QT_TRANSLATE_NOOP("Explain", "Truncated frame"),
     QT_TRANSLATE_NOOP(
         "Explain",
         "The recorded bytes end before the frame does: its header announces more than was "
         "captured."),
     "RFC 6455 §5.2"},
    {"websocket.trailing", QT_TRANSLATE_NOOP("Explain", "Bytes after the frame"),
     QT_TRANSLATE_NOOP("Explain",
                       "Bytes recorded after this frame's payload. They belong to the next frame."),
     "RFC 6455 §5.2"},

    // The opening handshake (RFC 6455 §4).
    {"handshake.request", QT_TRANSLATE_NOOP("Explain", "Handshake request"),
     QT_TRANSLATE_NOOP(
         "Explain",
         "The client's HTTP GET with Upgrade: websocket, Connection: Upgrade, a fresh "
         "Sec-WebSocket-Key and Sec-WebSocket-Version: 13. Until the server's answer, the "
         "connection speaks plain HTTP/1.1."),
     "RFC 6455 §4.1"},
    {"handshake.response", QT_TRANSLATE_NOOP("Explain", "Handshake response"),
     QT_TRANSLATE_NOOP(
         "Explain",
         "The server's answer. 101 Switching Protocols with the right Sec-WebSocket-Accept opens "
         "the connection, and from the next byte on both ends speak frames. Any other answer "
         "fails it."),
     "RFC 6455 §4.2.2, §4.1"},
    {"http.request.line", QT_TRANSLATE_NOOP("Explain", "Request line"),
     QT_TRANSLATE_NOOP(
         "Explain",
         "Method, path and version: GET, the path and query of the ws:// URL, and HTTP/1.1. The "
         "name HTTP is case-sensitive, so it must be written in capitals."),
     "RFC 9112 §3, RFC 6455 §4.1"},
    {"http.request.method", QT_TRANSLATE_NOOP("Explain", "Method"),
     QT_TRANSLATE_NOOP(
         "Explain",
         "The opening handshake is always a GET request. Any other method is not a WebSocket "
         "handshake."),
     "RFC 6455 §4.1"},
    {"http.request.uri", QT_TRANSLATE_NOOP("Explain", "Request target"),
     QT_TRANSLATE_NOOP(
         "Explain",
         "The path and query of the ws:// or wss:// URL. A WebSocket URL has no #fragment."),
     "RFC 6455 §3, §4.1"},
    {"http.request.version", QT_TRANSLATE_NOOP("Explain", "HTTP version"),
     QT_TRANSLATE_NOOP(
         "Explain",
         "HTTP/1.1 or later, for its Upgrade mechanism. The name HTTP is case-sensitive: "
         "\"http/1.1\" is not a valid version."),
     "RFC 9112 §2.3, RFC 6455 §4.1"},
    {"http.response.line", QT_TRANSLATE_NOOP("Explain", "Status line"),
     QT_TRANSLATE_NOOP(
         "Explain",
         "Version, status code and reason phrase. Only \"HTTP/1.1 101 Switching Protocols\" "
         "opens the connection; 200, 403 or a redirect fails it."),
     "RFC 9112 §4, RFC 6455 §4.2.2"},
    {"http.response.version", QT_TRANSLATE_NOOP("Explain", "HTTP version"),
     QT_TRANSLATE_NOOP(
         "Explain",
         "HTTP/1.1 or later, for its Upgrade mechanism. The name HTTP is case-sensitive: "
         "\"http/1.1\" is not a valid version."),
     "RFC 9112 §2.3, RFC 6455 §4.1"},
    {"http.response.code", QT_TRANSLATE_NOOP("Explain", "Status code"),
     QT_TRANSLATE_NOOP(
         "Explain",
         "101 Switching Protocols: the server agrees to leave HTTP and speak WebSocket on this "
         "connection. Any other code means the handshake failed."),
     "RFC 6455 §4.2.2"},
    {"http.response.phrase", QT_TRANSLATE_NOOP("Explain", "Reason phrase"),
     QT_TRANSLATE_NOOP(
         "Explain",
         "Words for people after the status code, usually \"Switching Protocols\". Clients must "
         "not depend on them."),
     "RFC 9112 §4"},
    {"http.host", QT_TRANSLATE_NOOP("Explain", "Host"),
     QT_TRANSLATE_NOOP(
         "Explain",
         "The host and port the request is for, as in every HTTP/1.1 request. It lets one server "
         "answer for several names."),
     "RFC 6455 §4.1, RFC 9112 §3.2"},
    {"http.upgrade", QT_TRANSLATE_NOOP("Explain", "Upgrade"),
     QT_TRANSLATE_NOOP(
         "Explain",
         "Upgrade: websocket asks the server to switch this connection from HTTP to WebSocket, and "
         "the server's 101 answers with the same header. The value is not case-sensitive."),
     "RFC 6455 §4.1, §4.2.2"},
    {"http.connection", QT_TRANSLATE_NOOP("Explain", "Connection"),
     QT_TRANSLATE_NOOP(
         "Explain",
         "Must list the token Upgrade, so that proxies know the Upgrade header is meant for this "
         "hop and must not be passed on. It may list other tokens too, such as keep-alive."),
     "RFC 6455 §4.1, RFC 9110 §7.6.1"},
    {"http.origin", QT_TRANSLATE_NOOP("Explain", "Origin"),
     QT_TRANSLATE_NOOP(
         "Explain",
         "Browsers send the origin of the page that opened the connection. A server can refuse "
         "origins it does not trust with 403, so that other sites' scripts cannot connect with "
         "the user's cookies. Other clients can send any origin, so it is not authentication."),
     "RFC 6455 §4.1, §10.2"},
    {"http.sec_websocket_key", QT_TRANSLATE_NOOP("Explain", "Sec-WebSocket-Key"),
     QT_TRANSLATE_NOOP(
         "Explain",
         "16 random bytes in base64, new for each connection. It is not a secret: the server's "
         "Accept built from it proves that the server understood a WebSocket request, and that "
         "no cache replayed an old answer."),
     "RFC 6455 §4.1, §1.3"},
    {"http.sec_websocket_accept", QT_TRANSLATE_NOOP("Explain", "Sec-WebSocket-Accept"),
     QT_TRANSLATE_NOOP(
         "Explain",
         "base64(SHA-1(key + 258EAFA5-E914-47DA-95CA-C5AB0DC85B11)). The client computes the same "
         "value from the key it sent and fails the connection when they differ."),
     "RFC 6455 §4.2.2, §1.3"},
    {"http.sec_websocket_version", QT_TRANSLATE_NOOP("Explain", "Sec-WebSocket-Version"),
     QT_TRANSLATE_NOOP(
         "Explain",
         "Always 13, the version of RFC 6455. A server that does not speak the client's version "
         "answers 426 and lists the versions it supports."),
     "RFC 6455 §4.1, §4.4"},
    {"http.sec_websocket_protocol", QT_TRANSLATE_NOOP("Explain", "Sec-WebSocket-Protocol"),
     QT_TRANSLATE_NOOP(
         "Explain",
         "The client lists the application protocols it can speak on top of WebSocket (for "
         "example graphql-ws); the server picks at most one and names it in its answer. A choice "
         "the client did not offer fails the connection."),
     "RFC 6455 §4.1, §1.9"},
    {"http.sec_websocket_extensions", QT_TRANSLATE_NOOP("Explain", "Sec-WebSocket-Extensions"),
     QT_TRANSLATE_NOOP(
         "Explain",
         "The client offers extensions with their parameters, most often permessage-deflate; the "
         "server accepts some of them in its answer. Only accepted extensions are used, and they "
         "change how frames are encoded (RSV1)."),
     "RFC 6455 §9.1, RFC 7692 §5"},

    // readyState (WHATWG).
    {"readyState", QT_TRANSLATE_NOOP("Explain", "readyState"),
     QT_TRANSLATE_NOOP(
         "Explain",
         "The state of a WebSocket as a browser reports it: 0 CONNECTING, 1 OPEN, 2 CLOSING, "
         "3 CLOSED. It only moves forward; a closed WebSocket never reopens."),
     "WHATWG WebSockets §3"},
    {"readyState.0", nullptr,
     QT_TRANSLATE_NOOP(
         "Explain",
         "TCP is connecting, TLS is negotiating or the opening handshake is under way. A browser "
         "refuses send() in this state."),
     "WHATWG WebSockets §3, RFC 6455 §4.1"},
    {"readyState.1", nullptr,
     QT_TRANSLATE_NOOP(
         "Explain",
         "The server answered 101 and the client accepted its answer. Both ends may now send "
         "messages, pings and a Close at any time."),
     "WHATWG WebSockets §3, RFC 6455 §4.1"},
    {"readyState.2", nullptr,
     QT_TRANSLATE_NOOP(
         "Explain",
         "close() was called or a Close frame arrived; the closing handshake is under way. "
         "Messages sent now are discarded, though bufferedAmount still counts them."),
     "WHATWG WebSockets §3, RFC 6455 §7.1.3"},
    {"readyState.3", nullptr,
     QT_TRANSLATE_NOOP(
         "Explain",
         "The connection is over: both Close frames were exchanged and TCP closed, or it failed, "
         "or it never opened. The close event reports the code, the reason and wasClean."),
     "WHATWG WebSockets §3, RFC 6455 §7.1.4"},

    // Events, as a browser's WebSocket fires them.
    {"event.open", QT_TRANSLATE_NOOP("Explain", "open"),
     QT_TRANSLATE_NOOP(
         "Explain",
         "Fires when readyState becomes 1 OPEN: the server accepted the handshake and the client "
         "checked its answer. The chosen subprotocol and extensions are known from then on."),
     "WHATWG WebSockets §4, RFC 6455 §4.1"},
    {"event.message", QT_TRANSLATE_NOOP("Explain", "message"),
     QT_TRANSLATE_NOOP(
         "Explain",
         "Fires once for each complete message, however many frames carried it: text as a "
         "string, binary as a Blob or ArrayBuffer. Control frames never cause a message event."),
     "WHATWG WebSockets §4, RFC 6455 §6.2"},
    {"event.ping", QT_TRANSLATE_NOOP("Explain", "Ping"),
     QT_TRANSLATE_NOOP(
         "Explain",
         "A control frame (0x9) asking the peer to answer with a Pong that carries the same "
         "payload, at most 125 bytes. It may come between the fragments of a message. Browsers "
         "answer pings themselves and tell scripts nothing."),
     "RFC 6455 §5.5.2"},
    {"event.pong", QT_TRANSLATE_NOOP("Explain", "Pong"),
     QT_TRANSLATE_NOOP(
         "Explain",
         "The answer to a Ping (0xA), carrying the Ping's payload. A Pong may also be sent "
         "unasked, as a one-way heartbeat, and needs no answer."),
     "RFC 6455 §5.5.3"},
    {"event.close", QT_TRANSLATE_NOOP("Explain", "close"),
     QT_TRANSLATE_NOOP(
         "Explain",
         "A Close frame (0x8) starts the closing handshake: the other end answers with its own "
         "Close, then the server closes TCP. The close event reports the code, the reason and "
         "wasClean, which is true only when the closing handshake completed."),
     "RFC 6455 §5.5.1, §7, WHATWG WebSockets §4"},
    {"event.error", QT_TRANSLATE_NOOP("Explain", "error"),
     QT_TRANSLATE_NOOP(
         "Explain",
         "Something failed: the handshake, the network or the protocol. A browser's error event "
         "carries no detail and is followed by close, often with 1006; WsBench says what "
         "failed."),
     "WHATWG WebSockets §4, RFC 6455 §7.1.7"},
    {"fragmentation", QT_TRANSLATE_NOOP("Explain", "Fragmentation"),
     QT_TRANSLATE_NOOP(
         "Explain",
         "A message may be split into frames: the first carries the text or binary opcode with "
         "FIN 0, continuation frames (0x0) follow, and the last has FIN 1. Control frames may come "
         "between fragments, another message may not."),
     "RFC 6455 §5.4"},
    {"bufferedAmount", QT_TRANSLATE_NOOP("Explain", "bufferedAmount"),
     QT_TRANSLATE_NOOP(
         "Explain",
         "The bytes of message data that send() accepted and the network has not taken yet: the "
         "UTF-8 length of text, the length of binary data, no frame headers. It grows when an "
         "application sends faster than the link or the peer reads, and drains as the socket "
         "hands bytes to the operating system. It does not reset when the connection closes."),
     "WHATWG WebSockets §3"},

    // Close codes (RFC 6455 §7.4.1 and the IANA registry).
    {"close.1000", nullptr,
     QT_TRANSLATE_NOOP(
         "Explain",
         "The normal end of a connection whose work is done. It is the code to use when nothing "
         "went wrong."),
     "RFC 6455 §7.4.1"},
    {"close.1001", nullptr,
     QT_TRANSLATE_NOOP(
         "Explain",
         "The endpoint is going away: a server shutting down, or a browser leaving the page. "
         "Browsers send it when a page is unloaded."),
     "RFC 6455 §7.4.1"},
    {"close.1002", nullptr,
     QT_TRANSLATE_NOOP(
         "Explain",
         "The endpoint closes because the peer broke the protocol: a reserved bit or opcode, an "
         "unmasked client frame, a fragmented control frame and the like."),
     "RFC 6455 §7.4.1"},
    {"close.1003", nullptr,
     QT_TRANSLATE_NOOP(
         "Explain",
         "The endpoint received a type of data it cannot accept, for example binary data when it "
         "only understands text."),
     "RFC 6455 §7.4.1"},
    {"close.1004", nullptr,
     QT_TRANSLATE_NOOP("Explain",
                       "Reserved: a meaning may be defined for it later. It must not be sent."),
     "RFC 6455 §7.4.1"},
    {"close.1005", nullptr,
     QT_TRANSLATE_NOOP(
         "Explain",
         "No code was present: the Close frame received had no payload. It is never sent in a "
         "Close frame, because it only exists to give the API a number for \"the peer gave no "
         "code\"."),
     "RFC 6455 §7.1.5, §7.4.1"},
    {"close.1006", nullptr,
     QT_TRANSLATE_NOOP(
         "Explain",
         "The connection ended without a Close frame: TCP dropped, or the peer crashed. It is "
         "never "
         "sent, because an endpoint that can still send a Close frame has not closed abnormally; "
         "the API reports it."),
     "RFC 6455 §7.1.5, §7.4.1"},
    {"close.1007", nullptr,
     QT_TRANSLATE_NOOP(
         "Explain",
         "A message's data did not match its type, most often a Text message that is not valid "
         "UTF-8."),
     "RFC 6455 §7.4.1"},
    {"close.1008", nullptr,
     QT_TRANSLATE_NOOP(
         "Explain",
         "A message broke the endpoint's policy. It is the generic code when no more specific one, "
         "such as 1003 or 1009, fits."),
     "RFC 6455 §7.4.1"},
    {"close.1009", nullptr,
     QT_TRANSLATE_NOOP("Explain",
                       "A message was too big for the endpoint to process. WsBench's server sends "
                       "it when a frame "
                       "or a message passes its size limit."),
     "RFC 6455 §7.4.1"},
    {"close.1010", nullptr,
     QT_TRANSLATE_NOOP(
         "Explain",
         "Sent by a client when the server did not accept an extension the client needs; the "
         "reason names it. A server fails the handshake instead."),
     "RFC 6455 §7.4.1"},
    {"close.1011", nullptr,
     QT_TRANSLATE_NOOP(
         "Explain",
         "The server met an unexpected condition that kept it from fulfilling the request."),
     "RFC 6455 §7.4.1"},
    {"close.1012", nullptr,
     QT_TRANSLATE_NOOP(
         "Explain",
         "The service is restarting. A client may reconnect, best after a random delay of a few "
         "seconds."),
     "IANA WebSocket Close Code Registry"},
    {"close.1013", nullptr,
     QT_TRANSLATE_NOOP(
         "Explain",
         "The service is overloaded. The client should try again later, or another server."),
     "IANA WebSocket Close Code Registry"},
    {"close.1014", nullptr,
     QT_TRANSLATE_NOOP(
         "Explain",
         "The server is a gateway or proxy and received an invalid response from the server "
         "behind it."),
     "IANA WebSocket Close Code Registry"},
    {"close.1015", nullptr,
     QT_TRANSLATE_NOOP(
         "Explain",
         "The TLS handshake failed, for example because the certificate could not be verified. "
         "Like 1005 and 1006 it is never sent in a Close frame; the API reports it."),
     "RFC 6455 §7.4.1"},
    // A server that misbehaves on purpose (Net::Misbehaviour), one topic per kind.
    {"misbehave.wrong-accept",
     QT_TRANSLATE_NOOP("Explain", "Misbehaving: wrong Sec-WebSocket-Accept"),
     QT_TRANSLATE_NOOP(
         "Explain",
         "The server answers with a Sec-WebSocket-Accept computed from another key. A client must "
         "compare it with the value of its own key and fail the connection when they differ, "
         "before any frame: the handshake fails and the connection never opens."),
     "RFC 6455 §4.1, §4.2.2"},
    {"misbehave.status", QT_TRANSLATE_NOOP("Explain", "Misbehaving: a status other than 101"),
     QT_TRANSLATE_NOOP(
         "Explain",
         "The server answers the upgrade with another status (403 unless set), keeping the 101's "
         "headers. Only 101 Switching Protocols opens a WebSocket; for any other status the client "
         "fails the handshake and may follow HTTP rules (a redirect, authentication)."),
     "RFC 6455 §4.1, §4.2.2"},
    {"misbehave.unoffered-subprotocol",
     QT_TRANSLATE_NOOP("Explain", "Misbehaving: a subprotocol that was not offered"),
     QT_TRANSLATE_NOOP("Explain",
                       "The 101 names a subprotocol (wsbench.unoffered) that the client did not "
                       "list in Sec-WebSocket-Protocol. The client must fail the connection: a "
                       "server may only pick one of the client's values, or none."),
     "RFC 6455 §4.1, §4.2.2"},
    {"misbehave.unoffered-extension",
     QT_TRANSLATE_NOOP("Explain", "Misbehaving: an extension that was not offered"),
     QT_TRANSLATE_NOOP(
         "Explain",
         "The 101 names an extension the client did not ask for: permessage-deflate when the "
         "client did not offer it, otherwise the unknown x-wsbench-unoffered. The client must fail "
         "the connection: a server may only accept extensions the client offered."),
     "RFC 6455 §4.1, §9.1; RFC 7692 §5"},
    {"misbehave.delay-101", QT_TRANSLATE_NOOP("Explain", "Misbehaving: a late 101"),
     QT_TRANSLATE_NOOP(
         "Explain",
         "The server holds its 101 for the given milliseconds. Meanwhile the client stays "
         "CONNECTING (readyState 0) and may not send; a client with a handshake timeout shorter "
         "than the delay gives up. The server's own handshake timeout still applies."),
     "RFC 6455 §4.1; WHATWG WebSockets"},
    {"misbehave.no-pong", QT_TRANSLATE_NOOP("Explain", "Misbehaving: no Pong"),
     QT_TRANSLATE_NOOP("Explain",
                       "The server never answers a Ping. A Pong must answer every Ping as soon as "
                       "is practical, so a client that checks liveness with Pings sees its pong "
                       "timeout pass and closes the connection."),
     "RFC 6455 §5.5.2, §5.5.3"},
    {"misbehave.no-close-reply", QT_TRANSLATE_NOOP("Explain", "Misbehaving: no Close reply"),
     QT_TRANSLATE_NOOP("Explain",
                       "The server receives the client's Close, does not answer it and keeps TCP "
                       "open. The client waits for the Close within its close timeout, then closes "
                       "TCP itself: the close is not clean, and the code is 1006."),
     "RFC 6455 §5.5.1, §7.1.1"},
    {"misbehave.drop-tcp",
     QT_TRANSLATE_NOOP("Explain", "Misbehaving: TCP closed without a Close frame"),
     QT_TRANSLATE_NOOP("Explain",
                       "The server closes TCP without a closing handshake: on the first message it "
                       "receives (value 0) or the given milliseconds after the open. The client "
                       "sees the connection end without a Close frame: code 1006, not clean."),
     "RFC 6455 §7.1.5, §7.4.1"},
    {"misbehave.reset-mid-message",
     QT_TRANSLATE_NOOP("Explain", "Misbehaving: reset in the middle of a message"),
     QT_TRANSLATE_NOOP("Explain",
                       "The server sends the first half of the first message's frame, then resets "
                       "TCP (an RST, not a FIN). The client never gets the rest of the frame; its "
                       "connection ends with 1006 and the partial message is never delivered."),
     "RFC 6455 §7.1.5"},
    {"misbehave.masked-frame", QT_TRANSLATE_NOOP("Explain", "Misbehaving: masked server frames"),
     QT_TRANSLATE_NOOP("Explain",
                       "Every frame the server sends is masked. A server must not mask, and a "
                       "client that receives a masked frame fails the connection with 1002."),
     "RFC 6455 §5.1, §5.3"},
    {"misbehave.reserved-opcode", QT_TRANSLATE_NOOP("Explain", "Misbehaving: a reserved opcode"),
     QT_TRANSLATE_NOOP(
         "Explain",
         "Every message goes out with the opcode 0x3, which is reserved for future non-control "
         "frames. A client that receives it fails the connection with 1002."),
     "RFC 6455 §5.2, §11.8"},
    {"misbehave.fragment", QT_TRANSLATE_NOOP("Explain", "Misbehaving: every message fragmented"),
     QT_TRANSLATE_NOOP("Explain",
                       "Every message the server sends is split into the given number of frames: "
                       "the first with its opcode, the others continuation frames, the last with "
                       "FIN. This is allowed; a correct client receives the whole message intact."),
     "RFC 6455 §5.4"},
    {"misbehave.ping-in-fragments",
     QT_TRANSLATE_NOOP("Explain", "Misbehaving: Pings between fragments"),
     QT_TRANSLATE_NOOP("Explain",
                       "A Ping goes between the fragments of every message. Control frames may "
                       "come in the middle of a fragmented message, so a correct client answers "
                       "the Ping and still receives the message intact."),
     "RFC 6455 §5.4, §5.5"},
    {"misbehave.invalid-utf8", QT_TRANSLATE_NOOP("Explain", "Misbehaving: invalid UTF-8"),
     QT_TRANSLATE_NOOP("Explain",
                       "Every text message ends with bytes that are not UTF-8. A client must fail "
                       "the connection with 1007 when a text message is not valid UTF-8."),
     "RFC 6455 §8.1, §7.4.1"},
    {"misbehave.sloppy-101", QT_TRANSLATE_NOOP("Explain", "Misbehaving: a hand-written 101"),
     QT_TRANSLATE_NOOP("Explain",
                       "The 101 is written as a hand-written server often writes it: "
                       "\"http/1.1 101 Switching Protocols\" in lower case, \"Upgrade:websocket\" "
                       "without a space, and a WebSocket-Location header left over from the "
                       "pre-RFC hixie-76 protocol. HTTP's name is case-sensitive, so a browser "
                       "fails the connection; the missing space is allowed, and "
                       "WebSocket-Location has no effect."),
     "RFC 9112 §2.3, §5.1; RFC 6455 §4.1"},
};

// A header's name and value are parts of the header: "http.origin.value" is "http.origin".
const Topic *find(const QByteArray &key)
{
    for (const Topic &t : kTopics) {
        if (key == t.key)
            return &t;
    }
    for (const char *part : {".name", ".value"}) {
        if (key.startsWith("http.") && key.endsWith(part))
            return find(key.chopped(qstrlen(part)));
    }
    return nullptr;
}

QString titleOf(const Topic &t)
{
    const QByteArray key(t.key);
    if (t.title)
        return QCoreApplication::translate("Explain", t.title);
    if (key.startsWith("readyState."))
        return Explain::readyState(Protocol::ReadyState(key.mid(11).toInt()));
    return Explain::closeCode(quint16(key.mid(6).toUInt()));
}

} // namespace

QList<QByteArray> topics()
{
    QList<QByteArray> keys;
    for (const Topic &t : kTopics)
        keys.append(QByteArray(t.key));
    return keys;
}

Explanation explain(const QByteArray &topic)
{
    const Topic *t = find(topic);
    if (!t)
        return {};
    return {titleOf(*t), QCoreApplication::translate("Explain", t->text),
            QString::fromUtf8(t->section)};
}

QString toolTip(const QByteArray &topic)
{
    const Explanation e = explain(topic);
    if (e.isNull())
        return {};
    return QStringLiteral("<p><b>%1</b></p><p>%2</p><p><i>%3</i></p>")
        .arg(e.title.toHtmlEscaped(), e.text.toHtmlEscaped(), e.section.toHtmlEscaped());
}

QByteArray readyStateTopic(Protocol::ReadyState state)
{
    return "readyState." + QByteArray::number(int(state));
}

QByteArray closeCodeTopic(quint16 code)
{
    return "close." + QByteArray::number(code);
}

QByteArray recordTopic(Traffic::RecordKind kind, quint8 opcode)
{
    using K = Traffic::RecordKind;
    switch (kind) {
    case K::HandshakeRequest:
        return "handshake.request";
    case K::HandshakeResponse:
        return "handshake.response";
    case K::Frame:
    case K::Message:
        switch (opcode) {
        case 0x0:
            return "fragmentation";
        case 0x1:
        case 0x2:
            return "event.message";
        case 0x8:
            return "event.close";
        case 0x9:
            return "event.ping";
        case 0xA:
            return "event.pong";
        }
        return "websocket.opcode";
    case K::State:
        return "readyState";
    case K::Close:
        return "event.close";
    case K::Error:
        return "event.error";
    case K::Note:
        break;
    }
    return {};
}

QByteArray recordTopic(const Traffic::TrafficRecord &record)
{
    using K = Traffic::RecordKind;
    if (record.kind == K::State)
        return record.readyState == Protocol::ReadyState::Open ? QByteArray("event.open")
                                                               : readyStateTopic(record.readyState);
    if (record.kind == K::Close && find(closeCodeTopic(record.closeCode)))
        return closeCodeTopic(record.closeCode);
    return recordTopic(record.kind, record.opcode);
}

} // namespace Glossary
} // namespace Text
} // namespace WsBench
