// Every item model under QAbstractItemModelTester, through the changes the window makes.
#include "core/protocol/frame_dissector.h"
#include "core/protocol/frame_encoder.h"
#include "core/protocol/handshake_dissector.h"
#include "core/traffic/traffic_store.h"
#include "tests/support/record_builders.h"
#include "ui/models/field_tree_model.h"
#include "ui/models/log_model.h"
#include "ui/models/peer_model.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace WsBench;
using namespace WsBench::Gui;
using TestSupport::messageRecord;
using TestSupport::stateRecord;
using Traffic::Direction;
using Traffic::RecordKind;
using Traffic::TrafficRecord;

class TestItemModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void logModel();
    void logModelFiltersOnTheWholePayload();
    void logModelShowsControlFrames();
    void peerModel();
    void fieldTreeModel();
};

namespace {

TrafficRecord frame(quint8 opcode, const QByteArray &payload)
{
    TrafficRecord r;
    r.kind = RecordKind::Frame;
    r.connectionId = 1;
    r.direction = Direction::Inbound;
    r.opcode = opcode;
    r.bytes = payload;
    r.payloadLength = quint64(payload.size());
    return r;
}

bool waitForFilter(LogModel *model)
{
    QSignalSpy done(model, &LogModel::filteringFinished);
    return !model->isFiltering() || done.wait(10000);
}

} // namespace

void TestItemModels::logModel()
{
    Traffic::TrafficStore store;
    LogModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setConnectionFilter([](quint32 c) { return c == 7; });
    QVERIFY(waitForFilter(&model));
    QSignalSpy states(&model, &LogModel::readyStateChanged);
    store.append({stateRecord(7, Protocol::ReadyState::Open),
                  messageRecord(7, Direction::Outbound, 1, "hi"),
                  messageRecord(8, Direction::Inbound, 1, "other connection"),
                  messageRecord(7, Direction::Inbound, 2, QByteArray("\x00\x01", 2))});
    model.poll();
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(states.count(), 1);
    QCOMPARE(model.index(1, LogModel::PreviewColumn).data().toString(), QStringLiteral("hi"));
    QCOMPARE(model.index(2, LogModel::PreviewColumn).data().toString(), QStringLiteral("00 01"));
    QCOMPARE(model.index(2, LogModel::TypeColumn).data().toString(), QStringLiteral("Binary"));
    QCOMPARE(model.summary(7).messagesOut, quint64(1));
    QCOMPARE(model.summary(7).messagesIn, quint64(1));
    QCOMPARE(model.summary(7).readyState, Protocol::ReadyState::Open);
    // Hiding events leaves the messages.
    LogFilter f;
    f.showEvents = false;
    model.setFilter(f);
    QVERIFY(waitForFilter(&model));
    QCOMPARE(model.rowCount(), 2);
    f.direction = LogFilter::Direction::Inbound;
    model.setFilter(f);
    QVERIFY(waitForFilter(&model));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowForId(model.recordId(0)), 0);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    store.append({messageRecord(7, Direction::Inbound, 1, "after clear")});
    model.poll();
    QCOMPARE(model.rowCount(), 1);
}

void TestItemModels::logModelFiltersOnTheWholePayload()
{
    Traffic::TrafficStore store;
    std::vector<TrafficRecord> batch;
    for (int i = 0; i < 5000; ++i) {
        // The marker sits past the first 400 bytes the preview shows.
        QByteArray payload
            = QByteArray(500, 'x') + (i % 10 == 0 ? "needle-" : "hay-") + QByteArray::number(i);
        batch.push_back(messageRecord(1, Direction::Inbound, 1, payload));
    }
    store.append(batch);
    LogModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.poll();
    QCOMPARE(model.rowCount(), 5000);
    LogFilter f;
    f.pattern = QStringLiteral("needle-\\d+$");
    model.setFilter(f);
    QVERIFY(waitForFilter(&model));
    QCOMPARE(model.rowCount(), 500);
    // New records are filtered as they arrive.
    store.append({messageRecord(1, Direction::Inbound, 1, "needle-99999"),
                  messageRecord(1, Direction::Inbound, 1, "needle-late")});
    model.poll();
    QCOMPARE(model.rowCount(), 501);
    // An invalid pattern is reported and the previous filter stays.
    f.pattern = QStringLiteral("needle-(");
    model.setFilter(f);
    QVERIFY(!model.filterError().isEmpty());
    QCOMPARE(model.rowCount(), 501);
}

