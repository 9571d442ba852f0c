#include "core/protocol/frame_encoder.h"
#include "tests/support/decode_all.h"

#include <QTest>

using namespace WsBench::Protocol;
using namespace WsBench::Testing;

Q_DECLARE_METATYPE(WsBench::Protocol::EncodeError)
Q_DECLARE_METATYPE(WsBench::Protocol::Role)

class TestFrameEncoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfcVectors_data();
    void rfcVectors();
    void strictRefuses_data();
    void strictRefuses();
    void rawPathWritesAnything();
    void roundTripThroughDecoder();
};

static QByteArray hex(const char *h)
{
    return QByteArray::fromHex(h);
}

void TestFrameEncoder::rfcVectors_data()
{
    QTest::addColumn<int>("opcode");
    QTest::addColumn<bool>("fin");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<qint64>("maskKey"); // -1: unmasked
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("unmasked Hello")
        << 1 << true << QByteArray("Hello") << qint64(-1) << hex("810548656c6c6f");
    QTest::newRow("masked Hello") << 1 << true << QByteArray("Hello") << qint64(0x37fa213d)
                                  << hex("818537fa213d7f9f4d5158");
    QTest::newRow("fragment 1") << 1 << false << QByteArray("Hel") << qint64(-1)
                                << hex("010348656c");
    QTest::newRow("fragment 2") << 0 << true << QByteArray("lo") << qint64(-1) << hex("80026c6f");
    QTest::newRow("ping") << 9 << true << QByteArray("Hello") << qint64(-1)
                          << hex("890548656c6c6f");
    QTest::newRow("masked pong") << 10 << true << QByteArray("Hello") << qint64(0x37fa213d)
                                 << hex("8a8537fa213d7f9f4d5158");
    QTest::newRow("256 binary") << 2 << true << QByteArray(256, '\0') << qint64(-1)
                                << (hex("827e0100") + QByteArray(256, '\0'));
    QTest::newRow("64KiB binary") << 2 << true << QByteArray(65536, '\0') << qint64(-1)
                                  << (hex("827f0000000000010000") + QByteArray(65536, '\0'));
}

void TestFrameEncoder::rfcVectors()
{
    QFETCH(int, opcode);
    QFETCH(bool, fin);
    QFETCH(QByteArray, payload);
    QFETCH(qint64, maskKey);
    QFETCH(QByteArray, expected);
    FrameSpec spec;
    spec.opcode = quint8(opcode);
    spec.fin = fin;
    spec.payload = payload;
    if (maskKey >= 0)
        spec.maskKey = quint32(maskKey);
    QByteArray out;
    const Role sender = maskKey >= 0 ? Role::Client : Role::Server;
    QCOMPARE(FrameEncoder::encodeStrict(spec, sender, 0, out), EncodeError::None);
    QCOMPARE(out, expected);
    QCOMPARE(FrameEncoder::encodeRaw(spec), expected);
}

void TestFrameEncoder::strictRefuses_data()
{
    QTest::addColumn<int>("opcode");
    QTest::addColumn<bool>("fin");
    QTest::addColumn<int>("rsv");
    QTest::addColumn<int>("payloadSize");
    QTest::addColumn<WsBench::Protocol::Role>("sender");
    QTest::addColumn<WsBench::Protocol::EncodeError>("error");
    QTest::newRow("reserved opcode")
        << 3 << true << 0 << 0 << Role::Server << EncodeError::ReservedOpcode;
    QTest::newRow("ping too long")
        << 9 << true << 0 << 126 << Role::Server << EncodeError::ControlFrameTooLong;
    QTest::newRow("fragmented close")
        << 8 << false << 0 << 2 << Role::Server << EncodeError::FragmentedControlFrame;
    QTest::newRow("rsv2") << 1 << true << 2 << 0 << Role::Server
                          << EncodeError::ReservedBitsNotAllowed;
    QTest::newRow("client unmasked")
        << 1 << true << 0 << 3 << Role::Client << EncodeError::MaskRequired;
}

void TestFrameEncoder::strictRefuses()
{
    QFETCH(int, opcode);
    QFETCH(bool, fin);
    QFETCH(int, rsv);
    QFETCH(int, payloadSize);
    QFETCH(WsBench::Protocol::Role, sender);
    QFETCH(WsBench::Protocol::EncodeError, error);
    FrameSpec spec;
    spec.opcode = quint8(opcode);
    spec.fin = fin;
    spec.rsv = quint8(rsv);
    spec.payload = QByteArray(payloadSize, 'a');
    QByteArray out;
    QCOMPARE(FrameEncoder::encodeStrict(spec, sender, 0, out), error);
    QVERIFY(out.isEmpty());
    // The raw path writes it regardless.
    QVERIFY(!FrameEncoder::encodeRaw(spec).isEmpty());

    FrameSpec masked = spec;
    masked.opcode = 1;
    masked.fin = true;
    masked.rsv = 0;
    masked.payload = "x";
    masked.maskKey = 1;
    QCOMPARE(FrameEncoder::encodeStrict(masked, Role::Server, 0, out), EncodeError::MaskForbidden);
}

void TestFrameEncoder::rawPathWritesAnything()
{
    FrameSpec spec;
    spec.opcode = 0x1;
    spec.payload = "Hi";
    spec.lengthEncoding = LengthEncoding::Bits64; // non-minimal on purpose
    QCOMPARE(FrameEncoder::encodeRaw(spec), hex("817f00000000000000024869"));
    spec.lengthEncoding = LengthEncoding::Bits16;
    spec.rsv = 0x7;
    spec.fin = false;
    spec.opcode = 0xB;
    QCOMPARE(FrameEncoder::encodeRaw(spec), hex("7b7e00024869"));
    // A declared length that does not match the payload.
    spec = FrameSpec();
    spec.payload = "abc";
    spec.declaredLength = 10;
    QCOMPARE(FrameEncoder::encodeRaw(spec), hex("810a616263"));
}

void TestFrameEncoder::roundTripThroughDecoder()
{
    quint32 seed = 99;
    for (int i = 0; i < 200; ++i) {
        seed = seed * 1103515245u + 12345u;
        FrameSpec spec;
        spec.opcode = (seed >> 3) % 2 ? 1 : 2;
        spec.fin = (seed >> 5) & 1;
        const int size = int((seed >> 8) % 70000);
        spec.payload = QByteArray(size, char('a' + i % 26));
        spec.maskKey = seed;
        const QByteArray wire = FrameEncoder::encodeRaw(spec);
        const DecodeOutcome out = decodeAll(wire, Role::Server, {}, 4093);
        QCOMPARE(out.frames.size(), 1);
        QCOMPARE(out.frames[0].payload, spec.payload);
        QCOMPARE(out.frames[0].header.fin, spec.fin);
        QCOMPARE(out.frames[0].header.maskKey, seed);
        QCOMPARE(out.frames[0].headerBytes, wire.left(out.frames[0].header.headerSize));
    }
}

QTEST_APPLESS_MAIN(TestFrameEncoder)
#include "tst_frame_encoder.moc"
