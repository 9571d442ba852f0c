#include "core/protocol/close_payload.h"

#include <QTest>

using namespace WsBench::Protocol;

Q_DECLARE_METATYPE(WsBench::Protocol::ProtocolError)
Q_DECLARE_METATYPE(WsBench::Protocol::CloseEncodeError)
Q_DECLARE_METATYPE(WsBench::Protocol::Role)

// The Close payload pair (RFC 6455 §5.5.1, §7.4): every payload is fed whole, as the frame
// decoder hands it over.
class TestClosePayload : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void failureOffsetIsInTheStream();
    void encodeValid_data();
    void encodeValid();
    void encodeInvalid_data();
    void encodeInvalid();
    void rawEncodingWritesAnything();
};

static QByteArray hex(const char *h)
{
    return QByteArray::fromHex(h);
}

static const QByteArray kKosme = hex("cebae1bdb9cf83cebcceb5"); // κόσμε

void TestClosePayload::parseValid_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<int>("code"); // -1: no code
    QTest::addColumn<QByteArray>("reason");
    QTest::addColumn<int>("connectionCode");

    // RFC 6455 §5.5.1 / §7.1.5: no body means no code, and the connection reports 1005.
    QTest::newRow("empty") << QByteArray() << -1 << QByteArray() << 1005;
    QTest::newRow("1000 alone") << hex("03e8") << 1000 << QByteArray() << 1000;
    QTest::newRow("1000 Hello World!")
        << (hex("03e8") + "Hello World!") << 1000 << QByteArray("Hello World!") << 1000;
    // Autobahn 7.3.5: the largest Close payload, 125 bytes.
    QTest::newRow("1000 and 123-byte reason")
        << (hex("03e8") + QByteArray(123, 'r')) << 1000 << QByteArray(123, 'r') << 1000;
    QTest::newRow("UTF-8 reason") << (hex("0bb8") + kKosme) << 3000 << kKosme << 3000;
    // A BOM is a character like any other; non-characters are valid UTF-8.
    QTest::newRow("BOM kept") << (hex("03e8efbbbf") + "bye") << 1000 << (hex("efbbbf") + "bye")
                              << 1000;
    QTest::newRow("U+FFFF reason") << hex("03e8efbfbf") << 1000 << hex("efbfbf") << 1000;
    // Autobahn 7.7.x and the IANA registry: every code that may be on the wire.
    for (int code : {1000, 1001, 1002, 1003, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014, 3000,
                     3999, 4000, 4999}) {
        const QByteArray wire = QByteArray(1, char(code >> 8)) + char(code & 0xFF);
        QTest::addRow("code %d", code) << wire << code << QByteArray() << code;
    }
}

void TestClosePayload::parseValid()
{
    QFETCH(QByteArray, payload);
    QFETCH(int, code);
    QFETCH(QByteArray, reason);
    QFETCH(int, connectionCode);
    const ClosePayloadParse parsed = parseClosePayload(payload);
    QVERIFY2(parsed.ok(), parsed.detail.constData());
    QCOMPARE(parsed.error, ProtocolError::None);
    QCOMPARE(parsed.errorOffset, qsizetype(-1));
    QVERIFY(parsed.detail.isEmpty());
    QCOMPARE(parsed.close.code.has_value(), code >= 0);
    if (code >= 0)
        QCOMPARE(int(*parsed.close.code), code);
    QCOMPARE(parsed.close.reason, reason);
    QCOMPARE(int(parsed.close.connectionCloseCode()), connectionCode);
}

