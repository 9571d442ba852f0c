#include "core/protocol/close_payload.h"
#include "core/protocol/connection.h"
#include "core/protocol/frame_encoder.h"
#include "tests/support/connection_pair.h"
#include "tests/support/fixed_random.h"
#include "tests/support/wire_peer.h"

#include <QTest>

using namespace WsBench::Protocol;
using namespace WsBench::Testing;

Q_DECLARE_METATYPE(WsBench::Protocol::ProtocolError)

class TestConnection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void openingHandshake_data();
    void openingHandshake();
    void clientClosesFirst_data();
    void clientClosesFirst();
    void serverClosesFirst();
    void emptyCloseGives1005();
    void droppedConnectionGives1006();
    void messagesBothWays_data();
    void messagesBothWays();
    void autoPong();
    void autoPongCanBeTurnedOff();
    void framesAfterCloseAreIgnored();
    void bufferedAmountFollowsWhatwg();
    void sendValidation();
    void closeBeforeOpen();
    void badAcceptFailsHandshake();
    void continuesDespiteHandshakeErrorsOnlyWhenAsked();
    void plainHttpGetsAnAnswer();
    void pipelinedFrameAfterHandshake();
    void deflateLifecycle();
    void protocolViolationClosesWithCode();
    void receivedClosePayloads_data();
    void receivedClosePayloads();
};

static std::unique_ptr<ConnectionPair> openPair(bool deflate = false)
{
    ConnectionConfig c = ConnectionPair::clientDefaults();
    ConnectionConfig s = ConnectionPair::serverDefaults();
    c.client.deflate.enabled = deflate;
    s.server.deflate.enabled = deflate;
    auto pair = std::make_unique<ConnectionPair>(c, s);
    pair->pump();
    return pair;
}

void TestConnection::openingHandshake_data()
{
    QTest::addColumn<int>("chunk");
    QTest::newRow("whole") << 0;
    QTest::newRow("byte by byte") << 1;
}

void TestConnection::openingHandshake()
{
    QFETCH(int, chunk);
    ConnectionConfig c = ConnectionPair::clientDefaults();
    c.client.subprotocols = {"chat", "superchat"};
    ConnectionConfig s = ConnectionPair::serverDefaults();
    s.server.subprotocols = {"superchat"};
    ConnectionPair pair(c, s);
    QCOMPARE(pair.client.readyState(), ReadyState::Connecting);
    pair.pump(chunk);
    QCOMPARE(pair.client.readyState(), ReadyState::Open);
    QCOMPARE(pair.server.readyState(), ReadyState::Open);
    QCOMPARE(pair.client.subprotocol(), QByteArray("superchat"));
    const auto received = ConnectionPair::ofType(pair.clientEvents, EventType::HandshakeReceived);
    QCOMPARE(received.size(), size_t(1));
    QVERIFY(received[0].handshake->validation.ok());
    QCOMPARE(received[0].handshake->head.statusCode, 101);
    const auto sent = ConnectionPair::ofType(pair.clientEvents, EventType::HandshakeSent);
    QVERIFY(sent[0].handshake->head.raw.startsWith("GET /chat HTTP/1.1\r\n"));
    QCOMPARE(ConnectionPair::ofType(pair.serverEvents, EventType::Open).size(), size_t(1));
}

void TestConnection::clientClosesFirst_data()
{
    QTest::addColumn<int>("chunk");
    QTest::newRow("whole") << 0;
    QTest::newRow("byte by byte") << 1;
}

// RFC 6455 §7: client sends Close, server echoes it and closes TCP first.
void TestConnection::clientClosesFirst()
{
    QFETCH(int, chunk);
    const auto pairOwner = openPair();
    ConnectionPair &pair = *pairOwner;
    QCOMPARE(pair.client.sendClose(1000, "bye"), SendStatus::Sent);
    QCOMPARE(pair.client.readyState(), ReadyState::Closing);
    pair.pump(chunk);
    QVERIFY(pair.transportClosed); // the server asked to close TCP after its Close
    for (Connection *c : {&pair.client, &pair.server}) {
        QCOMPARE(c->readyState(), ReadyState::Closed);
        QCOMPARE(c->closeInfo().code, quint16(1000));
        QVERIFY(c->closeInfo().wasClean);
    }
    QCOMPARE(pair.client.closeInfo().initiator, CloseInitiator::Local);
    QCOMPARE(pair.server.closeInfo().initiator, CloseInitiator::Remote);
    QCOMPARE(pair.server.closeInfo().reason, QByteArray("bye"));
    QCOMPARE(ConnectionPair::states(pair.clientEvents), (QList<int> {1, 2, 3}));
    QCOMPARE(ConnectionPair::states(pair.serverEvents), (QList<int> {1, 2, 3}));
    const auto closed = ConnectionPair::ofType(pair.clientEvents, EventType::Closed);
    QCOMPARE(closed.size(), size_t(1));
    QCOMPARE(closed[0].closeInfo->sentCode, std::optional<quint16>(1000));
    QCOMPARE(closed[0].closeInfo->receivedCode, std::optional<quint16>(1000));
}

