// RFC 6455 §4.1 (client checks of the response) and §4.2.1 (server checks of the request).
#include "core/protocol/accept_key.h"
#include "core/protocol/handshake.h"

#include <QStringBuilder>

namespace WsBench::Protocol {

const char *handshakeCheckName(HandshakeCheck check)
{
    switch (check) {
    case HandshakeCheck::StartLine:
        return "StartLine";
    case HandshakeCheck::FieldValues:
        return "FieldValues";
    case HandshakeCheck::Method:
        return "Method";
    case HandshakeCheck::HttpVersion:
        return "HttpVersion";
    case HandshakeCheck::Host:
        return "Host";
    case HandshakeCheck::Status:
        return "Status";
    case HandshakeCheck::Upgrade:
        return "Upgrade";
    case HandshakeCheck::Connection:
        return "Connection";
    case HandshakeCheck::Key:
        return "Key";
    case HandshakeCheck::Version:
        return "Version";
    case HandshakeCheck::Accept:
        return "Accept";
    case HandshakeCheck::Subprotocol:
        return "Subprotocol";
    case HandshakeCheck::Extensions:
        return "Extensions";
    case HandshakeCheck::Origin:
        return "Origin";
    case HandshakeCheck::HeaderSpacing:
        return "HeaderSpacing";
    case HandshakeCheck::LegacyHeaders:
        return "LegacyHeaders";
    }
    return "Unknown";
}

bool isNote(HandshakeProblem problem)
{
    return problem == HandshakeProblem::NoSpaceAfterColon
        || problem == HandshakeProblem::LegacyHixieHeader;
}

bool HandshakeValidation::ok() const
{
    return firstProblem() == HandshakeProblem::None;
}

HandshakeProblem HandshakeValidation::firstProblem() const
{
    const CheckResult *failed = firstFailure();
    return failed ? failed->problem : HandshakeProblem::None;
}

const CheckResult *HandshakeValidation::firstFailure() const
{
    for (const CheckResult &r : checks) {
        if (!r.passed())
            return &r;
    }
    return nullptr;
}

const CheckResult *HandshakeValidation::result(HandshakeCheck check) const
{
    for (const CheckResult &r : checks) {
        if (r.check == check)
            return &r;
    }
    return nullptr;
}

namespace {

void add(HandshakeValidation &v, HandshakeCheck check, HandshakeProblem problem, QByteArray detail)
{
    v.checks.append({check, problem, std::move(detail)});
}

void pass(HandshakeValidation &v, HandshakeCheck check, QByteArray detail)
{
    add(v, check, HandshakeProblem::None, std::move(detail));
}

// RFC 9110 §5.5: a field value never holds NUL, CR or LF; a recipient rejects the message (or
// replaces them, which would hide what the peer sent).
void checkFieldValues(HandshakeValidation &v, const HttpHead &head)
{
    for (const HttpHeader &h : head.headers) {
        for (qsizetype i = 0; i < h.value.size(); ++i) {
            const char c = h.value.at(i);
            if (c != '\0' && c != '\r' && c != '\n')
                continue;
            const char *name = c == '\0' ? "NUL" : c == '\r' ? "CR" : "LF";
            add(v, HandshakeCheck::FieldValues, HandshakeProblem::InvalidFieldValue,
                "Header \"" + h.name + "\" has a " + name + " byte at offset "
                    + QByteArray::number(i)
                    + " of its value (RFC 9110 §5.5 forbids NUL, CR and LF in field values)");
            return;
        }
    }
    pass(v, HandshakeCheck::FieldValues, "No NUL, CR or LF in header values");
}

// RFC 9112 §2.3: the HTTP name is case-sensitive, so "http/1.1" is not a version at all.
bool versionWronglyCased(const HttpHead &head)
{
    return head.versionNumber() < 0 && head.versionNumber(Qt::CaseInsensitive) >= 0;
}

void checkStartLine(HandshakeValidation &v, const HttpHead &head, bool response)
{
    if (head.startLineValid && head.isRequest != response)
        pass(v, HandshakeCheck::StartLine, head.startLine);
    else if (head.isRequest != response && versionWronglyCased(head))
        add(v, HandshakeCheck::StartLine, HandshakeProblem::HttpNameCase,
            "\"" + head.version + "\" is not \"HTTP/" + head.version.mid(5)
                + "\": the HTTP name is case-sensitive (RFC 9112 §2.3)");
    else
        add(v, HandshakeCheck::StartLine,
            response ? HandshakeProblem::MalformedStatusLine
                     : HandshakeProblem::MalformedRequestLine,
            (response ? "Malformed status line \"" : "Malformed request line \"")
                + head.startLine.left(120) + '"');
}

void checkHttpVersion(HandshakeValidation &v, const HttpHead &head)
{
    // A wrongly cased name is the start line's failure; the number is still checked here.
    if (head.versionNumber(Qt::CaseInsensitive) < 11)
        add(v, HandshakeCheck::HttpVersion, HandshakeProblem::HttpVersionTooOld,
            head.versionNumber(Qt::CaseInsensitive) < 0
                ? QByteArray("No HTTP version in the start line")
                : head.version + " is older than HTTP/1.1");
    else
        pass(v, HandshakeCheck::HttpVersion, head.version);
}

// RFC 9112 §5.1: field-name ":" OWS field-value OWS. The whitespace is optional; a missing
// space is legal, and worth a note because hand-written servers get it wrong elsewhere too.
void checkHeaderSpacing(HandshakeValidation &v, const HttpHead &head)
{
    QList<QByteArray> tight;
    for (const HttpHeader &h : head.headers) {
        const qsizetype after = h.lineOffset + h.name.size() + 1;
        if (after < h.lineOffset + h.lineLength && after < head.raw.size()
            && head.raw.at(after) != ' ' && head.raw.at(after) != '\t')
            tight.append(head.raw.mid(h.lineOffset, h.lineLength).left(80));
    }
    if (tight.isEmpty())
        pass(v, HandshakeCheck::HeaderSpacing, "Every header has a space after its colon");
    else
        add(v, HandshakeCheck::HeaderSpacing, HandshakeProblem::NoSpaceAfterColon,
            "No space after the colon (optional whitespace, RFC 9112 §5.1): " + tight.join(", "));
}

// Headers of draft-hixie-thewebsocketprotocol-75/76, before RFC 6455: no RFC 6455 peer reads
// them, so they change nothing.
void checkLegacyHeaders(HandshakeValidation &v, const HttpHead &head)
{
    static const char *const legacy[]
        = {"WebSocket-Location",     "WebSocket-Origin",     "WebSocket-Protocol",
           "Sec-WebSocket-Location", "Sec-WebSocket-Origin", "Sec-WebSocket-Key1",
           "Sec-WebSocket-Key2"};
    QList<QByteArray> found;
    for (const HttpHeader &h : head.headers) {
        for (const char *name : legacy) {
            if (h.name.compare(name, Qt::CaseInsensitive) == 0)
                found.append(h.name);
        }
    }
    if (found.isEmpty())
        pass(v, HandshakeCheck::LegacyHeaders, "No headers of the pre-RFC hixie drafts");
    else
        add(v, HandshakeCheck::LegacyHeaders, HandshakeProblem::LegacyHixieHeader,
            found.join(", ") + " (pre-RFC hixie-76 era, ignored by RFC 6455 peers)");
}

void checkUpgradeAndConnection(HandshakeValidation &v, const HttpHead &head)
{
    // §4.1 / §4.2.1: Upgrade is "websocket" (case-insensitive); a request may list more.
    const QByteArray upgrade = head.combined("Upgrade");
    if (!head.has("Upgrade"))
        add(v, HandshakeCheck::Upgrade, HandshakeProblem::MissingUpgrade, "No Upgrade header");
    else if (!head.hasToken("Upgrade", "websocket"))
        add(v, HandshakeCheck::Upgrade, HandshakeProblem::InvalidUpgrade,
            "Upgrade is \"" + upgrade + "\", not \"websocket\"");
    else
        pass(v, HandshakeCheck::Upgrade, "Upgrade: " + upgrade);

    // Connection is a token list: "keep-alive, Upgrade" is legal.
    const QByteArray connection = head.combined("Connection");
    if (!head.hasToken("Connection", "upgrade"))
        add(v, HandshakeCheck::Connection, HandshakeProblem::ConnectionWithoutUpgrade,
            head.has("Connection")
                ? "Connection is \"" + connection + "\" without the Upgrade token"
                : QByteArray("No Connection header"));
    else
        pass(v, HandshakeCheck::Connection, "Connection: " + connection);
}

// §4.1 step 5: only extensions that were offered, each at most once.
void checkResponseExtensions(HandshakeValidation &v, const HttpHead &response,
                             const ClientHandshakeOptions &options)
{
    QByteArray error;
    const auto extensions
        = parseExtensionList(response.combined("Sec-WebSocket-Extensions"), &error);
    if (!extensions) {
        add(v, HandshakeCheck::Extensions, HandshakeProblem::MalformedExtensions, error);
        return;
    }
    v.extensions = *extensions;
    for (const Extension &ext : *extensions) {
        const bool isDeflate = ext.name.compare(kPerMessageDeflate, Qt::CaseInsensitive) == 0;
        if (!isDeflate || !options.deflate.enabled || v.deflate) {
            add(v, HandshakeCheck::Extensions, HandshakeProblem::UnrequestedExtension,
                "Server accepted \"" + ext.name + "\", which was not offered");
            return;
        }
        QByteArray problem;
        v.deflate = checkDeflateResponse(ext, options.deflate, &problem);
        if (!v.deflate) {
            add(v, HandshakeCheck::Extensions, HandshakeProblem::InvalidExtensionParameters,
                problem);
            return;
        }
    }
    pass(v, HandshakeCheck::Extensions,
         extensions->isEmpty() ? QByteArray("No extensions accepted")
                               : "Accepted: " + response.combined("Sec-WebSocket-Extensions"));
}

} // namespace

HandshakeValidation validateRequest(const HttpHead &request)
{
    HandshakeValidation v;
    checkStartLine(v, request, false);
    checkFieldValues(v, request);
    checkHeaderSpacing(v, request);

    if (request.method != "GET")
        add(v, HandshakeCheck::Method, HandshakeProblem::MethodNotGet,
            "Method is " + request.method + ", not GET");
    else
        pass(v, HandshakeCheck::Method, "GET");

    checkHttpVersion(v, request);

    if (request.value("Host").isEmpty())
        add(v, HandshakeCheck::Host, HandshakeProblem::MissingHost, "No Host header");
    else
        pass(v, HandshakeCheck::Host, "Host: " + request.value("Host"));

    checkUpgradeAndConnection(v, request);

    const QByteArray key = request.value("Sec-WebSocket-Key");
    if (!request.has("Sec-WebSocket-Key"))
        add(v, HandshakeCheck::Key, HandshakeProblem::MissingKey, "No Sec-WebSocket-Key header");
    else if (request.count("Sec-WebSocket-Key") > 1 || !isValidWebSocketKey(key))
        add(v, HandshakeCheck::Key, HandshakeProblem::BadKey,
            "Sec-WebSocket-Key \"" + key.left(60) + "\" is not the base64 encoding of 16 bytes");
    else
        pass(v, HandshakeCheck::Key, "Sec-WebSocket-Key: " + key);

    const QByteArray version = request.combined("Sec-WebSocket-Version");
    if (version != "13")
        add(v, HandshakeCheck::Version, HandshakeProblem::WrongVersion,
            version.isEmpty() ? QByteArray("No Sec-WebSocket-Version header")
                              : "Sec-WebSocket-Version is " + version + ", not 13");
    else
        pass(v, HandshakeCheck::Version, "Sec-WebSocket-Version: 13");

    // §4.1: subprotocols are unique tokens.
    const QList<QByteArray> protocols = splitHeaderList(request.combined("Sec-WebSocket-Protocol"));
    bool protocolsOk = true;
    for (qsizetype i = 0; i < protocols.size(); ++i)
        protocolsOk = protocolsOk && isHttpToken(protocols.at(i))
            && protocols.indexOf(protocols.at(i)) == i;
    if (!protocolsOk)
        add(v, HandshakeCheck::Subprotocol, HandshakeProblem::InvalidSubprotocol,
            "Sec-WebSocket-Protocol \"" + request.combined("Sec-WebSocket-Protocol")
                + "\" is not a list of unique tokens");
    else
        pass(v, HandshakeCheck::Subprotocol,
             protocols.isEmpty() ? QByteArray("No subprotocol requested")
                                 : "Requested: " + protocols.join(", "));

    QByteArray error;
    const auto extensions
        = parseExtensionList(request.combined("Sec-WebSocket-Extensions"), &error);
    if (!extensions)
        add(v, HandshakeCheck::Extensions, HandshakeProblem::MalformedExtensions, error);
    else {
        v.extensions = *extensions;
        pass(v, HandshakeCheck::Extensions,
             extensions->isEmpty() ? QByteArray("No extensions offered")
                                   : "Offered: " + request.combined("Sec-WebSocket-Extensions"));
    }
    checkLegacyHeaders(v, request);
    return v;
}

HandshakeValidation validateResponse(const HttpHead &response, const ClientRequest &request,
                                     const ClientHandshakeOptions &options)
{
    HandshakeValidation v;
    checkStartLine(v, response, true);
    // §4.1 step 1: anything but 101 is handled per HTTP and ends the WebSocket attempt. The
    // status is what the server answered, so it leads; the version is listed after it.
    if (response.statusCode != 101)
        add(v, HandshakeCheck::Status, HandshakeProblem::NotSwitchingProtocols,
            "The server answered " + QByteArray::number(response.statusCode) + ' '
                + response.reasonPhrase + " instead of 101 Switching Protocols");
    else
        pass(v, HandshakeCheck::Status, "101 " + response.reasonPhrase);
    checkHttpVersion(v, response);
    checkFieldValues(v, response);
    checkHeaderSpacing(v, response);

    checkUpgradeAndConnection(v, response);

    // §4.1 step 4: the Accept value, compared after trimming whitespace.
    const QByteArray expected = computeAccept(request.key);
    const QByteArray accept = response.value("Sec-WebSocket-Accept");
    if (!response.has("Sec-WebSocket-Accept"))
        add(v, HandshakeCheck::Accept, HandshakeProblem::MissingAccept,
            "No Sec-WebSocket-Accept header (expected " + expected + ')');
    else if (accept != expected || response.count("Sec-WebSocket-Accept") > 1)
        add(v, HandshakeCheck::Accept, HandshakeProblem::BadAccept,
            "Sec-WebSocket-Accept is " + accept + ", expected " + expected);
    else
        pass(v, HandshakeCheck::Accept, "Sec-WebSocket-Accept: " + accept);

    // §4.1 step 6: a subprotocol that was not requested fails the connection.
    const QList<QByteArray> protocols = response.values("Sec-WebSocket-Protocol");
    if (protocols.isEmpty()) {
        pass(v, HandshakeCheck::Subprotocol, "No subprotocol selected");
    } else if (protocols.size() > 1 || !options.subprotocols.contains(protocols.first())) {
        add(v, HandshakeCheck::Subprotocol, HandshakeProblem::UnrequestedSubprotocol,
            "Server selected \"" + response.combined("Sec-WebSocket-Protocol")
                + "\", which was not requested");
    } else {
        v.subprotocol = protocols.first();
        pass(v, HandshakeCheck::Subprotocol, "Selected: " + v.subprotocol);
    }

    checkResponseExtensions(v, response, options);
    checkLegacyHeaders(v, response);
    return v;
}

} // namespace WsBench::Protocol
