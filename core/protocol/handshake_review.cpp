#include "core/protocol/handshake_review.h"

#include "core/protocol/deflate.h"
#include "core/protocol/extension_header.h"
#include "core/protocol/handshake_parser.h"

namespace WsBench::Protocol {

namespace {

bool parseHead(QByteArrayView bytes, HttpHead *head, QByteArray *error)
{
    if (bytes.isEmpty())
        return false;
    HandshakeParser parser;
    if (parser.feed(bytes) == HandshakeParser::Status::Complete) {
        *head = parser.takeHead();
        return true;
    }
    *error = parser.status() == HandshakeParser::Status::Failed
        ? parser.errorDetail()
        : QByteArray("The head is incomplete: no empty line ends it");
    head->raw = bytes.toByteArray();
    return false;
}

} // namespace

const CheckResult *HandshakeReview::endingFailure() const
{
    const CheckResult *onRequest = requestComplete ? requestChecks.firstFailure() : nullptr;
    if (!responseComplete)
        return onRequest;
    const CheckResult *onResponse = responseChecks.firstFailure();
    if (onRequest && response.statusCode != 101)
        return onRequest;
    return onResponse;
}

HandshakeReview reviewHandshake(QByteArrayView request, QByteArrayView response)
{
    HandshakeReview review;
    review.requestComplete = parseHead(request, &review.request, &review.requestError);
    review.responseComplete = parseHead(response, &review.response, &review.responseError);
    if (review.requestComplete) {
        review.requestChecks = validateRequest(review.request);
        const QByteArray key = review.request.value("Sec-WebSocket-Key");
        if (!key.isEmpty())
            review.accept = computeAcceptSteps(key);
    }
    if (review.responseComplete) {
        review.acceptReceived = review.response.value("Sec-WebSocket-Accept");
        // The client's view: what it offered decides what the server may answer with. The
        // server may take any permessage-deflate offer, so the response is checked against
        // each in turn and passes if one of them allows it (RFC 7692 §5.1).
        ClientRequest sent;
        sent.head = review.request;
        sent.key = review.request.value("Sec-WebSocket-Key");
        ClientHandshakeOptions offered;
        for (const QByteArray &values : review.request.values("Sec-WebSocket-Protocol"))
            offered.subprotocols += splitHeaderList(values);
        QList<DeflateConfig> deflateOffers;
        if (const auto extensions
            = parseExtensionList(review.request.combined("Sec-WebSocket-Extensions"))) {
            for (const Extension &e : *extensions) {
                if (e.name.compare(kPerMessageDeflate, Qt::CaseInsensitive) == 0)
                    deflateOffers.append(deflateOfferConfig(e));
            }
        }
        if (deflateOffers.isEmpty())
            deflateOffers.append(DeflateConfig()); // nothing offered: enabled is false
        for (qsizetype i = 0; i < deflateOffers.size(); ++i) {
            offered.deflate = deflateOffers.at(i);
            HandshakeValidation checks = validateResponse(review.response, sent, offered);
            const CheckResult *extensions = checks.result(HandshakeCheck::Extensions);
            const bool allowed = !extensions || extensions->passed();
            if (i == 0 || allowed)
                review.responseChecks = std::move(checks); // else report the first offer's
            if (allowed)
                break;
        }
    }
    return review;
}

} // namespace WsBench::Protocol
