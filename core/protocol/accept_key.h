#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace WsBench::Protocol {

// RFC 6455 §1.3, §4.2.2: the GUID appended to Sec-WebSocket-Key.
inline constexpr char kWebSocketGuid[] = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

// Each step of Sec-WebSocket-Accept = base64(SHA-1(key + GUID)), for the inspector.
struct AcceptComputation
{
    QByteArray key; // as sent, not base64-decoded
    QByteArray concatenated; // key + GUID
    QByteArray sha1; // 20 raw bytes
    QByteArray sha1Hex; // 40 hex digits
    QByteArray accept; // base64 of sha1
};

AcceptComputation computeAcceptSteps(QByteArrayView key);
QByteArray computeAccept(QByteArrayView key);

// RFC 6455 §4.1: the key is the base64 encoding of exactly 16 bytes.
bool isValidWebSocketKey(QByteArrayView key);

} // namespace WsBench::Protocol
