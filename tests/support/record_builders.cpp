#include "tests/support/record_builders.h"

#include "core/protocol/close_payload.h"
#include "core/protocol/opcode.h"

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

TrafficRecord frameRecord(quint32 connection, Direction direction, quint8 opcode,
                          const QByteArray &payload, bool fin, qint64 us)
{
    TrafficRecord r = record(RecordKind::Frame, connection, direction, us);
    r.opcode = opcode;
    r.fin = fin;
    r.masked = direction == Direction::Outbound && (connection >> 16) == 0; // a client's
    r.maskKey = r.masked ? 0x37fa213d : 0;
    r.payloadLength = quint64(payload.size());
    r.bytes = payload;
    if (opcode == Protocol::toRaw(Protocol::Opcode::Close))
        r.closeCode = Protocol::parseClosePayload(payload).close.code.value_or(0);
    return r;
}

TrafficRecord closeRecord(quint32 connection, quint16 code, bool wasClean, const QByteArray &reason,
                          qint64 us)
{
    TrafficRecord r = record(RecordKind::Close, connection, Direction::None, us);
    r.closeCode = code;
    r.wasClean = wasClean;
    r.readyState = Protocol::ReadyState::Closed;
    r.text = reason;
    return r;
}

} // namespace WsBench::TestSupport
