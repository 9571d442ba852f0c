#include "core/protocol/frame_decoder.h"
#include "core/protocol/frame_encoder.h"
#include "core/traffic/recorder.h"
#include "core/traffic/traffic_store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace WsBench::Traffic;

class TestTrafficStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void idsAndSince();
    void getAndVisit();
    void recordCapEvictsOldestAndCounts();
    void byteCapEvicts();
    void evictionAcrossChunks();
    void concurrentBatchedWriters();
    void recorderKeepsEverything();
    void codesHaveUniqueMachineNames();
    void frameRecordsGiveBackTheExactWireBytes();
};

static std::vector<TrafficRecord> batch(int count, qsizetype bytes = 10)
{
    std::vector<TrafficRecord> out;
    for (int i = 0; i < count; ++i) {
        TrafficRecord r;
        r.kind = RecordKind::Message;
        r.direction = Direction::Inbound;
        r.opcode = 1;
        r.bytes = QByteArray(bytes, 'a');
        out.push_back(r);
    }
    return out;
}

void TestTrafficStore::getAndVisit()
{
    TrafficStore store(StoreLimits {qsizetype(1) << 30, 5});
    store.append(batch(8)); // ids 1..8; 1..3 evicted
    QVERIFY(!store.get(3));
    QVERIFY(!store.get(9));
    QCOMPARE(store.get(4)->id, quint64(4));
    QCOMPARE(store.get(8)->bytes, QByteArray(10, 'a'));
    std::vector<quint64> seen;
    const auto collect = [&seen](const TrafficRecord &r) {
        seen.push_back(r.id);
    };
    QCOMPARE(store.visit(0, 2, collect), quint64(5));
    QCOMPARE(seen, (std::vector<quint64> {4, 5}));
    seen.clear();
    QCOMPARE(store.visit(5, -1, collect), quint64(8));
    QCOMPARE(seen, (std::vector<quint64> {6, 7, 8}));
    seen.clear();
    QCOMPARE(store.visit(8, -1, collect), quint64(8)); // nothing newer
    QVERIFY(seen.empty());
}

void TestTrafficStore::idsAndSince()
{
    TrafficStore store;
    int notifications = 0;
    connect(&store, &TrafficStore::appended, this, [&](quint64) { ++notifications; });
    store.append(batch(3));
    store.append(batch(2));
    QCOMPARE(notifications, 1); // coalesced until a reader catches up
    const auto all = store.since(0);
    store.append(batch(1));
    QCOMPARE(notifications, 2); // reading re-armed it
    store.since(5);
    store.append(batch(1));
    QCOMPARE(notifications, 3);
    QCOMPARE(all.size(), size_t(5));
    for (size_t i = 0; i < all.size(); ++i)
        QCOMPARE(all[i].id, quint64(i + 1));
    QCOMPARE(store.since(3).size(), size_t(4));
    QCOMPARE(store.since(3).front().id, quint64(4));
    QCOMPARE(store.since(7).size(), size_t(0));
    QCOMPARE(store.since(0, 2).size(), size_t(2));
    // A kind filter skips what it does not ask for.
    std::vector<TrafficRecord> mixed = batch(4);
    mixed[1].kind = RecordKind::Error;
    mixed[3].kind = RecordKind::Error;
    store.append(std::move(mixed));
    const auto errors = store.since(0, -1, TrafficStore::kindBit(RecordKind::Error));
    QCOMPARE(errors.size(), size_t(2));
    QCOMPARE(errors[0].id, quint64(9));
    QCOMPARE(errors[1].id, quint64(11));
}

void TestTrafficStore::recordCapEvictsOldestAndCounts()
{
    TrafficStore::Limits limits;
    limits.maxRecords = 100;
    TrafficStore store(limits);
    for (int i = 0; i < 25; ++i)
        store.append(batch(10));
    const auto stats = store.stats();
    QCOMPARE(stats.records, 100);
    QCOMPARE(stats.appended, quint64(250));
    QCOMPARE(stats.evictedRecords, quint64(150));
    QCOMPARE(stats.firstId, quint64(151));
    QCOMPARE(stats.lastId, quint64(250));
    // Asking from before the first held id starts at the oldest record still held.
    const auto held = store.since(10);
    QCOMPARE(held.size(), size_t(100));
    QCOMPARE(held.front().id, quint64(151));
}

void TestTrafficStore::byteCapEvicts()
{
    TrafficStore::Limits limits;
    limits.maxBytes = 1 << 20;
    TrafficStore store(limits);
    for (int i = 0; i < 100; ++i)
        store.append(batch(1, 64 * 1024));
    const auto stats = store.stats();
    QVERIFY(stats.bytes <= limits.maxBytes);
    QVERIFY(stats.evictedBytes > 0);
    QCOMPARE(stats.evictedRecords + quint64(stats.records), quint64(100));
}

