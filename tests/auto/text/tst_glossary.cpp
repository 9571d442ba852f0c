// The catalogue of explanations: every field the dissectors produce, every WebSocket header,
// readyState, close code and event has a short text with its section, in English and Chinese.
#include "core/protocol/close_code.h"
#include "core/protocol/frame_dissector.h"
#include "core/protocol/frame_encoder.h"
#include "core/protocol/handshake_dissector.h"
#include "ui/text/explain.h"
#include "ui/text/glossary.h"
#include "ui/text/misbehaviour_text.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>

using namespace WsBench;
using namespace WsBench::Text;

namespace {

QSet<QByteArray> keysOf(const Protocol::FieldSpans &spans)
{
    QSet<QByteArray> keys;
    for (const Protocol::FieldSpan &f : spans)
        keys.insert(f.key);
    return keys;
}

// Frames that between them produce every field the frame dissector knows.
QSet<QByteArray> frameFieldKeys()
{
    using Protocol::FrameSpec;
    QSet<QByteArray> keys;
    const auto add = [&keys](const FrameSpec &spec, const QByteArray &extra = {}) {
        keys.unite(keysOf(
            Protocol::dissectFrame(QByteArray(Protocol::FrameEncoder::encodeRaw(spec) + extra))));
    };
    FrameSpec text;
    text.payload = "hello";
    text.maskKey = 0x37fa213d;
    add(text, "\x81");
    FrameSpec binary16;
    binary16.opcode = 0x2;
    binary16.rsv = 0x4; // RSV1: compressed
    binary16.payload = QByteArray(300, 'x');
    add(binary16);
    FrameSpec binary64;
    binary64.opcode = 0x2;
    binary64.payload = QByteArray(70000, 'y');
    add(binary64);
    FrameSpec close;
    close.opcode = 0x8;
    close.payload = QByteArray("\x03\xe8", 2) + "bye";
    close.maskKey = 0x01020304;
    add(close);
    keys.unite(keysOf(Protocol::dissectFrame(Protocol::FrameEncoder::encodeRaw(text).left(4))));
    return keys;
}

const QByteArray kWebSocketHeaders[] = {
    "http.host",
    "http.upgrade",
    "http.connection",
    "http.origin",
    "http.sec_websocket_key",
    "http.sec_websocket_accept",
    "http.sec_websocket_version",
    "http.sec_websocket_protocol",
    "http.sec_websocket_extensions",
};

// Plain HTTP headers that say nothing about WebSocket: they show their name and value only.
const QSet<QByteArray> kPlainHeaders = {
    "http.header",        "http.user_agent",     "http.cookie",
    "http.authorization", "http.content_type",   "http.content_length_header",
    "http.server",        "http.malformed_line",
};

QSet<QByteArray> handshakeKeys()
{
    const QByteArray request = "GET /chat?room=1 HTTP/1.1\r\n"
                               "Host: 127.0.0.1:8080\r\n"
                               "Upgrade: websocket\r\n"
                               "Connection: Upgrade\r\n"
                               "Origin: http://example.com\r\n"
                               "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                               "Sec-WebSocket-Version: 13\r\n"
                               "Sec-WebSocket-Protocol: chat, superchat\r\n"
                               "Sec-WebSocket-Extensions: permessage-deflate\r\n"
                               "User-Agent: test\r\n\r\n";
    const QByteArray response = "HTTP/1.1 101 Switching Protocols\r\n"
                                "Upgrade: websocket\r\n"
                                "Connection: Upgrade\r\n"
                                "Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n"
                                "Sec-WebSocket-Protocol: chat\r\n"
                                "Sec-WebSocket-Extensions: permessage-deflate\r\n\r\n";
    return keysOf(Protocol::dissectHandshake(request))
        .unite(keysOf(Protocol::dissectHandshake(response)));
}

bool hasChinese(const QString &text)
{
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    return han.match(text).hasMatch();
}

} // namespace

