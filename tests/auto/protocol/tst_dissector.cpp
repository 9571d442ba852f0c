#include "core/protocol/frame_dissector.h"
#include "core/protocol/handshake_dissector.h"

#include <QTest>

using namespace WsBench::Protocol;

class TestDissector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void maskedTextFrame();
    void extendedLengths();
    void closeFrame();
    void truncatedFrame();
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

void TestDissector::truncatedFrame()
{
    QVERIFY(find(dissectFrame(QByteArray::fromHex("81")), "websocket.truncated"));
    const FieldSpans spans = dissectFrame(QByteArray::fromHex("8105486"));
    QVERIFY(find(spans, "websocket.fin"));
    QVERIFY(find(spans, "websocket.truncated"));
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
