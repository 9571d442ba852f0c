#include "core/protocol/accept_key.h"
#include "core/protocol/handshake.h"
#include "core/protocol/handshake_parser.h"
#include "core/protocol/handshake_review.h"
#include "tests/support/fixed_random.h"

#include <QTest>

using namespace WsBench::Protocol;
using namespace WsBench::Testing;

Q_DECLARE_METATYPE(WsBench::Protocol::HandshakeProblem)

class TestHandshake : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfcAcceptVector();
    void keyValidity();
    void keyFromInjectedRandom();
    void parserWholeAndByteByByte();
    void parserKeepsOrderAndDuplicates();
    void parserLimits();
    void parserRejectsMalformedLines();
    void startLineRejectsBareCrAndBadStatus_data();
    void startLineRejectsBareCrAndBadStatus();
    void requestChecks_data();
    void requestChecks();
    void responseChecks_data();
    void responseChecks();
    void serverAnswers_data();
    void serverAnswers();
    void subprotocolSelection();
    void extraHeadersAndOrigin();
    void reviewOfARecordedHandshake();
    void reviewReadsToTheEnd();
    void lowerCaseHttpInTheRequestLine();
    void forbiddenBytesInHeaderValues_data();
    void forbiddenBytesInHeaderValues();
    void reviewChecksTheDeflateOfferMade();

private:
    static HttpHead parse(const QByteArray &raw);
};

static const QByteArray kRfcRequest = "GET /chat HTTP/1.1\r\n"
                                      "Host: server.example.com\r\n"
                                      "Upgrade: websocket\r\n"
                                      "Connection: Upgrade\r\n"
                                      "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                                      "Origin: http://example.com\r\n"
                                      "Sec-WebSocket-Protocol: chat, superchat\r\n"
                                      "Sec-WebSocket-Version: 13\r\n"
                                      "\r\n";

HttpHead TestHandshake::parse(const QByteArray &raw)
{
    HandshakeParser parser;
    const auto status = parser.feed(raw);
    if (status != HandshakeParser::Status::Complete)
        qFatal("parse(): incomplete head");
    return parser.head();
}

// RFC 6455 §1.3 / §4.2.2.
void TestHandshake::rfcAcceptVector()
{
    QCOMPARE(computeAccept("dGhlIHNhbXBsZSBub25jZQ=="), QByteArray("s3pPLMBiTxaQ9kYGzzhZRbK+xOo="));
    const AcceptComputation steps = computeAcceptSteps("dGhlIHNhbXBsZSBub25jZQ==");
    QCOMPARE(steps.concatenated,
             QByteArray("dGhlIHNhbXBsZSBub25jZQ==258EAFA5-E914-47DA-95CA-C5AB0DC85B11"));
    QCOMPARE(steps.sha1Hex, QByteArray("b37a4f2cc0624f1690f64606cf385945b2bec4ea"));
    QCOMPARE(steps.accept, QByteArray("s3pPLMBiTxaQ9kYGzzhZRbK+xOo="));
}

void TestHandshake::keyValidity()
{
    QVERIFY(isValidWebSocketKey("dGhlIHNhbXBsZSBub25jZQ=="));
    QVERIFY(isValidWebSocketKey("AQIDBAUGBwgJCgsMDQ4PEA=="));
    QVERIFY(!isValidWebSocketKey("AQIDBAUGBwgJCgsMDQ4PEC==")); // RFC's non-canonical example
    QVERIFY(!isValidWebSocketKey("abc"));
    QVERIFY(!isValidWebSocketKey("dGhlIHNhbXBsZSBub25jZQ"));
    QVERIFY(!isValidWebSocketKey("!!!!!!!!!!!!!!!!!!!!!!=="));
    QVERIFY(!isValidWebSocketKey("dGhlIHNhbXBsZSBub25jZSEh")); // 18 bytes
}

void TestHandshake::keyFromInjectedRandom()
{
    // Bytes 01..10 from the injected source give the RFC's example nonce (canonical form).
    quint32 next = 0x01020304;
    const RandomSource counting = [&next]() {
        const quint32 v = next;
        next += 0x04040404;
        return v;
    };
    QCOMPARE(generateWebSocketKey(counting), QByteArray("AQIDBAUGBwgJCgsMDQ4PEA=="));
    const QByteArray a = generateWebSocketKey(fixedRandom(1));
    const QByteArray b = generateWebSocketKey(fixedRandom(1));
    QCOMPARE(a, b);
    QVERIFY(isValidWebSocketKey(a));
}

