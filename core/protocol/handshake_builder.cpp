// RFC 6455 §4.1 (client request) and §4.2.2 (server response).
#include "core/protocol/accept_key.h"
#include "core/protocol/handshake.h"

#include <QStringBuilder>

#include <algorithm>

namespace WsBench::Protocol {

namespace {

void addHeader(HttpHead &head, const QByteArray &name, const QByteArray &value)
{
    HttpHeader h;
    h.name = name;
    h.value = value;
    head.headers.append(h);
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 101:
        return "Switching Protocols";
    case 200:
        return "OK";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 426:
        return "Upgrade Required";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Error";
    }
}

} // namespace

void serialiseHead(HttpHead &head)
{
    QByteArray raw = head.startLine + "\r\n";
    for (HttpHeader &h : head.headers) {
        h.lineOffset = raw.size();
        const QByteArray line = h.name + ": " + h.value;
        h.lineLength = line.size();
        raw += line + "\r\n";
    }
    raw += "\r\n";
    head.raw = raw;
}

QByteArray generateWebSocketKey(const RandomSource &random)
{
    QByteArray nonce(16, Qt::Uninitialized);
    for (int i = 0; i < 16; i += 4) {
        const quint32 r = random();
        for (int j = 0; j < 4; ++j)
            nonce[i + j] = char(r >> (24 - 8 * j));
    }
    return nonce.toBase64();
}

ClientRequest buildClientRequest(const ClientHandshakeOptions &options, const RandomSource &random)
{
    ClientRequest request;
    request.key = generateWebSocketKey(random);
    HttpHead &head = request.head;
    head.isRequest = true;
    head.method = "GET";
    head.target = options.resourceName.isEmpty() ? QByteArray("/") : options.resourceName;
    head.version = "HTTP/1.1";
    head.startLine = head.method + ' ' + head.target + ' ' + head.version;
    head.startLineValid = true;
    addHeader(head, "Host", options.host);
    addHeader(head, "Upgrade", "websocket");
    addHeader(head, "Connection", "Upgrade");
    addHeader(head, "Sec-WebSocket-Key", request.key);
    if (!options.origin.isEmpty())
        addHeader(head, "Origin", options.origin);
    addHeader(head, "Sec-WebSocket-Version", "13");
    if (!options.subprotocols.isEmpty())
        addHeader(head, "Sec-WebSocket-Protocol", options.subprotocols.join(", "));
    if (options.deflate.enabled)
        addHeader(head, "Sec-WebSocket-Extensions", formatExtension(deflateOffer(options.deflate)));
    for (const HttpHeader &h : options.extraHeaders)
        addHeader(head, h.name, h.value);
    serialiseHead(head);
    return request;
}

HttpHead buildRejection(int status, const QByteArray &explanation)
{
    HttpHead head;
    head.isRequest = false;
    head.version = "HTTP/1.1";
    head.statusCode = status;
    head.reasonPhrase = reasonPhrase(status);
    head.startLine = head.version + ' ' + QByteArray::number(status) + ' ' + head.reasonPhrase;
    head.startLineValid = true;
    head.body = explanation + '\n';
    if (status == 426)
        addHeader(head, "Upgrade", "websocket"); // RFC 7231 §6.5.15
    if (status == 426 || status == 400)
        addHeader(head, "Sec-WebSocket-Version", "13"); // RFC 6455 §4.4
    addHeader(head, "Content-Type", "text/plain; charset=utf-8");
    addHeader(head, "Content-Length", QByteArray::number(head.body.size()));
    addHeader(head, "Connection", "close");
    serialiseHead(head);
    return head;
}

namespace {

// The rules a misbehaving server breaks in its 101, each on purpose.
void applyViolations(HttpHead &head, const HttpHead &request, const HandshakeValidation &v,
                     const ServerHandshakeOptions::Violations &violations)
{
    if (violations.wrongAccept) { // the accept of the key with its first character changed
        QByteArray key = request.value("Sec-WebSocket-Key");
        if (!key.isEmpty())
            key[0] = key.at(0) == 'A' ? 'B' : 'A';
        for (HttpHeader &h : head.headers) {
            if (h.name == "Sec-WebSocket-Accept")
                h.value = computeAccept(key);
        }
    }
    if (violations.unofferedSubprotocol) {
        head.headers.removeIf(
            [](const HttpHeader &h) { return h.name == "Sec-WebSocket-Protocol"; });
        addHeader(head, "Sec-WebSocket-Protocol", kUnofferedSubprotocol);
    }
    if (violations.unofferedExtension) {
        const bool deflateOffered
            = std::any_of(v.extensions.begin(), v.extensions.end(),
                          [](const Extension &e) { return e.name == "permessage-deflate"; });
        addHeader(head, "Sec-WebSocket-Extensions",
                  deflateOffered ? QByteArray(kUnknownExtension) : "permessage-deflate");
    }
    if (violations.status != 101) {
        head.statusCode = violations.status;
        head.reasonPhrase = reasonPhrase(violations.status);
        head.startLine
            = "HTTP/1.1 " + QByteArray::number(violations.status) + ' ' + head.reasonPhrase;
    }
}

// The 101 as the tutorial's hand-written server writes it (seed 003): the protocol's name in
// lower case, no space after "Upgrade:", and hixie-76's WebSocket-Location left in.
void writeSloppily(HttpHead &head, const HttpHead &request)
{
    head.startLine = "http/1.1 101 Switching Protocols";
    addHeader(head, "WebSocket-Location", "ws://" + request.value("Host") + request.target);
    QByteArray raw = head.startLine + "\r\n";
    for (HttpHeader &h : head.headers) {
        h.lineOffset = raw.size();
        const QByteArray line = h.name + (h.name == "Upgrade" ? ":" : ": ") + h.value;
        h.lineLength = line.size();
        raw += line + "\r\n";
    }
    head.raw = raw + "\r\n";
}

} // namespace

