#include "core/protocol/frame_encoder.h"
#include "tests/support/decode_all.h"

#include <QTest>

using namespace WsBench::Protocol;
using namespace WsBench::Testing;

Q_DECLARE_METATYPE(WsBench::Protocol::Role)
Q_DECLARE_METATYPE(WsBench::Protocol::ProtocolError)

class TestFrameDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void rsvAllowedByExtension();
    void permissivePolicyAcceptsViolations();
    void lengthBoundaries_data();
    void lengthBoundaries();
    void frameSizeLimit();
    void errorOffsetPointsAtHeader();
    void partialInputNeedsMore();
};

static QByteArray hex(const char *h)
{
    return QByteArray::fromHex(h);
}

struct Expect
{
    quint8 opcode;
    bool fin;
    QByteArray payload;
};

// Every case is fed whole, in 2- and 3-byte pieces, and one byte at a time.
static const qsizetype kChunkings[] = {0, 1, 2, 3};

void TestFrameDecoder::valid_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<WsBench::Protocol::Role>("receiver");
    QTest::addColumn<QList<int>>("opcodes");
    QTest::addColumn<QList<bool>>("fins");
    QTest::addColumn<QList<QByteArray>>("payloads");

    // RFC 6455 §5.7 examples.
    QTest::newRow("5.7 unmasked Hello") << hex("810548656c6c6f") << Role::Client << QList<int> {1}
                                        << QList<bool> {true} << QList<QByteArray> {"Hello"};
    QTest::newRow("5.7 masked Hello")
        << hex("818537fa213d7f9f4d5158") << Role::Server << QList<int> {1} << QList<bool> {true}
        << QList<QByteArray> {"Hello"};
    QTest::newRow("5.7 fragmented Hello")
        << hex("010348656c80026c6f") << Role::Client << QList<int> {1, 0}
        << QList<bool> {false, true} << QList<QByteArray> {"Hel", "lo"};
    QTest::newRow("5.7 ping Hello") << hex("890548656c6c6f") << Role::Client << QList<int> {9}
                                    << QList<bool> {true} << QList<QByteArray> {"Hello"};
    QTest::newRow("5.7 masked pong Hello")
        << hex("8a8537fa213d7f9f4d5158") << Role::Server << QList<int> {10} << QList<bool> {true}
        << QList<QByteArray> {"Hello"};
    QTest::newRow("5.7 256-byte binary")
        << (hex("827e0100") + QByteArray(256, 'x')) << Role::Client << QList<int> {2}
        << QList<bool> {true} << QList<QByteArray> {QByteArray(256, 'x')};
    QTest::newRow("5.7 64KiB binary")
        << (hex("827f0000000000010000") + QByteArray(65536, 'y')) << Role::Client << QList<int> {2}
        << QList<bool> {true} << QList<QByteArray> {QByteArray(65536, 'y')};
    QTest::newRow("empty text") << hex("8100") << Role::Client << QList<int> {1}
                                << QList<bool> {true} << QList<QByteArray> {QByteArray()};
    QTest::newRow("empty masked close") << hex("888011223344") << Role::Server << QList<int> {8}
                                        << QList<bool> {true} << QList<QByteArray> {QByteArray()};
    QTest::newRow("three frames in one read")
        << hex("8100"
               "8a00"
               "820201ff")
        << Role::Client << QList<int> {1, 10, 2} << QList<bool> {true, true, true}
        << QList<QByteArray> {QByteArray(), QByteArray(), hex("01ff")};
}

void TestFrameDecoder::valid()
{
    QFETCH(QByteArray, wire);
    QFETCH(WsBench::Protocol::Role, receiver);
    QFETCH(QList<int>, opcodes);
    QFETCH(QList<bool>, fins);
    QFETCH(QList<QByteArray>, payloads);
    for (qsizetype chunk : kChunkings) {
        const DecodeOutcome out = decodeAll(wire, receiver, {}, chunk);
        QVERIFY2(!out.failure.isFailure(), out.failure.detail.constData());
        QCOMPARE(out.frames.size(), opcodes.size());
        QVERIFY(!out.needMore);
        QCOMPARE(out.consumed, wire.size());
        for (qsizetype i = 0; i < opcodes.size(); ++i) {
            QCOMPARE(int(out.frames[i].header.opcode), opcodes[i]);
            QCOMPARE(out.frames[i].header.fin, fins[i]);
            QCOMPARE(out.frames[i].payload, payloads[i]);
        }
    }
}

