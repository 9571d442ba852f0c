#pragma once

#include "core/protocol/connection.h"
#include "core/traffic/clock.h"
#include "core/traffic/traffic_store.h"

#include <vector>

namespace WsBench::Net {

// Collects the records of one connection during one event-loop turn and hands them to the
// store in a single batch.
class RecordBatch
{
public:
    RecordBatch(Traffic::TrafficStore *store, const Traffic::Clock *clock, quint32 connectionId)
        : m_store(store)
        , m_clock(clock)
        , m_connectionId(connectionId)
    { }

    // Records are stamped with this connection's readyState and bufferedAmount when added.
    void setConnection(const Protocol::Connection *connection) { m_connection = connection; }
    // Reads the clock once for the records added until the next flush().
    void stampTurn();
    Traffic::TrafficRecord &add(Traffic::RecordKind kind, Traffic::Direction direction);
    Traffic::TrafficRecord &note(Traffic::Note note, const QList<QByteArray> &arguments = {});
    Traffic::TrafficRecord &error(Traffic::Failure failure, const QByteArray &detail);
    // A message record. When the record just added is the message's only frame (FIN, same
    // opcode and direction, no RSV bits, the same payload), that record becomes the message and
    // keeps its frame fields: one record instead of two for the common case.
    Traffic::TrafficRecord &message(Traffic::Direction direction, quint8 opcode,
                                    const QByteArray &payload, bool compressed);
    void flush();
    quint32 connectionId() const { return m_connectionId; }
    const Traffic::Clock *clock() const { return m_clock; }

private:
    Traffic::TrafficStore *m_store;
    const Traffic::Clock *m_clock;
    quint32 m_connectionId;
    const Protocol::Connection *m_connection = nullptr;
    bool m_stamped = false;
    qint64 m_turnUs = 0;
    qint64 m_turnWallMs = 0;
    std::vector<Traffic::TrafficRecord> m_batch;
};

} // namespace WsBench::Net