void TestClosePayload::parseInvalid_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<WsBench::Protocol::ProtocolError>("error");
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("closeCode"); // what the connection answers with
    QTest::addColumn<int>("code"); // what could still be read; -1: none

    // Autobahn 7.3.2: a body of one byte cannot hold a code.
    QTest::newRow("1 byte 00") << hex("00") << ProtocolError::ClosePayloadTooShort << 0 << 1002
                               << -1;
    QTest::newRow("1 byte 03") << hex("03") << ProtocolError::ClosePayloadTooShort << 0 << 1002
                               << -1;
    // Autobahn 7.9.x (and 1015, never on the wire; 5000+ are undefined by RFC 6455).
    for (int code : {0, 1, 999, 1004, 1005, 1006, 1015, 1016, 1100, 2000, 2999, 5000, 65535}) {
        const QByteArray wire = QByteArray(1, char(code >> 8)) + char(code & 0xFF);
        QTest::addRow("code %d", code)
            << wire << ProtocolError::InvalidCloseCode << 0 << 1002 << code;
        QTest::addRow("code %d with reason", code)
            << (wire + "why") << ProtocolError::InvalidCloseCode << 0 << 1002 << code;
    }
    // Autobahn 7.5.1: κόσμε, a UTF-16 surrogate (ED A0 80), "edited". The bad byte is A0.
    QTest::newRow("7.5.1 surrogate")
        << (hex("03e8") + kKosme + hex("eda080") + "edited") << ProtocolError::InvalidCloseReason
        << 2 + 11 + 1 << 1007 << 1000;
    QTest::newRow("stray continuation byte")
        << hex("03e8416280") << ProtocolError::InvalidCloseReason << 4 << 1007 << 1000;
    QTest::newRow("overlong slash")
        << hex("03e8c0af") << ProtocolError::InvalidCloseReason << 2 << 1007 << 1000;
    QTest::newRow("byte FF") << hex("03e8ff") << ProtocolError::InvalidCloseReason << 2 << 1007
                             << 1000;
    QTest::newRow("above U+10FFFF")
        << hex("03e8f4908080") << ProtocolError::InvalidCloseReason << 3 << 1007 << 1000;
    // A reason may not end inside a code point: the offset is the code point's first byte.
    QTest::newRow("ends inside a code point")
        << hex("03e84142e282") << ProtocolError::InvalidCloseReason << 4 << 1007 << 1000;
    QTest::newRow("ends after a lead byte")
        << hex("03e8f0") << ProtocolError::InvalidCloseReason << 2 << 1007 << 1000;
    // Autobahn 7.3.6: 126 bytes is over the control-frame limit (RFC 6455 §5.5).
    QTest::newRow("7.3.6 126 bytes") << (hex("03e8") + QByteArray(124, 'r'))
                                     << ProtocolError::ControlFrameTooLong << 125 << 1002 << 1000;
    QTest::newRow("300 bytes") << (hex("0bb8") + QByteArray(298, 'r'))
                               << ProtocolError::ControlFrameTooLong << 125 << 1002 << 3000;
}

void TestClosePayload::parseInvalid()
{
    QFETCH(QByteArray, payload);
    QFETCH(WsBench::Protocol::ProtocolError, error);
    QFETCH(int, offset);
    QFETCH(int, closeCode);
    QFETCH(int, code);
    const ClosePayloadParse parsed = parseClosePayload(payload);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error, error);
    QCOMPARE(parsed.errorOffset, qsizetype(offset));
    QVERIFY(parsed.errorOffset < payload.size());
    QVERIFY(!parsed.detail.isEmpty());
    QCOMPARE(int(protocolErrorCloseCode(parsed.error)), closeCode);
    // What could be read is kept, for a permissive reader and the inspector.
    QCOMPARE(parsed.close.code.has_value(), code >= 0);
    if (code >= 0) {
        QCOMPARE(int(*parsed.close.code), code);
        QCOMPARE(parsed.close.reason, payload.mid(2));
    } else {
        QVERIFY(parsed.close.reason.isEmpty());
        QCOMPARE(int(parsed.close.connectionCloseCode()), 1005);
    }
}

void TestClosePayload::failureOffsetIsInTheStream()
{
    const ClosePayloadParse parsed = parseClosePayload(hex("03e84142ff"));
    QCOMPARE(parsed.errorOffset, qsizetype(4));
    const ProtocolFailure failure = parsed.failure(1000);
    QCOMPARE(failure.error, ProtocolError::InvalidCloseReason);
    QCOMPARE(int(failure.closeCode), 1007);
    QCOMPARE(failure.streamOffset, qint64(1004));
    QCOMPARE(failure.detail, parsed.detail);
    QCOMPARE(parsed.failure(-1).streamOffset, qint64(-1)); // payload offset unknown
    const ProtocolFailure code = parseClosePayload(hex("03ed")).failure(20); // 1005
    QCOMPARE(code.error, ProtocolError::InvalidCloseCode);
    QCOMPARE(int(code.closeCode), 1002);
    QCOMPARE(code.streamOffset, qint64(20));
    QVERIFY(code.detail.contains("1005"));
}

void TestClosePayload::encodeValid_data()
{
    QTest::addColumn<int>("code"); // -1: no code
    QTest::addColumn<QByteArray>("reason");
    QTest::addColumn<WsBench::Protocol::Role>("sender");
    QTest::addColumn<QByteArray>("payload");

    QTest::newRow("no code") << -1 << QByteArray() << Role::Client << QByteArray();
    QTest::newRow("1000") << 1000 << QByteArray() << Role::Server << hex("03e8");
    QTest::newRow("1001 going away")
        << 1001 << QByteArray("going away") << Role::Client << (hex("03e9") + "going away");
    QTest::newRow("123-byte reason")
        << 1000 << QByteArray(123, 'r') << Role::Client << (hex("03e8") + QByteArray(123, 'r'));
    QTest::newRow("UTF-8 reason") << 4000 << kKosme << Role::Server << (hex("0fa0") + kKosme);
    QTest::newRow("1010 from a client") << 1010 << QByteArray() << Role::Client << hex("03f2");
    QTest::newRow("1012 from a server") << 1012 << QByteArray() << Role::Server << hex("03f4");
    QTest::newRow("4999") << 4999 << QByteArray() << Role::Client << hex("1387");
}

