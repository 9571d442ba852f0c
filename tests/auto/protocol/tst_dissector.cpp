#include "core/protocol/frame_dissector.h"
#include "core/protocol/handshake_dissector.h"
#include "tests/support/decode_all.h"

#include <QTest>

using namespace WsBench::Protocol;
using namespace WsBench::Testing;

Q_DECLARE_METATYPE(WsBench::Protocol::Role)

class TestDissector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void maskedTextFrame();
    void extendedLengths();
    void closeFrame();
    void closeFramesThatBreakTheRules_data();
    void closeFramesThatBreakTheRules();
    void lengthNotes_data();
    void lengthNotes();
    void truncatedFrame();
    void truncatedInsideTheHeader_data();
    void truncatedInsideTheHeader();
    void sameHeaderAsTheDecoder_data();
    void sameHeaderAsTheDecoder();
    void handshakeRequest();
    void handshakeResponse();

private:
    static const FieldSpan *find(const FieldSpans &spans, const char *key);
};

const FieldSpan *TestDissector::find(const FieldSpans &spans, const char *key)
{
    for (const FieldSpan &s : spans) {
        if (s.key == key)
            return &s;
    }
    return nullptr;
}

void TestDissector::maskedTextFrame()
{
    const QByteArray raw = QByteArray::fromHex("818537fa213d7f9f4d5158");
    const FieldSpans spans = dissectFrame(raw);
    const FieldSpan *fin = find(spans, "websocket.fin");
    QVERIFY(fin);
    QCOMPARE(fin->offset, 0);
    QCOMPARE(fin->bitmask, quint8(0x80));
    QCOMPARE(fin->value, QStringLiteral("1 (True)"));
    QCOMPARE(find(spans, "websocket.opcode")->value, QStringLiteral("1 (Text)"));
    QCOMPARE(find(spans, "websocket.opcode")->bitmask, quint8(0x0F));
    QCOMPARE(find(spans, "websocket.rsv1")->bitmask, quint8(0x40));
    const FieldSpan *mask = find(spans, "websocket.mask");
    QCOMPARE(mask->offset, 1);
    QCOMPARE(mask->bitmask, quint8(0x80));
    QCOMPARE(mask->value, QStringLiteral("1 (True)"));
    QCOMPARE(find(spans, "websocket.payload_length")->value, QStringLiteral("5"));
    const FieldSpan *key = find(spans, "websocket.masking_key");
    QCOMPARE(key->offset, 2);
    QCOMPARE(key->length, 4);
    QCOMPARE(key->value, QStringLiteral("37 fa 21 3d"));
    const FieldSpan *masked = find(spans, "websocket.masked_payload");
    QCOMPARE(masked->offset, 6);
    QCOMPARE(masked->length, 5);
    QCOMPARE(masked->value, QStringLiteral("7f 9f 4d 51 58"));
    QCOMPARE(find(spans, "websocket.payload")->value, QStringLiteral("48 65 6c 6c 6f"));
    QCOMPARE(find(spans, "websocket.payload.text")->value, QStringLiteral("Hello"));
    // Spans never point outside the bytes.
    for (const FieldSpan &s : spans)
        QVERIFY(s.offset >= 0 && s.offset + s.length <= raw.size());
}

void TestDissector::extendedLengths()
{
    const FieldSpans s16
        = dissectFrame(QByteArray(QByteArray::fromHex("827e0100") + QByteArray(256, 'a')));
    QCOMPARE(find(s16, "websocket.payload_length_ext_16")->value, QStringLiteral("256"));
    QCOMPARE(find(s16, "websocket.payload")->offset, 4);
    const FieldSpans s64
        = dissectFrame(QByteArray(QByteArray::fromHex("827f0000000000000005") + "hello"));
    QVERIFY(find(s64, "websocket.payload_length_ext_64")
                ->value.contains(QStringLiteral("not minimal")));
    QCOMPARE(find(s64, "websocket.payload")->offset, 10);
}

void TestDissector::closeFrame()
{
    const FieldSpans spans = dissectFrame(QByteArray(QByteArray::fromHex("880803e8") + "bye!!!"));
    const FieldSpan *code = find(spans, "websocket.payload.close.status_code");
    QVERIFY(code);
    QCOMPARE(code->offset, 2);
    QCOMPARE(code->length, 2);
    QCOMPARE(code->value, QStringLiteral("1000 (Normal Closure)"));
    QCOMPARE(find(spans, "websocket.payload.close.reason")->value, QStringLiteral("bye!!!"));
}