void TestConnection::serverClosesFirst()
{
    const auto pairOwner = openPair();
    ConnectionPair &pair = *pairOwner;
    QCOMPARE(pair.server.sendClose(4001, "restarting shard"), SendStatus::Sent);
    pair.pump();
    // The server waits for the client's Close before it closes TCP.
    QVERIFY(pair.transportClosed);
    QCOMPARE(pair.client.closeInfo().code, quint16(4001));
    QCOMPARE(pair.client.closeInfo().reason, QByteArray("restarting shard"));
    QCOMPARE(pair.client.closeInfo().initiator, CloseInitiator::Remote);
    QCOMPARE(pair.client.closeInfo().sentCode, std::optional<quint16>(4001)); // echoed
    QCOMPARE(pair.server.closeInfo().code, quint16(4001));
    QVERIFY(pair.client.closeInfo().wasClean);
    QVERIFY(pair.server.closeInfo().wasClean);
    QCOMPARE(ConnectionPair::states(pair.clientEvents), (QList<int> {1, 2, 3}));
}

void TestConnection::emptyCloseGives1005()
{
    const auto pairOwner = openPair();
    ConnectionPair &pair = *pairOwner;
    QCOMPARE(pair.client.sendClose(std::nullopt), SendStatus::Sent);
    pair.pump();
    QCOMPARE(pair.server.closeInfo().code, quint16(1005));
    QCOMPARE(pair.client.closeInfo().code, quint16(1005)); // the echo is empty too
    QVERIFY(pair.client.closeInfo().wasClean);
}

void TestConnection::droppedConnectionGives1006()
{
    const auto pairOwner = openPair();
    ConnectionPair &pair = *pairOwner;
    pair.closeTransport();
    for (Connection *c : {&pair.client, &pair.server}) {
        QCOMPARE(c->closeInfo().code, quint16(1006));
        QVERIFY(!c->closeInfo().wasClean);
        QCOMPARE(c->readyState(), ReadyState::Closed);
    }
    // Half a closing handshake is not clean either.
    const auto halfOwner = openPair();
    ConnectionPair &half = *halfOwner;
    half.client.sendClose(1000);
    half.client.takeOutgoing();
    half.closeTransport();
    QCOMPARE(half.client.closeInfo().code, quint16(1006));
    QVERIFY(!half.client.closeInfo().wasClean);
}

void TestConnection::messagesBothWays_data()
{
    QTest::addColumn<int>("chunk");
    QTest::addColumn<int>("fragments");
    QTest::newRow("whole") << 0 << 1;
    QTest::newRow("byte by byte, 7 fragments") << 1 << 7;
    QTest::newRow("13-byte reads, 3 fragments") << 13 << 3;
}

void TestConnection::messagesBothWays()
{
    QFETCH(int, chunk);
    QFETCH(int, fragments);
    const auto pairOwner = openPair();
    ConnectionPair &pair = *pairOwner;
    const QByteArray text = QStringLiteral("你好, WebSocket — κόσμε 😀").toUtf8();
    const QByteArray binary = QByteArray::fromHex("00fffe01020380");
    SendOptions options;
    options.fragments = fragments;
    QCOMPARE(pair.client.sendText(text, options), SendStatus::Sent);
    QCOMPARE(pair.server.sendBinary(binary, options), SendStatus::Sent);
    pair.pump(chunk);
    const auto atServer = ConnectionPair::ofType(pair.serverEvents, EventType::Message);
    const auto atClient = ConnectionPair::ofType(pair.clientEvents, EventType::Message);
    QCOMPARE(atServer.size(), size_t(1));
    QCOMPARE(atClient.size(), size_t(1));
    QCOMPARE(atServer[0].payload, text);
    QCOMPARE(atServer[0].opcode, toRaw(Opcode::Text));
    QCOMPARE(atServer[0].frameCount, fragments);
    QCOMPARE(atClient[0].payload, binary);
    QCOMPARE(atClient[0].opcode, toRaw(Opcode::Binary));
    // Every frame the client sent was masked; none of the server's were.
    for (const Event &e : ConnectionPair::ofType(pair.clientEvents, EventType::FrameSent))
        QVERIFY(e.header.masked);
    for (const Event &e : ConnectionPair::ofType(pair.serverEvents, EventType::FrameSent))
        QVERIFY(!e.header.masked);
    QCOMPARE(ConnectionPair::ofType(pair.serverEvents, EventType::FrameReceived).size(),
             size_t(fragments));
}

