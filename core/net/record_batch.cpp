#include "core/net/record_batch.h"

namespace WsBench::Net {

using namespace Traffic;

TrafficRecord &RecordBatch::add(RecordKind kind, Direction direction)
{
    TrafficRecord r;
    r.kind = kind;
    r.direction = direction;
    r.connectionId = m_connectionId;
    r.monotonicUs = m_stamped ? m_turnUs : m_clock->monotonicUs();
    r.wallMs = m_stamped ? m_turnWallMs : m_clock->wallMs();
    if (m_connection) {
        r.readyState = quint8(m_connection->readyState());
        r.bufferedAmount = m_connection->bufferedAmount();
    }
    m_batch.push_back(std::move(r));
    return m_batch.back();
}

TrafficRecord &RecordBatch::note(const QByteArray &text)
{
    TrafficRecord &r = add(RecordKind::Note, Direction::None);
    r.text = text;
    return r;
}

TrafficRecord &RecordBatch::error(const QByteArray &code, const QByteArray &text)
{
    TrafficRecord &r = add(RecordKind::Error, Direction::None);
    r.code = code;
    r.text = text;
    return r;
}

void RecordBatch::stampTurn()
{
    m_stamped = true;
    m_turnUs = m_clock->monotonicUs();
    m_turnWallMs = m_clock->wallMs();
}

void RecordBatch::flush()
{
    m_stamped = false;
    if (m_batch.empty() || !m_store)
        return;
    m_store->appendFrom(m_batch); // keeps the vector's capacity for the next turn
}

} // namespace WsBench::Net
