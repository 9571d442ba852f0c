#include "core/net/record_batch.h"

#include "core/protocol/thread_spares.h"

namespace WsBench::Net {

using namespace Traffic;

namespace {

// The frame's payload is usually the message's, shared: then there is nothing to compare.
bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    return (a.constData() == b.constData() && a.size() == b.size()) || a == b;
}

// Record vectors, shared by the thread's connections: a batch holds one only during a turn.
using BatchSpares = Protocol::ThreadSpares<std::vector<TrafficRecord>>;

} // namespace

TrafficRecord &RecordBatch::add(RecordKind kind, Direction direction)
{
    if (m_batch.capacity() == 0)
        m_batch = BatchSpares::take();
    TrafficRecord &r = m_batch.emplace_back();
    r.kind = kind;
    r.direction = direction;
    r.connectionId = m_connectionId;
    r.monotonicUs = m_stamped ? m_turnUs : m_clock->monotonicUs();
    r.wallMs = m_stamped ? m_turnWallMs : m_clock->wallMs();
    if (m_connection) {
        r.readyState = m_connection->readyState();
        r.bufferedAmount = m_connection->bufferedAmount();
    }
    return r;
}

TrafficRecord &RecordBatch::note(Note note, const QList<QByteArray> &arguments)
{
    TrafficRecord &r = add(RecordKind::Note, Direction::None);
    r.note = note;
    r.text = joinArguments(arguments);
    return r;
}

TrafficRecord &RecordBatch::error(Failure failure, const QByteArray &detail)
{
    TrafficRecord &r = add(RecordKind::Error, Direction::None);
    r.failure = failure;
    r.text = detail;
    return r;
}

TrafficRecord &RecordBatch::message(Direction direction, quint8 opcode, const QByteArray &payload,
                                    bool compressed)
{
    if (!compressed && !m_batch.empty()) {
        TrafficRecord &frame = m_batch.back();
        if (frame.kind == RecordKind::Frame && frame.direction == direction && frame.fin
            && frame.rsv == 0 && frame.opcode == opcode && sameBytes(frame.bytes, payload)) {
            frame.kind = RecordKind::Message;
            frame.carriesFrame = true;
            if (m_connection) {
                frame.readyState = m_connection->readyState();
                frame.bufferedAmount = m_connection->bufferedAmount();
            }
            return frame;
        }
    }
    TrafficRecord &r = add(RecordKind::Message, direction);
    r.opcode = opcode;
    r.compressed = compressed;
    r.bytes = payload;
    return r;
}

void RecordBatch::stampTurn()
{
    if (m_stamped)
        return; // the clock was read once already in this turn
    m_stamped = true;
    m_turnUs = m_clock->monotonicUs();
    m_turnWallMs = m_clock->wallMs();
}

void RecordBatch::flush()
{
    m_stamped = false;
    if (m_batch.empty() || !m_store)
        return;
    m_store->appendFrom(m_batch); // leaves it empty, with its capacity
    BatchSpares::give(std::move(m_batch), 4096, 16);
    m_batch = {};
}

} // namespace WsBench::Net
