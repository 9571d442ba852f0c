#pragma once

#include "core/protocol/opcode.h"

#include <QByteArray>

namespace WsBench::Protocol {

// RFC 6455 §7.4 and the IANA "WebSocket Close Code Number Registry".
enum class CloseCodeClass : quint8 {
    Defined, // a registered code that may appear in a Close frame
    NeverOnWire, // 1004–1006, 1015: reserved or API-only; receiving one is a protocol error
    Unused, // 0–999
    Reserved, // 1016–2999, reserved for future RFCs
    Registered, // 3000–3999, registered with IANA for libraries and frameworks
    Private, // 4000–4999, private use
    OutOfRange, // 5000–65535, undefined by RFC 6455
};

enum class CloseSender : quint8 { Either, ClientOnly, ServerOnly, Nobody };

struct CloseCodeInfo
{
    quint16 code = 0;
    CloseCodeClass cls = CloseCodeClass::Unused;
    CloseSender sender = CloseSender::Nobody;
    const char *name = ""; // "Normal Closure"
    const char *meaning = ""; // one English sentence; the UI translates by code
    const char *reference = ""; // "RFC 6455 §7.4.1"
};

namespace CloseCode {
constexpr quint16 Normal = 1000;
constexpr quint16 GoingAway = 1001;
constexpr quint16 ProtocolError = 1002;
constexpr quint16 UnsupportedData = 1003;
constexpr quint16 NoStatusReceived = 1005;
constexpr quint16 Abnormal = 1006;
constexpr quint16 InvalidPayload = 1007;
constexpr quint16 PolicyViolation = 1008;
constexpr quint16 MessageTooBig = 1009;
constexpr quint16 MandatoryExtension = 1010;
constexpr quint16 InternalError = 1011;
constexpr quint16 TlsHandshake = 1015;
} // namespace CloseCode

// Everything known about a code, including ranges (3000–3999 etc.).
CloseCodeInfo closeCodeInfo(quint16 code);

// True when the code may appear in a Close frame (1000–1003, 1007–1014, 3000–4999).
bool isValidOnWire(quint16 code);

// True when `role` may send `code` (1010 is client-only).
bool maySend(quint16 code, Role role);

// The registered codes 1000–1015 in order, for pickers and documentation.
const CloseCodeInfo *closeCodeCatalogue(int *count);

} // namespace WsBench::Protocol