// The inspector shows what a peer sent even when the connection refuses it: the code and
// the reason as far as they can be read.
void TestDissector::closeFramesThatBreakTheRules_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("code"); // empty: no status code span
    QTest::addColumn<QString>("reason"); // empty: no reason span
    QTest::newRow("empty") << QByteArray::fromHex("8800") << QString() << QString();
    QTest::newRow("1 byte") << QByteArray::fromHex("880103") << QString() << QString();
    QTest::newRow("code 1005") << QByteArray::fromHex("880203ed")
                               << QStringLiteral("1005 (No Status Received)") << QString();
    QTest::newRow("code 0 with reason") << QByteArray(QByteArray::fromHex("88050000") + "why")
                                        << QStringLiteral("0 (Unused)") << QStringLiteral("why");
    QTest::newRow("masked 1001 bye")
        << QByteArray::fromHex("888511223344") + QByteArray::fromHex("12cb513d74")
        << QStringLiteral("1001 (Going Away)") << QStringLiteral("bye");
}

void TestDissector::closeFramesThatBreakTheRules()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, code);
    QFETCH(QString, reason);
    const FieldSpans spans = dissectFrame(raw);
    const FieldSpan *codeSpan = find(spans, "websocket.payload.close.status_code");
    const FieldSpan *reasonSpan = find(spans, "websocket.payload.close.reason");
    QCOMPARE(codeSpan != nullptr, !code.isEmpty());
    QCOMPARE(reasonSpan != nullptr, !reason.isEmpty());
    if (codeSpan) {
        QCOMPARE(codeSpan->value, code);
        QCOMPARE(codeSpan->offset, find(spans, "websocket.payload")->offset);
        QCOMPARE(codeSpan->length, 2);
    }
    if (reasonSpan) {
        QCOMPARE(reasonSpan->value, reason);
        QCOMPARE(reasonSpan->offset, codeSpan->offset + 2);
    }
}

void TestDissector::lengthNotes_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QString>("value");
    QTest::newRow("16-bit minimal")
        << QByteArray(QByteArray::fromHex("827e007e") + QByteArray(126, 'a'))
        << QByteArray("websocket.payload_length_ext_16") << QStringLiteral("126");
    QTest::newRow("16-bit for 5") << QByteArray(QByteArray::fromHex("827e0005") + "hello")
                                  << QByteArray("websocket.payload_length_ext_16")
                                  << QStringLiteral("5 (not minimal)");
    QTest::newRow("64-bit for 65535")
        << QByteArray::fromHex("827f000000000000ffff")
        << QByteArray("websocket.payload_length_ext_64") << QStringLiteral("65535 (not minimal)");
    QTest::newRow("64-bit MSB") << QByteArray::fromHex("827f8000000000000001")
                                << QByteArray("websocket.payload_length_ext_64")
                                << QStringLiteral("9223372036854775809 (most significant bit set: "
                                                  "invalid)");
    QTest::newRow("7-bit announcing 64")
        << QByteArray::fromHex("827f0000000000010000") << QByteArray("websocket.payload_length")
        << QStringLiteral("127 (64-bit extended length follows)");
}

void TestDissector::lengthNotes()
{
    QFETCH(QByteArray, raw);
    QFETCH(QByteArray, key);
    QFETCH(QString, value);
    const FieldSpans spans = dissectFrame(raw);
    const FieldSpan *field = find(spans, key.constData());
    QVERIFY(field);
    QCOMPARE(field->value, value);
    // Spans never point outside the bytes, even for an impossible length.
    for (const FieldSpan &s : spans)
        QVERIFY(s.offset >= 0 && s.offset + s.length <= raw.size());
}

void TestDissector::truncatedFrame()
{
    QVERIFY(find(dissectFrame(QByteArray::fromHex("81")), "websocket.truncated"));
    const FieldSpans spans = dissectFrame(QByteArray::fromHex("8105486"));
    QVERIFY(find(spans, "websocket.fin"));
    QVERIFY(find(spans, "websocket.truncated"));
}

void TestDissector::truncatedInsideTheHeader_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<int>("from"); // where the truncated span starts
    QTest::addColumn<QByteArray>("lastField"); // the last complete field before it
    QTest::newRow("in the 16-bit length")
        << QByteArray::fromHex("827e01") << 2 << QByteArray("websocket.payload_length");
    QTest::newRow("in the 64-bit length")
        << QByteArray::fromHex("827f00000000") << 2 << QByteArray("websocket.payload_length");
    QTest::newRow("in the key") << QByteArray::fromHex("81851122") << 2
                                << QByteArray("websocket.payload_length");
    QTest::newRow("in the key after a 16-bit length")
        << QByteArray::fromHex("82fe0100112233") << 4
        << QByteArray("websocket.payload_length_ext_16");
}

