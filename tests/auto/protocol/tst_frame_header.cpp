#include "core/protocol/frame_encoder.h"
#include "core/protocol/frame_header.h"

#include <QTest>
#include <QtEndian>

using namespace WsBench::Protocol;

Q_DECLARE_METATYPE(WsBench::Protocol::ProtocolError)
Q_DECLARE_METATYPE(WsBench::Protocol::LengthEncoding)
Q_DECLARE_METATYPE(WsBench::Protocol::LengthRules)

// parseFrameHeader(), the one reader of frame headers (RFC 6455 §5.2). Every header is parsed
// whole (with payload bytes after it, which the parser must leave alone) and then byte by
// byte, growing the input the way a reader does: to exactly what the parser asked for, and
// one byte at a time.
class TestFrameHeader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void nonMinimalAcceptedWhenAllowed_data();
    void nonMinimalAcceptedWhenAllowed();
    void fieldsOfAPartialHeader();
    void encoderRoundTrip();
};

static QByteArray hex(const char *h)
{
    return QByteArray::fromHex(h);
}

static FrameHeaderParse parse(const QByteArray &bytes, qsizetype available,
                              LengthRules rules = LengthRules::Minimal)
{
    // A copy of exactly `available` bytes, so that reading past them is a fault under ASan.
    const QByteArray exact = bytes.left(available);
    return parseFrameHeader(reinterpret_cast<const uchar *>(exact.constData()), exact.size(),
                            rules);
}

// What the parse must ask for next with `have` bytes of a header: 2, then the end of the
// length field, then the end of the header.
static int nextPoint(int have, int lengthEnd, int headerSize)
{
    if (have < 2)
        return 2;
    if (have < lengthEnd)
        return lengthEnd;
    return headerSize;
}

void TestFrameHeader::valid_data()
{
    QTest::addColumn<QByteArray>("wire"); // the header, maybe followed by payload bytes
    QTest::addColumn<bool>("fin");
    QTest::addColumn<int>("rsv");
    QTest::addColumn<int>("opcode");
    QTest::addColumn<bool>("masked");
    QTest::addColumn<quint32>("maskKey");
    QTest::addColumn<quint64>("length");
    QTest::addColumn<WsBench::Protocol::LengthEncoding>("encoding");
    QTest::addColumn<int>("headerSize");

    // RFC 6455 §5.7 examples.
    QTest::newRow("5.7 unmasked Hello") << hex("810548656c6c6f") << true << 0 << 1 << false << 0u
                                        << quint64(5) << LengthEncoding::Bits7 << 2;
    QTest::newRow("5.7 masked Hello") << hex("818537fa213d7f9f4d5158") << true << 0 << 1 << true
                                      << 0x37fa213du << quint64(5) << LengthEncoding::Bits7 << 6;
    QTest::newRow("5.7 first fragment") << hex("010348656c") << false << 0 << 1 << false << 0u
                                        << quint64(3) << LengthEncoding::Bits7 << 2;
    QTest::newRow("5.7 continuation") << hex("80026c6f") << true << 0 << 0 << false << 0u
                                      << quint64(2) << LengthEncoding::Bits7 << 2;
    QTest::newRow("5.7 masked pong") << hex("8a8537fa213d7f9f4d5158") << true << 0 << 10 << true
                                     << 0x37fa213du << quint64(5) << LengthEncoding::Bits7 << 6;
    QTest::newRow("5.7 256 bytes") << hex("827e0100") << true << 0 << 2 << false << 0u
                                   << quint64(256) << LengthEncoding::Bits16 << 4;
    QTest::newRow("5.7 64 KiB") << hex("827f0000000000010000") << true << 0 << 2 << false << 0u
                                << quint64(65536) << LengthEncoding::Bits64 << 10;
    // Every length-encoding boundary (Autobahn 1.1.1–1.1.7), masked and not.
    QTest::newRow("7-bit 0") << hex("8200") << true << 0 << 2 << false << 0u << quint64(0)
                             << LengthEncoding::Bits7 << 2;
    QTest::newRow("7-bit 125 masked") << hex("82fd01020304") << true << 0 << 2 << true
                                      << 0x01020304u << quint64(125) << LengthEncoding::Bits7 << 6;
    QTest::newRow("16-bit 126") << hex("827e007e") << true << 0 << 2 << false << 0u << quint64(126)
                                << LengthEncoding::Bits16 << 4;
    QTest::newRow("16-bit 127 masked")
        << hex("82fe007fa1b2c3d4") << true << 0 << 2 << true << 0xa1b2c3d4u << quint64(127)
        << LengthEncoding::Bits16 << 8;
    QTest::newRow("16-bit 65535") << hex("827effff") << true << 0 << 2 << false << 0u
                                  << quint64(65535) << LengthEncoding::Bits16 << 4;
    QTest::newRow("64-bit 65536 masked")
        << hex("82ff0000000000010000ffffffff") << true << 0 << 2 << true << 0xffffffffu
        << quint64(65536) << LengthEncoding::Bits64 << 14;
    QTest::newRow("64-bit 2^32") << hex("827f0000000100000000") << true << 0 << 2 << false << 0u
                                 << (quint64(1) << 32) << LengthEncoding::Bits64 << 10;
    QTest::newRow("64-bit largest") << hex("827f7fffffffffffffff") << true << 0 << 2 << false << 0u
                                    << quint64(0x7fffffffffffffff) << LengthEncoding::Bits64 << 10;
    // The bits of byte 0, whatever they mean to a validation policy.
    QTest::newRow("RSV1 text") << hex("c100") << true << 4 << 1 << false << 0u << quint64(0)
                               << LengthEncoding::Bits7 << 2;
    QTest::newRow("RSV2 RSV3 FIN=0") << hex("3100") << false << 3 << 1 << false << 0u << quint64(0)
                                     << LengthEncoding::Bits7 << 2;
    QTest::newRow("all RSV, reserved opcode F") << hex("ff00") << true << 7 << 15 << false << 0u
                                                << quint64(0) << LengthEncoding::Bits7 << 2;
    QTest::newRow("close, zero mask key") << hex("888000000000") << true << 0 << 8 << true << 0u
                                          << quint64(0) << LengthEncoding::Bits7 << 6;
}

