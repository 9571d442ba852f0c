#include "core/protocol/connection.h"
#include "core/protocol/deflate.h"
#include "core/protocol/frame_encoder.h"
#include "tests/support/decode_all.h"
#include "tests/support/wire_peer.h"

#include <QTest>

using namespace WsBench::Protocol;
using namespace WsBench::Testing;

class TestDeflate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfc7692CompressHello();
    void rfc7692Examples_data();
    void rfc7692Examples();
    void roundTrip_data();
    void roundTrip();
    void zipBombFailsWith1009();
    void corruptDataFails();
    void negotiation_data();
    void negotiation();
    void compressedControlFrameFails();
    void rsv1OnContinuationFails();
};

static QByteArray hex(const char *h)
{
    return QByteArray::fromHex(h);
}

// RFC 7692 §7.2.3.1–7.2.3.2: "Hello", then "Hello" again with the context kept.
void TestDeflate::rfc7692CompressHello()
{
    DeflateCodec server(Role::Server, DeflateParams {});
    QByteArray first;
    QVERIFY(server.compress("Hello", first));
    QCOMPARE(first.toHex(), QByteArray("f248cdc9c90700"));
    QByteArray second;
    QVERIFY(server.compress("Hello", second));
    QCOMPARE(second.toHex(), QByteArray("f200110000"));

    DeflateParams noTakeover;
    noTakeover.serverNoContextTakeover = true;
    DeflateCodec fresh(Role::Server, noTakeover);
    QByteArray a, b;
    QVERIFY(fresh.compress("Hello", a));
    QVERIFY(fresh.compress("Hello", b));
    QCOMPARE(a, b); // no context: the same bytes each time
}

// The RFC's example frames, received by a client that negotiated permessage-deflate.
void TestDeflate::rfc7692Examples_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<QList<QByteArray>>("messages");
    QTest::newRow("7.2.3.1 single frame")
        << hex("c107f248cdc9c90700") << QList<QByteArray> {"Hello"};
    QTest::newRow("7.2.3.1 fragmented") << hex("4103f248cd"
                                               "8004c9c90700")
                                        << QList<QByteArray> {"Hello"};
    QTest::newRow("7.2.3.2 shared context") << hex("c107f248cdc9c90700"
                                                   "c105f200110000")
                                            << QList<QByteArray> {"Hello", "Hello"};
    QTest::newRow("7.2.3.3 stored block")
        << hex("c10b0005 00faff48656c6c6f00") << QList<QByteArray> {"Hello"};
    QTest::newRow("7.2.3.4 BFINAL block")
        << hex("c108f348cdc9c9070000") << QList<QByteArray> {"Hello"};
    QTest::newRow("7.2.3.5 two blocks")
        << hex("c10df24805000000ffffcac9c90700") << QList<QByteArray> {"Hello"};
}

void TestDeflate::rfc7692Examples()
{
    QFETCH(QByteArray, wire);
    QFETCH(QList<QByteArray>, messages);
    for (qsizetype chunk : {qsizetype(0), qsizetype(1)}) {
        WirePeer peer(Role::Client, true);
        QVERIFY(peer.connection().deflateParams().has_value());
        peer.write(wire, chunk);
        QList<QByteArray> got;
        for (const Event &e : peer.observed().events) {
            if (e.type == EventType::Message) {
                QVERIFY(e.compressed);
                got.append(e.payload);
            }
        }
        QCOMPARE(got, messages);
        QVERIFY(!peer.failed());
    }
}

void TestDeflate::roundTrip_data()
{
    QTest::addColumn<bool>("serverNoContext");
    QTest::addColumn<bool>("clientNoContext");
    QTest::addColumn<int>("serverBits");
    QTest::addColumn<int>("clientBits");
    QTest::newRow("defaults") << false << false << 15 << 15;
    QTest::newRow("no context both") << true << true << 15 << 15;
    QTest::newRow("window 9") << false << false << 9 << 9;
    QTest::newRow("mixed") << true << false << 10 << 12;
}

void TestDeflate::roundTrip()
{
    QFETCH(bool, serverNoContext);
    QFETCH(bool, clientNoContext);
    QFETCH(int, serverBits);
    QFETCH(int, clientBits);
    DeflateParams params {serverNoContext, clientNoContext, serverBits, clientBits};
    DeflateCodec client(Role::Client, params);
    DeflateCodec server(Role::Server, params);
    QByteArray json;
    for (int i = 0; i < 300; ++i)
        json += "{\"id\":" + QByteArray::number(i) + ",\"name\":\"item\",\"tags\":[\"a\",\"b\"]},";
    for (const QByteArray &message :
         {QByteArray(), QByteArray("Hello"), json, QByteArray(70000, 'z')}) {
        for (int repeat = 0; repeat < 3; ++repeat) {
            QByteArray compressed;
            QVERIFY(client.compress(message, compressed));
            QVERIFY(!compressed.isEmpty());
            QByteArray out;
            QCOMPARE(server.inflate(compressed, out, 1 << 20), DeflateCodec::Status::Ok);
            QCOMPARE(server.finish(out, 1 << 20), DeflateCodec::Status::Ok);
            QCOMPARE(out, message);
        }
    }
}