void TestConnection::autoPong()
{
    const auto pairOwner = openPair();
    ConnectionPair &pair = *pairOwner;
    QCOMPARE(pair.client.sendPing("are you there?"), SendStatus::Sent);
    pair.pump();
    const auto pings = ConnectionPair::ofType(pair.serverEvents, EventType::Ping);
    QCOMPARE(pings.size(), size_t(1));
    QCOMPARE(pings[0].payload, QByteArray("are you there?"));
    const auto pongs = ConnectionPair::ofType(pair.clientEvents, EventType::Pong);
    QCOMPARE(pongs.size(), size_t(1));
    QCOMPARE(pongs[0].payload, QByteArray("are you there?"));
    QCOMPARE(pair.client.sendPing(QByteArray(126, 'x')), SendStatus::InvalidArgument);
}

void TestConnection::autoPongCanBeTurnedOff()
{
    const auto pairOwner = openPair();
    ConnectionPair &pair = *pairOwner;
    pair.server.setAutoPong(false);
    pair.client.sendPing("idle?");
    pair.pump();
    QCOMPARE(ConnectionPair::ofType(pair.serverEvents, EventType::Ping).size(), size_t(1));
    QCOMPARE(ConnectionPair::ofType(pair.clientEvents, EventType::Pong).size(), size_t(0));
}

void TestConnection::framesAfterCloseAreIgnored()
{
    const auto pairOwner = openPair();
    ConnectionPair &pair = *pairOwner;
    // The client's Close, then a ping and a text frame in the same read.
    pair.client.sendClose(1000);
    FrameSpec ping;
    ping.opcode = toRaw(Opcode::Ping);
    ping.maskKey = 1;
    FrameSpec text;
    text.payload = "late";
    text.maskKey = 2;
    const QByteArray wire = pair.client.takeOutgoing() + FrameEncoder::encodeRaw(ping)
        + FrameEncoder::encodeRaw(text);
    pair.server.receiveData(wire);
    const auto events = pair.server.takeEvents();
    int frames = 0;
    for (const Event &e : events) {
        QVERIFY(e.type != EventType::Message && e.type != EventType::Ping);
        frames += e.type == EventType::FrameReceived ? 1 : 0;
    }
    QCOMPARE(frames, 1); // only the Close
    // The server answered the Close only: no Pong.
    const QByteArray out = pair.server.takeOutgoing();
    QCOMPARE(out, QByteArray::fromHex("880203e8"));
}

// WHATWG: payload bytes accepted by send() and not yet handed to the network; framing excluded;
// never reset after close.
void TestConnection::bufferedAmountFollowsWhatwg()
{
    const auto pairOwner = openPair();
    ConnectionPair &pair = *pairOwner;
    QCOMPARE(pair.client.bufferedAmount(), quint64(0));
    const QByteArray text = QStringLiteral("héllo").toUtf8(); // 6 bytes of UTF-8
    pair.client.sendText(text);
    pair.client.sendBinary(QByteArray(1000, 'b'));
    QCOMPARE(pair.client.bufferedAmount(), quint64(1006));
    pair.client.sendPing("p"); // control frames are not counted
    QCOMPARE(pair.client.bufferedAmount(), quint64(1006));
    const QByteArray wire = pair.client.takeOutgoing();
    QCOMPARE(pair.client.bufferedAmount(), quint64(1006)); // taken, not yet written
    pair.client.transportWrote(6); // the first frame's header
    QCOMPARE(pair.client.bufferedAmount(), quint64(1006));
    pair.client.transportWrote(6); // its payload
    QCOMPARE(pair.client.bufferedAmount(), quint64(1000));
    pair.client.transportWrote(8 + 500); // header + half the binary
    QCOMPARE(pair.client.bufferedAmount(), quint64(500));
    pair.client.transportWrote(wire.size() - 12 - 508);
    QCOMPARE(pair.client.bufferedAmount(), quint64(0));
    // After close: send() still counts, nothing is sent, and it never goes back down.
    pair.client.sendClose(1000);
    pair.client.transportWrote(pair.client.takeOutgoing().size());
    QCOMPARE(pair.client.sendText("after"), SendStatus::Discarded);
    QCOMPARE(pair.client.bufferedAmount(), quint64(5));
    QVERIFY(!pair.client.hasOutgoing());
    pair.client.transportWrote(100);
    QCOMPARE(pair.client.bufferedAmount(), quint64(5));
}