void TestFrameHeader::valid()
{
    QFETCH(QByteArray, wire);
    QFETCH(bool, fin);
    QFETCH(int, rsv);
    QFETCH(int, opcode);
    QFETCH(bool, masked);
    QFETCH(quint32, maskKey);
    QFETCH(quint64, length);
    QFETCH(WsBench::Protocol::LengthEncoding, encoding);
    QFETCH(int, headerSize);
    const int lengthEnd = 2 + extendedLengthSize(encoding);
    auto check = [&](const FrameHeaderParse &p) {
        QCOMPARE(p.status, FrameHeaderParse::Status::Complete);
        QVERIFY(p.isComplete());
        QCOMPARE(p.error, ProtocolError::None);
        QVERIFY(p.detail().isEmpty());
        QCOMPARE(p.header.fin, fin);
        QCOMPARE(int(p.header.rsv), rsv);
        QCOMPARE(int(p.header.opcode), opcode);
        QCOMPARE(p.header.masked, masked);
        QCOMPARE(p.header.maskKey, maskKey);
        QCOMPARE(p.header.payloadLength, length);
        QCOMPARE(p.header.lengthEncoding, encoding);
        QCOMPARE(int(p.header.headerSize), headerSize);
        QCOMPARE(p.header.isControl(), opcode >= 8);
    };
    // Whole, with and without bytes after the header.
    check(parse(wire, wire.size()));
    check(parse(wire + QByteArray(20, char(0xff)), wire.size() + 20));
    check(parse(wire, headerSize));
    // Byte by byte: NeedMore until the last header byte, asking for the next useful point.
    for (int have = 0; have < headerSize; ++have) {
        const FrameHeaderParse p = parse(wire, have);
        QCOMPARE(p.status, FrameHeaderParse::Status::NeedMore);
        QCOMPARE(p.needed, nextPoint(have, lengthEnd, headerSize));
    }
    // As a reader that gathers exactly what the parser asks for.
    int have = 0;
    int parses = 0;
    FrameHeaderParse p = parse(wire, have);
    while (p.status == FrameHeaderParse::Status::NeedMore) {
        QVERIFY(p.needed > have && p.needed <= headerSize);
        have = p.needed;
        p = parse(wire, have);
        QVERIFY(++parses <= 3);
    }
    QCOMPARE(have, headerSize);
    check(p);
}

