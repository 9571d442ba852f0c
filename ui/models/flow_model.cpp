#include "ui/models/flow_model.h"

#include "core/protocol/close_code.h"
#include "core/protocol/close_payload.h"
#include "core/protocol/frame_header.h"
#include "core/protocol/opcode.h"
#include "core/traffic/connection_id.h"
#include "core/traffic/traffic_store.h"

#include <algorithm>

namespace WsBench {
namespace Gui {

using Traffic::Direction;
using Traffic::RecordKind;
using Traffic::TrafficRecord;

namespace {

constexpr qsizetype kPollBatch = 50000; // records per poll: bounds one GUI-thread turn

} // namespace

FlowModel::FlowModel(Traffic::TrafficStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{ }

FlowModel::~FlowModel() = default;

void FlowModel::setLanes(const QStringList &names,
                         std::function<std::optional<FlowEnds>(quint32)> ends)
{
    m_laneNames = names;
    m_ends = std::move(ends);
    rebuild();
}

void FlowModel::setTimeScale(TimeScale scale)
{
    if (scale == m_scale)
        return;
    m_scale = scale;
    place(0);
    Q_EMIT reset();
}

void FlowModel::setRowPitch(int pixels)
{
    if (pixels == m_pitch || pixels <= 0)
        return;
    m_pitch = pixels;
    place(0);
    Q_EMIT reset();
}

void FlowModel::rebuild()
{
    m_items.clear();
    m_tracks.clear();
    m_closes.clear();
    m_lastId = 0;
    Q_EMIT reset();
    poll();
}

void FlowModel::poll()
{
    if (!m_ends)
        return;
    const std::size_t before = m_items.size();
    // Catch up in bounded turns: a store that already holds many records fills the diagram
    // over a few polls, as the log does.
    m_lastId = m_store->visit(m_lastId, kPollBatch, [&](const TrafficRecord &r) {
        if (const std::optional<FlowEnds> ends = m_ends(r.connectionId))
            add(r, *ends);
    });
    if (m_items.size() == before)
        return;
    place(before);
    Q_EMIT itemsAppended();
}

void FlowModel::add(const TrafficRecord &r, FlowEnds ends)
{
    Item it;
    it.id = r.id;
    it.us = r.monotonicUs;
    it.connection = r.connectionId;
    it.recordedAt = qint8(ends.ours);
    it.from = it.to = qint8(ends.ours);
    if (r.direction == Direction::Outbound)
        it.to = qint8(ends.peer);
    else if (r.direction == Direction::Inbound)
        it.from = qint8(ends.peer);
    Track &track = m_tracks[r.connectionId];
    const int dir = r.direction == Direction::Inbound ? 1 : 0;

    switch (r.kind) {
    case RecordKind::Note: {
        if (r.note != Traffic::Note::TcpConnected && r.note != Traffic::Note::PeerAccepted)
            return;
        // The client opens TCP: from its lane to the server's, whichever end recorded it.
        const bool serverSide = Traffic::ConnectionId(r.connectionId).isServerSide();
        it.kind = Kind::Connect;
        it.style = Style::Connect;
        it.from = qint8(serverSide ? ends.peer : ends.ours);
        it.to = qint8(serverSide ? ends.ours : ends.peer);
        track = Track {}; // a new connection on this id (a reconnect)
        break;
    }
    case RecordKind::HandshakeRequest:
    case RecordKind::HandshakeResponse:
        it.kind = Kind::Handshake;
        it.style = r.failure == Traffic::Failure::None ? Style::Handshake : Style::Error;
        it.length = quint64(r.bytes.size());
        break;
    case RecordKind::Message:
        if (!r.carriesFrame) {
            it.kind = Kind::Message;
            it.style = Style::Data;
            it.opcode = r.opcode;
            it.length = quint64(r.bytes.size());
            it.rsv1 = r.compressed;
            break;
        }
        Q_FALLTHROUGH(); // also the frame it crossed as
    case RecordKind::Frame: {
        it.kind = Kind::Frame;
        it.opcode = r.opcode;
        it.fin = r.fin;
        it.masked = r.masked;
        it.rsv1 = r.rsv & Protocol::Rsv::Rsv1;
        it.length = r.payloadLength;
        it.closeCode = r.closeCode;
        if (Protocol::isControlOpcode(r.opcode)) {
            // RFC 6455 §5.4: control frames may be injected between the fragments of a message
            it.style = track.fragmented[dir] ? Style::ControlInFragment : Style::Control;
            if (r.opcode == Protocol::toRaw(Protocol::Opcode::Close)) {
                const Protocol::ClosePayload close = Protocol::parseClosePayload(r.bytes).close;
                CloseSummary &c = track.close;
                if (c.initiator == Initiator::None)
                    c.initiator
                        = r.direction == Direction::Outbound ? Initiator::Ours : Initiator::Peer;
                if (r.direction == Direction::Outbound && !c.sentClose) {
                    c.sentClose = true;
                    c.sentCode = close.code;
                    c.sentReason = close.reason;
                } else if (r.direction == Direction::Inbound && !c.receivedClose) {
                    c.receivedClose = true;
                    c.receivedCode = close.code;
                    c.receivedReason = close.reason;
                }
            }
        } else if (Protocol::isContinuationOpcode(r.opcode) || !r.fin) {
            it.style = Style::Fragment; // RFC 6455 §5.4
            track.fragmented[dir] = !r.fin;
        } else {
            it.style = Style::Data;
        }
        break;
    }
    case RecordKind::State:
        it.kind = Kind::State;
        it.style = Style::State;
        it.readyState = r.readyState;
        break;
    case RecordKind::Close: {
        it.kind = Kind::Close;
        it.style = r.wasClean ? Style::Close : Style::Error;
        it.closeCode = r.closeCode;
        CloseSummary c = track.close;
        c.code = r.closeCode;
        c.wasClean = r.wasClean;
        c.failure = r.failure;
        m_closes.insert(r.id, c);
        break;
    }
    case RecordKind::Error:
        it.kind = Kind::Error;
        it.style = Style::Error;
        it.closeCode = r.closeCode;
        break;
    }
    m_items.push_back(it);
}

// Vertical positions from row `from` on. Compressed: one band per row (a pitch, or kCloseRows
// of them for a Close), and one more pitch for a marked break where the gap was long. To scale:
// one band per row plus the gap at
// kPixelsPerSecond, so rows never overlap and time reads off the distance between them.
void FlowModel::place(std::size_t from)
{
    for (std::size_t i = from; i < m_items.size(); ++i) {
        Item &it = m_items[i];
        if (i == 0) {
            it.breakBefore = false;
            it.y = 0;
            continue;
        }
        const Item &prev = m_items[i - 1];
        const qint64 gap = std::max<qint64>(0, it.us - prev.us);
        it.breakBefore = gap > kBreakGapUs;
        qint64 step = rowHeight(i - 1);
        if (m_scale == TimeScale::Compressed)
            step += it.breakBefore ? m_pitch : 0;
        else
            step += gap * kPixelsPerSecond / 1'000'000;
        it.y = prev.y + step;
    }
}

qint64 FlowModel::height() const
{
    return m_items.empty() ? 0 : m_items.back().y + rowHeight(m_items.size() - 1);
}

qint64 FlowModel::rowHeight(std::size_t row) const
{
    return m_items[row].kind == Kind::Close ? qint64(m_pitch) * kCloseRows : m_pitch;
}

std::size_t FlowModel::rowAt(qint64 y) const
{
    const auto it
        = std::upper_bound(m_items.begin(), m_items.end(), y, [this](qint64 v, const Item &i) {
              return v < i.y + (i.kind == Kind::Close ? qint64(m_pitch) * kCloseRows : m_pitch);
          });
    return std::size_t(it - m_items.begin());
}

std::optional<std::size_t> FlowModel::rowOfId(quint64 id) const
{
    const auto it = std::lower_bound(m_items.begin(), m_items.end(), id,
                                     [](const Item &i, quint64 v) { return i.id < v; });
    if (it == m_items.end() || it->id != id)
        return std::nullopt;
    return std::size_t(it - m_items.begin());
}

} // namespace Gui
} // namespace WsBench