void TestConnection::sendValidation()
{
    ConnectionConfig c = ConnectionPair::clientDefaults();
    Connection connecting(c, fixedRandom());
    connecting.start();
    QCOMPARE(connecting.sendText("too early"), SendStatus::NotOpen);
    QCOMPARE(connecting.bufferedAmount(), quint64(0));

    const auto pairOwner = openPair();
    ConnectionPair &pair = *pairOwner;
    QCOMPARE(pair.client.sendText(QByteArray::fromHex("c0af")), SendStatus::InvalidUtf8);
    QCOMPARE(pair.client.sendClose(1005), SendStatus::InvalidCloseCode);
    QCOMPARE(pair.client.sendClose(1006), SendStatus::InvalidCloseCode);
    QCOMPARE(pair.client.sendClose(2000), SendStatus::InvalidCloseCode);
    QCOMPARE(pair.server.sendClose(1010), SendStatus::InvalidCloseCode); // client-only code
    QCOMPARE(pair.client.sendClose(1000, QByteArray(124, 'r')), SendStatus::CloseReasonTooLong);
    QCOMPARE(pair.client.sendClose(std::nullopt, "reason"), SendStatus::InvalidArgument);
    QCOMPARE(pair.client.sendClose(1000, QByteArray::fromHex("ff")), SendStatus::InvalidUtf8);
    QCOMPARE(pair.client.sendClose(1000, QByteArray(123, 'r')), SendStatus::Sent);
    QCOMPARE(pair.client.sendClose(1000), SendStatus::AlreadyClosing);
}

void TestConnection::closeBeforeOpen()
{
    Connection client(ConnectionPair::clientDefaults(), fixedRandom());
    client.start();
    client.takeOutgoing();
    QCOMPARE(client.sendClose(1000), SendStatus::Sent);
    QCOMPARE(client.readyState(), ReadyState::Closing);
    QVERIFY(client.wantsTransportClose());
    client.transportClosed();
    QCOMPARE(client.closeInfo().code, quint16(1006));
    QVERIFY(!client.closeInfo().wasClean);
}

void TestConnection::badAcceptFailsHandshake()
{
    Connection client(ConnectionPair::clientDefaults(), fixedRandom());
    client.start();
    client.takeOutgoing();
    client.receiveData(
        "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
        "Connection: Upgrade\r\nSec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n\r\n");
    QCOMPARE(client.readyState(), ReadyState::Connecting);
    QVERIFY(client.wantsTransportClose());
    const auto events = client.takeEvents();
    bool failed = false;
    for (const Event &e : events) {
        if (e.type == EventType::HandshakeFailed) {
            failed = true;
            QVERIFY(e.detail.contains("Sec-WebSocket-Accept"));
        }
        if (e.type == EventType::HandshakeReceived)
            QCOMPARE(e.handshake->validation.firstProblem(), HandshakeProblem::BadAccept);
    }
    QVERIFY(failed);
    client.transportClosed();
    QCOMPARE(client.readyState(), ReadyState::Closed);
    QCOMPARE(client.closeInfo().code, quint16(1006));
}

// A forged Accept fails by default; with the workbench option the client opens anyway, but
// never on a status other than 101.
void TestConnection::continuesDespiteHandshakeErrorsOnlyWhenAsked()
{
    const QByteArray forged
        = "http/1.1 101 Switching Protocols\r\nUpgrade:websocket\r\n"
          "Connection: Upgrade\r\nSec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n\r\n";
    const auto run = [](bool continuing, const QByteArray &response) {
        ConnectionConfig config = ConnectionPair::clientDefaults();
        config.policy.continueDespiteHandshakeErrors = continuing;
        Connection client(config, fixedRandom());
        client.start();
        client.takeOutgoing();
        client.receiveData(response);
        return client.readyState();
    };
    QCOMPARE(run(false, forged), ReadyState::Connecting); // failed, waiting for TCP to close
    QCOMPARE(run(true, forged), ReadyState::Open);
    QByteArray refused = forged;
    refused.replace("101 Switching Protocols", "403 Forbidden");
    QCOMPARE(run(true, refused), ReadyState::Connecting);
}