void TestFrameHeader::invalid_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<WsBench::Protocol::LengthRules>("rules");
    QTest::addColumn<WsBench::Protocol::ProtocolError>("error");
    QTest::addColumn<int>("offset");
    QTest::addColumn<quint64>("length");

    // RFC 6455 §5.2: "the minimal number of bytes MUST be used to encode the length".
    const auto minimal = LengthRules::Minimal;
    const auto any = LengthRules::AnyEncoding;
    QTest::newRow("16-bit 0") << hex("817e0000") << minimal << ProtocolError::NonMinimalLength << 2
                              << quint64(0);
    QTest::newRow("16-bit 125") << hex("817e007d") << minimal << ProtocolError::NonMinimalLength
                                << 2 << quint64(125);
    QTest::newRow("16-bit 5 masked")
        << hex("81fe000511223344") << minimal << ProtocolError::NonMinimalLength << 2 << quint64(5);
    QTest::newRow("64-bit 0") << hex("827f0000000000000000") << minimal
                              << ProtocolError::NonMinimalLength << 2 << quint64(0);
    QTest::newRow("64-bit 5") << hex("817f0000000000000005") << minimal
                              << ProtocolError::NonMinimalLength << 2 << quint64(5);
    QTest::newRow("64-bit 126") << hex("827f000000000000007e") << minimal
                                << ProtocolError::NonMinimalLength << 2 << quint64(126);
    QTest::newRow("64-bit 65535 masked") << hex("82ff000000000000ffff11223344") << minimal
                                         << ProtocolError::NonMinimalLength << 2 << quint64(65535);
    // RFC 6455 §5.2: "the most significant bit MUST be 0", whatever the rules.
    for (const auto rules : {minimal, any}) {
        const char *r = rules == minimal ? "minimal" : "any encoding";
        QTest::addRow("64-bit MSB only, %s", r)
            << hex("827f8000000000000000") << rules << ProtocolError::LengthMsbSet << 2
            << (quint64(1) << 63);
        QTest::addRow("64-bit all ones masked, %s", r)
            << hex("82ffffffffffffffffff01020304") << rules << ProtocolError::LengthMsbSet << 2
            << ~quint64(0);
    }
}

void TestFrameHeader::invalid()
{
    QFETCH(QByteArray, wire);
    QFETCH(WsBench::Protocol::LengthRules, rules);
    QFETCH(WsBench::Protocol::ProtocolError, error);
    QFETCH(int, offset);
    QFETCH(quint64, length);
    const FrameHeaderParse first = parse(wire, 2, rules);
    const int lengthEnd = 2 + extendedLengthSize(first.header.lengthEncoding);
    const int headerSize = first.header.headerSize;
    auto check = [&](const FrameHeaderParse &p, bool keyIn) {
        QCOMPARE(p.status, FrameHeaderParse::Status::Invalid);
        QVERIFY(!p.isComplete());
        QCOMPARE(p.error, error);
        QCOMPARE(p.errorOffset, offset);
        QVERIFY(!p.detail().isEmpty());
        QCOMPARE(int(protocolErrorCloseCode(p.error)), 1002);
        // The fields are still there, for the inspector.
        QCOMPARE(p.header.payloadLength, length);
        QCOMPARE(p.header.lengthEncoding, first.header.lengthEncoding);
        if (p.header.masked && keyIn)
            QCOMPARE(p.header.maskKey,
                     quint32(qFromBigEndian<quint32>(wire.constData() + lengthEnd)));
    };
    check(parse(wire, wire.size(), rules), true);
    check(parse(wire + "payload", wire.size() + 7, rules), true);
    // Byte by byte: the error shows as soon as the length field is complete, not before, and
    // without waiting for the masking key.
    for (int have = 0; have <= headerSize; ++have) {
        const FrameHeaderParse p = parse(wire, have, rules);
        if (have < lengthEnd) {
            QCOMPARE(p.status, FrameHeaderParse::Status::NeedMore);
            QCOMPARE(p.needed, nextPoint(have, lengthEnd, headerSize));
        } else {
            check(p, have == headerSize);
        }
    }
}