void TestHandshake::parserWholeAndByteByByte()
{
    const QByteArray wire = kRfcRequest + QByteArray::fromHex("818537fa213d7f9f4d5158");
    for (int chunk : {0, 1, 2, 7}) {
        HandshakeParser parser;
        HandshakeParser::Status status = HandshakeParser::Status::NeedMore;
        const int step = chunk == 0 ? int(wire.size()) : chunk;
        for (qsizetype pos = 0; pos < wire.size(); pos += step)
            status = parser.feed(
                QByteArrayView(wire).sliced(pos, std::min<qsizetype>(step, wire.size() - pos)));
        QCOMPARE(status, HandshakeParser::Status::Complete);
        const HttpHead &head = parser.head();
        QCOMPARE(head.raw, kRfcRequest);
        QCOMPARE(head.method, QByteArray("GET"));
        QCOMPARE(head.target, QByteArray("/chat"));
        QCOMPARE(head.headers.size(), 7);
        QCOMPARE(head.value("sec-websocket-key"), QByteArray("dGhlIHNhbXBsZSBub25jZQ=="));
        // Bytes after the head (a pipelined frame) are kept, not lost.
        QCOMPARE(parser.takeLeftover(), QByteArray::fromHex("818537fa213d7f9f4d5158"));
    }
}

void TestHandshake::parserKeepsOrderAndDuplicates()
{
    const HttpHead head = parse("HTTP/1.1 101 Switching Protocols\r\n"
                                "Set-Cookie: a=1\r\n"
                                "Upgrade: websocket\r\n"
                                "Set-Cookie: b=2\r\n"
                                "Connection:   keep-alive, Upgrade  \r\n"
                                "\r\n");
    QVERIFY(!head.isRequest);
    QCOMPARE(head.statusCode, 101);
    QCOMPARE(head.reasonPhrase, QByteArray("Switching Protocols"));
    QCOMPARE(head.headers.size(), 4);
    QCOMPARE(head.headers[0].name, QByteArray("Set-Cookie"));
    QCOMPARE(head.headers[2].value, QByteArray("b=2"));
    QCOMPARE(head.values("set-cookie"), (QList<QByteArray> {"a=1", "b=2"}));
    QCOMPARE(head.value("Connection"), QByteArray("keep-alive, Upgrade"));
    QVERIFY(head.hasToken("Connection", "upgrade"));
    QCOMPARE(head.raw.mid(head.headers[1].lineOffset, head.headers[1].lineLength),
             QByteArray("Upgrade: websocket"));
}

void TestHandshake::parserLimits()
{
    HandshakeParser::Limits limits;
    limits.maxBytes = 100;
    limits.maxLines = 3;
    {
        HandshakeParser parser(limits);
        QCOMPARE(parser.feed(
                     QByteArray(QByteArray("GET / HTTP/1.1\r\nX-Long: ") + QByteArray(200, 'a'))),
                 HandshakeParser::Status::Failed);
        QCOMPARE(parser.error(), HeadParseError::HeadTooLarge);
    }
    {
        // Byte by byte without a line end: still stops at the limit.
        HandshakeParser parser(limits);
        HandshakeParser::Status status = HandshakeParser::Status::NeedMore;
        int fed = 0;
        while (status == HandshakeParser::Status::NeedMore && fed < 1000) {
            status = parser.feed("a");
            ++fed;
        }
        QCOMPARE(status, HandshakeParser::Status::Failed);
        QCOMPARE(fed, 101);
    }
    {
        HandshakeParser parser(limits);
        QCOMPARE(parser.feed("GET / HTTP/1.1\r\nA: 1\r\nB: 2\r\nC: 3\r\nD: 4\r\n\r\n"),
                 HandshakeParser::Status::Failed);
        QCOMPARE(parser.error(), HeadParseError::TooManyLines);
    }
}

void TestHandshake::parserRejectsMalformedLines()
{
    for (const QByteArray &raw : {QByteArray("GET / HTTP/1.1\r\nNoColonHere\r\n\r\n"),
                                  QByteArray("GET / HTTP/1.1\r\nA: 1\r\n folded\r\n\r\n"),
                                  QByteArray("GET / HTTP/1.1\r\nBad Name: 1\r\n\r\n"),
                                  QByteArray("GET / HTTP/1.1\r\n: empty\r\n\r\n")}) {
        // (A bare CR or a NUL in a value is kept, for the validators to refuse by the header's
        // name: forbiddenBytesInHeaderValues.)
        HandshakeParser parser;
        QCOMPARE(parser.feed(raw), HandshakeParser::Status::Failed);
        QCOMPARE(parser.error(), HeadParseError::MalformedHeaderLine);
        QVERIFY(!parser.errorDetail().isEmpty());
    }
}

