#include "core/session/har.h"
#include "tests/support/record_builders.h"
#include "ui/text/document_text.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace WsBench;
using namespace WsBench::Session;
using TestSupport::handshakeRecord;
using TestSupport::messageRecord;
using Traffic::Direction;
using Traffic::RecordKind;
using Traffic::TrafficRecord;

class TestHar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsChromeFormat();
    void exportIsChromeFormat();
    void recordsRoundTrip();
    void malformedHarIsNamed_data();
    void malformedHarIsNamed();
};

namespace {

QByteArray fixture()
{
    QFile f(QStringLiteral(WSBENCH_TEST_DATA "/chrome_websocket.har"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read the HAR fixture");
    return f.readAll();
}

} // namespace

void TestHar::importsChromeFormat()
{
    Automation::DocumentProblem problem;
    const auto har = readHar(fixture(), &problem);
    QVERIFY2(har, qPrintable(problem.path));
    QCOMPARE(har->size(), 1); // the page's document entry is not a WebSocket
    const HarConnection &c = har->first();
    QCOMPARE(c.url, QStringLiteral("wss://example.test/feed"));
    QCOMPARE(c.status, 101);
    QCOMPARE(c.responseHeader(QStringLiteral("sec-websocket-protocol")), QStringLiteral("chat"));
    QCOMPARE(c.requestHeaders.size(), 5);
    QCOMPARE(c.messages.size(), 4);
    QCOMPARE(c.messages[0].type, HarMessage::Type::Send);
    QCOMPARE(c.messages[0].data, QByteArray("{\"op\":\"sub\"}"));
    QCOMPARE(c.messages[0].time, 1718000000.123456); // epoch seconds, kept as such
    QCOMPARE(c.messages[2].opcode, 2);
    QCOMPARE(c.messages[2].data, QByteArray("\x00\x01\x02\xff", 4)); // base64 decoded
    QCOMPARE(c.messages[3].type, HarMessage::Type::Error);
    QCOMPARE(c.messages[3].opcode, -1);
    QCOMPARE(c.messages[3].data, QByteArray("net::ERR_CONNECTION_RESET"));
}

void TestHar::exportIsChromeFormat()
{
    Automation::DocumentProblem problem;
    const auto har = readHar(fixture(), &problem);
    const QJsonObject log = QJsonDocument::fromJson(writeHar(*har, QStringLiteral("0.1.0")))
                                .object()
                                .value(QStringLiteral("log"))
                                .toObject();
    QCOMPARE(log.value(QStringLiteral("version")).toString(), QStringLiteral("1.2"));
    const QJsonObject entry = log.value(QStringLiteral("entries")).toArray().first().toObject();
    QCOMPARE(entry.value(QStringLiteral("_resourceType")).toString(), QStringLiteral("websocket"));
    const QJsonArray messages = entry.value(QStringLiteral("_webSocketMessages")).toArray();
    QCOMPARE(messages.size(), 4);
    const QJsonObject binary = messages.at(2).toObject();
    QCOMPARE(binary.keys(),
             (QStringList {QStringLiteral("data"), QStringLiteral("opcode"), QStringLiteral("time"),
                           QStringLiteral("type")}));
    QCOMPARE(binary.value(QStringLiteral("data")).toString(), QStringLiteral("AAEC/w=="));
    QCOMPARE(binary.value(QStringLiteral("type")).toString(), QStringLiteral("receive"));
    QCOMPARE(
        entry.value(QStringLiteral("response")).toObject().value(QStringLiteral("status")).toInt(),
        101);
    // And it reads back the same.
    const auto again = readHar(writeHar(*har, QStringLiteral("0.1.0")), &problem);
    QVERIFY2(again, qPrintable(problem.path));
    QCOMPARE(again->first().messages.size(), 4);
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(again->first().messages[i].data, har->first().messages[i].data);
        QCOMPARE(again->first().messages[i].time, har->first().messages[i].time);
    }
}

void TestHar::recordsRoundTrip()
{
    const QByteArray request
        = "GET /chat HTTP/1.1\r\nHost: 127.0.0.1:9\r\nUpgrade: websocket\r\n"
          "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
          "Sec-WebSocket-Version: 13\r\nAuthorization: Bearer s3cret\r\n\r\n";
    const QByteArray response
        = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
          "Connection: Upgrade\r\nSec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n\r\n";
    std::vector<TrafficRecord> records = {
        handshakeRecord(5, RecordKind::HandshakeRequest, Direction::Outbound, request, 1000),
        handshakeRecord(5, RecordKind::HandshakeResponse, Direction::Inbound, response, 1900),
        messageRecord(5, Direction::Outbound, 0x1, "hello", 2500),
        messageRecord(5, Direction::Inbound, 0x1, "hello", 2750),
        messageRecord(5, Direction::Inbound, 0x2, QByteArray("\x00\xff", 2), 1002750),
    };
    records[2].carriesFrame = true;
    records[2].masked = true;
    records[2].maskKey = 0x37fa213d;
    records[2].payloadLength = 5;
    TrafficRecord other = records[3];
    other.connectionId = 6; // another connection: not exported
    records.push_back(other);
    const HarConnection c = harFromRecords(records, 5, QStringLiteral("ws://127.0.0.1:9/chat"));
    QCOMPARE(c.requestHeaders.size(), 6);
    // Credentials stay out of exports unless asked for.
    QCOMPARE(c.requestHeaders.last().value, QStringLiteral("(left out)"));
    QVERIFY(!writeHar({c}, QStringLiteral("0.1.0")).contains("s3cret"));
    QCOMPARE(harFromRecords(records, 5, QString(), true).requestHeaders.last().value,
             QStringLiteral("Bearer s3cret"));
    QCOMPARE(c.responseHeader(QStringLiteral("Sec-WebSocket-Accept")),
             QStringLiteral("s3pPLMBiTxaQ9kYGzzhZRbK+xOo="));
    QCOMPARE(c.messages.size(), 3);
    Automation::DocumentProblem problem;
    const auto back = readHar(writeHar({c}, QStringLiteral("0.1.0")), &problem);
    QVERIFY2(back, qPrintable(problem.path));
    const QList<HarMessage> &m = back->first().messages;
    QCOMPARE(m.size(), 3);
    QCOMPARE(m[0].type, HarMessage::Type::Send);
    QCOMPARE(m[1].type, HarMessage::Type::Receive);
    QCOMPARE(m[2].data, QByteArray("\x00\xff", 2));
    // Timings survive to the microsecond: 250 µs, then one second.
    QCOMPARE(qRound64((m[1].time - m[0].time) * 1e6), qint64(250));
    QCOMPARE(qRound64((m[2].time - m[1].time) * 1e6), qint64(1000000));
    QCOMPARE(m[0].frame.value(QStringLiteral("maskKey")).toString(), QStringLiteral("37fa213d"));
    QCOMPARE(m[0].frame.value(QStringLiteral("wireLength")).toInt(), 11);
}

void TestHar::malformedHarIsNamed_data()
{
    using Kind = Automation::DocumentProblem::Kind;
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected"); // in the English text
    QTest::newRow("not json") << QByteArray("{\"log\": ") << Kind::NotJsonAtByte << QString()
                              << QStringLiteral("Not valid JSON at byte");
    QTest::newRow("no entries") << QByteArray("{\"log\": {}}") << Kind::NotAHar
                                << QStringLiteral("log.entries")
                                << QStringLiteral("Not a HAR file: there is no log.entries array");
    const QByteArray entry
        = "{\"log\": {\"entries\": [{\"_resourceType\": \"websocket\", \"request\": "
          "{\"url\": \"ws://h/\"}, \"_webSocketMessages\": [%1]}]}}";
    QTest::newRow("bad type") << QByteArray(entry).replace(
        "%1", "{\"type\": \"sent\", \"time\": 1, \"opcode\": 1, \"data\": \"x\"}")
                              << Kind::NotOneOf
                              << QStringLiteral("entries[0]._webSocketMessages[0].type")
                              << QStringLiteral("entries[0]._webSocketMessages[0].type: \"sent\" "
                                                "is not send, receive or error");
    QTest::newRow("time as text") << QByteArray(entry).replace(
        "%1", "{\"type\": \"send\", \"time\": \"1\", \"opcode\": 1, \"data\": \"x\"}")
                                  << Kind::NotATime
                                  << QStringLiteral("entries[0]._webSocketMessages[0].time")
                                  << QStringLiteral("entries[0]._webSocketMessages[0].time");
    QTest::newRow("bad base64") << QByteArray(entry).replace(
        "%1", "{\"type\": \"receive\", \"time\": 1, \"opcode\": 2, \"data\": \"%%%\"}")
                                << Kind::NotBase64ForOpcode
                                << QStringLiteral("entries[0]._webSocketMessages[0].data")
                                << QStringLiteral("entries[0]._webSocketMessages[0].data: opcode "
                                                  "2 needs base64 data");
    QTest::newRow("messages not a list")
        << QByteArray(entry).replace("[%1]", "{}") << Kind::NotAnArray
        << QStringLiteral("entries[0]._webSocketMessages")
        << QStringLiteral("entries[0]._webSocketMessages: must be an array");
}

void TestHar::malformedHarIsNamed()
{
    QFETCH(QByteArray, json);
    QFETCH(Automation::DocumentProblem::Kind, kind);
    QFETCH(QString, path);
    QFETCH(QString, expected);
    Automation::DocumentProblem problem;
    QVERIFY(!readHar(json, &problem));
    QCOMPARE(problem.kind, kind);
    QCOMPARE(problem.path, path);
    const QString english = Text::DocumentText::describe(problem);
    QVERIFY2(english.contains(expected), qPrintable(english));
}

QTEST_APPLESS_MAIN(TestHar)
#include "tst_har.moc"