class TestGlossary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFrameFieldIsExplained();
    void everyWebSocketHeaderIsExplained();
    void everyReadyStateCloseCodeAndEventIsExplained();
    void recordsPointToTheirTopic();
    void everyMisbehaviourIsExplained();
    void everyTopicIsShortAndCitesItsSection();
    void everyTopicHasChineseText();
};

void TestGlossary::everyFrameFieldIsExplained()
{
    const QSet<QByteArray> keys = frameFieldKeys();
    // The frames above reach the length encodings, the key and the Close payload.
    for (const char *expected :
         {"websocket.fin", "websocket.rsv1", "websocket.opcode", "websocket.mask",
          "websocket.payload_length", "websocket.payload_length_ext_16",
          "websocket.payload_length_ext_64", "websocket.masking_key", "websocket.masked_payload",
          "websocket.payload", "websocket.payload.close.status_code",
          "websocket.payload.close.reason", "websocket.truncated", "websocket.trailing"})
        QVERIFY2(keys.contains(expected), expected);
    for (const QByteArray &key : keys)
        QVERIFY2(!Glossary::explain(key).isNull(), key.constData());
}

void TestGlossary::everyWebSocketHeaderIsExplained()
{
    const QSet<QByteArray> keys = handshakeKeys();
    for (const QByteArray &header : kWebSocketHeaders)
        QVERIFY2(keys.contains(header), header.constData());
    for (const QByteArray &key : keys) {
        const QByteArray header = key.endsWith(".name") ? key.chopped(5)
            : key.endsWith(".value")                    ? key.chopped(6)
                                                        : key;
        if (!kPlainHeaders.contains(header))
            QVERIFY2(!Glossary::explain(key).isNull(), key.constData());
    }
    QVERIFY(Glossary::explain("http.user_agent").isNull());
    QCOMPARE(Glossary::explain("http.origin.value").text, Glossary::explain("http.origin").text);
}

void TestGlossary::everyReadyStateCloseCodeAndEventIsExplained()
{
    using Protocol::ReadyState;
    for (const ReadyState s :
         {ReadyState::Connecting, ReadyState::Open, ReadyState::Closing, ReadyState::Closed}) {
        const Glossary::Explanation e = Glossary::explain(Glossary::readyStateTopic(s));
        QVERIFY2(!e.isNull(), Protocol::readyStateName(s));
        QCOMPARE(e.title, Explain::readyState(s));
    }
    for (quint16 code = 1000; code <= 1015; ++code) {
        const Glossary::Explanation e = Glossary::explain(Glossary::closeCodeTopic(code));
        QVERIFY2(!e.isNull(), QByteArray::number(code).constData());
        QCOMPARE(e.title, Explain::closeCode(code));
    }
    // Why 1005 and 1006 never appear on the wire.
    QVERIFY(Glossary::explain("close.1005").text.contains(QLatin1String("never sent")));
    QVERIFY(Glossary::explain("close.1006").text.contains(QLatin1String("never sent")));
    QVERIFY(Glossary::explain("close.1016").isNull());
    for (const char *topic : {"event.open", "event.message", "event.ping", "event.pong",
                              "event.close", "event.error", "bufferedAmount", "fragmentation",
                              "readyState", "handshake.request", "handshake.response"})
        QVERIFY2(!Glossary::explain(topic).isNull(), topic);
    const QString buffered = Glossary::explain("bufferedAmount").text;
    QVERIFY(buffered.contains(QLatin1String("grows")));
    QVERIFY(buffered.contains(QLatin1String("drains")));
    QVERIFY(Glossary::explain("websocket.masking_key").text.contains(QLatin1String("cache")));
    QCOMPARE(Glossary::explain("websocket.masking_key").section,
             QStringLiteral("RFC 6455 §5.3, §10.3"));
}

