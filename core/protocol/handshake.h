#pragma once

#include "core/protocol/deflate.h"
#include "core/protocol/http_head.h"
#include "core/protocol/random_source.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace WsBench::Protocol {

// Every check RFC 6455 §4 asks of a handshake, in the order the inspector lists them.
enum class HandshakeCheck : quint8 {
    StartLine, // request line or status line is well formed
    FieldValues, // no NUL, CR or LF in any header value (RFC 9110 §5.5)
    Method, // GET
    HttpVersion, // HTTP/1.1 or later
    Host,
    Status, // 101 Switching Protocols
    Upgrade, // "websocket"
    Connection, // token list contains "Upgrade"
    Key, // 16 random bytes, base64
    Version, // Sec-WebSocket-Version: 13
    Accept, // base64(SHA-1(key + GUID))
    Subprotocol,
    Extensions,
    Origin, // server policy: allow-list
    HeaderSpacing, // a note: no space after a header's colon (RFC 9112 §5.1 allows it)
    LegacyHeaders, // a note: headers of the pre-RFC hixie drafts, which have no effect
};

// A failed check, by name.
enum class HandshakeProblem : quint8 {
    None,
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
    HttpNameCase, // "http/1.1": the HTTP name is case-sensitive (RFC 9112 §2.3)
    // Notes: allowed, or without effect, but worth knowing. They never fail a handshake.
    NoSpaceAfterColon,
    LegacyHixieHeader,
};

// Whether a problem is only a note (see above): the check passes with something to say.
bool isNote(HandshakeProblem problem);

enum class CheckVerdict : quint8 { Pass, Note, Fail };

const char *handshakeCheckName(HandshakeCheck check);

struct CheckResult
{
    HandshakeCheck check = HandshakeCheck::StartLine;
    HandshakeProblem problem = HandshakeProblem::None; // None = passed
    QByteArray detail; // untranslated English
    // Not failed: passed, or passed with a note.
    bool passed() const { return problem == HandshakeProblem::None || isNote(problem); }
    CheckVerdict verdict() const
    {
        return problem == HandshakeProblem::None ? CheckVerdict::Pass
            : isNote(problem)                    ? CheckVerdict::Note
                                                 : CheckVerdict::Fail;
    }
};

struct HandshakeValidation
{
    QList<CheckResult> checks;
    QByteArray subprotocol; // negotiated (response) or selected (server)
    std::optional<DeflateParams> deflate; // negotiated permessage-deflate
    QList<Extension> extensions; // parsed Sec-WebSocket-Extensions

    bool ok() const;
    HandshakeProblem firstProblem() const;
    const CheckResult *firstFailure() const; // the problem to lead with, or nullptr
    const CheckResult *result(HandshakeCheck check) const;
};

// --- Client side -------------------------------------------------------------------------

struct ClientHandshakeOptions
{
    QByteArray host = "localhost"; // Host header, with ":port" when not the default
    QByteArray resourceName = "/"; // path and query
    QByteArray origin; // empty: no Origin header
    QList<QByteArray> subprotocols;
    QList<HttpHeader> extraHeaders; // appended in order, duplicates kept
    DeflateConfig deflate; // enabled: offer permessage-deflate
};

struct ClientRequest
{
    HttpHead head; // head.raw holds the bytes to send
    QByteArray key;
};

// RFC 6455 §4.1. The 16-byte nonce comes from `random`.
QByteArray generateWebSocketKey(const RandomSource &random);
ClientRequest buildClientRequest(const ClientHandshakeOptions &options, const RandomSource &random);

// RFC 6455 §4.1 steps 1–6 of validating the server's response. Every check runs, also after a
// failure, so that a review lists them all; the first failure is the one a client fails on.
HandshakeValidation validateResponse(const HttpHead &response, const ClientRequest &request,
                                     const ClientHandshakeOptions &options);

// --- Server side -------------------------------------------------------------------------

struct ServerHandshakeOptions
{
    QList<QByteArray> subprotocols; // supported, in order of preference
    bool preferClientOrder = false; // pick the client's first supported one instead
    QList<QByteArray> allowedOrigins; // empty: any origin (and none) is allowed
    DeflateConfig deflate;
    QList<HttpHeader> extraHeaders; // added to the 101 response
    // Rules the 101 breaks on purpose, for a server that misbehaves to test its clients.
    struct Violations
    {
        bool wrongAccept = false; // a Sec-WebSocket-Accept of another key (§4.2.2 step 5.4)
        int status = 101; // another status line, with the 101's headers (§4.1 step 1)
        bool unofferedSubprotocol = false; // a Sec-WebSocket-Protocol nobody offered (§4.1)
        // permessage-deflate to a client that did not offer it, else an unknown extension
        bool unofferedExtension = false;
        // "http/1.1", "Upgrade:websocket" and a hixie-76 WebSocket-Location header, as a
        // hand-written server answers (RFC 9112 §2.3: HTTP's name is case-sensitive)
        bool sloppy = false;
    } violations;
    // The response waits until Connection::releaseResponse() (a server that is slow to
    // answer); meanwhile the connection stays CONNECTING.
    bool holdResponse = false;
};

// The name answerRequest() uses for a subprotocol and an extension nobody offered.
inline constexpr char kUnofferedSubprotocol[] = "wsbench.unoffered";
inline constexpr char kUnknownExtension[] = "x-wsbench-unoffered";

// RFC 6455 §4.2.1: the checks on a client's opening handshake, every one of them.
HandshakeValidation validateRequest(const HttpHead &request);

struct ServerHandshakeResult
{
    bool accepted = false;
    HttpHead response; // response.raw holds the bytes to send
    HandshakeValidation validation;
};

// Validates the request, applies the origin allow-list, picks a subprotocol and negotiates
// permessage-deflate, then builds the 101 or an explanatory 400/403/426.
ServerHandshakeResult answerRequest(const HttpHead &request, const ServerHandshakeOptions &options);

// An HTTP error response with a plain-text body; 426 carries Sec-WebSocket-Version: 13.
HttpHead buildRejection(int status, const QByteArray &explanation);

// Serialises a head from its start line and header list, filling raw and the line offsets.
void serialiseHead(HttpHead &head);

} // namespace WsBench::Protocol
