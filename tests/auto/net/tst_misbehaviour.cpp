// The rules a misbehaving server breaks, without sockets: the frames a message goes out in,
// and the 101 a connection answers with (held, or broken on purpose).
#include "core/net/misbehaviour.h"
#include "core/protocol/connection.h"
#include "core/protocol/frame_decoder.h"
#include "core/protocol/frame_encoder.h"

#include <QTest>

using namespace WsBench;
using Kind = Net::Misbehaviour::Kind;
using Protocol::FrameSpec;

class TestMisbehaviour : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void messagesGoTheStrictWayUnlessAKindChangesThem();
    void fragmentsCarryTheWholeMessage();
    void pingsGoBetweenFragments();
    void maskedAndReservedFrames();
    void invalidUtf8OnlyInText();
    void brokenResponses_data();
    void brokenResponses();
    void heldResponseKeepsTheConnectionConnecting();
    void unansweredClose();
};

namespace {

quint32 fixedKey()
{
    return 0x11223344;
}

QByteArray payloadOf(const QList<FrameSpec> &frames)
{
    QByteArray out;
    for (const FrameSpec &f : frames) {
        if (f.opcode < 0x8)
            out += f.payload;
    }
    return out;
}

const QByteArray kRequest = "GET /chat HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\n"
                            "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                            "Sec-WebSocket-Version: 13\r\n\r\n";

Protocol::Connection server(const QList<Net::Misbehaviour> &list)
{
    Protocol::ConnectionConfig config;
    config.role = Protocol::Role::Server;
    Net::applyToHandshake(list, config.server);
    config.answerClose = !Net::has(list, Kind::NoCloseReply);
    return Protocol::Connection(config, fixedKey);
}

} // namespace

void TestMisbehaviour::messagesGoTheStrictWayUnlessAKindChangesThem()
{
    for (Kind kind :
         {Kind::WrongAccept, Kind::Status, Kind::UnofferedSubprotocol, Kind::UnofferedExtension,
          Kind::Delay101, Kind::NoPong, Kind::NoCloseReply, Kind::DropTcp, Kind::ResetMidMessage})
        QVERIFY(Net::misbehavingFrames({{kind, 0}}, 0x1, "hello", fixedKey).isEmpty());
    QVERIFY(Net::misbehavingFrames({}, 0x1, "hello", fixedKey).isEmpty());
    // Binary messages have no UTF-8 to break.
    QVERIFY(Net::misbehavingFrames({{Kind::InvalidUtf8, 0}}, 0x2, "hello", fixedKey).isEmpty());
}

void TestMisbehaviour::fragmentsCarryTheWholeMessage()
{
    const auto frames = Net::misbehavingFrames({{Kind::Fragment, 3}}, 0x1, "hello world", fixedKey);
    QCOMPARE(frames.size(), 3);
    QCOMPARE(frames[0].opcode, quint8(0x1));
    QCOMPARE(frames[1].opcode, quint8(0x0));
    QCOMPARE(frames[2].opcode, quint8(0x0));
    QVERIFY(!frames[0].fin && !frames[1].fin && frames[2].fin);
    QCOMPARE(payloadOf(frames), QByteArray("hello world"));
    for (const FrameSpec &f : frames)
        QVERIFY(!f.maskKey); // RFC 6455 §5.1: fragmenting is allowed, masking is not
    // Never more frames than bytes (an empty frame would still be legal, but says nothing).
    QCOMPARE(Net::misbehavingFrames({{Kind::Fragment, 5}}, 0x2, "ab", fixedKey).size(), 2);
}

void TestMisbehaviour::pingsGoBetweenFragments()
{
    // Alone, it splits a message in two to have a place for its Ping.
    const auto two = Net::misbehavingFrames({{Kind::PingInFragments, 0}}, 0x1, "hello", fixedKey);
    QCOMPARE(two.size(), 3);
    QCOMPARE(two[1].opcode, quint8(0x9));
    QVERIFY(two[1].fin);
    const auto frames = Net::misbehavingFrames({{Kind::Fragment, 3}, {Kind::PingInFragments, 0}},
                                               0x2, "abcdef", fixedKey);
    QList<quint8> opcodes;
    for (const FrameSpec &f : frames)
        opcodes << f.opcode;
    QCOMPARE(opcodes, (QList<quint8> {0x2, 0x9, 0x0, 0x9, 0x0}));
    QCOMPARE(payloadOf(frames), QByteArray("abcdef"));
}

void TestMisbehaviour::maskedAndReservedFrames()
{
    const auto masked = Net::misbehavingFrames({{Kind::MaskedFrame, 0}}, 0x1, "hi", fixedKey);
    QCOMPARE(masked.size(), 1);
    QCOMPARE(masked[0].maskKey, std::optional<quint32>(0x11223344));
    const auto reserved = Net::misbehavingFrames({{Kind::ReservedOpcode, 0}, {Kind::Fragment, 2}},
                                                 0x1, "hi", fixedKey);
    QCOMPARE(reserved.size(), 2);
    QCOMPARE(reserved[0].opcode, quint8(0x3));
    QCOMPARE(reserved[1].opcode, quint8(0x0));
    // A client's decoder refuses each (RFC 6455 §5.1, §5.2).
    for (const FrameSpec &spec : {masked[0], reserved[0]}) {
        Protocol::FrameDecoder decoder(Protocol::Role::Client, {});
        const QByteArray wire = Protocol::FrameEncoder::encodeRaw(spec);
        QCOMPARE(decoder.decode(wire.constData(), wire.size()).status,
                 Protocol::FrameDecoder::Status::Failed);
        QCOMPARE(decoder.failure().closeCode, quint16(1002));
    }
}