void TestConnection::plainHttpGetsAnAnswer()
{
    Connection server(ConnectionPair::serverDefaults(), fixedRandom());
    server.start();
    server.receiveData("GET /index.html HTTP/1.1\r\nHost: localhost\r\n\r\n");
    const QByteArray answer = server.takeOutgoing();
    QVERIFY2(answer.startsWith("HTTP/1.1 426 Upgrade Required\r\n"), answer.constData());
    QVERIFY(answer.contains("Sec-WebSocket-Version: 13"));
    QVERIFY(server.wantsTransportClose());
    // Garbage gets a 400.
    Connection other(ConnectionPair::serverDefaults(), fixedRandom());
    other.receiveData("\x16\x03\x01 not http at all\r\n\r\n");
    QVERIFY(other.takeOutgoing().startsWith("HTTP/1.1 400 Bad Request\r\n"));
}

void TestConnection::pipelinedFrameAfterHandshake()
{
    ClientHandshakeOptions options;
    const ClientRequest request = buildClientRequest(options, fixedRandom(4));
    FrameSpec ping;
    ping.opcode = toRaw(Opcode::Ping);
    ping.payload = "early";
    ping.maskKey = 0x11223344;
    FrameSpec text;
    text.payload = "pipelined";
    text.maskKey = 0x55667788;
    Connection server(ConnectionPair::serverDefaults(), fixedRandom());
    server.receiveData(QByteArray(request.head.raw + FrameEncoder::encodeRaw(ping)
                                  + FrameEncoder::encodeRaw(text)));
    QCOMPARE(server.readyState(), ReadyState::Open);
    const auto events = server.takeEvents();
    const auto messages = ConnectionPair::ofType(events, EventType::Message);
    QCOMPARE(messages.size(), size_t(1));
    QCOMPARE(messages[0].payload, QByteArray("pipelined"));
    // The 101 comes first, then an unmasked Pong (unlike Qt 6.4's early-data handling).
    const QByteArray out = server.takeOutgoing();
    const qsizetype end = out.indexOf("\r\n\r\n") + 4;
    QVERIFY(out.startsWith("HTTP/1.1 101"));
    QCOMPARE(out.mid(end), QByteArray::fromHex("8a05") + "early");
}

void TestConnection::deflateLifecycle()
{
    const auto pairOwner = openPair(true);
    ConnectionPair &pair = *pairOwner;
    QVERIFY(pair.client.deflateParams().has_value());
    QVERIFY(pair.server.deflateParams().has_value());
    QByteArray json;
    for (int i = 0; i < 500; ++i)
        json += "{\"seq\":" + QByteArray::number(i) + ",\"kind\":\"tick\"}";
    SendOptions three;
    three.fragments = 3;
    pair.client.sendText(json, three);
    pair.server.sendText(json);
    pair.pump(1);
    const auto atServer = ConnectionPair::ofType(pair.serverEvents, EventType::Message);
    const auto atClient = ConnectionPair::ofType(pair.clientEvents, EventType::Message);
    QCOMPARE(atServer.size(), size_t(1));
    QCOMPARE(atServer[0].payload, json);
    QVERIFY(atServer[0].compressed);
    QCOMPARE(atClient[0].payload, json);
    const auto frames = ConnectionPair::ofType(pair.serverEvents, EventType::FrameReceived);
    QCOMPARE(frames.size(), size_t(3));
    QCOMPARE(frames[0].header.rsv, Rsv::Rsv1); // RSV1 on the first frame only
    QCOMPARE(frames[1].header.rsv, quint8(0));
    qint64 wire = 0;
    for (const Event &f : frames)
        wire += f.payload.size();
    QVERIFY(wire < json.size() / 4); // repetitive JSON compresses well
}