void TestDissector::truncatedInsideTheHeader()
{
    QFETCH(QByteArray, raw);
    QFETCH(int, from);
    QFETCH(QByteArray, lastField);
    const FieldSpans spans = dissectFrame(raw);
    QVERIFY(spans.size() >= 2);
    QCOMPARE(spans.last().key, QByteArray("websocket.truncated"));
    QCOMPARE(spans.last().offset, from);
    QCOMPARE(spans.last().length, raw.size() - from);
    QCOMPARE(spans[spans.size() - 2].key, lastField);
    QVERIFY(!find(spans, "websocket.masking_key"));
    QVERIFY(!find(spans, "websocket.payload"));
}

// The dissector and the decoder read headers with the same parser; their fields agree.
void TestDissector::sameHeaderAsTheDecoder_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<WsBench::Protocol::Role>("receiver");
    QTest::newRow("5.7 masked Hello")
        << QByteArray::fromHex("818537fa213d7f9f4d5158") << Role::Server;
    QTest::newRow("5.7 fragment") << QByteArray::fromHex("010348656c") << Role::Client;
    QTest::newRow("5.7 256 bytes")
        << QByteArray(QByteArray::fromHex("827e0100") + QByteArray(256, 'x')) << Role::Client;
    QTest::newRow("64 KiB masked")
        << QByteArray(QByteArray::fromHex("82ff000000000001000001020304") + QByteArray(65536, 'y'))
        << Role::Server;
    QTest::newRow("close 1000 bye")
        << QByteArray(QByteArray::fromHex("880503e8") + "bye") << Role::Client;
}

void TestDissector::sameHeaderAsTheDecoder()
{
    QFETCH(QByteArray, raw);
    QFETCH(WsBench::Protocol::Role, receiver);
    const DecodeOutcome decoded = decodeAll(raw, receiver);
    QCOMPARE(decoded.frames.size(), 1);
    const FrameHeader &h = decoded.frames[0].header;
    const FieldSpans spans = dissectFrame(raw);
    QCOMPARE(find(spans, "websocket.fin")->value,
             h.fin ? QStringLiteral("1 (True)") : QStringLiteral("0 (False)"));
    QVERIFY(find(spans, "websocket.opcode")->value.startsWith(QString::number(h.opcode) + u' '));
    QCOMPARE(find(spans, "websocket.mask")->value.startsWith(u'1'), h.masked);
    const FieldSpan *payload = find(spans, "websocket.payload");
    QCOMPARE(payload->offset, qsizetype(h.headerSize));
    QCOMPARE(quint64(payload->length), h.payloadLength);
    QCOMPARE(raw.left(h.headerSize), decoded.frames[0].headerBytes);
}

void TestDissector::handshakeRequest()
{
    const QByteArray raw = "GET /chat HTTP/1.1\r\nHost: server.example.com\r\n"
                           "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nX-Custom: yes\r\n\r\n";
    const FieldSpans spans = dissectHandshake(raw);
    QCOMPARE(find(spans, "http.request.method")->value, QStringLiteral("GET"));
    QCOMPARE(find(spans, "http.request.uri")->offset, 4);
    QCOMPARE(find(spans, "http.request.version")->value, QStringLiteral("HTTP/1.1"));
    const FieldSpan *key = find(spans, "http.sec_websocket_key.value");
    QVERIFY(key);
    QCOMPARE(raw.mid(key->offset, key->length), QByteArray("dGhlIHNhbXBsZSBub25jZQ=="));
    QCOMPARE(find(spans, "http.header")->label, QByteArray("X-Custom"));
}

void TestDissector::handshakeResponse()
{
    const QByteArray raw = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                           "Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n\r\n";
    const FieldSpans spans = dissectHandshake(raw);
    QCOMPARE(find(spans, "http.response.code")->value, QStringLiteral("101"));
    QCOMPARE(find(spans, "http.response.phrase")->value, QStringLiteral("Switching Protocols"));
    const FieldSpan *accept = find(spans, "http.sec_websocket_accept.value");
    QCOMPARE(raw.mid(accept->offset, accept->length), QByteArray("s3pPLMBiTxaQ9kYGzzhZRbK+xOo="));
}

QTEST_APPLESS_MAIN(TestDissector)
#include "tst_dissector.moc"
