#pragma once

#include <QtGlobal>

namespace WsBench::Traffic {

// What a connection id in the traffic record says about its connection. The record keeps the
// raw number (TrafficRecord::connectionId); this type is the one place that knows its bits.
// - A server's peer: the server's number in the high 16 bits, the peer's serial (1–65535) in
//   the low 16, so 65536 and up; the server's own records have serial 0.
// - A client tab's connection: the tab's number (1–255) << 8 | the attempt (1–255), below
//   65536. The window's scenario runs use tab number 0.
class ConnectionId
{
public:
    constexpr explicit ConnectionId(quint32 raw = 0)
        : m_raw(raw)
    { }
    static constexpr ConnectionId serverPeer(quint32 server, quint32 serial)
    {
        return ConnectionId(server << 16 | (serial & 0xFFFF));
    }
    static constexpr ConnectionId server(quint32 server) { return serverPeer(server, 0); }
    static constexpr ConnectionId clientAttempt(quint32 pane, quint32 attempt)
    {
        return ConnectionId(pane << 8 | (attempt & 0xFF));
    }

    constexpr quint32 raw() const { return m_raw; }
    constexpr bool isServerSide() const { return m_raw >> 16 != 0; }
    constexpr bool isServerPeer() const { return isServerSide() && peerSerial() != 0; }
    constexpr quint32 serverNumber() const { return m_raw >> 16; }
    constexpr quint32 peerSerial() const { return m_raw & 0xFFFF; }
    constexpr quint32 clientPane() const { return m_raw >> 8; }
    constexpr quint32 attempt() const { return m_raw & 0xFF; }

    constexpr bool operator==(ConnectionId other) const { return m_raw == other.m_raw; }
    constexpr bool operator!=(ConnectionId other) const { return m_raw != other.m_raw; }

private:
    quint32 m_raw;
};

} // namespace WsBench::Traffic