void TestFrameHeader::nonMinimalAcceptedWhenAllowed_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<quint64>("length");
    QTest::newRow("16-bit 5") << hex("817e0005") << quint64(5);
    QTest::newRow("64-bit 0 masked") << hex("81ff000000000000000001020304") << quint64(0);
    QTest::newRow("64-bit 65535") << hex("827f000000000000ffff") << quint64(65535);
}

void TestFrameHeader::nonMinimalAcceptedWhenAllowed()
{
    QFETCH(QByteArray, wire);
    QFETCH(quint64, length);
    for (qsizetype have = 0; have <= wire.size(); ++have) {
        const FrameHeaderParse p = parse(wire, have, LengthRules::AnyEncoding);
        QCOMPARE(p.status,
                 have < wire.size() ? FrameHeaderParse::Status::NeedMore
                                    : FrameHeaderParse::Status::Complete);
    }
    const FrameHeaderParse p = parse(wire, wire.size(), LengthRules::AnyEncoding);
    QCOMPARE(p.header.payloadLength, length);
    QCOMPARE(int(p.header.headerSize), int(wire.size()));
    QCOMPARE(parse(wire, wire.size()).error, ProtocolError::NonMinimalLength);
}

void TestFrameHeader::fieldsOfAPartialHeader()
{
    // Two bytes of a masked frame with a 64-bit length: the first-byte fields, the encoding
    // and the header size are known; the length and the key are not yet.
    const QByteArray wire = hex("09ff0000000000010000a1b2c3d4");
    const FrameHeaderParse two = parse(wire, 2);
    QCOMPARE(two.status, FrameHeaderParse::Status::NeedMore);
    QCOMPARE(two.header.fin, false);
    QCOMPARE(int(two.header.opcode), 9);
    QVERIFY(two.header.masked);
    QCOMPARE(two.header.lengthEncoding, LengthEncoding::Bits64);
    QCOMPARE(int(two.header.headerSize), 14);
    QCOMPARE(two.header.payloadLength, quint64(0));
    QCOMPARE(two.needed, 10);
    const FrameHeaderParse twelve = parse(wire, 12); // the length and half the key
    QCOMPARE(twelve.status, FrameHeaderParse::Status::NeedMore);
    QCOMPARE(twelve.header.payloadLength, quint64(65536));
    QCOMPARE(twelve.header.maskKey, 0u);
    QCOMPARE(twelve.needed, 14);
}

void TestFrameHeader::encoderRoundTrip()
{
    // Whatever the raw encoder writes, the parser reads back, field for field.
    quint32 seed = 12345;
    for (int i = 0; i < 2000; ++i) {
        seed = seed * 1103515245u + 12345u;
        FrameSpec spec;
        spec.fin = seed & 1;
        spec.rsv = (seed >> 1) & 7;
        spec.opcode = (seed >> 4) & 15;
        if (seed & (1u << 8))
            spec.maskKey = seed * 2654435761u;
        const quint64 lengths[] = {0, 1, 125, 126, 127, 65535, 65536, quint64(1) << 40};
        const quint64 length = lengths[(seed >> 9) % 8];
        spec.declaredLength = length;
        spec.lengthEncoding = minimalLengthEncoding(length);
        const QByteArray header = FrameEncoder::encodeRaw(spec);
        const FrameHeaderParse p = parse(header, header.size());
        QVERIFY(p.isComplete());
        QCOMPARE(p.header.fin, spec.fin);
        QCOMPARE(p.header.rsv, spec.rsv);
        QCOMPARE(p.header.opcode, spec.opcode);
        QCOMPARE(p.header.masked, spec.maskKey.has_value());
        QCOMPARE(p.header.maskKey, spec.maskKey.value_or(0));
        QCOMPARE(p.header.payloadLength, length);
        QCOMPARE(int(p.header.headerSize), int(header.size()));
        QCOMPARE(int(p.header.headerSize),
                 frameHeaderSize(p.header.lengthEncoding, p.header.masked));
    }
}

QTEST_APPLESS_MAIN(TestFrameHeader)
#include "tst_frame_header.moc"