void TestItemModels::logModelShowsControlFrames()
{
    Traffic::TrafficStore store;
    store.append({frame(0x8, QByteArray::fromHex("03e8") + "bye"), // Close 1000, reason
                  frame(0x8, QByteArray()), // Close without a code
                  frame(0x8, QByteArray::fromHex("0000")), // Close with code 0 (invalid)
                  frame(0x9, "ping"), frame(0x1, "text"), frame(0x0, "more"),
                  frame(0x3, "reserved data"), frame(0xB, "reserved control")});
    LogModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.poll();
    QCOMPARE(model.rowCount(), 8);
    auto preview = [&model](int row) {
        return model.index(row, LogModel::PreviewColumn).data().toString();
    };
    QVERIFY2(preview(0).startsWith(QStringLiteral("1000 ")), qPrintable(preview(0)));
    QVERIFY2(preview(0).endsWith(QStringLiteral(" · bye")), qPrintable(preview(0)));
    QCOMPARE(preview(1), QStringLiteral("(no code)"));
    QVERIFY2(preview(2).startsWith(QStringLiteral("0 ")),
             qPrintable(preview(2))); // not "(no code)"
    QCOMPARE(preview(4), QStringLiteral("text"));
    QCOMPARE(preview(5), QStringLiteral("more")); // a continuation of text
    // Control frames are the ones with opcodes 0x8-0xF (RFC 6455 §5.5).
    LogFilter f;
    f.type = LogFilter::Type::Control;
    model.setFilter(f);
    QVERIFY(waitForFilter(&model));
    QList<int> opcodes;
    for (int row = 0; row < model.rowCount(); ++row)
        opcodes.append(store.get(model.recordId(row))->opcode);
    QCOMPARE(opcodes, (QList<int> {0x8, 0x8, 0x8, 0x9, 0xB}));
}

void TestItemModels::peerModel()
{
    PeerModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Net::PeerInfo a {65537, QStringLiteral("127.0.0.1:5000"), Protocol::ReadyState::Open, 0, 1, 2,
                     {}};
    Net::PeerInfo b {
        65538, QStringLiteral("127.0.0.1:5001"), Protocol::ReadyState::Connecting, 0, 0, 0, {}};
    model.setPeers({a, b}, 61'000'000);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, PeerModel::ConnectedColumn).data().toString(), QStringLiteral("1:01"));
    QCOMPARE(model.index(0, PeerModel::StateColumn).data().toString(), QStringLiteral("1 OPEN"));
    b.state = Protocol::ReadyState::Open;
    model.setLastEvent(65537, QStringLiteral("Closed: 1002 Protocol Error, not clean"), true);
    model.setPeers({b}, 62'000'000);
    // A peer that is gone stays as a CLOSED row with what happened to it.
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, PeerModel::StateColumn).data().toString(), QStringLiteral("3 CLOSED"));
    QCOMPARE(model.index(0, PeerModel::LastEventColumn).data().toString(),
             QStringLiteral("Closed: 1002 Protocol Error, not clean"));
    QCOMPARE(model.index(0, PeerModel::ConnectedColumn).data().toString(), QStringLiteral("1:02"));
    QCOMPARE(model.rowForPeer(65538), 1);
    QCOMPARE(model.index(1, PeerModel::StateColumn).data().toString(), QStringLiteral("1 OPEN"));
    model.clearClosed();
    QCOMPARE(model.rowCount(), 1);
    model.setPeers({}, 0);
    model.clearClosed();
    QCOMPARE(model.rowCount(), 0);
}

void TestItemModels::fieldTreeModel()
{
    FieldTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Protocol::FrameSpec spec;
    spec.maskKey = 0x37fa213d;
    spec.payload = "Hello";
    const QByteArray wire = Protocol::FrameEncoder::encodeRaw(spec); // RFC 6455 §5.7
    model.setFields(Protocol::dissectFrame(wire));
    QVERIFY(model.rowCount() > 0);
    const QModelIndex key = model.indexForKey("websocket.masking_key");
    QVERIFY(key.isValid());
    QCOMPARE(model.field(key)->offset, qsizetype(2));
    QCOMPARE(model.index(key.row(), FieldTreeModel::BytesColumn, key.parent()).data().toString(),
             QStringLiteral("bytes 2–5"));
    QCOMPARE(model.field(model.indexForOffset(3))->key, QByteArray("websocket.masking_key"));
    model.setFields(
        Protocol::dissectHandshake("GET / HTTP/1.1\r\nHost: a\r\nUpgrade: websocket\r\n\r\n"));
    QVERIFY(model.indexForKey("http.upgrade").isValid());
    model.setFields({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestItemModels)
#include "tst_item_models.moc"