void TestMisbehaviour::invalidUtf8OnlyInText()
{
    const auto frames = Net::misbehavingFrames({{Kind::InvalidUtf8, 0}}, 0x1, "hi", fixedKey);
    QCOMPARE(frames.size(), 1);
    QCOMPARE(frames[0].payload, QByteArray("hi") + Net::kInvalidUtf8Tail);
}

void TestMisbehaviour::brokenResponses_data()
{
    QTest::addColumn<QList<Net::Misbehaviour>>("list");
    QTest::addColumn<QByteArray>("expected"); // in the response
    QTest::addColumn<bool>("opens"); // the server side opens
    QTest::newRow("none") << QList<Net::Misbehaviour> {}
                          << QByteArray("Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n")
                          << true;
    QTest::newRow("wrong-accept") << QList<Net::Misbehaviour> {{Kind::WrongAccept, 0}}
                                  << QByteArray("Sec-WebSocket-Accept: ") << true;
    QTest::newRow("status") << QList<Net::Misbehaviour> {{Kind::Status, 403}}
                            << QByteArray("HTTP/1.1 403 Forbidden\r\n") << false;
    QTest::newRow("unoffered-subprotocol")
        << QList<Net::Misbehaviour> {{Kind::UnofferedSubprotocol, 0}}
        << QByteArray("Sec-WebSocket-Protocol: wsbench.unoffered\r\n") << true;
    QTest::newRow("unoffered-extension")
        << QList<Net::Misbehaviour> {{Kind::UnofferedExtension, 0}}
        << QByteArray("Sec-WebSocket-Extensions: permessage-deflate\r\n") << true;
    // As the tutorial's hand-written server answers: the whole head, byte for byte.
    QTest::newRow("sloppy-101") << QList<Net::Misbehaviour> {{Kind::Sloppy101, 0}}
                                << QByteArray(
                                       "http/1.1 101 Switching Protocols\r\nUpgrade:websocket\r\n"
                                       "Connection: Upgrade\r\n"
                                       "Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n"
                                       "WebSocket-Location: ws://localhost/chat\r\n\r\n")
                                << true;
}

void TestMisbehaviour::brokenResponses()
{
    QFETCH(QList<Net::Misbehaviour>, list);
    QFETCH(QByteArray, expected);
    QFETCH(bool, opens);
    Protocol::Connection c = server(list);
    c.start();
    c.receiveData(kRequest);
    const QByteArray response = c.takeOutgoing();
    QVERIFY2(response.contains(expected), response.constData());
    const bool rightAccept = response.contains("s3pPLMBiTxaQ9kYGzzhZRbK+xOo="); // RFC 6455 §1.3
    QCOMPARE(rightAccept, !Net::has(list, Kind::WrongAccept));
    QCOMPARE(c.readyState() == Protocol::ReadyState::Open, opens);
}

void TestMisbehaviour::heldResponseKeepsTheConnectionConnecting()
{
    Protocol::Connection c = server({{Kind::Delay101, 500}});
    c.start();
    c.receiveData(kRequest);
    QVERIFY(c.holdsResponse());
    QVERIFY(!c.hasOutgoing());
    QCOMPARE(c.readyState(), Protocol::ReadyState::Connecting);
    // A frame the client pipelines is read once the response is out.
    Protocol::FrameSpec ping;
    ping.opcode = 0x9;
    ping.maskKey = 0x01020304;
    ping.payload = "early";
    c.receiveData(Protocol::FrameEncoder::encodeRaw(ping));
    QCOMPARE(c.readyState(), Protocol::ReadyState::Connecting);
    QVERIFY(c.releaseResponse());
    QVERIFY(!c.releaseResponse());
    QCOMPARE(c.readyState(), Protocol::ReadyState::Open);
    const QByteArray out = c.takeOutgoing();
    QVERIFY(out.startsWith("HTTP/1.1 101 Switching Protocols\r\n"));
    QVERIFY(
        out.endsWith(QByteArray(QByteArray("\x8a\x05", 2) + "early"))); // its Pong, after the 101
}

void TestMisbehaviour::unansweredClose()
{
    Protocol::Connection c = server({{Kind::NoCloseReply, 0}});
    c.start();
    c.receiveData(kRequest);
    c.takeOutgoing();
    Protocol::FrameSpec close;
    close.opcode = 0x8;
    close.maskKey = 0x01020304;
    close.payload = QByteArray("\x03\xe8", 2);
    c.receiveData(Protocol::FrameEncoder::encodeRaw(close));
    QCOMPARE(c.readyState(), Protocol::ReadyState::Closing);
    QVERIFY(c.takeOutgoing().isEmpty()); // no Close back
    QVERIFY(!c.wantsTransportClose()); // and TCP stays open
}

QTEST_GUILESS_MAIN(TestMisbehaviour)
#include "tst_misbehaviour.moc"