void TestClosePayload::encodeValid()
{
    QFETCH(int, code);
    QFETCH(QByteArray, reason);
    QFETCH(WsBench::Protocol::Role, sender);
    QFETCH(QByteArray, payload);
    const std::optional<quint16> c = code < 0 ? std::nullopt : std::optional<quint16>(code);
    const ClosePayloadEncoding encoded = encodeClosePayload(c, reason, sender);
    QVERIFY2(encoded.ok(), closeEncodeErrorName(encoded.error));
    QCOMPARE(encoded.errorOffset, qsizetype(-1));
    QCOMPARE(encoded.payload, payload);
    QCOMPARE(encodeClosePayloadRaw(c, reason), payload);
    // And back.
    const ClosePayloadParse parsed = parseClosePayload(encoded.payload);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.close.code, c);
    QCOMPARE(parsed.close.reason, reason);
}

void TestClosePayload::encodeInvalid_data()
{
    QTest::addColumn<int>("code"); // -1: no code
    QTest::addColumn<QByteArray>("reason");
    QTest::addColumn<WsBench::Protocol::Role>("sender");
    QTest::addColumn<WsBench::Protocol::CloseEncodeError>("error");
    QTest::addColumn<int>("offset");

    for (int code : {0, 999, 1004, 1005, 1006, 1015, 1016, 2999, 5000, 65535})
        QTest::addRow("code %d", code)
            << code << QByteArray() << Role::Client << CloseEncodeError::InvalidCode << 0;
    QTest::newRow("1010 from a server")
        << 1010 << QByteArray() << Role::Server << CloseEncodeError::CodeNotForSender << 0;
    QTest::newRow("1013 from a client")
        << 1013 << QByteArray() << Role::Client << CloseEncodeError::CodeNotForSender << 0;
    QTest::newRow("reason without code")
        << -1 << QByteArray("why") << Role::Client << CloseEncodeError::ReasonWithoutCode << 0;
    QTest::newRow("124-byte reason")
        << 1000 << QByteArray(124, 'r') << Role::Client << CloseEncodeError::ReasonTooLong << 125;
    QTest::newRow("surrogate in reason")
        << 1000 << (QByteArray("ab") + hex("eda080")) << Role::Server
        << CloseEncodeError::InvalidUtf8Reason << 2 + 3;
    // Qt 6.4 cuts reasons by bytes and can send half a code point (protocol-notes §3.4).
    QTest::newRow("cut code point") << 1000 << (QByteArray(3, 'e') + hex("c3")) << Role::Client
                                    << CloseEncodeError::InvalidUtf8Reason << 2 + 3;
    // The code is checked first, then the length, then the bytes.
    QTest::newRow("bad code and bad reason") << 1005 << QByteArray(200, char(0xff)) << Role::Client
                                             << CloseEncodeError::InvalidCode << 0;
    QTest::newRow("long and not UTF-8") << 1000 << QByteArray(200, char(0xff)) << Role::Client
                                        << CloseEncodeError::ReasonTooLong << 125;
}

void TestClosePayload::encodeInvalid()
{
    QFETCH(int, code);
    QFETCH(QByteArray, reason);
    QFETCH(WsBench::Protocol::Role, sender);
    QFETCH(WsBench::Protocol::CloseEncodeError, error);
    QFETCH(int, offset);
    const std::optional<quint16> c = code < 0 ? std::nullopt : std::optional<quint16>(code);
    const ClosePayloadEncoding encoded = encodeClosePayload(c, reason, sender);
    QVERIFY(!encoded.ok());
    QCOMPARE(encoded.error, error);
    QCOMPARE(encoded.errorOffset, qsizetype(offset));
    QVERIFY(encoded.payload.isEmpty());
    QVERIFY(qstrcmp(closeEncodeErrorName(error), "Unknown") != 0);
}

void TestClosePayload::rawEncodingWritesAnything()
{
    // The raw way is for deliberate violations: invalid codes and bytes go out as given.
    QCOMPARE(encodeClosePayloadRaw(1005), hex("03ed"));
    QCOMPARE(encodeClosePayloadRaw(0, hex("ff")), hex("0000ff"));
    QCOMPARE(encodeClosePayloadRaw(65535, QByteArray(124, 'r')).size(), 126);
    QCOMPARE(encodeClosePayloadRaw(std::nullopt, "dropped"), QByteArray());
    QCOMPARE(parseClosePayload(encodeClosePayloadRaw(1005)).error, ProtocolError::InvalidCloseCode);
}

QTEST_APPLESS_MAIN(TestClosePayload)
#include "tst_close_payload.moc"