// Records live in chunks of thousands; eviction and reads must be right across their edges.
void TestTrafficStore::evictionAcrossChunks()
{
    // More records than a chunk holds, with eviction from the first: the reads below cross a
    // chunk boundary.
    static_assert(RecordChunk::kRecords < 30000);
    TrafficStore::Limits limits;
    limits.maxRecords = 30000;
    TrafficStore store(limits);
    for (int i = 0; i < 97; ++i) {
        auto b = batch(523);
        for (std::size_t k = 0; k < b.size(); k += 3)
            b[k].kind = RecordKind::Note; // every third record: a kind to filter on
        store.append(std::move(b));
    }
    const auto stats = store.stats();
    const quint64 total = 97 * 523;
    QCOMPARE(stats.records, 30000);
    QCOMPARE(stats.evictedRecords, total - 30000);
    QCOMPARE(stats.firstId, total - 30000 + 1);
    const auto held = store.since(0);
    QCOMPARE(held.size(), size_t(30000));
    for (size_t i = 0; i < held.size(); ++i)
        QCOMPARE(held[i].id, stats.firstId + i);
    const auto tail = store.since(total - 10);
    QCOMPARE(tail.size(), size_t(10));
    QCOMPARE(tail.back().id, total);
    QVERIFY(store.since(stats.firstId, 0).empty());
    // A filtered read that stops at its count, from a point in the middle.
    const quint64 from = stats.firstId + 500; // the boundary is 1,114 records in
    const auto notes = store.since(from, 4000, TrafficStore::kindBit(RecordKind::Note));
    QCOMPARE(notes.size(), size_t(4000));
    quint64 expected = from + 1;
    for (const TrafficRecord &r : notes) {
        while ((expected - 1) % 523 % 3 != 0) // the ids made Notes above
            ++expected;
        QCOMPARE(r.id, expected++);
        QCOMPARE(r.kind, RecordKind::Note);
    }
    std::vector<quint64> seen;
    QCOMPARE(store.visit(from, 12000, [&seen](const TrafficRecord &r) { seen.push_back(r.id); }),
             from + 12000);
    QCOMPARE(seen.size(), size_t(12000));
    for (size_t i = 0; i < seen.size(); ++i)
        QCOMPARE(seen[i], from + 1 + i);
    seen.clear();
    QCOMPARE(store.visit(0, 0, [&seen](const TrafficRecord &r) { seen.push_back(r.id); }),
             quint64(0)); // none asked for, none read
    QVERIFY(seen.empty());
    store.clear();
    QCOMPARE(store.since(0).size(), size_t(0));
    store.append(batch(3));
    QCOMPARE(store.since(0).front().id, total + 1);
}

void TestTrafficStore::concurrentBatchedWriters()
{
    TrafficStore store;
    std::atomic<bool> go {false};
    QList<QThread *> threads;
    for (int t = 0; t < 4; ++t) {
        threads.append(QThread::create([&store, &go, t]() {
            while (!go.load())
                QThread::yieldCurrentThread();
            for (int i = 0; i < 500; ++i) {
                auto b = batch(7);
                for (auto &r : b)
                    r.connectionId = quint32(t);
                store.append(std::move(b));
            }
        }));
        threads.last()->start();
    }
    go = true;
    for (QThread *t : threads) {
        QVERIFY(t->wait(30000));
        delete t;
    }
    const auto all = store.since(0);
    QCOMPARE(all.size(), size_t(4 * 500 * 7));
    // Ids are unique and increasing; each batch of 7 stays contiguous.
    for (size_t i = 0; i < all.size(); ++i)
        QCOMPARE(all[i].id, quint64(i + 1));
    for (size_t i = 0; i < all.size(); i += 7) {
        for (size_t j = 1; j < 7; ++j)
            QCOMPARE(all[i + j].connectionId, all[i].connectionId);
    }
}

void TestTrafficStore::recorderKeepsEverything()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rec.jsonl"));
    TrafficStore::Limits limits;
    limits.maxRecords = 5;
    TrafficStore store(limits);
    store.setRecorder(std::make_unique<Recorder>(path));
    auto b = batch(20);
    b[3].kind = RecordKind::Close;
    b[3].closeCode = 1006;
    b[3].failure = Failure::ConnectionRefused;
    b[4].kind = RecordKind::Error;
    b[4].failure = Failure::ConnectionRefused;
    b[4].text = "Connection refused";
    b[5].kind = RecordKind::Note;
    b[5].note = Note::Connecting;
    b[5].text = joinArguments({"ws://127.0.0.1:1/", "http://proxy:3128"});
    store.append(std::move(b));
    QCOMPARE(store.stats().records, 5);
    store.setRecorder(nullptr); // closes the file
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), 21); // 20 lines and a trailing empty one
    const QJsonObject close = QJsonDocument::fromJson(lines[3]).object();
    QCOMPARE(close.value(QStringLiteral("kind")).toString(), QStringLiteral("close"));
    QCOMPARE(close.value(QStringLiteral("code")).toInt(), 1006);
    QCOMPARE(close.value(QStringLiteral("id")).toInt(), 4);
    QCOMPARE(close.value(QStringLiteral("error")).toString(), QStringLiteral("ConnectionRefused"));
    // Codes are written by their machine names; a note's arguments as a list.
    const QJsonObject error = QJsonDocument::fromJson(lines[4]).object();
    QCOMPARE(error.value(QStringLiteral("error")).toString(), QStringLiteral("ConnectionRefused"));
    QCOMPARE(error.value(QStringLiteral("text")).toString(), QStringLiteral("Connection refused"));
    const QJsonObject note = QJsonDocument::fromJson(lines[5]).object();
    QCOMPARE(note.value(QStringLiteral("note")).toString(), QStringLiteral("Connecting"));
    QCOMPARE(
        note.value(QStringLiteral("args")).toArray(),
        (QJsonArray {QStringLiteral("ws://127.0.0.1:1/"), QStringLiteral("http://proxy:3128")}));
}

