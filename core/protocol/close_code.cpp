#include "core/protocol/close_code.h"

#include <QStringBuilder>

namespace WsBench::Protocol {

namespace {

// RFC 6455 §7.4.1, IANA registry (1012–1014), RFC 6455 errata 3227 (1011 from either side).
constexpr CloseCodeInfo catalogue[] = {
    {1000, CloseCodeClass::Defined, CloseSender::Either, "Normal Closure",
     "The purpose for which the connection was established has been fulfilled.", "RFC 6455 §7.4.1"},
    {1001, CloseCodeClass::Defined, CloseSender::Either, "Going Away",
     "An endpoint is going away, such as a server going down or a browser leaving the page.",
     "RFC 6455 §7.4.1"},
    {1002, CloseCodeClass::Defined, CloseSender::Either, "Protocol Error",
     "An endpoint is terminating the connection due to a protocol error.", "RFC 6455 §7.4.1"},
    {1003, CloseCodeClass::Defined, CloseSender::Either, "Unsupported Data",
     "An endpoint received a type of data it cannot accept (e.g. binary when it only "
     "understands text).",
     "RFC 6455 §7.4.1"},
    {1004, CloseCodeClass::NeverOnWire, CloseSender::Nobody, "Reserved",
     "Reserved; the meaning might be defined in the future. Never sent in a Close frame.",
     "RFC 6455 §7.4.1"},
    {1005, CloseCodeClass::NeverOnWire, CloseSender::Nobody, "No Status Received",
     "Reported by an API when the Close frame carried no status code. Never sent.",
     "RFC 6455 §7.4.1"},
    {1006, CloseCodeClass::NeverOnWire, CloseSender::Nobody, "Abnormal Closure",
     "Reported by an API when the connection closed without a Close frame. Never sent.",
     "RFC 6455 §7.4.1"},
    {1007, CloseCodeClass::Defined, CloseSender::Either, "Invalid Frame Payload Data",
     "An endpoint received data inconsistent with the message type (e.g. invalid UTF-8 in a "
     "text message).",
     "RFC 6455 §7.4.1"},
    {1008, CloseCodeClass::Defined, CloseSender::Either, "Policy Violation",
     "An endpoint received a message that violates its policy.", "RFC 6455 §7.4.1"},
    {1009, CloseCodeClass::Defined, CloseSender::Either, "Message Too Big",
     "An endpoint received a message too big for it to process.", "RFC 6455 §7.4.1"},
    {1010, CloseCodeClass::Defined, CloseSender::ClientOnly, "Mandatory Extension",
     "The client expected the server to negotiate one or more extensions, and it did not.",
     "RFC 6455 §7.4.1"},
    {1011, CloseCodeClass::Defined, CloseSender::Either, "Internal Error",
     "An endpoint encountered an unexpected condition that prevented it from fulfilling the "
     "request.",
     "RFC 6455 §7.4.1, errata 3227"},
    {1012, CloseCodeClass::Defined, CloseSender::ServerOnly, "Service Restart",
     "The server is restarting; the client may reconnect.", "IANA registry"},
    {1013, CloseCodeClass::Defined, CloseSender::ServerOnly, "Try Again Later",
     "The server is overloaded; the client should try again later.", "IANA registry"},
    {1014, CloseCodeClass::Defined, CloseSender::ServerOnly, "Bad Gateway",
     "The server, acting as a gateway, received an invalid response from upstream.",
     "IANA registry"},
    {1015, CloseCodeClass::NeverOnWire, CloseSender::Nobody, "TLS Handshake Failure",
     "Reported by an API when the TLS handshake failed. Never sent.", "RFC 6455 §7.4.1"},
};

constexpr int catalogueSize = int(sizeof(catalogue) / sizeof(catalogue[0]));

} // namespace

CloseCodeInfo closeCodeInfo(quint16 code)
{
    if (code >= 1000 && code <= 1015)
        return catalogue[code - 1000];
    CloseCodeInfo info;
    info.code = code;
    if (code < 1000) {
        info.cls = CloseCodeClass::Unused;
        info.name = "Unused";
        info.meaning = "Codes below 1000 are not used and never appear on the wire.";
        info.reference = "RFC 6455 §7.4.2";
    } else if (code < 3000) {
        info.cls = CloseCodeClass::Reserved;
        info.name = "Reserved for Extensions";
        info.meaning = "Reserved for future revisions of the protocol and for extensions; not "
                       "valid on the wire today.";
        info.reference = "RFC 6455 §7.4.2";
    } else if (code < 4000) {
        info.cls = CloseCodeClass::Registered;
        info.sender = CloseSender::Either;
        info.name = "Registered (Libraries and Frameworks)";
        info.meaning = "Registered with IANA for use by libraries, frameworks and applications.";
        info.reference = "RFC 6455 §7.4.2";
    } else if (code < 5000) {
        info.cls = CloseCodeClass::Private;
        info.sender = CloseSender::Either;
        info.name = "Private Use";
        info.meaning = "Reserved for private use; the meaning is agreed between the endpoints.";
        info.reference = "RFC 6455 §7.4.2";
    } else {
        info.cls = CloseCodeClass::OutOfRange;
        info.name = "Undefined";
        info.meaning = "Codes of 5000 and above are not defined by RFC 6455.";
        info.reference = "RFC 6455 §7.4.2";
    }
    return info;
}

bool isValidOnWire(quint16 code)
{
    const CloseCodeClass cls = closeCodeInfo(code).cls;
    return cls == CloseCodeClass::Defined || cls == CloseCodeClass::Registered
        || cls == CloseCodeClass::Private;
}

bool maySend(quint16 code, Role role)
{
    switch (closeCodeInfo(code).sender) {
    case CloseSender::Either:
        return true;
    case CloseSender::ClientOnly:
        return role == Role::Client;
    case CloseSender::ServerOnly:
        return role == Role::Server;
    case CloseSender::Nobody:
        return false;
    }
    return false;
}

const CloseCodeInfo *closeCodeCatalogue(int *count)
{
    if (count)
        *count = catalogueSize;
    return catalogue;
}

} // namespace WsBench::Protocol