// A small compressed payload that inflates past the limit fails with 1009.
void TestDeflate::zipBombFailsWith1009()
{
    DeflateCodec sender(Role::Client, DeflateParams {});
    QByteArray bomb;
    QVERIFY(sender.compress(QByteArray(8 * 1024 * 1024, '\0'), bomb));
    QVERIFY(bomb.size() < 16 * 1024);

    ValidationPolicy policy;
    policy.maxMessageSize = 1024 * 1024;
    WirePeer peer(Role::Server, true, policy);
    FrameSpec spec;
    spec.opcode = toRaw(Opcode::Binary);
    spec.rsv = Rsv::Rsv1;
    spec.payload = bomb;
    peer.write(peer.frame(spec));
    QVERIFY(peer.failed());
    QCOMPARE(peer.connection().closeInfo().failure.error, ProtocolError::DecompressedTooBig);
    QCOMPARE(peer.observed().closeCode, std::optional<quint16>(1009));
    // No message was delivered.
    for (const Event &e : peer.observed().events)
        QVERIFY(e.type != EventType::Message);
}

void TestDeflate::corruptDataFails()
{
    WirePeer peer(Role::Client, true);
    peer.write(hex("c104ffffffff"));
    QVERIFY(peer.failed());
    QCOMPARE(peer.connection().closeInfo().failure.error, ProtocolError::DecompressionFailed);
    QCOMPARE(peer.observed().closeCode, std::optional<quint16>(1002));
}

// Autobahn 13.x: client offer × server acceptance.
void TestDeflate::negotiation_data()
{
    QTest::addColumn<QByteArray>("offer");
    QTest::addColumn<bool>("serverNoContext");
    QTest::addColumn<int>("serverBits");
    QTest::addColumn<QByteArray>("response"); // empty: declined
    QTest::newRow("13.1 default") << QByteArray("permessage-deflate") << false << 15
                                  << QByteArray("permessage-deflate");
    QTest::newRow("13.2 no context")
        << QByteArray("permessage-deflate") << true << 15
        << QByteArray("permessage-deflate; server_no_context_takeover");
    QTest::newRow("13.3 window 9") << QByteArray("permessage-deflate") << false << 9
                                   << QByteArray("permessage-deflate; server_max_window_bits=9");
    QTest::newRow("client asks no context")
        << QByteArray("permessage-deflate; server_no_context_takeover") << false << 15
        << QByteArray("permessage-deflate; server_no_context_takeover");
    QTest::newRow("client limits server window")
        << QByteArray("permessage-deflate; server_max_window_bits=10") << false << 15
        << QByteArray("permessage-deflate; server_max_window_bits=10");
    QTest::newRow("offer of server window 15 is answered")
        << QByteArray("permessage-deflate; server_max_window_bits=15") << false << 15
        << QByteArray("permessage-deflate; server_max_window_bits=15");
    QTest::newRow("window 8 declined, next offer")
        << QByteArray("permessage-deflate; server_max_window_bits=8, permessage-deflate") << false
        << 15 << QByteArray("permessage-deflate");
    QTest::newRow("unknown parameter declined")
        << QByteArray("permessage-deflate; foo") << false << 15 << QByteArray();
    QTest::newRow("duplicate parameter declined")
        << QByteArray("permessage-deflate; server_no_context_takeover; server_no_context_takeover")
        << false << 15 << QByteArray();
    QTest::newRow("quoted value") << QByteArray("permessage-deflate; client_max_window_bits=\"10\"")
                                  << false << 15
                                  << QByteArray("permessage-deflate; client_max_window_bits=10");
    QTest::newRow("signed window declined") // RFC 7692 §7.1.2: 1*DIGIT
        << QByteArray("permessage-deflate; server_max_window_bits=+9") << false << 15
        << QByteArray();
    QTest::newRow("other extension only")
        << QByteArray("x-webkit-deflate-frame") << false << 15 << QByteArray();
}

void TestDeflate::negotiation()
{
    QFETCH(QByteArray, offer);
    QFETCH(bool, serverNoContext);
    QFETCH(int, serverBits);
    QFETCH(QByteArray, response);
    DeflateConfig config;
    config.enabled = true;
    config.serverNoContextTakeover = serverNoContext;
    config.serverMaxWindowBits = serverBits;
    const auto offers = parseExtensionList(offer);
    QVERIFY(offers.has_value());
    const auto accepted = acceptDeflateOffer(*offers, config);
    QCOMPARE(accepted.has_value(), !response.isEmpty());
    if (accepted) {
        QCOMPARE(formatExtension(accepted->response), response);
        // The client accepts what the server answered.
        DeflateConfig clientOffer;
        clientOffer.enabled = true;
        QByteArray problem;
        const auto back = parseExtensionList(response);
        QVERIFY(checkDeflateResponse(back->first(), clientOffer, &problem).has_value());
    }
}

void TestDeflate::compressedControlFrameFails()
{
    WirePeer peer(Role::Client, true);
    peer.write(hex("c900"));
    QCOMPARE(peer.connection().closeInfo().failure.error, ProtocolError::CompressedControlFrame);
    QCOMPARE(peer.observed().closeCode, std::optional<quint16>(1002));
}

void TestDeflate::rsv1OnContinuationFails()
{
    WirePeer peer(Role::Client, true);
    peer.write(hex("4103f248cd"
                   "c004c9c90700"));
    QCOMPARE(peer.connection().closeInfo().failure.error, ProtocolError::CompressedContinuation);
}

QTEST_APPLESS_MAIN(TestDeflate)
#include "tst_deflate.moc"