void TestFrameDecoder::invalid_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<WsBench::Protocol::Role>("receiver");
    QTest::addColumn<WsBench::Protocol::ProtocolError>("error");
    QTest::addColumn<int>("closeCode");
    QTest::addColumn<int>("offset"); // the offending byte
    QTest::addColumn<int>("consumed"); // read before failing: whatever the chunking

    QTest::newRow("reserved opcode 3")
        << hex("8300") << Role::Client << ProtocolError::ReservedOpcode << 1002 << 0 << 2;
    QTest::newRow("reserved opcode 7")
        << hex("8700") << Role::Client << ProtocolError::ReservedOpcode << 1002 << 0 << 2;
    QTest::newRow("reserved opcode B")
        << hex("8b00") << Role::Client << ProtocolError::ReservedOpcode << 1002 << 0 << 2;
    QTest::newRow("reserved opcode F")
        << hex("8f00") << Role::Client << ProtocolError::ReservedOpcode << 1002 << 0 << 2;
    QTest::newRow("RSV1 without extension")
        << hex("c100") << Role::Client << ProtocolError::ReservedBitsSet << 1002 << 0 << 2;
    QTest::newRow("RSV2") << hex("a100") << Role::Client << ProtocolError::ReservedBitsSet << 1002
                          << 0 << 2;
    QTest::newRow("RSV3") << hex("9100") << Role::Client << ProtocolError::ReservedBitsSet << 1002
                          << 0 << 2;
    QTest::newRow("RSV on close") << hex("f800") << Role::Client << ProtocolError::ReservedBitsSet
                                  << 1002 << 0 << 2;
    QTest::newRow("ping 126 bytes") << (hex("897e007e") + QByteArray(126, 'p')) << Role::Client
                                    << ProtocolError::ControlFrameTooLong << 1002 << 1 << 2;
    QTest::newRow("fragmented ping")
        << hex("0900") << Role::Client << ProtocolError::FragmentedControlFrame << 1002 << 0 << 2;
    QTest::newRow("fragmented close")
        << hex("0800") << Role::Client << ProtocolError::FragmentedControlFrame << 1002 << 0 << 2;
    QTest::newRow("unmasked client frame") << hex("810548656c6c6f") << Role::Server
                                           << ProtocolError::UnmaskedClientFrame << 1002 << 1 << 2;
    QTest::newRow("masked server frame") << hex("818537fa213d7f9f4d5158") << Role::Client
                                         << ProtocolError::MaskedServerFrame << 1002 << 1 << 2;
    QTest::newRow("16-bit length for 125")
        << (hex("817e007d") + QByteArray(125, 'a')) << Role::Client
        << ProtocolError::NonMinimalLength << 1002 << 2 << 4;
    QTest::newRow("16-bit length for 0")
        << hex("817e0000") << Role::Client << ProtocolError::NonMinimalLength << 1002 << 2 << 4;
    QTest::newRow("masked 16-bit length for 5")
        << (hex("81fe000511223344") + QByteArray(5, 'm')) << Role::Server
        << ProtocolError::NonMinimalLength << 1002 << 2 << 4;
    QTest::newRow("masked 64-bit length MSB set")
        << hex("82ffff0000000000000011223344") << Role::Server << ProtocolError::LengthMsbSet
        << 1002 << 2 << 10;
    QTest::newRow("64-bit length for 65535") << hex("817f000000000000ffff") << Role::Client
                                             << ProtocolError::NonMinimalLength << 1002 << 2 << 10;
    QTest::newRow("64-bit length for 5") << hex("817f0000000000000005") << Role::Client
                                         << ProtocolError::NonMinimalLength << 1002 << 2 << 10;
    QTest::newRow("64-bit length MSB set") << hex("827f8000000000000000") << Role::Client
                                           << ProtocolError::LengthMsbSet << 1002 << 2 << 10;
}

void TestFrameDecoder::invalid()
{
    QFETCH(QByteArray, wire);
    QFETCH(WsBench::Protocol::Role, receiver);
    QFETCH(WsBench::Protocol::ProtocolError, error);
    QFETCH(int, closeCode);
    QFETCH(int, offset);
    QFETCH(int, consumed);
    for (qsizetype chunk : kChunkings) {
        const DecodeOutcome out = decodeAll(wire, receiver, {}, chunk);
        QCOMPARE(out.failure.error, error);
        QCOMPARE(int(out.failure.closeCode), closeCode);
        QCOMPARE(out.failure.streamOffset, qint64(offset));
        QVERIFY(out.frames.isEmpty());
        QVERIFY(!out.failure.detail.isEmpty());
        // Fail-fast: the decoder stops as soon as the header shows the error, before any
        // payload and, for a bad length, before the masking key.
        QCOMPARE(out.consumed, qint64(consumed));
    }
    // The same frame after a good one: the offset counts from the start of the stream.
    const QByteArray good
        = receiver == Role::Server ? hex("818537fa213d7f9f4d5158") : hex("810548656c6c6f");
    const DecodeOutcome after = decodeAll(good + wire, receiver, {}, 1);
    QCOMPARE(after.frames.size(), 1);
    QCOMPARE(after.failure.error, error);
    QCOMPARE(after.failure.streamOffset, qint64(good.size() + offset));
}

