#include "tests/support/record_builders.h"

namespace WsBench::TestSupport {

using namespace Traffic;

namespace {

TrafficRecord record(RecordKind kind, quint32 connection, Direction direction, qint64 us)
{
    TrafficRecord r;
    r.kind = kind;
    r.connectionId = connection;
    r.direction = direction;
    r.monotonicUs = us;
    r.wallMs = 1718000000000 + us / 1000;
    return r;
}

} // namespace

TrafficRecord messageRecord(quint32 connection, Direction direction, quint8 opcode,
                            const QByteArray &payload, qint64 us)
{
    TrafficRecord r = record(RecordKind::Message, connection, direction, us);
    r.opcode = opcode;
    r.bytes = payload;
    return r;
}

TrafficRecord stateRecord(quint32 connection, Protocol::ReadyState readyState, qint64 us)
{
    TrafficRecord r = record(RecordKind::State, connection, Direction::None, us);
    r.readyState = readyState;
    return r;
}

TrafficRecord handshakeRecord(quint32 connection, RecordKind kind, Direction direction,
                              const QByteArray &head, qint64 us)
{
    TrafficRecord r = record(kind, connection, direction, us);
    r.bytes = head;
    return r;
}

} // namespace WsBench::TestSupport