// Files, HAR and the command line's JSON name codes; the names are distinct and every value
// has one (the values run without gaps, and the name ends the run).
void TestTrafficStore::codesHaveUniqueMachineNames()
{
    QSet<QByteArray> failures;
    int i = 0;
    for (; failureName(Failure(i)); ++i)
        failures.insert(failureName(Failure(i)));
    QCOMPARE(failures.size(), i);
    QCOMPARE(Failure(i - 1), Failure::HttpNameCase); // the last one
    QCOMPARE(failureOf(WsBench::Protocol::ProtocolError::InvalidUtf8), Failure::InvalidUtf8);
    QCOMPARE(failureOf(WsBench::Protocol::HandshakeProblem::BadAccept), Failure::BadAccept);
    QSet<QByteArray> notes;
    int n = 0;
    for (; noteName(Note(n)); ++n)
        notes.insert(noteName(Note(n)));
    QCOMPARE(notes.size(), n);
    QCOMPARE(Note(n - 1), Note::LinkConditions);
    QCOMPARE(splitArguments(joinArguments({"a", "", "c"})), (QList<QByteArray> {"a", "", "c"}));
    QVERIFY(splitArguments({}).isEmpty());
}

// A frame record keeps header fields and the unmasked payload; wireBytes() must rebuild the
// frame byte for byte, including deliberate non-minimal lengths.
void TestTrafficStore::frameRecordsGiveBackTheExactWireBytes()
{
    using namespace WsBench::Protocol;
    struct Case
    {
        bool masked;
        LengthEncoding encoding;
        qsizetype size;
        quint8 opcode;
        bool fin;
        quint8 rsv;
    };
    const Case cases[] = {
        {false, LengthEncoding::Minimal, 5, 1, true, 0},
        {true, LengthEncoding::Minimal, 5, 1, true, 0},
        {true, LengthEncoding::Minimal, 300, 2, false, 4},
        {false, LengthEncoding::Minimal, 70000, 2, true, 0},
        {true, LengthEncoding::Bits64, 3, 1, true, 0}, // non-minimal on purpose
        {false, LengthEncoding::Bits16, 0, 9, true, 0}, // non-minimal on purpose
        {true, LengthEncoding::Minimal, 0, 8, true, 7},
    };
    for (const Case &c : cases) {
        FrameSpec spec;
        spec.opcode = c.opcode;
        spec.fin = c.fin;
        spec.rsv = c.rsv;
        spec.lengthEncoding = c.encoding;
        spec.payload = QByteArray(c.size, 'p');
        if (c.masked)
            spec.maskKey = 0xa1b2c3d4;
        const QByteArray wire = FrameEncoder::encodeRaw(spec);
        FrameDecoder decoder(c.masked ? Role::Server : Role::Client,
                             ValidationPolicy::permissive());
        const char *p = wire.constData();
        qsizetype n = wire.size();
        TrafficRecord r;
        r.kind = RecordKind::Frame;
        for (;;) {
            const auto step = decoder.decode(p, n);
            p += step.consumed;
            n -= step.consumed;
            if (step.status == FrameDecoder::Status::FrameComplete) {
                const FrameHeader &h = decoder.header();
                r.opcode = h.opcode;
                r.fin = h.fin;
                r.rsv = h.rsv;
                r.masked = h.masked;
                r.maskKey = h.maskKey;
                r.lengthEncoding = quint8(h.lengthEncoding);
                r.payloadLength = h.payloadLength;
                r.bytes = decoder.takePayload();
                break;
            }
            QVERIFY(step.status != FrameDecoder::Status::Failed);
            QVERIFY(step.status != FrameDecoder::Status::NeedMore);
        }
        QCOMPARE(r.wireBytes(), wire);
    }
    // A raw frame whose declared length differs from its payload is rebuilt as sent.
    TrafficRecord raw;
    raw.kind = RecordKind::Frame;
    raw.opcode = 1;
    raw.payloadLength = 10;
    raw.lengthEncoding = quint8(LengthEncoding::Bits7);
    raw.bytes = "abc";
    QCOMPARE(raw.wireBytes(), QByteArray::fromHex("810a616263"));
}

QTEST_GUILESS_MAIN(TestTrafficStore)
#include "tst_traffic_store.moc"