// RFC 9112 §2.2 and §4: no bare CR or NUL in the start line; a status code is three digits
// from 100 to 599.
void TestHandshake::startLineRejectsBareCrAndBadStatus_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("valid");
    QTest::newRow("request") << QByteArray("GET /chat HTTP/1.1") << true;
    QTest::newRow("CR in target") << QByteArray("GET /a\rb HTTP/1.1") << false;
    QTest::newRow("NUL in target") << QByteArray("GET /a\0b HTTP/1.1", 18) << false;
    QTest::newRow("status 101") << QByteArray("HTTP/1.1 101 Switching Protocols") << true;
    QTest::newRow("status 599") << QByteArray("HTTP/1.1 599 x") << true;
    QTest::newRow("status 004") << QByteArray("HTTP/1.0 004 -") << false;
    QTest::newRow("status +12") << QByteArray("HTTP/1.1 +12 x") << false;
    QTest::newRow("status 600") << QByteArray("HTTP/1.1 600 x") << false;
    QTest::newRow("CR in reason") << QByteArray("HTTP/1.1 101 Switching\rProtocols") << false;
}

void TestHandshake::startLineRejectsBareCrAndBadStatus()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, valid);
    HttpHead head;
    head.startLine = line;
    parseStartLine(head);
    QCOMPARE(head.startLineValid, valid);
    if (!head.isRequest)
        QCOMPARE(head.statusCode, valid ? line.mid(9, 3).toInt() : 0);
}

void TestHandshake::requestChecks_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<WsBench::Protocol::HandshakeProblem>("problem");
    auto replace = [](const QByteArray &from, const QByteArray &to) {
        QByteArray r = kRfcRequest;
        return r.replace(from, to);
    };
    QTest::newRow("RFC example") << kRfcRequest << HandshakeProblem::None;
    QTest::newRow("keep-alive, Upgrade")
        << replace("Connection: Upgrade", "Connection: keep-alive, Upgrade")
        << HandshakeProblem::None;
    QTest::newRow("malformed request line")
        << replace("GET /chat HTTP/1.1", "GET /chat") << HandshakeProblem::MalformedRequestLine;
    QTest::newRow("POST") << replace("GET /chat", "POST /chat") << HandshakeProblem::MethodNotGet;
    QTest::newRow("HTTP/1.0") << replace("HTTP/1.1", "HTTP/1.0")
                              << HandshakeProblem::HttpVersionTooOld;
    QTest::newRow("no Host") << replace("Host: server.example.com\r\n", "")
                             << HandshakeProblem::MissingHost;
    QTest::newRow("no Upgrade") << replace("Upgrade: websocket\r\n", "")
                                << HandshakeProblem::MissingUpgrade;
    QTest::newRow("Upgrade h2c") << replace("Upgrade: websocket", "Upgrade: h2c")
                                 << HandshakeProblem::InvalidUpgrade;
    QTest::newRow("Connection keep-alive")
        << replace("Connection: Upgrade", "Connection: keep-alive")
        << HandshakeProblem::ConnectionWithoutUpgrade;
    QTest::newRow("Connection Upgraded") << replace("Connection: Upgrade", "Connection: Upgraded")
                                         << HandshakeProblem::ConnectionWithoutUpgrade;
    QTest::newRow("no key") << replace("Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n", "")
                            << HandshakeProblem::MissingKey;
    QTest::newRow("short key") << replace("dGhlIHNhbXBsZSBub25jZQ==", "abc")
                               << HandshakeProblem::BadKey;
    QTest::newRow("version 8") << replace("Version: 13", "Version: 8")
                               << HandshakeProblem::WrongVersion;
    QTest::newRow("no version") << replace("Sec-WebSocket-Version: 13\r\n", "")
                                << HandshakeProblem::WrongVersion;
    QTest::newRow("duplicate subprotocol")
        << replace("chat, superchat", "chat, chat") << HandshakeProblem::InvalidSubprotocol;
    QTest::newRow("malformed extensions")
        << replace("Origin:", "Sec-WebSocket-Extensions: ;;bad\r\nOrigin:")
        << HandshakeProblem::MalformedExtensions;
    QTest::newRow("NUL in a value") << replace("example.com", QByteArray("exam\0ple.com", 13))
                                    << HandshakeProblem::InvalidFieldValue;
    QTest::newRow("bare CR in a value")
        << replace("Origin: http://example.com", "Origin: http://example.com\r")
        << HandshakeProblem::InvalidFieldValue;
    QTest::newRow("tab and spaces around a value")
        << replace("Host: server.example.com", "Host:\t server.example.com \t")
        << HandshakeProblem::None;
}