void TestConnection::protocolViolationClosesWithCode()
{
    const auto pairOwner = openPair();
    ConnectionPair &pair = *pairOwner;
    FrameSpec bad;
    bad.opcode = 0x3; // reserved
    bad.maskKey = 9;
    pair.client.sendFrame(bad);
    pair.pump();
    const auto violations = ConnectionPair::ofType(pair.serverEvents, EventType::ProtocolViolation);
    QCOMPARE(violations.size(), size_t(1));
    QCOMPARE(violations[0].failure.error, ProtocolError::ReservedOpcode);
    QCOMPARE(pair.client.closeInfo().code, quint16(1002));
    QVERIFY(!pair.server.closeInfo().wasClean);
    QVERIFY(pair.transportClosed);
}

// RFC 6455 §5.5.1, §7.4: what a server does with the Close payloads a client sends, under the
// strict policy and with single checks turned off. The failure points at the offending byte,
// counted from the first frame byte (a masked client frame has a 6-byte header here).
void TestConnection::receivedClosePayloads_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<bool>("checkClose"); // ValidationPolicy::validateCloseFrames
    QTest::addColumn<bool>("checkControl"); // ValidationPolicy::enforceControlFrameRules
    QTest::addColumn<WsBench::Protocol::ProtocolError>("error"); // None: accepted
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("answer"); // the code of the server's Close; 0: no code

    const QByteArray bad = QByteArray::fromHex("03e841ff");
    const QByteArray tooLong = QByteArray::fromHex("03e8") + QByteArray(124, 'r');
    QTest::newRow("1000 ok") << QByteArray::fromHex("03e8") + "ok" << true << true
                             << ProtocolError::None << -1 << 1000;
    QTest::newRow("empty") << QByteArray() << true << true << ProtocolError::None << -1 << 0;
    QTest::newRow("1 byte") << QByteArray::fromHex("03") << true << true
                            << ProtocolError::ClosePayloadTooShort << 6 << 1002;
    QTest::newRow("code 1005") << QByteArray::fromHex("03ed") << true << true
                               << ProtocolError::InvalidCloseCode << 6 << 1002;
    QTest::newRow("reason not UTF-8")
        << bad << true << true << ProtocolError::InvalidCloseReason << 6 + 3 << 1007;
    QTest::newRow("126 bytes") << tooLong << true << true << ProtocolError::ControlFrameTooLong << 1
                               << 1002;
    // A relaxed policy takes the payload as it is and echoes its code, raw.
    QTest::newRow("1 byte, unchecked")
        << QByteArray::fromHex("03") << false << true << ProtocolError::None << -1 << 0;
    QTest::newRow("code 1005, unchecked")
        << QByteArray::fromHex("03ed") << false << true << ProtocolError::None << -1 << 1005;
    QTest::newRow("reason not UTF-8, unchecked")
        << bad << false << true << ProtocolError::None << -1 << 1000;
    // The 125-byte limit belongs to the control-frame rules, the rest to the Close checks.
    QTest::newRow("126 bytes, control rules off")
        << tooLong << true << false << ProtocolError::None << -1 << 1000;
    QTest::newRow("126 bytes not UTF-8, control rules off")
        << QByteArray(bad + QByteArray(122, 'r')) << true << false
        << ProtocolError::InvalidCloseReason << 8 + 3 << 1007;
}

void TestConnection::receivedClosePayloads()
{
    QFETCH(QByteArray, payload);
    QFETCH(bool, checkClose);
    QFETCH(bool, checkControl);
    QFETCH(WsBench::Protocol::ProtocolError, error);
    QFETCH(int, offset);
    QFETCH(int, answer);
    ValidationPolicy policy;
    policy.validateCloseFrames = checkClose;
    policy.enforceControlFrameRules = checkControl;
    WirePeer peer(Role::Server, false, policy);
    peer.write(peer.frame(toRaw(Opcode::Close), payload));
    QVERIFY(peer.observed().sentClose);
    QCOMPARE(int(peer.observed().closeCode.value_or(0)), answer);
    const CloseInfo &info = peer.connection().closeInfo();
    if (error == ProtocolError::None) {
        QVERIFY(!peer.failed());
        QVERIFY(info.closeReceived);
        QCOMPARE(info.receivedCode, parseClosePayload(payload).close.code);
        QCOMPARE(info.receivedReason, payload.size() >= 2 ? payload.mid(2) : QByteArray());
        return;
    }
    QVERIFY(peer.failed());
    QVERIFY(!info.closeReceived);
    QCOMPARE(info.failure.error, error);
    QCOMPARE(info.failure.streamOffset, qint64(offset));
    QCOMPARE(int(info.failure.closeCode), answer);
}

QTEST_APPLESS_MAIN(TestConnection)
#include "tst_connection.moc"