void TestGlossary::recordsPointToTheirTopic()
{
    using K = Traffic::RecordKind;
    for (const K kind : {K::HandshakeRequest, K::HandshakeResponse, K::State, K::Close, K::Error})
        QVERIFY(!Glossary::explain(Glossary::recordTopic(kind, 0)).isNull());
    for (const quint8 op : {0x0, 0x1, 0x2, 0x8, 0x9, 0xA, 0x3}) {
        QVERIFY(!Glossary::explain(Glossary::recordTopic(K::Frame, op)).isNull());
        QVERIFY(!Glossary::explain(Glossary::recordTopic(K::Message, op)).isNull());
    }
    QCOMPARE(Glossary::recordTopic(K::Frame, 0x9), QByteArray("event.ping"));
    QVERIFY(Glossary::recordTopic(K::Note, 0).isEmpty());
    Traffic::TrafficRecord close;
    close.kind = K::Close;
    close.closeCode = 1006;
    QCOMPARE(Glossary::recordTopic(close), QByteArray("close.1006"));
    close.closeCode = 4001; // no topic of its own: the close event
    QCOMPARE(Glossary::recordTopic(close), QByteArray("event.close"));
    Traffic::TrafficRecord state;
    state.kind = K::State;
    state.readyState = Protocol::ReadyState::Closing;
    QCOMPARE(Glossary::recordTopic(state), QByteArray("readyState.2"));
}

// The server pane's Misbehave menu shows each kind's topic as its tooltip.
void TestGlossary::everyMisbehaviourIsExplained()
{
    for (Session::Misbehaviour::Kind kind : Session::misbehaviourKinds()) {
        const QByteArray topic = MisbehaviourText::topic(kind);
        QVERIFY2(!Glossary::explain(topic).isNull(), topic.constData());
        QVERIFY2(!MisbehaviourText::label({kind, 3}).isEmpty(), topic.constData());
    }
}

void TestGlossary::everyTopicIsShortAndCitesItsSection()
{
    static const QRegularExpression cited(
        QStringLiteral("^(RFC (6455|7692|9110|9112) §\\d|WHATWG WebSockets §\\d|IANA )"));
    const QList<QByteArray> topics = Glossary::topics();
    QVERIFY(topics.size() > 60);
    QCOMPARE(QSet<QByteArray>(topics.begin(), topics.end()).size(), topics.size());
    for (const QByteArray &topic : topics) {
        const Glossary::Explanation e = Glossary::explain(topic);
        QVERIFY2(!e.title.isEmpty(), topic.constData());
        QVERIFY2(cited.match(e.section).hasMatch(), topic.constData());
        const int sentences = int(e.text.count(QLatin1String(". "))) + 1;
        QVERIFY2(e.text.endsWith(QLatin1Char('.')) && sentences <= 4, topic.constData());
        QVERIFY(Glossary::toolTip(topic).contains(e.section.toHtmlEscaped()));
    }
}

// Fails for a topic whose text (or title) the Chinese catalogue has not translated.
void TestGlossary::everyTopicHasChineseText()
{
    QTranslator chinese;
    QVERIFY(chinese.load(QStringLiteral(":/i18n/wsbench_zh_CN.qm")));
    const auto zh = [&chinese](const QString &english) {
        return chinese.translate("Explain", english.toUtf8().constData());
    };
    for (const QByteArray &topic : Glossary::topics()) {
        const Glossary::Explanation e = Glossary::explain(topic);
        QVERIFY2(hasChinese(zh(e.text)), topic.constData());
        if (topic.startsWith("close."))
            QVERIFY2(hasChinese(zh(Explain::closeCodeName(quint16(topic.mid(6).toUInt())))),
                     topic.constData());
        else if (!topic.startsWith("readyState.")) // "1 OPEN" stays as the API names it
            QVERIFY2(!zh(e.title).isEmpty(), topic.constData());
    }
    // Installed, the catalogue speaks Chinese.
    QVERIFY(QCoreApplication::installTranslator(&chinese));
    QVERIFY(hasChinese(Glossary::explain("bufferedAmount").text));
    QVERIFY(Glossary::toolTip("websocket.masking_key").contains(QStringLiteral("§10.3")));
    QCoreApplication::removeTranslator(&chinese);
}

QTEST_GUILESS_MAIN(TestGlossary)
#include "tst_glossary.moc"