void TestHandshake::requestChecks()
{
    QFETCH(QByteArray, raw);
    QFETCH(WsBench::Protocol::HandshakeProblem, problem);
    const HandshakeValidation v = validateRequest(parse(raw));
    QCOMPARE(v.firstProblem(), problem);
    QCOMPARE(v.ok(), problem == HandshakeProblem::None);
    // Every check is reported, passed or not, with a detail line.
    QVERIFY(v.checks.size() >= 10);
    for (const CheckResult &r : v.checks)
        QVERIFY(!r.detail.isEmpty());
}

void TestHandshake::responseChecks_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<bool>("offerDeflate");
    QTest::addColumn<WsBench::Protocol::HandshakeProblem>("problem");
    // The client below sends key dGhlIHNhbXBsZSBub25jZQ== and offers chat, superchat.
    const QByteArray ok = "HTTP/1.1 101 Switching Protocols\r\n"
                          "Upgrade: websocket\r\n"
                          "Connection: Upgrade\r\n"
                          "Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n"
                          "Sec-WebSocket-Protocol: chat\r\n\r\n";
    auto replace = [&ok](const QByteArray &from, const QByteArray &to) {
        QByteArray r = ok;
        return r.replace(from, to);
    };
    QTest::newRow("RFC example") << ok << false << HandshakeProblem::None;
    QTest::newRow("keep-alive, Upgrade")
        << replace("Connection: Upgrade", "Connection: keep-alive, Upgrade") << false
        << HandshakeProblem::None;
    QTest::newRow("malformed status line")
        << replace("HTTP/1.1 101 Switching Protocols", "HTTP/1.1 1O1 Oops") << false
        << HandshakeProblem::MalformedStatusLine;
    QTest::newRow("status 200") << replace("101 Switching Protocols", "200 OK") << false
                                << HandshakeProblem::NotSwitchingProtocols;
    QTest::newRow("status 401") << replace("101 Switching Protocols", "401 Unauthorized") << false
                                << HandshakeProblem::NotSwitchingProtocols;
    // The status is what the server answered: it leads, before an old HTTP version.
    QTest::newRow("HTTP/1.0 200") << replace("HTTP/1.1 101 Switching Protocols", "HTTP/1.0 200 OK")
                                  << false << HandshakeProblem::NotSwitchingProtocols;
    QTest::newRow("HTTP/1.0 101") << replace("HTTP/1.1", "HTTP/1.0") << false
                                  << HandshakeProblem::HttpVersionTooOld;
    QTest::newRow("NUL in a value") << replace("Protocol: chat", QByteArray("Protocol: ch\0at", 16))
                                    << false << HandshakeProblem::InvalidFieldValue;
    QTest::newRow("no Upgrade") << replace("Upgrade: websocket\r\n", "") << false
                                << HandshakeProblem::MissingUpgrade;
    QTest::newRow("Upgrade wrong") << replace("Upgrade: websocket", "Upgrade: websockets") << false
                                   << HandshakeProblem::InvalidUpgrade;
    QTest::newRow("Connection without token")
        << replace("Connection: Upgrade", "Connection: close") << false
        << HandshakeProblem::ConnectionWithoutUpgrade;
    QTest::newRow("no Accept") << replace("Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n",
                                          "")
                               << false << HandshakeProblem::MissingAccept;
    QTest::newRow("bad Accept") << replace("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=",
                                           "s3pPLMBiTxaQ9kYGzzhZRbK+xOA=")
                                << false << HandshakeProblem::BadAccept;
    QTest::newRow("unrequested subprotocol") << replace("Protocol: chat", "Protocol: mqtt") << false
                                             << HandshakeProblem::UnrequestedSubprotocol;
    QTest::newRow("unrequested extension")
        << replace("\r\n\r\n", "\r\nSec-WebSocket-Extensions: permessage-deflate\r\n\r\n") << false
        << HandshakeProblem::UnrequestedExtension;
    QTest::newRow("unknown extension")
        << replace("\r\n\r\n", "\r\nSec-WebSocket-Extensions: x-webkit-deflate-frame\r\n\r\n")
        << true << HandshakeProblem::UnrequestedExtension;
    QTest::newRow("deflate accepted") << replace(
        "\r\n\r\n",
        "\r\nSec-WebSocket-Extensions: permessage-deflate; server_max_window_bits=10\r\n\r\n")
                                      << true << HandshakeProblem::None;
    QTest::newRow("deflate bad parameter")
        << replace("\r\n\r\n", "\r\nSec-WebSocket-Extensions: permessage-deflate; foo=1\r\n\r\n")
        << true << HandshakeProblem::InvalidExtensionParameters;
    QTest::newRow("deflate window 8 for client")
        << replace(
               "\r\n\r\n",
               "\r\nSec-WebSocket-Extensions: permessage-deflate; client_max_window_bits=8\r\n\r\n")
        << true << HandshakeProblem::InvalidExtensionParameters;
}

