// The flow diagram's model over the store, without painting: lanes, arrows, styles, the close
// handshake's outcome and the time layout.
#include "core/protocol/close_payload.h"
#include "core/protocol/opcode.h"
#include "core/traffic/connection_id.h"
#include "core/traffic/traffic_store.h"
#include "tests/support/record_builders.h"
#include "ui/inspectors/flow_painter.h"
#include "ui/models/flow_model.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTest>

using namespace WsBench;
using namespace WsBench::Gui;
using TestSupport::closeRecord;
using TestSupport::frameRecord;
using TestSupport::handshakeRecord;
using TestSupport::messageRecord;
using TestSupport::stateRecord;
using Traffic::Direction;
using Traffic::RecordKind;
using Traffic::TrafficRecord;
using Kind = FlowModel::Kind;
using Style = FlowModel::Style;

namespace {

constexpr quint8 kText = Protocol::toRaw(Protocol::Opcode::Text);
constexpr quint8 kContinuation = Protocol::toRaw(Protocol::Opcode::Continuation);
constexpr quint8 kPing = Protocol::toRaw(Protocol::Opcode::Ping);
constexpr quint8 kPong = Protocol::toRaw(Protocol::Opcode::Pong);
constexpr quint8 kClose = Protocol::toRaw(Protocol::Opcode::Close);
const quint32 kClient = Traffic::ConnectionId::clientAttempt(1, 1).raw();
const quint32 kServerPeer = Traffic::ConnectionId::serverPeer(1, 1).raw();

QByteArray closePayload(quint16 code, const QByteArray &reason = {})
{
    return Protocol::encodeClosePayloadRaw(code, reason);
}

// A client tab's diagram: Client | Server, our end on the left.
void clientLanes(FlowModel &model)
{
    model.setLanes({QStringLiteral("Client"), QStringLiteral("Server")},
                   [](quint32 c) -> std::optional<FlowEnds> {
                       if (c == kClient)
                           return FlowEnds {0, 1};
                       return std::nullopt;
                   });
}

TrafficRecord note(quint32 connection, Traffic::Note what, qint64 us)
{
    TrafficRecord r;
    r.kind = RecordKind::Note;
    r.note = what;
    r.connectionId = connection;
    r.monotonicUs = us;
    return r;
}

} // namespace

class TestFlowModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void openingIsConnectHandshakeAndStates();
    void fragmentedMessageWithAPingInside();
    void serverInitiatedClose();
    void abnormalClosureIs1006();
    void closeWithoutCodeIs1005();
    void loopbackPairCrossesLanes();
    void longGapsFoldIntoBreaks();
    void followsTheStoreInBatches();
};

void TestFlowModel::openingIsConnectHandshakeAndStates()
{
    Traffic::TrafficStore store;
    FlowModel model(&store);
    clientLanes(model);
    store.append({stateRecord(kClient, Protocol::ReadyState::Connecting, 0),
                  note(kClient, Traffic::Note::Connecting, 1),
                  note(kClient, Traffic::Note::TcpConnected, 2),
                  handshakeRecord(kClient, RecordKind::HandshakeRequest, Direction::Outbound,
                                  "GET / HTTP/1.1\r\n\r\n", 3),
                  handshakeRecord(kClient, RecordKind::HandshakeResponse, Direction::Inbound,
                                  "HTTP/1.1 101 Switching Protocols\r\n\r\n", 4),
                  stateRecord(kClient, Protocol::ReadyState::Open, 5),
                  messageRecord(99, Direction::Outbound, kText, "another tab's", 6)});
    model.poll();
    QCOMPARE(model.count(), std::size_t(5)); // the Connecting note and the other tab: not drawn
    QCOMPARE(model.item(0).kind, Kind::State);
    QCOMPARE(model.item(1).kind, Kind::Connect);
    QCOMPARE(model.item(1).from, 0);
    QCOMPARE(model.item(1).to, 1);
    // The request goes from the client to the server, the 101 back: two arrows.
    QCOMPARE(model.item(2).kind, Kind::Handshake);
    QCOMPARE(std::make_pair(model.item(2).from, model.item(2).to),
             std::make_pair(qint8(0), qint8(1)));
    QCOMPARE(std::make_pair(model.item(3).from, model.item(3).to),
             std::make_pair(qint8(1), qint8(0)));
    QCOMPARE(model.item(4).readyState, Protocol::ReadyState::Open);
    QCOMPARE(model.item(4).from, model.item(4).to); // a marker on the client's lane
    const FlowPainter painter(&model, QApplication::font(), QApplication::palette());
    QVERIFY(painter.label(3).startsWith(QLatin1String("HTTP/1.1 101")));
    QCOMPARE(painter.label(4), QStringLiteral("readyState 1 OPEN"));
}

