#include "core/net/record_batch.h"
#include "core/protocol/frame_encoder.h"

#include <QTest>

using namespace WsBench;
using namespace WsBench::Traffic;

class TestRecordBatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void singleFrameMessageIsOneRecord();
    void otherMessagesKeepTheirFrames_data();
    void otherMessagesKeepTheirFrames();
};

namespace {

// A frame record as the connection driver writes it for a frame event.
TrafficRecord &addFrame(Net::RecordBatch &batch, const Protocol::FrameSpec &spec,
                        Direction direction)
{
    TrafficRecord &r = batch.add(RecordKind::Frame, direction);
    r.opcode = spec.opcode;
    r.fin = spec.fin;
    r.rsv = spec.rsv;
    r.masked = spec.maskKey.has_value();
    r.maskKey = spec.maskKey.value_or(0);
    r.lengthEncoding = quint8(Protocol::minimalLengthEncoding(quint64(spec.payload.size())));
    r.payloadLength = quint64(spec.payload.size());
    r.bytes = spec.payload;
    return r;
}

std::vector<TrafficRecord> all(const TrafficStore &store)
{
    return store.since(0);
}

} // namespace

void TestRecordBatch::singleFrameMessageIsOneRecord()
{
    TrafficStore store;
    SystemClock clock;
    Net::RecordBatch batch(&store, &clock, 7);
    Protocol::FrameSpec spec;
    spec.opcode = 0x2;
    spec.maskKey = 0x37fa213d;
    spec.payload = QByteArray(300, 'z'); // a 16-bit length, masked
    addFrame(batch, spec, Direction::Inbound);
    batch.message(Direction::Inbound, 0x2, spec.payload, false);
    batch.flush();

    const auto records = all(store);
    QCOMPARE(records.size(), std::size_t(1));
    const TrafficRecord &r = records.front();
    QCOMPARE(r.kind, RecordKind::Message);
    QVERIFY(r.carriesFrame);
    QVERIFY(r.hasFrame());
    QCOMPARE(r.connectionId, 7u);
    QCOMPARE(r.bytes, spec.payload); // the message payload
    QCOMPARE(r.wireBytes(), Protocol::FrameEncoder::encodeRaw(spec)); // and the exact frame
    const QJsonObject json = r.toJson();
    QCOMPARE(json.value(QStringLiteral("kind")).toString(), QStringLiteral("message"));
    QCOMPARE(json.value(QStringLiteral("base64")).toString(),
             QString::fromLatin1(spec.payload.toBase64()));
    QCOMPARE(json.value(QStringLiteral("frame")).toString(),
             QString::fromLatin1(Protocol::FrameEncoder::encodeRaw(spec).toBase64()));
}

void TestRecordBatch::otherMessagesKeepTheirFrames_data()
{
    QTest::addColumn<bool>("fin");
    QTest::addColumn<quint8>("rsv");
    QTest::addColumn<bool>("compressed");
    QTest::addColumn<int>("frameDirection");
    QTest::addColumn<QByteArray>("messagePayload");

    const QByteArray payload("hello");
    QTest::newRow("last fragment")
        << true << quint8(0) << false << int(Direction::Inbound) << QByteArray("more hello");
    QTest::newRow("not final") << false << quint8(0) << false << int(Direction::Inbound) << payload;
    QTest::newRow("compressed") << true << quint8(0x4) << true << int(Direction::Inbound)
                                << payload;
    QTest::newRow("other direction")
        << true << quint8(0) << false << int(Direction::Outbound) << payload;
}

void TestRecordBatch::otherMessagesKeepTheirFrames()
{
    QFETCH(bool, fin);
    QFETCH(quint8, rsv);
    QFETCH(bool, compressed);
    QFETCH(int, frameDirection);
    QFETCH(QByteArray, messagePayload);

    TrafficStore store;
    SystemClock clock;
    Net::RecordBatch batch(&store, &clock, 1);
    Protocol::FrameSpec spec;
    spec.fin = fin;
    spec.rsv = rsv;
    spec.payload = "hello";
    addFrame(batch, spec, Direction(frameDirection));
    batch.message(Direction::Inbound, 0x1, messagePayload, compressed);
    batch.flush();

    const auto records = all(store);
    QCOMPARE(records.size(), std::size_t(2));
    QCOMPARE(records[0].kind, RecordKind::Frame);
    QCOMPARE(records[0].wireBytes(), Protocol::FrameEncoder::encodeRaw(spec));
    QCOMPARE(records[1].kind, RecordKind::Message);
    QVERIFY(!records[1].carriesFrame);
    QCOMPARE(records[1].bytes, messagePayload);
    QCOMPARE(records[1].compressed, compressed);
}

QTEST_APPLESS_MAIN(TestRecordBatch)
#include "tst_record_batch.moc"