void TestHandshake::responseChecks()
{
    QFETCH(QByteArray, raw);
    QFETCH(bool, offerDeflate);
    QFETCH(WsBench::Protocol::HandshakeProblem, problem);
    ClientHandshakeOptions options;
    options.subprotocols = {"chat", "superchat"};
    options.deflate.enabled = offerDeflate;
    ClientRequest request;
    request.key = "dGhlIHNhbXBsZSBub25jZQ==";
    const HandshakeValidation v = validateResponse(parse(raw), request, options);
    QCOMPARE(v.firstProblem(), problem);
    if (problem == HandshakeProblem::None) {
        QCOMPARE(v.subprotocol, QByteArray("chat"));
        QCOMPARE(v.deflate.has_value(), offerDeflate);
        if (offerDeflate)
            QCOMPARE(v.deflate->serverMaxWindowBits, 10);
    }
}

void TestHandshake::serverAnswers_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("mustContain");
    auto replace = [](const QByteArray &from, const QByteArray &to) {
        QByteArray r = kRfcRequest;
        return r.replace(from, to);
    };
    QTest::newRow("accept") << kRfcRequest << 101
                            << QByteArray("Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n");
    QTest::newRow("plain HTTP GET") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n\r\n") << 426
                                    << QByteArray("Sec-WebSocket-Version: 13\r\n");
    QTest::newRow("wrong version") << replace("Version: 13", "Version: 8") << 426
                                   << QByteArray("Sec-WebSocket-Version: 13\r\n");
    QTest::newRow("bad key") << replace("dGhlIHNhbXBsZSBub25jZQ==", "abc") << 400
                             << QByteArray("Sec-WebSocket-Key");
    QTest::newRow("POST") << replace("GET /chat", "POST /chat") << 400 << QByteArray("not GET");
    QTest::newRow("NUL in a value")
        << replace("Origin:", QByteArray("X-Trace: ab\0cd\r\nOrigin:", 24)) << 400
        << QByteArray("Header \"X-Trace\" has a NUL byte");
    QTest::newRow("forbidden origin") << replace("http://example.com", "http://evil.test") << 403
                                      << QByteArray("http://evil.test is not allowed");
}

void TestHandshake::serverAnswers()
{
    QFETCH(QByteArray, raw);
    QFETCH(int, status);
    QFETCH(QByteArray, mustContain);
    ServerHandshakeOptions options;
    options.subprotocols = {"superchat"};
    options.allowedOrigins = {"http://example.com"};
    const ServerHandshakeResult result = answerRequest(parse(raw), options);
    QCOMPARE(result.accepted, status == 101);
    QCOMPARE(result.response.statusCode, status);
    const QByteArray wire = result.response.wireBytes();
    QVERIFY2(wire.contains(mustContain), wire.constData());
    // What we send parses back into the same head.
    const HttpHead reparsed = parse(result.response.raw);
    QCOMPARE(reparsed.statusCode, status);
    QCOMPARE(reparsed.headers.size(), result.response.headers.size());
    if (status != 101) {
        QVERIFY(!result.response.body.isEmpty());
        QVERIFY(wire.contains(
            QByteArray("Content-Length: " + QByteArray::number(result.response.body.size()))));
        QVERIFY(!result.validation.ok());
    } else {
        QCOMPARE(result.validation.subprotocol, QByteArray("superchat"));
    }
}

