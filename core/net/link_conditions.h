#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <deque>
#include <optional>

namespace WsBench::Net {

// A slow or stalled link between us and one peer, for teaching and testing. Each setting
// applies each way: what we send and what we receive.
struct LinkConditions
{
    int latencyMs = 0; // every byte arrives this much later, each way
    qint64 rateBytesPerSec = 0; // a bandwidth cap each way, as a token bucket (0 = none)
    bool pauseReading = false; // we stop reading the socket: the peer's sends back up
    bool pauseWriting = false; // we stop writing to the socket: our sends back up
    bool isNeutral() const
    {
        return latencyMs == 0 && rateBytesPerSec == 0 && !pauseReading && !pauseWriting;
    }
    bool operator==(const LinkConditions &o) const
    {
        return latencyMs == o.latencyMs && rateBytesPerSec == o.rateBytesPerSec
            && pauseReading == o.pauseReading && pauseWriting == o.pauseWriting;
    }
    bool operator!=(const LinkConditions &o) const { return !(*this == o); }
};

// One direction of a shaped link: bytes pass a token bucket (the rate), then wait out the
// latency, like bytes put on a wire of that bandwidth and length. While paused nothing enters
// and nothing comes out. No timers and no clock of its own: times are the caller's, in µs.
class LinkLane
{
public:
    // The bucket holds at most max(rate / 10, this): a short burst, so a cap is a cap.
    static constexpr qint64 kMinBurst = 512;

    void configure(int latencyMs, qint64 rateBytesPerSec, bool paused, qint64 nowUs);
    // How many bytes may enter now: the bucket's whole bytes (no limit without a rate), none
    // while paused.
    qint64 allowance(qint64 nowUs);
    // `bytes` enter now (no more than allowance()); they come out one latency later.
    void enter(const QByteArray &bytes, qint64 nowUs);
    // Appends the bytes whose latency has passed to `out`, in order (none while paused).
    void takeDue(qint64 nowUs, QByteArray &out);
    qint64 inFlight() const { return m_inFlight; }
    // When more can happen: the next bytes in flight come out, or (when `waiting` bytes wait
    // to enter) the bucket has refilled for them. Nothing while paused or idle.
    std::optional<qint64> nextUs(qint64 nowUs, qint64 waiting) const;

private:
    static constexpr qint64 kUnit = 1000000; // a byte of credit, in byte·µs/s
    struct Chunk
    {
        QByteArray bytes;
        qint64 enteredUs;
    };
    qint64 creditAt(qint64 nowUs) const;
    void refill(qint64 nowUs);
    qint64 burst() const;

    qint64 m_latencyUs = 0;
    qint64 m_rate = 0;
    bool m_paused = false;
    qint64 m_credit = 0; // in kUnit per byte
    qint64 m_refilledUs = 0;
    std::deque<Chunk> m_chunks;
    qint64 m_inFlight = 0;
};

// Shapes one connection's traffic under LinkConditions (sans-I/O): PeerConnection puts the
// protocol's output in and writes what takeWritable() gives; it reads no more from the socket
// than readAllowance() and feeds the protocol what takeReadable() gives. Bytes held here are
// not yet sent, so they stay in bufferedAmount.
class LinkShaper
{
public:
    LinkShaper(const LinkConditions &conditions, qint64 nowUs);

    const LinkConditions &conditions() const { return m_conditions; }
    // A change applies at once, to the bytes already held too.
    void setConditions(const LinkConditions &conditions, qint64 nowUs);

    // Outbound: bytes the protocol produced now, then the bytes that may be written now.
    void queueOutbound(QByteArrayView bytes, qint64 nowUs);
    void takeWritable(qint64 nowUs, QByteArray &out);
    qint64 heldOutbound() const { return m_backlogSize - m_backlogPos + m_out.inFlight(); }

    // Inbound: how many bytes may be read from the socket now, what was read, then the bytes
    // the protocol may have now.
    qint64 readAllowance(qint64 nowUs) { return m_in.allowance(nowUs); }
    void queueInbound(const QByteArray &bytes, qint64 nowUs) { m_in.enter(bytes, nowUs); }
    void takeReadable(qint64 nowUs, QByteArray &out) { m_in.takeDue(nowUs, out); }
    qint64 heldInbound() const { return m_in.inFlight(); }

    bool holdsBytes() const { return heldOutbound() > 0 || heldInbound() > 0; }
    // When the caller should come back (the socket has unread bytes: `socketHasData`).
    std::optional<qint64> nextUs(qint64 nowUs, bool socketHasData) const;

private:
    // Moves what the bucket allows from the backlog onto the link.
    void admit(qint64 nowUs);

    LinkConditions m_conditions;
    LinkLane m_out;
    LinkLane m_in;
    QByteArray m_backlog; // outbound bytes waiting for the bucket, from m_backlogPos
    qsizetype m_backlogPos = 0;
    qsizetype m_backlogSize = 0;
};

} // namespace WsBench::Net
