#pragma once

#include "core/traffic/traffic_record.h"

namespace WsBench::TestSupport {

// Traffic records as the engine writes them, for tests of what reads the store.
Traffic::TrafficRecord messageRecord(quint32 connection, Traffic::Direction direction,
                                     quint8 opcode, const QByteArray &payload, qint64 us = 0);
Traffic::TrafficRecord stateRecord(quint32 connection, Protocol::ReadyState readyState,
                                   qint64 us = 0);
// kind: HandshakeRequest or HandshakeResponse.
Traffic::TrafficRecord handshakeRecord(quint32 connection, Traffic::RecordKind kind,
                                       Traffic::Direction direction, const QByteArray &head,
                                       qint64 us = 0);

// A frame as it crossed the wire (its payload unmasked); a Close frame's code is read from it.
Traffic::TrafficRecord frameRecord(quint32 connection, Traffic::Direction direction, quint8 opcode,
                                   const QByteArray &payload, bool fin = true, qint64 us = 0);
// How a connection ended.
Traffic::TrafficRecord closeRecord(quint32 connection, quint16 code, bool wasClean,
                                   const QByteArray &reason = {}, qint64 us = 0);

} // namespace WsBench::TestSupport
