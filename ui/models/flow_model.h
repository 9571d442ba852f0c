#pragma once

#include "core/protocol/ready_state.h"
#include "core/traffic/traffic_record.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace WsBench::Traffic {
class TrafficStore;
}

namespace WsBench {
namespace Gui {

// Where a connection's two ends stand in the diagram: the lane of our end (which records) and
// the lane of its peer. A loopback pair maps both of our connections onto the same two lanes,
// crossed, so each message shows as sent, framed and received.
struct FlowEnds
{
    int ours = 0;
    int peer = 1;
};

// The sequence diagram of a conversation (DESIGN §9), over the traffic store: one compact item
// per record that the diagram draws, in time order, with its lanes and its vertical position.
// Pulled like the log (one read per poll, at most a bounded batch), tested without painting.
class FlowModel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowModel)

public:
    enum class Kind : quint8 {
        Connect, // TCP connected: an arrow from the client's lane to the server's
        Handshake, // the request or the 101 (or refusing) response
        Frame, // one frame on the wire (a message sent as one frame is one)
        Message, // a message whose frames were recorded apart (or not at all)
        State, // a readyState change on our end's lane
        Close, // how the connection ended: the close handshake's outcome
        Error, // a failure, on our end's lane
    };
    // How an item is drawn (colour and line style, with a legend).
    enum class Style : quint8 {
        Connect,
        Handshake,
        Data,
        Fragment, // a data frame that is part of a fragmented message
        Control,
        ControlInFragment, // a control frame between the fragments of a message
        State,
        Close,
        Error,
    };
    enum class TimeScale : quint8 { Compressed, ToScale };
    enum class Initiator : quint8 { None, Ours, Peer };

    struct Item
    {
        quint64 id = 0;
        qint64 us = 0;
        qint64 y = 0; // top of its row, in pixels, for the current time scale and row pitch
        quint64 length = 0; // payload length (frames), payload size (messages, handshakes)
        quint32 connection = 0;
        quint16 closeCode = 0;
        Kind kind = Kind::Frame;
        Style style = Style::Data;
        qint8 from = 0; // lane the arrow leaves (or the lane of a marker)
        qint8 to = 0; // lane it reaches (equal to `from` for markers)
        qint8 recordedAt = 0; // lane of the end that recorded it
        quint8 opcode = 0;
        bool fin = true;
        bool masked = false;
        bool rsv1 = false;
        bool breakBefore = false; // a long gap before it, folded into a marked break
        Protocol::ReadyState readyState = Protocol::ReadyState::Connecting;
    };
    // The close handshake of one connection, as its Close record concludes it.
    struct CloseSummary
    {
        Initiator initiator = Initiator::None; // who sent Close first
        std::optional<quint16> sentCode, receivedCode; // codes in the Close frames (none: empty)
        QByteArray sentReason, receivedReason;
        bool sentClose = false, receivedClose = false;
        quint16 code = 0; // the connection's close code (1005, 1006 included)
        bool wasClean = false;
        Traffic::Failure failure = Traffic::Failure::None;
    };

    explicit FlowModel(Traffic::TrafficStore *store, QObject *parent = nullptr);
    ~FlowModel() override;

    // The lanes' names, and where each connection's ends stand (nothing: not shown). Rebuilds.
    void setLanes(const QStringList &names,
                  std::function<std::optional<FlowEnds>(quint32 connection)> ends);
    const QStringList &laneNames() const { return m_laneNames; }
    void setTimeScale(TimeScale scale);
    TimeScale timeScale() const { return m_scale; }
    // Pixels per row, and the height of a break band (compressed) or of one second (to scale).
    void setRowPitch(int pixels);
    int rowPitch() const { return m_pitch; }
    static constexpr qint64 kBreakGapUs = 1'000'000; // longer gaps fold into a break
    static constexpr int kPixelsPerSecond = 120; // to scale
    // A Close item's band is this many rows tall: its summary is wrapped, a sentence a line.
    static constexpr int kCloseRows = 5;

    // Pulls records added since the last call; emits itemsAppended() when there are new ones.
    void poll();

    std::size_t count() const { return m_items.size(); }
    const Item &item(std::size_t row) const { return m_items[row]; }
    qint64 rowHeight(std::size_t row) const; // its band: one pitch, kCloseRows for a Close
    qint64 height() const; // of all rows
    // The first row whose band reaches below `y` (count() when none).
    std::size_t rowAt(qint64 y) const;
    std::optional<std::size_t> rowOfId(quint64 id) const;
    // The close summary of a Close item.
    CloseSummary closeSummary(std::size_t row) const { return m_closes.value(m_items[row].id); }
    Traffic::TrafficStore *store() const { return m_store; }

Q_SIGNALS:
    void itemsAppended();
    void reset();

private:
    struct Track // what is known of one connection so far
    {
        bool fragmented[2] = {false, false}; // inside a fragmented message, per direction
        CloseSummary close;
    };
    void add(const Traffic::TrafficRecord &r, FlowEnds ends);
    void place(std::size_t from);
    void rebuild();

    Traffic::TrafficStore *m_store;
    QStringList m_laneNames;
    std::function<std::optional<FlowEnds>(quint32)> m_ends;
    TimeScale m_scale = TimeScale::Compressed;
    int m_pitch = 24;
    std::vector<Item> m_items;
    QHash<quint32, Track> m_tracks;
    QHash<quint64, CloseSummary> m_closes;
    quint64 m_lastId = 0;
};

} // namespace Gui
} // namespace WsBench
