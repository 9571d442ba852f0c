// The command line's transcript: every record the store holds is printed once, in order, however
// many arrived between two drains, and message lines show their payload.
#include "app/cli/transcript.h"
#include "core/traffic/connection_id.h"

#include <QTemporaryFile>
#include <QTest>

#include <cstdio>
#include <functional>

#include <unistd.h>

using namespace WsBench;
using Traffic::Direction;
using Traffic::RecordKind;
using Traffic::TrafficRecord;

namespace {

TrafficRecord message(quint32 connection, int i)
{
    TrafficRecord r;
    r.connectionId = connection;
    r.kind = RecordKind::Message;
    r.direction = i % 2 ? Direction::Outbound : Direction::Inbound;
    r.opcode = 0x1;
    r.carriesFrame = true;
    r.readyState = Protocol::ReadyState::Open;
    r.bytes = "message " + QByteArray::number(i);
    r.payloadLength = quint64(r.bytes.size());
    return r;
}

// What `drain` wrote to stdout.
QByteArray captureStdout(const std::function<void()> &drain)
{
    QTemporaryFile file;
    if (!file.open())
        return {};
    std::fflush(stdout);
    const int saved = dup(STDOUT_FILENO);
    dup2(file.handle(), STDOUT_FILENO);
    drain();
    std::fflush(stdout);
    dup2(saved, STDOUT_FILENO);
    close(saved);
    file.seek(0);
    return file.readAll();
}

} // namespace

class TestTranscript : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aBacklogLargerThanOneBatchIsPrintedWhole_data();
    void aBacklogLargerThanOneBatchIsPrintedWhole();
    void recordsTheStoreLetGoAreCountedNotSkippedSilently();
    void messageLinesShowPrintablePayloadsAsTheyAre();
    void aControlOrNonAsciiByteAnywhereIsNeverPrintedRaw();
};

void TestTranscript::aBacklogLargerThanOneBatchIsPrintedWhole_data()
{
    QTest::addColumn<bool>("json");
    QTest::newRow("text") << false;
    QTest::newRow("json") << true;
}

void TestTranscript::aBacklogLargerThanOneBatchIsPrintedWhole()
{
    QFETCH(bool, json);
    Traffic::TrafficStore store;
    Cli::Transcript transcript(&store, json);
    constexpr int kCount = 10000; // more than two of the transcript's batches
    std::vector<TrafficRecord> batch;
    for (int i = 0; i < kCount; ++i)
        batch.push_back(message(1, i));
    store.append(std::move(batch));
    const QByteArray out = captureStdout([&]() { transcript.drain(); });
    const QList<QByteArray> lines = out.trimmed().split('\n');
    QCOMPARE(lines.size(), kCount);
    for (int i : {0, 4095, 4096, 8191, 8192, kCount - 1}) {
        const QByteArray expected = "message " + QByteArray::number(i);
        QVERIFY2(lines.at(i).contains(expected), lines.at(i).constData());
        // Lines are not repeated: the next one is the next message.
        if (i + 1 < kCount)
            QVERIFY2(!lines.at(i).contains(QByteArray("message " + QByteArray::number(i + 1))),
                     lines.at(i).constData());
    }
    // A second drain with nothing new prints nothing.
    QCOMPARE(captureStdout([&]() { transcript.drain(); }), QByteArray());
}

