#pragma once

#include <QtGlobal>

#include <array>
#include <limits>
#include <optional>

namespace WsBench::Net {

// The time limits of one connection, in milliseconds.
struct ConnectionTimeouts
{
    int handshakeMs = 0; // the opening handshake must complete within this (0 = no limit)
    int closeMs = 0; // the closing handshake and the TCP close (0 = close TCP at once)
    int idleMs = 0; // nothing received for this long: close with 1001 (0 = off)
    int pingIntervalMs = 0; // send a Ping this often while OPEN (0 = off)
    int pongTimeoutMs = 0; // no Pong this long after a Ping: fail (0 = off)
};

// What a deadline that has passed asks the connection to do.
enum class Due : quint8 {
    Nothing,
    Ping, // send a keep-alive Ping
    PongTimeout, // fail the connection: no Pong in time after a Ping (Close 1001)
    IdleTimeout, // close with 1001: nothing was received for idleMs
    HandshakeTimeout, // fail the connection: no complete opening handshake in time
    CloseTimeout, // the closing handshake did not finish in time: close TCP now
};
const char *dueName(Due due);

// The deadlines of one connection, decided without timers or a clock of its own (sans-I/O).
// The driver reports what happens with the time it happened (from the injected clock), keeps
// one timer armed for next(), and when that timer fires asks takeDue() until Nothing is left.
// Times are milliseconds of a monotonic clock.
class ConnectionDeadlines
{
public:
    explicit ConnectionDeadlines(const ConnectionTimeouts &timeouts);

    const ConnectionTimeouts &timeouts() const { return m_timeouts; }
    // Whether received() matters; a driver may skip reading the clock when it does not.
    bool watchesReceived() const { return m_timeouts.idleMs > 0; }

    // The connection starts: the handshake limit and the idle limit begin.
    void start(qint64 nowMs);
    // Bytes arrived: the idle limit begins again.
    void received(qint64 nowMs);
    // The opening handshake completed (OPEN): Pings begin, one interval from now.
    void opened(qint64 nowMs);
    // The opening handshake failed; the handshake limit no longer applies.
    void handshakeFailed();
    // The connection left OPEN (CLOSING or CLOSED): no more Pings.
    void closing();
    // A Pong arrived: the Pong limit stops until the next Ping.
    void pongReceived();
    // The connection waits for the closing handshake or for TCP to close (RFC 6455 §7.1.1):
    // the close limit begins, unless it is already running.
    void awaitClose(qint64 nowMs);
    bool awaitingClose() const { return m_at[CloseSlot] != kNever; }
    // TCP is gone: nothing is due any more.
    void finished();

    // The earliest deadline that has passed by `nowMs`, consumed: a Ping is scheduled again one
    // interval later (and starts the Pong limit unless it is running); the others are done until
    // an event starts them again. Among deadlines due at the same moment, the one that ends the
    // connection soonest comes first. Nothing when no deadline has passed.
    Due takeDue(qint64 nowMs);
    // When the next deadline falls, if there is one.
    std::optional<qint64> next() const;

private:
    static constexpr qint64 kNever = std::numeric_limits<qint64>::max();
    // Indexes into m_at, in the order ties are broken.
    enum Slot { CloseSlot, HandshakeSlot, PongSlot, IdleSlot, PingSlot, SlotCount };

    ConnectionTimeouts m_timeouts;
    std::array<qint64, SlotCount> m_at = {kNever, kNever, kNever, kNever, kNever};
    bool m_finished = false;
};

} // namespace WsBench::Net