void TestFlowModel::fragmentedMessageWithAPingInside()
{
    Traffic::TrafficStore store;
    FlowModel model(&store);
    clientLanes(model);
    store.append({frameRecord(kClient, Direction::Outbound, kPing, "before"),
                  frameRecord(kClient, Direction::Outbound, kText, "one ", false),
                  frameRecord(kClient, Direction::Outbound, kPing, "inside"),
                  frameRecord(kClient, Direction::Inbound, kPong, "inside"),
                  frameRecord(kClient, Direction::Outbound, kContinuation, "two ", false),
                  frameRecord(kClient, Direction::Outbound, kContinuation, "three", true),
                  messageRecord(kClient, Direction::Outbound, kText, "one two three"),
                  frameRecord(kClient, Direction::Outbound, kPing, "after")});
    model.poll();
    QCOMPARE(model.count(), std::size_t(8));
    const Style expected[] = {Style::Control,  Style::Fragment, Style::ControlInFragment,
                              Style::Control, // the Pong goes the other way: no message there
                              Style::Fragment, Style::Fragment, Style::Data,
                              Style::Control};
    for (std::size_t i = 0; i < model.count(); ++i)
        QCOMPARE(model.item(i).style, expected[i]);
    QCOMPARE(model.item(1).fin, false);
    QCOMPARE(model.item(5).fin, true);
    QVERIFY(model.item(1).masked);
    QCOMPARE(model.item(6).kind, Kind::Message);
    QCOMPARE(model.item(3).from, 1); // the Pong comes from the server
    const FlowPainter painter(&model, QApplication::font(), QApplication::palette());
    QCOMPARE(painter.label(1), QStringLiteral("Text · FIN=0 · 4 B · MASK · \"one \""));
    QCOMPARE(painter.label(5), QStringLiteral("Continuation · FIN · 5 B · MASK · \"three\""));
    // The styles differ in colour and in line.
    QVERIFY(FlowPainter::colour(Style::Fragment) != FlowPainter::colour(Style::Data));
    QVERIFY(FlowPainter::penStyle(Style::ControlInFragment)
            != FlowPainter::penStyle(Style::Control));
}

void TestFlowModel::serverInitiatedClose()
{
    Traffic::TrafficStore store;
    FlowModel model(&store);
    clientLanes(model);
    store.append({frameRecord(kClient, Direction::Inbound, kClose, closePayload(1001, "bye")),
                  stateRecord(kClient, Protocol::ReadyState::Closing),
                  frameRecord(kClient, Direction::Outbound, kClose, closePayload(1001)),
                  stateRecord(kClient, Protocol::ReadyState::Closed),
                  closeRecord(kClient, 1001, true, "bye")});
    model.poll();
    QCOMPARE(model.count(), std::size_t(5));
    QCOMPARE(model.item(0).from, 1); // the server's Close comes first
    QCOMPARE(model.item(0).closeCode, quint16(1001));
    QCOMPARE(model.item(4).kind, Kind::Close);
    QCOMPARE(model.item(4).style, Style::Close);
    const FlowModel::CloseSummary c = model.closeSummary(4);
    QCOMPARE(c.initiator, FlowModel::Initiator::Peer);
    QCOMPARE(c.receivedCode, std::optional<quint16>(1001));
    QCOMPARE(c.receivedReason, QByteArray("bye"));
    QCOMPARE(c.sentCode, std::optional<quint16>(1001));
    QVERIFY(c.wasClean);
    const FlowPainter painter(&model, QApplication::font(), QApplication::palette());
    // One sentence a fact, each said once.
    const QStringList sentences = painter.closeSentences(4);
    QCOMPARE(sentences,
             QStringList({QStringLiteral("Server sent Close first, with code 1001 and reason "
                                         "\"bye\"."),
                          QStringLiteral("Client answered with code 1001 and no reason."),
                          QStringLiteral("The close code is 1001 Going Away."),
                          QStringLiteral("wasClean is true.")}));
    QCOMPARE(painter.closeText(4), sentences.join(QLatin1Char(' ')));
    // The arrow's marker names whose view it is; the summary is not repeated there.
    QVERIFY2(!painter.label(4).contains(QLatin1String("sent")), qPrintable(painter.label(4)));
}

void TestFlowModel::abnormalClosureIs1006()
{
    Traffic::TrafficStore store;
    FlowModel model(&store);
    clientLanes(model);
    store.append({messageRecord(kClient, Direction::Outbound, kText, "hi"),
                  stateRecord(kClient, Protocol::ReadyState::Closed),
                  closeRecord(kClient, 1006, false)});
    model.poll();
    QCOMPARE(model.count(), std::size_t(3));
    QCOMPARE(model.item(2).style, Style::Error);
    const FlowModel::CloseSummary c = model.closeSummary(2);
    QCOMPARE(c.initiator, FlowModel::Initiator::None);
    QVERIFY(!c.sentClose);
    QVERIFY(!c.receivedClose);
    QCOMPARE(c.code, quint16(1006));
    QVERIFY(!c.wasClean);
    const QString text
        = FlowPainter(&model, QApplication::font(), QApplication::palette()).closeText(2);
    QVERIFY2(text.contains(QLatin1String("1006 means no Close frame was received")),
             qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("wasClean is false.")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("first")), qPrintable(text));
}

