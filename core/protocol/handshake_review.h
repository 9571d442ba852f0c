#pragma once

#include "core/protocol/accept_key.h"
#include "core/protocol/handshake.h"

#include <QByteArrayView>

#include <optional>

namespace WsBench::Protocol {

// A recorded opening handshake checked after the fact, for the inspector: both heads parsed,
// every check of RFC 6455 §4 on each side, and the Sec-WebSocket-Accept computation step by step.
struct HandshakeReview
{
    HttpHead request;
    bool requestComplete = false;
    QByteArray requestError; // why the request could not be parsed (untranslated)
    HttpHead response;
    bool responseComplete = false;
    QByteArray responseError;
    HandshakeValidation requestChecks; // §4.2.1, as a server checks the request
    HandshakeValidation responseChecks; // §4.1, as the client checks the response
    std::optional<AcceptComputation> accept; // from the request's key
    QByteArray acceptReceived; // Sec-WebSocket-Accept as the server sent it
    bool acceptMatches() const { return accept && accept->accept == acceptReceived; }
    // The failure that ends the connection, or nullptr: the client's first failed check of the
    // response; or, when the server did not switch protocols (or has not answered), the first
    // failed check of the request, which the server refuses.
    const CheckResult *endingFailure() const;
    // Whether the handshake reached 101 with every check passed (notes allowed).
    bool succeeded() const { return requestComplete && responseComplete && responseChecks.ok(); }
};

// Either side may be empty (a handshake still in progress, or one that never got an answer).
HandshakeReview reviewHandshake(QByteArrayView request, QByteArrayView response);

} // namespace WsBench::Protocol
