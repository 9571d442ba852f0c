#pragma once

#include "core/traffic/traffic_record.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QFutureWatcher>
#include <QHash>
#include <QRegularExpression>

#include <functional>
#include <optional>
#include <vector>

namespace WsBench::Traffic {
class TrafficStore;
}

namespace WsBench {
namespace Gui {

struct LogFilter
{
    enum class Direction : quint8 { Both, Inbound, Outbound };
    enum class Type : quint8 { All, Text, Binary, Control };
    Direction direction = Direction::Both;
    Type type = Type::All;
    bool showEvents = true; // control frames, fragments, state changes, handshakes, notes, errors
    QString pattern; // a regular expression over the whole payload (or the text of an event)
    quint32 connection = 0; // only this connection (a server's peer); 0: every one

    bool operator==(const LogFilter &o) const
    {
        return direction == o.direction && type == o.type && showEvents == o.showEvents
            && pattern == o.pattern && connection == o.connection;
    }
};

// What the log knows about one connection, from every record it has seen.
struct ConnectionSummary
{
    Protocol::ReadyState readyState = Protocol::ReadyState::Connecting;
    quint64 messagesIn = 0, messagesOut = 0;
    quint64 bytesIn = 0, bytesOut = 0;
    quint64 bufferedAmount = 0; // as of the latest record
    quint64 handshakeRequestId = 0, handshakeResponseId = 0;
    qint64 openedAtUs = 0; // when it became OPEN (0 before)
    bool opened = false; // it became OPEN at some point
    qint64 closedAtUs = 0;
    quint16 closeCode = 0;
    bool wasClean = false;
    // The latest Error record: what failed, and its untranslated detail
    Traffic::Failure lastFailure = Traffic::Failure::None;
    QByteArray lastFailureDetail;
    quint64 errors = 0;
    // The latest message, control frame, readyState change, close or error: what last happened
    // to it (eventText() words it).
    quint64 lastEventId = 0;
};

// The message log over the traffic store (DESIGN §2 rule 4, §7): compact rows of ids and
// summaries, text built only for painted rows, new records pulled in one insert per batch, and
// filters evaluated on the store in a worker thread.
class LogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogModel)

public:
    enum Column {
        IdColumn,
        TimeColumn,
        DeltaColumn,
        PeerColumn, // the server's peer number, as its Peers list shows it
        DirectionColumn,
        TypeColumn,
        SizeColumn,
        PreviewColumn,
        ColumnCount
    };
    enum Role { RecordIdRole = Qt::UserRole + 1 };

    explicit LogModel(Traffic::TrafficStore *store, QObject *parent = nullptr);
    ~LogModel() override;

    // Which connections this log shows (all when unset).
    void setConnectionFilter(std::function<bool(quint32)> accept);
    void setFilter(const LogFilter &filter);
    const LogFilter &filter() const { return m_filter; }
    QString filterError() const { return m_filterError; } // an invalid pattern, translated
    bool isFiltering() const { return m_rescan != nullptr; }
    // Pulls records added since the last call. Cheap when nothing is new.
    void poll();
    // Hides everything so far (the store keeps it).
    void clear();

    quint64 recordId(int row) const { return m_rows[std::size_t(row)].id; }
    int rowForId(quint64 id) const; // -1 when not shown
    ConnectionSummary summary(quint32 connection) const { return m_summaries.value(connection); }
    // Every connection this log has seen, in order.
    QList<quint32> connections() const
    {
        QList<quint32> ids = m_summaries.keys();
        std::sort(ids.begin(), ids.end());
        return ids;
    }
    Traffic::TrafficStore *store() const { return m_store; }
    QString previewText(int row) const;
    // One line for a record: direction, type and preview ("← Text · hello").
    QString eventText(quint64 id) const;
    // The message a data frame belongs to: the next message on its connection in its
    // direction, searched a bounded way ahead. Nothing when it is not (or no longer) there.
    std::optional<Traffic::TrafficRecord> messageOfFrame(const Traffic::TrafficRecord &frame) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // A connection's readyState changed (every change, in order, once each).
    void readyStateChanged(quint32 connection, WsBench::Protocol::ReadyState readyState);
    void summariesChanged();
    void filteringFinished(qint64 milliseconds, int rows);

private:
    // 32 bytes: a log of a million records holds 32 MB of rows.
    struct Row
    {
        quint64 id;
        qint64 us;
        quint32 connection;
        quint32 size;
        // The record's place among this log's connections' records, from 1.
        quint64 number : 48;
        quint64 kind : 4; // Traffic::RecordKind
        quint64 direction : 2; // Traffic::Direction
        quint64 opcode : 4;
        quint64 error : 1;
        Traffic::RecordKind recordKind() const { return Traffic::RecordKind(kind); }
        Traffic::Direction recordDirection() const { return Traffic::Direction(direction); }
    };
    static_assert(sizeof(Row) == 32);
    struct Matcher
    {
        LogFilter filter;
        QRegularExpression regex;
        bool accepts(const Traffic::TrafficRecord &r) const;
    };
    struct Rescan;

    static Row rowFor(const Traffic::TrafficRecord &r, quint64 number);
    QString previewOf(const Traffic::TrafficRecord &record) const;
    void track(const Traffic::TrafficRecord &r);
    void startRescan();
    void finishRescan();

    Traffic::TrafficStore *m_store;
    std::function<bool(quint32)> m_acceptConnection;
    LogFilter m_filter;
    Matcher m_matcher;
    QString m_filterError;
    std::vector<Row> m_rows;
    quint64 m_lastId = 0;
    quint64 m_seen = 0; // records of this log's connections so far: the # column counts them
    qint64 m_originUs = -1;
    QHash<quint32, ConnectionSummary> m_summaries;
    mutable QCache<quint64, QString> m_previews;
    Rescan *m_rescan = nullptr; // rows rebuilt in a worker thread for a new filter
    std::vector<Row> m_rescanTail; // rows that arrived while it ran
};

} // namespace Gui
} // namespace WsBench
