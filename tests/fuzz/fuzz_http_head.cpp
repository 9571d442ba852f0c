// Fuzzes the HTTP head parser in both roles, request and response heads, against invariants:
// the head and the bytes after it are the input; the start line's parts put together are the
// start line; every header is its line in the raw head, with a token for a name and no line
// break in its value, and a value with a CR or NUL never validates; the head serialised again
// parses back to the same head; the limits hold; and each validator's verdict agrees with its list
// of checks.
#include "core/protocol/handshake.h"
#include "core/protocol/handshake_parser.h"

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

bool sameHead(const HttpHead &a, const HttpHead &b)
{
    if (a.startLine != b.startLine || a.isRequest != b.isRequest
        || a.startLineValid != b.startLineValid || a.method != b.method || a.target != b.target
        || a.version != b.version || a.statusCode != b.statusCode
        || a.reasonPhrase != b.reasonPhrase || a.headers.size() != b.headers.size())
        return false;
    for (qsizetype i = 0; i < a.headers.size(); ++i) {
        if (a.headers.at(i).name != b.headers.at(i).name
            || a.headers.at(i).value != b.headers.at(i).value)
            return false;
    }
    return true;
}

void checkStartLine(const HttpHead &head)
{
    if (!head.startLineValid)
        return;
    check(head.versionNumber() >= 0);
    if (head.isRequest) {
        // RFC 7230 §3.1.1: method SP request-target SP HTTP-version
        check(head.method + ' ' + head.target + ' ' + head.version == head.startLine);
        check(isHttpToken(head.method) && !head.target.isEmpty());
    } else {
        // RFC 9112 §4: HTTP-version SP 3DIGIT SP reason-phrase, a code from 100 to 599
        check(head.statusCode >= 100 && head.statusCode <= 599);
        const QByteArray prefix = head.version + ' ' + QByteArray::number(head.statusCode);
        check(head.startLine == prefix || head.startLine == prefix + ' ' + head.reasonPhrase);
    }
}

void checkHeaders(const HttpHead &head)
{
    for (const HttpHeader &h : head.headers) {
        check(isHttpToken(h.name));
        // Optional white space is trimmed; a CR or NUL is kept, for the validators to refuse.
        check(!h.value.startsWith(' ') && !h.value.startsWith('\t') && !h.value.endsWith(' ')
              && !h.value.endsWith('\t') && !h.value.contains('\n'));
        check(h.lineOffset > 0 && h.lineOffset + h.lineLength <= head.raw.size());
        const QByteArray line = head.raw.mid(h.lineOffset, h.lineLength);
        check(line.startsWith(QByteArray(h.name + ':')));
        check(line.mid(h.name.size() + 1).contains(h.value));
        check(head.count(h.name) >= 1 && head.values(h.name).contains(h.value));
    }
}

// RFC 9110 §5.5: a value with a CR or NUL never passes.
bool hasForbiddenValue(const HttpHead &head)
{
    for (const HttpHeader &h : head.headers) {
        if (h.value.contains('\r') || h.value.contains('\0'))
            return true;
    }
    return false;
}

void checkValidation(const HandshakeValidation &v, const HttpHead &head)
{
    check(!hasForbiddenValue(head) || !v.ok());
    check(!v.checks.isEmpty());
    bool allPassed = true;
    for (const CheckResult &r : v.checks) {
        allPassed = allPassed && r.passed();
        check(r.passed() || !r.detail.isEmpty());
    }
    check(v.ok() == allPassed && v.ok() == (v.firstProblem() == HandshakeProblem::None));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    // The first byte picks a start line to put before the rest, so that both roles' header
    // lines are reached, or none (the input brings its own).
    static const char *const startLines[]
        = {"", "GET /chat HTTP/1.1\r\n", "HTTP/1.1 101 Switching Protocols\r\n"};
    const QByteArray input = QByteArray(startLines[data[0] % 3])
        + QByteArray(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    HandshakeParser::Limits limits;
    limits.maxBytes = 8192;
    limits.maxLines = 64;
    HandshakeParser parser(limits);
    const auto status = parser.feed(input);
    if (status == HandshakeParser::Status::Failed) {
        check(parser.error() != HeadParseError::None && !parser.errorDetail().isEmpty());
        return 0;
    }
    if (status == HandshakeParser::Status::NeedMore) {
        check(input.size() <= limits.maxBytes);
        return 0;
    }
    const HttpHead head = parser.takeHead();
    check(head.raw + parser.takeLeftover() == input);
    check(head.raw.size() <= limits.maxBytes && head.headers.size() <= limits.maxLines);
    check(head.raw.endsWith('\n'));
    checkStartLine(head);
    checkHeaders(head);

    // What we would send for this head parses back to the same head.
    HttpHead copy = head;
    serialiseHead(copy);
    HandshakeParser again;
    check(again.feed(copy.raw) == HandshakeParser::Status::Complete);
    check(sameHead(again.head(), head));

    if (head.isRequest) {
        checkValidation(validateRequest(head), head);
    } else {
        ClientRequest request;
        request.key = "dGhlIHNhbXBsZSBub25jZQ==";
        ClientHandshakeOptions client;
        client.subprotocols = {"chat", "superchat"};
        client.deflate.enabled = true;
        checkValidation(validateResponse(head, request, client), head);
    }
    return 0;
}