void TestFlowModel::closeWithoutCodeIs1005()
{
    Traffic::TrafficStore store;
    FlowModel model(&store);
    clientLanes(model);
    store.append({frameRecord(kClient, Direction::Outbound, kClose, closePayload(1000)),
                  frameRecord(kClient, Direction::Inbound, kClose, QByteArray()),
                  closeRecord(kClient, 1005, true)});
    model.poll();
    const FlowModel::CloseSummary c = model.closeSummary(2);
    QCOMPARE(c.initiator, FlowModel::Initiator::Ours);
    QVERIFY(c.receivedClose);
    QCOMPARE(c.receivedCode, std::nullopt);
    const QString text
        = FlowPainter(&model, QApplication::font(), QApplication::palette()).closeText(2);
    QVERIFY2(text.contains(QLatin1String("Client sent Close first, with code 1000 and no reason.")),
             qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Server answered with no code.")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("1005 means the Close frame received carried no code.")),
             qPrintable(text));
    QCOMPARE(text.count(QLatin1String("Client")), 1);
    QCOMPARE(text.count(QLatin1String("Server")), 1);
}

void TestFlowModel::loopbackPairCrossesLanes()
{
    Traffic::TrafficStore store;
    FlowModel model(&store);
    model.setLanes({QStringLiteral("Client"), QStringLiteral("Server")},
                   [](quint32 c) -> std::optional<FlowEnds> {
                       if (c == kClient)
                           return FlowEnds {0, 1};
                       if (c == kServerPeer)
                           return FlowEnds {1, 0};
                       return std::nullopt;
                   });
    store.append({note(kClient, Traffic::Note::TcpConnected, 0),
                  note(kServerPeer, Traffic::Note::PeerAccepted, 1),
                  messageRecord(kClient, Direction::Outbound, kText, "hi", 2),
                  messageRecord(kServerPeer, Direction::Inbound, kText, "hi", 3),
                  messageRecord(kServerPeer, Direction::Outbound, kText, "hi", 4),
                  messageRecord(kClient, Direction::Inbound, kText, "hi", 5)});
    model.poll();
    QCOMPARE(model.count(), std::size_t(6));
    for (std::size_t i : {0, 1, 2, 3}) { // TCP from the client, and the message to the server
        QCOMPARE(model.item(i).from, 0);
        QCOMPARE(model.item(i).to, 1);
    }
    // Sent (recorded by the client), then received (recorded by the server).
    QCOMPARE(model.item(2).recordedAt, 0);
    QCOMPARE(model.item(3).recordedAt, 1);
    QCOMPARE(model.item(4).from, 1);
    QCOMPARE(model.item(5).to, 0);
    QCOMPARE(model.item(5).recordedAt, 0);
}

void TestFlowModel::longGapsFoldIntoBreaks()
{
    Traffic::TrafficStore store;
    FlowModel model(&store);
    clientLanes(model);
    model.setRowPitch(20);
    store.append({messageRecord(kClient, Direction::Outbound, kText, "a", 0),
                  messageRecord(kClient, Direction::Outbound, kText, "b", 500'000),
                  messageRecord(kClient, Direction::Outbound, kText, "c", 60'500'000)});
    model.poll();
    QCOMPARE(model.timeScale(), FlowModel::TimeScale::Compressed); // the default
    QVERIFY(!model.item(1).breakBefore);
    QVERIFY(model.item(2).breakBefore);
    QCOMPARE(model.item(1).y, 20);
    QCOMPARE(model.item(2).y, 60); // a row, and a break band for the minute
    QCOMPARE(model.rowAt(0), std::size_t(0));
    QCOMPARE(model.rowAt(45), std::size_t(2)); // in the break band: the row below it
    QCOMPARE(model.rowAt(1000), std::size_t(3));
    QSignalSpy reset(&model, &FlowModel::reset);
    model.setTimeScale(FlowModel::TimeScale::ToScale);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.item(1).y, 20 + FlowModel::kPixelsPerSecond / 2);
    QCOMPARE(model.item(2).y, model.item(1).y + 20 + 60 * FlowModel::kPixelsPerSecond);
    QCOMPARE(model.rowOfId(model.item(2).id), std::optional<std::size_t>(2));
}

void TestFlowModel::followsTheStoreInBatches()
{
    Traffic::TrafficStore store;
    FlowModel model(&store);
    clientLanes(model);
    QSignalSpy appended(&model, &FlowModel::itemsAppended);
    std::vector<TrafficRecord> batch;
    for (int i = 0; i < 120000; ++i)
        batch.push_back(messageRecord(kClient, Direction::Outbound, kText, "x", i));
    store.append(std::move(batch));
    model.poll(); // a bounded turn: not all of them at once
    QVERIFY(model.count() > 0);
    QVERIFY(model.count() < 120000);
    for (int turn = 0; turn < 10 && model.count() < 120000; ++turn)
        model.poll();
    QCOMPARE(model.count(), std::size_t(120000));
    QVERIFY(appended.count() >= 2);
    const int before = appended.count();
    model.poll(); // nothing new: no notification
    QCOMPARE(appended.count(), before);
    QCOMPARE(model.rowAt(model.item(99999).y), std::size_t(99999));
}

QTEST_MAIN(TestFlowModel)
#include "tst_flow_model.moc"
