// Fuzzes the handshake review (the inspector's after-the-fact check of a recorded request and
// response) on pairs of heads taken from the input, against invariants: a side is complete
// exactly when the parser completes it; the request's checks are the server's checks; the
// Accept computation is the one for the request's key; a response the review passes carries
// the right Accept. Then our own server answers the request, and the review of that answer
// must pass whenever the server accepted (with the same subprotocol and permessage-deflate
// windows the server chose) and fail whenever it refused.
#include "core/protocol/accept_key.h"
#include "core/protocol/handshake.h"
#include "core/protocol/handshake_parser.h"
#include "core/protocol/handshake_review.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace WsBench::Protocol;

namespace {

// Stops the run with the line of the invariant that does not hold.
void check(bool condition, int line = __builtin_LINE())
{
    if (!condition) {
        fprintf(stderr, "invariant at %s:%d does not hold\n", __FILE__, line);
        abort();
    }
}

bool completes(QByteArrayView bytes)
{
    HandshakeParser parser;
    return parser.feed(bytes) == HandshakeParser::Status::Complete;
}

QList<HandshakeProblem> problems(const HandshakeValidation &v)
{
    QList<HandshakeProblem> out;
    for (const CheckResult &r : v.checks)
        out.append(r.problem);
    return out;
}

void checkReview(const HandshakeReview &review, QByteArrayView request, QByteArrayView response)
{
    check(review.requestComplete == (!request.isEmpty() && completes(request)));
    check(review.responseComplete == (!response.isEmpty() && completes(response)));
    check(review.requestComplete || request.isEmpty() || !review.requestError.isEmpty());
    check(review.responseComplete || response.isEmpty() || !review.responseError.isEmpty());
    if (review.requestComplete) {
        check(problems(review.requestChecks) == problems(validateRequest(review.request)));
        const QByteArray key = review.request.value("Sec-WebSocket-Key");
        check(review.accept.has_value() == !key.isEmpty());
        if (review.accept)
            check(review.accept->accept == computeAccept(key));
    } else {
        check(!review.accept);
    }
    check(!review.acceptMatches() || review.responseComplete);
    // RFC 6455 §4.1: a client never passes a response without the right Accept.
    if (review.responseComplete && review.responseChecks.ok())
        check(review.acceptMatches() && review.response.statusCode == 101);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 3)
        return 0;
    // Byte 0: the server's policy; bytes 1-2: the request's length; the rest: both heads.
    const quint8 flags = data[0];
    const QByteArrayView rest(reinterpret_cast<const char *>(data + 3), qsizetype(size - 3));
    const qsizetype split = std::min<qsizetype>(data[1] | (data[2] << 8), rest.size());
    const QByteArrayView request = rest.first(split);
    const QByteArrayView response = rest.sliced(split);

    const HandshakeReview review = reviewHandshake(request, response);
    checkReview(review, request, response);
    if (!review.requestComplete)
        return 0;

    ServerHandshakeOptions server;
    if (flags & 1)
        server.subprotocols = {"chat", "superchat", "mqtt"};
    server.preferClientOrder = flags & 2;
    if (flags & 4)
        server.allowedOrigins = {"https://example.com"};
    server.deflate.enabled = flags & 8;
    server.deflate.serverNoContextTakeover = flags & 16;
    server.deflate.clientNoContextTakeover = flags & 32;
    server.deflate.serverMaxWindowBits = (flags & 64) ? 10 : 15;
    server.deflate.clientMaxWindowBits = (flags & 128) ? 11 : 15;
    const ServerHandshakeResult answer = answerRequest(review.request, server);
    const HandshakeReview answered = reviewHandshake(review.request.raw, answer.response.raw);
    checkReview(answered, review.request.raw, answer.response.raw);
    check(answered.responseComplete);
    if (!answer.accepted) {
        check(answer.response.statusCode >= 400 && !answered.responseChecks.ok());
        return 0;
    }
    check(answered.responseChecks.ok() && answered.acceptMatches());
    check(answered.responseChecks.subprotocol == answer.validation.subprotocol);
    check(answered.responseChecks.deflate.has_value() == answer.validation.deflate.has_value());
    if (answer.validation.deflate) {
        const DeflateParams &a = *answer.validation.deflate;
        const DeflateParams &b = *answered.responseChecks.deflate;
        check(a.serverMaxWindowBits == b.serverMaxWindowBits
              && a.clientMaxWindowBits == b.clientMaxWindowBits
              && a.serverNoContextTakeover == b.serverNoContextTakeover);
    }
    return 0;
}