void TestFrameDecoder::rsvAllowedByExtension()
{
    const DecodeOutcome out = decodeAll(hex("c10548656c6c6f"), Role::Client, {}, 1, Rsv::Rsv1);
    QVERIFY(!out.failure.isFailure());
    QCOMPARE(out.frames.size(), 1);
    QCOMPARE(out.frames[0].header.rsv, Rsv::Rsv1);
    // RSV2 is still not owned by anyone.
    QCOMPARE(decodeAll(hex("e100"), Role::Client, {}, 0, Rsv::Rsv1).failure.error,
             ProtocolError::ReservedBitsSet);
}

void TestFrameDecoder::permissivePolicyAcceptsViolations()
{
    const ValidationPolicy loose = ValidationPolicy::permissive();
    for (const QByteArray &wire :
         {hex("8300"), hex("c100"), hex("810548656c6c6f"), QByteArray(hex("817e0005") + "Hello")}) {
        const DecodeOutcome out = decodeAll(wire, Role::Server, loose, 1);
        QVERIFY2(!out.failure.isFailure(), wire.toHex().constData());
        QCOMPARE(out.frames.size(), 1);
    }
    // The MSB rule is not optional: a 2^63 length cannot be represented.
    QCOMPARE(decodeAll(hex("827f8000000000000000"), Role::Client, loose).failure.error,
             ProtocolError::LengthMsbSet);
}

void TestFrameDecoder::lengthBoundaries_data()
{
    QTest::addColumn<int>("length");
    QTest::addColumn<int>("headerSize");
    // Autobahn 1.1.1–1.1.7: every length-encoding boundary.
    for (int length : {0, 125, 126, 127, 128, 65535, 65536})
        QTest::addRow("%d", length) << length << (length <= 125 ? 2 : length <= 65535 ? 4 : 10);
}

void TestFrameDecoder::lengthBoundaries()
{
    QFETCH(int, length);
    QFETCH(int, headerSize);
    FrameSpec spec;
    spec.opcode = toRaw(Opcode::Binary);
    spec.payload = QByteArray(length, char(0xfe));
    spec.maskKey = 0x12345678;
    const QByteArray wire = FrameEncoder::encodeRaw(spec);
    QCOMPARE(wire.size(), headerSize + 4 + length);
    for (qsizetype chunk : {qsizetype(0), qsizetype(1), qsizetype(997)}) {
        const DecodeOutcome out = decodeAll(wire, Role::Server, {}, chunk);
        QVERIFY(!out.failure.isFailure());
        QCOMPARE(out.frames.size(), 1);
        QCOMPARE(out.frames[0].header.payloadLength, quint64(length));
        QCOMPARE(int(out.frames[0].header.headerSize), headerSize + 4);
        QCOMPARE(out.frames[0].payload, spec.payload);
    }
}

void TestFrameDecoder::frameSizeLimit()
{
    ValidationPolicy policy;
    policy.maxFramePayload = 1000;
    const DecodeOutcome ok
        = decodeAll(hex("827e03e8") + QByteArray(1000, 'a'), Role::Client, policy);
    QVERIFY(!ok.failure.isFailure());
    // Declared 1001 bytes: refused with 1009 from the header alone, before the payload arrives.
    for (qsizetype chunk : kChunkings) {
        const DecodeOutcome big = decodeAll(hex("827e03e9"), Role::Client, policy, chunk);
        QCOMPARE(big.failure.error, ProtocolError::FrameTooBig);
        QCOMPARE(int(big.failure.closeCode), 1009);
        QCOMPARE(big.failure.streamOffset, qint64(2)); // the 16-bit length field
        QCOMPARE(big.consumed, qint64(4));
    }
    policy.maxFramePayload = 100;
    QCOMPARE(decodeAll(hex("8265"), Role::Client, policy).failure.streamOffset, qint64(1));
}

void TestFrameDecoder::errorOffsetPointsAtHeader()
{
    // A good frame, then a reserved opcode: the failure points at the second frame's header.
    const DecodeOutcome out = decodeAll(hex("810548656c6c6f8300"), Role::Client, {}, 1);
    QCOMPARE(out.frames.size(), 1);
    QCOMPARE(out.failure.error, ProtocolError::ReservedOpcode);
    QCOMPARE(out.failure.streamOffset, qint64(7));
}

void TestFrameDecoder::partialInputNeedsMore()
{
    const QByteArray wire = hex("818537fa213d7f9f4d5158");
    for (qsizetype cut = 0; cut < wire.size(); ++cut) {
        const DecodeOutcome out = decodeAll(wire.left(cut), Role::Server, {}, 1);
        QVERIFY(!out.failure.isFailure());
        QVERIFY(out.frames.isEmpty());
        QCOMPARE(out.needMore, cut > 0);
    }
}

QTEST_APPLESS_MAIN(TestFrameDecoder)
#include "tst_frame_decoder.moc"