void TestTranscript::recordsTheStoreLetGoAreCountedNotSkippedSilently()
{
    Traffic::StoreLimits limits;
    limits.maxRecords = 100;
    Traffic::TrafficStore store(limits);
    Cli::Transcript transcript(&store, false);
    std::vector<TrafficRecord> batch;
    for (int i = 0; i < 1000; ++i) // the store keeps the last 100 of them
        batch.push_back(message(1, i));
    store.append(std::move(batch));
    const QList<QByteArray> lines
        = captureStdout([&]() { transcript.drain(); }).trimmed().split('\n');
    QCOMPARE(lines.size(), 101);
    QCOMPARE(lines.first(), QByteArray("… 900 records left memory before they could be printed"));
    QVERIFY2(lines.at(1).contains("message 900"), lines.at(1).constData());
    QVERIFY2(lines.last().contains("message 999"), lines.last().constData());
    // Nothing more was let go: the next drain says nothing.
    store.append({message(1, 1000)});
    const QByteArray next = captureStdout([&]() { transcript.drain(); });
    QVERIFY2(next.contains("message 1000") && !next.contains("left memory"), next.constData());
}

namespace {

// The line printed for one message record.
QByteArray lineOf(TrafficRecord r)
{
    Traffic::TrafficStore store;
    Cli::Transcript transcript(&store, false);
    store.append({std::move(r)});
    return captureStdout([&]() { transcript.drain(); });
}

TrafficRecord payload(const QByteArray &bytes, quint8 opcode = 0x1)
{
    TrafficRecord r = message(1, 0);
    r.bytes = bytes;
    r.opcode = opcode;
    return r;
}

} // namespace

void TestTranscript::messageLinesShowPrintablePayloadsAsTheyAre()
{
    QCOMPARE(lineOf(payload("hello ~ world")),
             QByteArray("← text   \"hello ~ world\" (13 bytes)\n"));
    TrafficRecord out = payload("{\"a\":1}", 0x2);
    out.direction = Direction::Outbound;
    out.compressed = true;
    out.connectionId = Traffic::ConnectionId::serverPeer(3, 42).raw();
    QCOMPARE(lineOf(out), QByteArray("[peer 42] → binary \"{\"a\":1}\" (7 bytes, compressed)\n"));
    // Long: the first 200 bytes, and the whole size.
    const QByteArray longText(250, 'x');
    QCOMPARE(lineOf(payload(longText)), "← text   \"" + QByteArray(200, 'x') + "…\" (250 bytes)\n");
    // Binary that is not text: hex.
    QCOMPARE(lineOf(payload(QByteArray::fromHex("00ff10"), 0x2)),
             QByteArray("← binary 00 ff 10 (3 bytes)\n"));
    // Every length and position, with the printable range's two ends.
    for (int size = 1; size <= 40; ++size) { // to past two 16-byte blocks and a tail
        for (int at = 0; at < size; ++at) {
            for (const char edge : {'\x20', '\x7e'}) {
                QByteArray bytes(size, 'a');
                bytes[at] = edge;
                QCOMPARE(lineOf(payload(bytes)),
                         "← text   \"" + bytes + "\" (" + QByteArray::number(size) + " bytes)\n");
            }
        }
    }
}

void TestTranscript::aControlOrNonAsciiByteAnywhereIsNeverPrintedRaw()
{
    for (int size = 1; size <= 40; ++size) { // to past two 16-byte blocks and a tail
        for (int at = 0; at < size; ++at) {
            for (const char odd : {'\x00', '\x1b', '\x1f', '\x7f', '\x80', '\xff'}) {
                QByteArray bytes(size, 'a');
                bytes[at] = odd;
                const QByteArray line = lineOf(payload(bytes));
                QVERIFY2(!line.contains(odd), line.toHex(' ').constData());
                QVERIFY2(
                    line.startsWith("← text   ")
                        && line.endsWith(QByteArray(" (" + QByteArray::number(size) + " bytes)\n")),
                    line.constData());
            }
            // UTF-8 is text, shown as it is, but not by the ASCII path: "é" in the middle.
            QByteArray utf8(size, 'a');
            utf8.insert(at, "\xc3\xa9");
            QVERIFY2(lineOf(payload(utf8)).contains(QByteArray("\"" + utf8 + "\"")),
                     utf8.constData());
        }
    }
}

QTEST_GUILESS_MAIN(TestTranscript)
#include "tst_transcript.moc"