void TestHandshake::subprotocolSelection()
{
    ServerHandshakeOptions options;
    options.subprotocols = {"superchat", "chat"};
    QCOMPARE(answerRequest(parse(kRfcRequest), options).validation.subprotocol,
             QByteArray("superchat"));
    options.preferClientOrder = true;
    QCOMPARE(answerRequest(parse(kRfcRequest), options).validation.subprotocol, QByteArray("chat"));
    options.subprotocols = {"mqtt"};
    const auto none = answerRequest(parse(kRfcRequest), options);
    QVERIFY(none.accepted);
    QVERIFY(!none.response.has("Sec-WebSocket-Protocol"));
}

void TestHandshake::extraHeadersAndOrigin()
{
    ClientHandshakeOptions options;
    options.host = "127.0.0.1:9001";
    options.resourceName = "/path?q=1";
    options.origin = "http://localhost";
    options.subprotocols = {"v1.json"};
    options.extraHeaders = {{"Authorization", "Bearer t0k3n"}, {"X-Dup", "1"}, {"X-Dup", "2"}};
    options.deflate.enabled = true;
    const ClientRequest request = buildClientRequest(options, fixedRandom(3));
    const HttpHead head = parse(request.head.raw);
    QCOMPARE(head.startLine, QByteArray("GET /path?q=1 HTTP/1.1"));
    QCOMPARE(head.value("Host"), QByteArray("127.0.0.1:9001"));
    QCOMPARE(head.value("Origin"), QByteArray("http://localhost"));
    QCOMPARE(head.values("X-Dup"), (QList<QByteArray> {"1", "2"}));
    QCOMPARE(head.value("Sec-WebSocket-Extensions"),
             QByteArray("permessage-deflate; client_max_window_bits"));
    QCOMPARE(head.value("Sec-WebSocket-Key"), request.key);
    QVERIFY(validateRequest(head).ok());
}

// The inspector's view of a recorded pair: the RFC 6455 §1.3 example, then a forged Accept and
// an unrequested subprotocol, then a response that never arrived.
void TestHandshake::reviewOfARecordedHandshake()
{
    const QByteArray goodResponse = "HTTP/1.1 101 Switching Protocols\r\n"
                                    "Upgrade: websocket\r\n"
                                    "Connection: Upgrade\r\n"
                                    "Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n"
                                    "Sec-WebSocket-Protocol: chat\r\n"
                                    "\r\n";
    HandshakeReview good = reviewHandshake(kRfcRequest, goodResponse);
    QVERIFY(good.requestComplete && good.responseComplete);
    QVERIFY(good.requestChecks.ok());
    QVERIFY(good.responseChecks.ok());
    QVERIFY(good.accept.has_value());
    QCOMPARE(good.accept->concatenated,
             QByteArray("dGhlIHNhbXBsZSBub25jZQ==258EAFA5-E914-47DA-95CA-C5AB0DC85B11"));
    QCOMPARE(good.accept->sha1Hex, QByteArray("b37a4f2cc0624f1690f64606cf385945b2bec4ea"));
    QVERIFY(good.acceptMatches());
    QCOMPARE(good.responseChecks.subprotocol, QByteArray("chat"));

    QByteArray forged = goodResponse;
    forged.replace("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=", "AAAAAAAAAAAAAAAAAAAAAAAAAAA=");
    forged.replace("Protocol: chat", "Protocol: other");
    const HandshakeReview bad = reviewHandshake(kRfcRequest, forged);
    QVERIFY(!bad.acceptMatches());
    QCOMPARE(bad.acceptReceived, QByteArray("AAAAAAAAAAAAAAAAAAAAAAAAAAA="));
    QCOMPARE(bad.responseChecks.result(HandshakeCheck::Accept)->problem,
             HandshakeProblem::BadAccept);
    QCOMPARE(bad.responseChecks.result(HandshakeCheck::Subprotocol)->problem,
             HandshakeProblem::UnrequestedSubprotocol);

    const HandshakeReview pending = reviewHandshake(kRfcRequest, {});
    QVERIFY(pending.requestComplete);
    QVERIFY(!pending.responseComplete);
    QVERIFY(pending.accept.has_value());
    QVERIFY(!pending.acceptMatches());
    const HandshakeReview cut = reviewHandshake(kRfcRequest.left(30), {});
    QVERIFY(!cut.requestComplete);
    QVERIFY(!cut.requestError.isEmpty());
}

