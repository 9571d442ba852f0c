// Small payload buffers handed back by the records that held them, and taken again by the next
// small payload decoded on the same thread.
#include "core/protocol/frame_decoder.h"
#include "core/protocol/payload_spares.h"
#include "core/traffic/traffic_store.h"

#include <QTest>

#include <thread>

using namespace WsBench;
using namespace WsBench::Protocol;

class TestPayloadSpares : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void aBufferGivenBackIsTakenAgain();
    void onlyUnsharedSmallBuffersAreKept();
    void aSpareTooSmallOrTooLargeIsLeft();
    void keepsABoundedNumber();
    void sparesBelongToTheirThread();
    void anEvictedRecordsPayloadCarriesTheNextMessage();

private:
    // Takes every spare: each size takes those that fit it, sweeping until none is left.
    static void drain()
    {
        for (qsizetype before = -1;
             PayloadSpares::count() > 0 && PayloadSpares::count() != before;) {
            before = PayloadSpares::count();
            for (qsizetype size = 1; size <= PayloadSpares::kMaxCapacity; ++size) {
                qsizetype left = PayloadSpares::count();
                while (left > 0 && (PayloadSpares::take(size), PayloadSpares::count() < left))
                    left = PayloadSpares::count();
            }
        }
    }
};

void TestPayloadSpares::init()
{
    drain();
    QCOMPARE(PayloadSpares::count(), 0);
}

void TestPayloadSpares::aBufferGivenBackIsTakenAgain()
{
    QByteArray bytes(40, 'a');
    const char *memory = bytes.constData();
    PayloadSpares::give(std::move(bytes));
    QCOMPARE(PayloadSpares::count(), 1);
    const QByteArray again = PayloadSpares::take(32);
    QCOMPARE(again.constData(), memory);
    QCOMPARE(again.size(), 0);
    QVERIFY(again.capacity() >= 32);
    QCOMPARE(PayloadSpares::count(), 0);
}

void TestPayloadSpares::onlyUnsharedSmallBuffersAreKept()
{
    QByteArray shared(40, 'a');
    const QByteArray reader = shared; // another holder: it must stay as it is
    PayloadSpares::give(std::move(shared));
    QCOMPARE(PayloadSpares::count(), 0);
    QCOMPARE(reader, QByteArray(40, 'a'));

    PayloadSpares::give(QByteArray::fromRawData("static", 6)); // memory it does not own
    PayloadSpares::give(QByteArray()); // nothing
    PayloadSpares::give(QByteArray(PayloadSpares::kMaxCapacity + 1, 'b')); // too large
    QCOMPARE(PayloadSpares::count(), 0);
}

void TestPayloadSpares::aSpareTooSmallOrTooLargeIsLeft()
{
    QByteArray small(16, 'a');
    small.squeeze();
    PayloadSpares::give(std::move(small));
    QCOMPARE(PayloadSpares::count(), 1);
    QByteArray bigger = PayloadSpares::take(100); // does not fit in the spare
    QVERIFY(bigger.capacity() >= 100);
    QCOMPARE(PayloadSpares::count(), 1);

    drain();
    QByteArray roomy;
    roomy.reserve(200);
    roomy.append('x');
    const qsizetype capacity = roomy.capacity();
    PayloadSpares::give(std::move(roomy));
    QCOMPARE(PayloadSpares::count(), 1);
    // More room than the slack allows would be memory the record is not counted for: a fresh
    // buffer instead, and the spare stays.
    const QByteArray tiny = PayloadSpares::take(4);
    QVERIFY(tiny.capacity() < capacity);
    QVERIFY(PayloadSpares::take(capacity - PayloadSpares::kMaxSlack - 1).capacity() < capacity);
    QCOMPARE(PayloadSpares::count(), 1);
    // Within the slack, it is taken.
    QCOMPARE(PayloadSpares::take(capacity - PayloadSpares::kMaxSlack).capacity(), capacity);
    QCOMPARE(PayloadSpares::count(), 0);
}

void TestPayloadSpares::keepsABoundedNumber()
{
    for (int i = 0; i < 2000; ++i)
        PayloadSpares::give(QByteArray(32, 'c'));
    QVERIFY(PayloadSpares::count() > 0);
    QVERIFY2(PayloadSpares::count() <= 512, QByteArray::number(PayloadSpares::count()).constData());
    drain();
}

void TestPayloadSpares::sparesBelongToTheirThread()
{
    std::thread other([]() { PayloadSpares::give(QByteArray(32, 'd')); });
    other.join();
    QCOMPARE(PayloadSpares::count(), 0);
}

// The path a busy connection takes: a decoded payload goes into a record, the store evicts the
// record, and the next message of that size is decoded into the same memory, whole and right.
void TestPayloadSpares::anEvictedRecordsPayloadCarriesTheNextMessage()
{
    Traffic::TrafficStore store({qsizetype(1) << 20, 1}); // keeps one record
    FrameDecoder decoder(Role::Server, {});
    const auto frame = [](const QByteArray &text) {
        QByteArray wire;
        wire.append(char(0x81)).append(char(0x80 | text.size())).append("\x01\x02\x03\x04", 4);
        for (qsizetype i = 0; i < text.size(); ++i)
            wire.append(char(text[i] ^ "\x01\x02\x03\x04"[i % 4]));
        return wire;
    };
    const auto decodeOne = [&decoder](const QByteArray &wire) {
        const char *data = wire.constData();
        qsizetype left = wire.size();
        for (;;) {
            const FrameDecoder::Step step = decoder.decode(data, left);
            data += step.consumed;
            left -= step.consumed;
            if (step.status == FrameDecoder::Status::FrameComplete)
                return decoder.takePayload();
            if (step.status == FrameDecoder::Status::Failed || step.consumed == 0)
                return QByteArray("(failed)");
        }
    };
    const auto record = [&store](QByteArray payload) {
        Traffic::TrafficRecord r;
        r.kind = Traffic::RecordKind::Message;
        r.bytes = std::move(payload);
        store.append({r});
    };
    record(decodeOne(frame("first message of 32 bytes, here!")));
    const char *first = store.since(0).front().bytes.constData();
    record(decodeOne(frame("second message, 32 bytes as well"))); // evicts the first
    QCOMPARE(PayloadSpares::count(), 1);
    const QByteArray third = decodeOne(frame("third message of 32 bytes, too!!"));
    QCOMPARE(third, QByteArray("third message of 32 bytes, too!!"));
    QCOMPARE(third.constData(), first);
    QCOMPARE(PayloadSpares::count(), 0);

    // A record a reader still holds keeps its payload to itself.
    const std::vector<Traffic::TrafficRecord> held = store.since(0);
    record(third);
    QCOMPARE(PayloadSpares::count(), 0);
}

QTEST_GUILESS_MAIN(TestPayloadSpares)
#include "tst_payload_spares.moc"