ServerHandshakeResult answerRequest(const HttpHead &request, const ServerHandshakeOptions &options)
{
    ServerHandshakeResult result;
    HandshakeValidation &v = result.validation;
    v = validateRequest(request);

    if (!v.ok()) {
        const CheckResult *failed = v.firstFailure();
        int status = 400;
        QByteArray explanation = "This is a WebSocket endpoint and the opening handshake is "
                                 "invalid: "
            + failed->detail + '.';
        switch (failed->problem) {
        case HandshakeProblem::WrongVersion:
            status = 426;
            explanation
                = "This server speaks WebSocket version 13 (RFC 6455); " + failed->detail + '.';
            break;
        case HandshakeProblem::MissingUpgrade:
        case HandshakeProblem::InvalidUpgrade:
        case HandshakeProblem::ConnectionWithoutUpgrade:
            if (request.method == "GET" && !request.has("Sec-WebSocket-Key")) {
                status = 426; // a plain HTTP request to a WebSocket endpoint
                explanation = "This is a WebSocket endpoint. Connect with a WebSocket client "
                              "(Upgrade: websocket, RFC 6455).";
            }
            break;
        default:
            break;
        }
        result.response = buildRejection(status, explanation);
        return result;
    }

    // Origin allow-list (RFC 6455 §4.2.2 step 4, §10.2).
    const QByteArray origin = request.value("Origin");
    if (!options.allowedOrigins.isEmpty() && !options.allowedOrigins.contains(origin)) {
        v.checks.append({HandshakeCheck::Origin, HandshakeProblem::OriginNotAllowed,
                         origin.isEmpty() ? QByteArray("No Origin header; an origin is required")
                                          : "Origin " + origin + " is not allowed"});
        result.response
            = buildRejection(403,
                             "Origin " + (origin.isEmpty() ? QByteArray("(none)") : origin)
                                 + " is not allowed to open a WebSocket here.");
        return result;
    }
    v.checks.append({HandshakeCheck::Origin, HandshakeProblem::None,
                     origin.isEmpty() ? QByteArray("No Origin header") : "Origin: " + origin});

    // Subprotocol: one of the client's values, or none (§4.2.2 step 5.4).
    const QList<QByteArray> requested = splitHeaderList(request.combined("Sec-WebSocket-Protocol"));
    const QList<QByteArray> &first = options.preferClientOrder ? requested : options.subprotocols;
    const QList<QByteArray> &second = options.preferClientOrder ? options.subprotocols : requested;
    for (const QByteArray &p : first) {
        if (second.contains(p)) {
            v.subprotocol = p;
            break;
        }
    }

    HttpHead &head = result.response;
    head.isRequest = false;
    head.version = "HTTP/1.1";
    head.statusCode = 101;
    head.reasonPhrase = reasonPhrase(101);
    head.startLine = "HTTP/1.1 101 Switching Protocols";
    head.startLineValid = true;
    addHeader(head, "Upgrade", "websocket");
    addHeader(head, "Connection", "Upgrade");
    addHeader(head, "Sec-WebSocket-Accept", computeAccept(request.value("Sec-WebSocket-Key")));
    if (!v.subprotocol.isEmpty())
        addHeader(head, "Sec-WebSocket-Protocol", v.subprotocol);
    if (const auto deflate = acceptDeflateOffer(v.extensions, options.deflate)) {
        v.deflate = deflate->params;
        addHeader(head, "Sec-WebSocket-Extensions", formatExtension(deflate->response));
    }
    for (const HttpHeader &h : options.extraHeaders)
        addHeader(head, h.name, h.value);
    applyViolations(head, request, v, options.violations);
    serialiseHead(head);
    if (options.violations.sloppy && head.statusCode == 101)
        writeSloppily(head, request);
    result.accepted = head.statusCode == 101;
    return result;
}

} // namespace WsBench::Protocol