// The hand-written server of the handshake tutorial (seed 003): a lower-case "http", no space
// after a colon, a hixie-era header. Every check runs past the first failure, each with its
// verdict; the case of "HTTP" is the failure a client fails on, the rest are notes.
void TestHandshake::reviewReadsToTheEnd()
{
    const QByteArray sloppy = "http/1.1 101 Switching Protocols\r\n"
                              "Upgrade:websocket\r\n"
                              "Connection: Upgrade\r\n"
                              "Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n"
                              "WebSocket-LOCATIOn: ws://127.0.0.1:9527\r\n\r\n";
    const HandshakeReview review = reviewHandshake(kRfcRequest, sloppy);
    QVERIFY(review.responseComplete);
    const HandshakeValidation &v = review.responseChecks;
    QCOMPARE(v.firstProblem(), HandshakeProblem::HttpNameCase);
    QCOMPARE(v.firstFailure()->check, HandshakeCheck::StartLine);
    QVERIFY2(v.firstFailure()->detail.contains("\"http/1.1\" is not \"HTTP/1.1\""),
             v.firstFailure()->detail.constData());
    // The status line still says 101, and the number of the version is fine.
    QCOMPARE(v.result(HandshakeCheck::Status)->verdict(), CheckVerdict::Pass);
    QCOMPARE(v.result(HandshakeCheck::HttpVersion)->verdict(), CheckVerdict::Pass);
    // Past the failure: every check of the response is there.
    for (const HandshakeCheck check :
         {HandshakeCheck::FieldValues, HandshakeCheck::Upgrade, HandshakeCheck::Connection,
          HandshakeCheck::Accept, HandshakeCheck::Subprotocol, HandshakeCheck::Extensions})
        QVERIFY2(v.result(check) && v.result(check)->verdict() == CheckVerdict::Pass,
                 handshakeCheckName(check));
    const CheckResult *spacing = v.result(HandshakeCheck::HeaderSpacing);
    QVERIFY(spacing);
    QCOMPARE(spacing->verdict(), CheckVerdict::Note);
    QVERIFY2(spacing->detail.contains("Upgrade:websocket"), spacing->detail.constData());
    QVERIFY(!spacing->detail.contains("Connection"));
    const CheckResult *legacy = v.result(HandshakeCheck::LegacyHeaders);
    QVERIFY(legacy);
    QCOMPARE(legacy->verdict(), CheckVerdict::Note);
    QVERIFY2(legacy->detail.startsWith("WebSocket-LOCATIOn"), legacy->detail.constData());
    // One failure; notes never fail.
    int failures = 0;
    for (const CheckResult &c : v.checks)
        failures += c.verdict() == CheckVerdict::Fail ? 1 : 0;
    QCOMPARE(failures, 1);
    QVERIFY(review.acceptMatches()); // the Accept itself was computed right

    // Fixed, the same response passes with its two notes.
    QByteArray fixed = sloppy;
    fixed.replace("http/1.1", "HTTP/1.1");
    const HandshakeValidation ok = reviewHandshake(kRfcRequest, fixed).responseChecks;
    QVERIFY(ok.ok());
    QCOMPARE(ok.result(HandshakeCheck::HeaderSpacing)->verdict(), CheckVerdict::Note);
    // A refusal still lists every check after its status.
    QByteArray refused = fixed;
    refused.replace("101 Switching Protocols", "404 Not Found");
    const HandshakeValidation no = reviewHandshake(kRfcRequest, refused).responseChecks;
    QCOMPARE(no.firstProblem(), HandshakeProblem::NotSwitchingProtocols);
    QVERIFY(no.result(HandshakeCheck::Accept));
    QVERIFY(no.result(HandshakeCheck::LegacyHeaders));
}

void TestHandshake::lowerCaseHttpInTheRequestLine()
{
    QByteArray request = kRfcRequest;
    request.replace("GET /chat HTTP/1.1", "GET /chat http/1.1");
    const HandshakeValidation v = validateRequest(parse(request));
    QCOMPARE(v.firstProblem(), HandshakeProblem::HttpNameCase);
    QCOMPARE(v.result(HandshakeCheck::HttpVersion)->verdict(), CheckVerdict::Pass);
    QCOMPARE(v.result(HandshakeCheck::Key)->verdict(), CheckVerdict::Pass);
    QCOMPARE(v.result(HandshakeCheck::HeaderSpacing)->verdict(), CheckVerdict::Pass);
    QCOMPARE(v.result(HandshakeCheck::LegacyHeaders)->verdict(), CheckVerdict::Pass);
}

