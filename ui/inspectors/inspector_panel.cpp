#include "ui/inspectors/inspector_panel.h"

#include "core/protocol/opcode.h"
#include "core/traffic/traffic_store.h"
#include "ui/inspectors/detail_view.h"
#include "ui/inspectors/flow_view.h"
#include "ui/inspectors/frame_inspector.h"
#include "ui/inspectors/handshake_inspector.h"
#include "ui/inspectors/live_plot.h"
#include "ui/models/log_model.h"
#include "ui/text/glossary.h"
#include "ui/text/printable.h"

namespace WsBench {
namespace Gui {

using Traffic::RecordKind;
using Traffic::TrafficRecord;

namespace {
constexpr int kMaxLookBack = 20000; // records searched for a fragmented message's frames

// A compressed message as the frame inspector shows it beside the deflate output.
QString inflatedText(const TrafficRecord &message)
{
    if (message.opcode == Protocol::toRaw(Protocol::Opcode::Text))
        return Text::printable(message.bytes.left(2000), QChar(0x23CE));
    QString hex = QString::fromLatin1(message.bytes.left(64).toHex(' '));
    if (message.bytes.size() > 64)
        hex += QStringLiteral(" …");
    return hex;
}
} // namespace

InspectorPanel::InspectorPanel(Traffic::TrafficStore *store, LogModel *log, QWidget *parent)
    : QTabWidget(parent)
    , m_store(store)
    , m_log(log)
    , m_detail(new DetailView)
    , m_handshake(new HandshakeInspector)
    , m_frames(new FrameInspector)
    , m_plot(new LivePlot)
    , m_flow(new FlowView(store))
{
    addTab(m_detail, tr("Detail"));
    addTab(m_handshake, tr("Handshake"));
    addTab(m_frames, tr("Frame"));
    addTab(m_plot, tr("Plot"));
    addTab(m_flow, tr("Flow"));
    // The diagram's selection is the log's: a clicked arrow shows its record here too.
    connect(m_flow, &FlowView::recordSelected, this, &InspectorPanel::showRecord);
    connect(m_log, &LogModel::summariesChanged, this, &InspectorPanel::refreshHandshake);
    connect(m_frames, &FrameInspector::fieldSelected, this, &InspectorPanel::topicSelected);
}

InspectorPanel::~InspectorPanel() = default;

void InspectorPanel::setConnection(quint32 connection)
{
    if (connection == m_connection)
        return;
    m_connection = connection;
    m_shownRequest = m_shownResponse = 0;
    m_shownOpened = false;
    m_plot->clear();
    refreshHandshake();
}

void InspectorPanel::refreshHandshake()
{
    const ConnectionSummary s = m_log->summary(m_connection);
    const bool opened = s.opened;
    if (s.handshakeRequestId == m_shownRequest && s.handshakeResponseId == m_shownResponse
        && opened == m_shownOpened)
        return;
    m_shownRequest = s.handshakeRequestId;
    m_shownResponse = s.handshakeResponseId;
    m_shownOpened = opened;
    const auto request = m_store->get(s.handshakeRequestId);
    const auto response = m_store->get(s.handshakeResponseId);
    m_handshake->setHandshake(request ? request->bytes : QByteArray(),
                              response ? response->bytes : QByteArray(), opened);
    Q_EMIT handshakeShown(m_connection);
}

void InspectorPanel::showRecord(quint64 id)
{
    const std::optional<TrafficRecord> r = m_store->get(id);
    if (!r) {
        m_detail->clear();
        m_frames->clear();
        return;
    }
    m_flow->selectRecord(id);
    m_detail->setRecord(*r);
    setConnection(r->connectionId);
    if (r->hasFrame()) {
        const std::optional<TrafficRecord> message
            = r->kind == RecordKind::Frame && !Protocol::isControlOpcode(r->opcode)
            ? m_log->messageOfFrame(*r)
            : std::nullopt;
        m_frames->setFrames({r->wireBytes()},
                            message && message->compressed ? inflatedText(*message) : QString());
    } else if (r->kind == RecordKind::Message) {
        m_frames->setFrames(framesOfMessage(id), r->compressed ? inflatedText(*r) : QString());
    } else
        m_frames->clear();
    if (const QByteArray topic = Text::Glossary::recordTopic(*r); !topic.isEmpty())
        Q_EMIT topicSelected(topic);
    if ((r->kind == RecordKind::HandshakeRequest || r->kind == RecordKind::HandshakeResponse)
        && currentIndex() != FlowTab)
        setCurrentIndex(HandshakeTab);
}

// A message that was not sent as one frame: its frames are the data frames just before it on
// the same connection and direction, back to the one that carries the opcode.
QList<QByteArray> InspectorPanel::framesOfMessage(quint64 messageId) const
{
    const std::optional<TrafficRecord> message = m_store->get(messageId);
    QList<QByteArray> frames;
    for (quint64 id = messageId - 1; id > 0 && messageId - id <= kMaxLookBack; --id) {
        const std::optional<TrafficRecord> r = m_store->get(id);
        if (!r)
            break;
        if (r->connectionId != message->connectionId || r->direction != message->direction)
            continue;
        if (r->kind == RecordKind::Message)
            break; // the previous message: no frames were recorded for this one
        if (r->kind != RecordKind::Frame || Protocol::isControlOpcode(r->opcode))
            continue;
        frames.prepend(r->wireBytes());
        if (!Protocol::isContinuationOpcode(r->opcode))
            break; // the first fragment
    }
    return frames;
}

} // namespace Gui
} // namespace WsBench