// RFC 9110 §5.5: NUL, CR and LF never belong in a field value. The check names the header and
// the byte, on both sides, whole and byte by byte; the status of a refusal still leads.
void TestHandshake::forbiddenBytesInHeaderValues_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("byteName");
    QTest::newRow("NUL") << QByteArray("ab\0cd", 5) << QByteArray("NUL byte at offset 2");
    QTest::newRow("CR") << QByteArray("abc\rd") << QByteArray("CR byte at offset 3");
    QTest::newRow("trailing CR") << QByteArray("abcd\r") << QByteArray("CR byte at offset 4");
}

void TestHandshake::forbiddenBytesInHeaderValues()
{
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, byteName);
    const QByteArray request
        = QByteArray(kRfcRequest)
              .replace("Origin:", QByteArray("X-Trace: " + value + "\r\nOrigin:"));
    for (const int chunk : {int(request.size()), 1}) {
        HandshakeParser parser;
        HandshakeParser::Status status = HandshakeParser::Status::NeedMore;
        for (qsizetype i = 0; i < request.size(); i += chunk)
            status = parser.feed(request.mid(i, chunk));
        QCOMPARE(status, HandshakeParser::Status::Complete);
        QCOMPARE(parser.head().value("X-Trace"), value); // kept for the check to see
        const HandshakeValidation v = validateRequest(parser.head());
        QCOMPARE(v.firstProblem(), HandshakeProblem::InvalidFieldValue);
        QCOMPARE(v.firstFailure()->check, HandshakeCheck::FieldValues);
        QVERIFY2(
            v.firstFailure()->detail.contains(QByteArray("Header \"X-Trace\" has a " + byteName)),
            v.firstFailure()->detail.constData());
    }
    ClientRequest sent;
    sent.key = "dGhlIHNhbXBsZSBub25jZQ==";
    const QByteArray switching = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                                 "Connection: Upgrade\r\nX-Trace: "
        + value + "\r\nSec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n\r\n";
    const HandshakeValidation response = validateResponse(parse(switching), sent, {});
    QCOMPARE(response.firstProblem(), HandshakeProblem::InvalidFieldValue);
    QVERIFY(response.firstFailure()->detail.contains("\"X-Trace\""));
    const QByteArray refused = QByteArray(switching).replace("101 Switching Protocols", "200 OK");
    QCOMPARE(validateResponse(parse(refused), sent, {}).firstProblem(),
             HandshakeProblem::NotSwitchingProtocols);
}

// The review judges a response by the permessage-deflate offers the request made, whatever
// the case of their name, and passes it when one of them allows it.
void TestHandshake::reviewChecksTheDeflateOfferMade()
{
    QByteArray request = kRfcRequest;
    request.replace("\r\n\r\n",
                    "\r\nSec-WebSocket-Extensions: Permessage-Deflate; server_no_context_takeover, "
                    "permessage-deflate; server_max_window_bits=10\r\n\r\n");
    const QByteArray response = "HTTP/1.1 101 Switching Protocols\r\n"
                                "Upgrade: websocket\r\n"
                                "Connection: Upgrade\r\n"
                                "Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n";
    auto review = [&](const QByteArray &extensions) {
        return reviewHandshake(
            request, QByteArray(response + "Sec-WebSocket-Extensions: " + extensions + "\r\n\r\n"));
    };
    // The first offer, answered as asked.
    const HandshakeReview first = review("permessage-deflate; server_no_context_takeover");
    QVERIFY(first.responseChecks.ok());
    QVERIFY(first.responseChecks.deflate->serverNoContextTakeover);
    // The second offer, answered as asked.
    const HandshakeReview second = review("permessage-deflate; server_max_window_bits=9");
    QVERIFY(second.responseChecks.ok());
    QCOMPARE(second.responseChecks.deflate->serverMaxWindowBits, 9);
    // Neither: the first asked for no context takeover, the second for a 10-bit window.
    const HandshakeReview neither = review("permessage-deflate; server_max_window_bits=12");
    QCOMPARE(neither.responseChecks.result(HandshakeCheck::Extensions)->problem,
             HandshakeProblem::InvalidExtensionParameters);
    // What our own server answers to that request passes.
    ServerHandshakeOptions options;
    options.deflate.enabled = true;
    const ServerHandshakeResult answer = answerRequest(parse(request), options);
    QVERIFY(answer.accepted);
    const HandshakeReview answered = reviewHandshake(request, answer.response.raw);
    QVERIFY(answered.responseChecks.ok());
}

QTEST_APPLESS_MAIN(TestHandshake)
#include "tst_handshake.moc"
