#include "ui/models/log_model.h"

#include "core/protocol/close_payload.h"
#include "core/protocol/frame_header.h"
#include "core/protocol/opcode.h"
#include "core/traffic/traffic_store.h"
#include "ui/text/explain.h"
#include "ui/text/glossary.h"
#include "ui/text/printable.h"
#include "ui/text/record_text.h"

#include <QBrush>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <QtConcurrent>

namespace WsBench {
namespace Gui {

using Traffic::Direction;
using Traffic::RecordKind;
using Traffic::TrafficRecord;

namespace {

constexpr qsizetype kPollBatch = 50000; // records per poll: bounds one GUI-thread turn
constexpr qsizetype kScanChunk = 16384; // records per store lock while filtering
constexpr qsizetype kFrameLookAhead = 1024; // records searched for a frame's message

// Text messages, and frames that may carry text (text frames and continuations).
bool isTextual(const TrafficRecord &r)
{
    return r.opcode == Protocol::toRaw(Protocol::Opcode::Text)
        || (r.kind == RecordKind::Frame && Protocol::isContinuationOpcode(r.opcode));
}

} // namespace

struct LogModel::Rescan
{
    QFutureWatcher<std::vector<Row>> *watcher = new QFutureWatcher<std::vector<Row>>;
    QElapsedTimer clock;

    void discard()
    {
        watcher->disconnect();
        watcher->waitForFinished();
        watcher->deleteLater(); // it may be emitting right now
    }
};

bool LogModel::Matcher::accepts(const TrafficRecord &r) const
{
    const bool message = r.kind == RecordKind::Message;
    if (!message && !filter.showEvents)
        return false;
    if (filter.connection != 0 && r.connectionId != filter.connection)
        return false;
    if (filter.direction == LogFilter::Direction::Inbound && r.direction != Direction::Inbound)
        return false;
    if (filter.direction == LogFilter::Direction::Outbound && r.direction != Direction::Outbound)
        return false;
    switch (filter.type) {
    case LogFilter::Type::All:
        break;
    case LogFilter::Type::Text:
        if (!message || r.opcode != Protocol::toRaw(Protocol::Opcode::Text))
            return false;
        break;
    case LogFilter::Type::Binary:
        if (!message || r.opcode != Protocol::toRaw(Protocol::Opcode::Binary))
            return false;
        break;
    case LogFilter::Type::Control:
        if (r.kind != RecordKind::Frame || !Protocol::isControlOpcode(r.opcode))
            return false;
        break;
    }
    if (filter.pattern.isEmpty())
        return true;
    // The whole payload: text as UTF-8, binary byte for byte (so \x00 matches a zero byte).
    const bool binary = (r.kind == RecordKind::Message || r.kind == RecordKind::Frame)
        && r.opcode != Protocol::toRaw(Protocol::Opcode::Text);
    const QByteArray &bytes = r.bytes.isEmpty() ? r.text.value() : r.bytes;
    const QString subject = binary ? QString::fromLatin1(bytes) : QString::fromUtf8(bytes);
    return regex.match(subject).hasMatch();
}

LogModel::LogModel(Traffic::TrafficStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_previews(4096)
{ }

LogModel::~LogModel()
{
    if (m_rescan)
        m_rescan->discard();
    delete m_rescan;
}

void LogModel::setConnectionFilter(std::function<bool(quint32)> accept)
{
    m_acceptConnection = std::move(accept);
    startRescan();
}

void LogModel::setFilter(const LogFilter &filter)
{
    if (filter == m_filter)
        return;
    QRegularExpression regex(filter.pattern, QRegularExpression::UseUnicodePropertiesOption);
    if (!filter.pattern.isEmpty() && !regex.isValid()) {
        m_filterError = tr("Invalid regular expression at character %1: %2")
                            .arg(regex.patternErrorOffset())
                            .arg(regex.errorString());
        return;
    }
    m_filterError.clear();
    regex.optimize();
    m_filter = filter;
    m_matcher = Matcher {filter, regex};
    startRescan();
}

LogModel::Row LogModel::rowFor(const TrafficRecord &r, quint64 number)
{
    quint32 size = 0;
    if (r.kind == RecordKind::Frame)
        size = quint32(r.payloadLength);
    else if (r.kind == RecordKind::Message || r.kind == RecordKind::HandshakeRequest
             || r.kind == RecordKind::HandshakeResponse)
        size = quint32(r.bytes.size());
    Row row {};
    row.id = r.id;
    row.us = r.monotonicUs;
    row.connection = r.connectionId;
    row.size = size;
    row.number = number;
    row.kind = quint64(r.kind);
    row.direction = quint64(r.direction);
    row.opcode = r.opcode & 0xF;
    row.error = r.kind == RecordKind::Error;
    return row;
}

void LogModel::track(const TrafficRecord &r)
{
    ConnectionSummary &s = m_summaries[r.connectionId];
    s.bufferedAmount = r.bufferedAmount;
    if (r.kind == RecordKind::Message || r.kind == RecordKind::State || r.kind == RecordKind::Close
        || r.kind == RecordKind::Error
        || (r.kind == RecordKind::Frame && Protocol::isControlOpcode(r.opcode)))
        s.lastEventId = r.id;
    switch (r.kind) {
    case RecordKind::Message:
        if (r.direction == Direction::Inbound) {
            ++s.messagesIn;
            s.bytesIn += quint64(r.bytes.size());
        } else {
            ++s.messagesOut;
            s.bytesOut += quint64(r.bytes.size());
        }
        break;
    case RecordKind::State:
        if (r.readyState != s.readyState) {
            s.readyState = r.readyState;
            if (r.readyState == Protocol::ReadyState::Open) {
                s.openedAtUs = r.monotonicUs;
                s.opened = true;
            }
            if (r.readyState == Protocol::ReadyState::Closed)
                s.closedAtUs = r.monotonicUs;
            Q_EMIT readyStateChanged(r.connectionId, r.readyState);
        }
        break;
    case RecordKind::Close:
        s.closeCode = r.closeCode;
        s.wasClean = r.wasClean;
        break;
    case RecordKind::Error:
        s.lastFailure = r.failure;
        s.lastFailureDetail = r.text;
        ++s.errors;
        break;
    case RecordKind::HandshakeRequest:
        s.handshakeRequestId = r.id;
        break;
    case RecordKind::HandshakeResponse:
        s.handshakeResponseId = r.id;
        break;
    default:
        break;
    }
}

void LogModel::poll()
{
    std::vector<Row> fresh;
    bool tracked = false;
    const bool rescanning = m_rescan != nullptr;
    m_lastId = m_store->visit(m_lastId, kPollBatch, [&](const TrafficRecord &r) {
        if (m_acceptConnection && !m_acceptConnection(r.connectionId))
            return;
        track(r);
        tracked = true;
        ++m_seen;
        if (m_matcher.accepts(r))
            fresh.push_back(rowFor(r, m_seen));
    });
    if (tracked)
        Q_EMIT summariesChanged();
    if (fresh.empty())
        return;
    if (m_originUs < 0)
        m_originUs = fresh.front().us;
    if (rescanning) {
        m_rescanTail.insert(m_rescanTail.end(), fresh.begin(), fresh.end());
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + fresh.size()) - 1);
    m_rows.insert(m_rows.end(), fresh.begin(), fresh.end());
    endInsertRows();
}

void LogModel::clear()
{
    poll();
    beginResetModel();
    m_rows.clear();
    m_rescanTail.clear();
    endResetModel();
}

void LogModel::startRescan()
{
    if (m_rescan) {
        // The running scan used the old filter: let it finish unseen, then scan again.
        m_rescan->discard();
        delete m_rescan;
        m_rescan = nullptr;
    }
    m_rescanTail.clear();
    m_rescan = new Rescan;
    m_rescan->clock.start();
    const quint64 upTo = m_lastId;
    const quint64 seenUpTo = m_seen;
    const Matcher matcher = m_matcher;
    const auto accept = m_acceptConnection;
    Traffic::TrafficStore *store = m_store;
    connect(m_rescan->watcher, &QFutureWatcher<std::vector<Row>>::finished, this,
            &LogModel::finishRescan);
    m_rescan->watcher->setFuture(QtConcurrent::run([store, matcher, accept, upTo, seenUpTo]() {
        std::vector<Row> rows;
        quint64 seen = 0;
        quint64 after = 0;
        while (after < upTo) {
            const quint64 last
                = store->visit(after, std::min<qsizetype>(kScanChunk, qsizetype(upTo - after)),
                               [&](const TrafficRecord &r) {
                                   if (accept && !accept(r.connectionId))
                                       return;
                                   ++seen;
                                   if (matcher.accepts(r))
                                       rows.push_back(rowFor(r, seen));
                               });
            if (last == after)
                break; // nothing more in the store
            after = last;
        }
        // Records evicted from memory were counted when they arrived: keep the numbers shown.
        for (Row &row : rows)
            row.number += seenUpTo - seen;
        return rows;
    }));
}

void LogModel::finishRescan()
{
    std::vector<Row> rows = m_rescan->watcher->result();
    const qint64 ms = m_rescan->clock.elapsed();
    m_rescan->discard();
    delete m_rescan;
    m_rescan = nullptr;
    rows.insert(rows.end(), m_rescanTail.begin(), m_rescanTail.end());
    m_rescanTail.clear();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    Q_EMIT filteringFinished(ms, int(m_rows.size()));
}

int LogModel::rowForId(quint64 id) const
{
    const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), id,
                                     [](const Row &r, quint64 v) { return r.id < v; });
    return it != m_rows.end() && it->id == id ? int(it - m_rows.begin()) : -1;
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LogModel::previewText(int row) const
{
    const Row &r = m_rows[std::size_t(row)];
    if (QString *cached = m_previews.object(r.id))
        return *cached;
    const std::optional<TrafficRecord> record = m_store->get(r.id);
    const QString text = record ? previewOf(*record) : tr("(no longer in memory)");
    m_previews.insert(r.id, new QString(text));
    return text;
}

QString LogModel::eventText(quint64 id) const
{
    const std::optional<TrafficRecord> record = m_store->get(id);
    if (!record)
        return {};
    QString text = Text::Explain::recordType(record->kind, record->opcode);
    if (record->direction != Direction::None)
        text = Text::Explain::direction(record->direction) + QLatin1Char(' ') + text;
    const QString preview = previewOf(*record);
    if (!preview.isEmpty() && preview != text)
        text += QStringLiteral(" · ") + preview.left(80);
    return text;
}

std::optional<TrafficRecord> LogModel::messageOfFrame(const TrafficRecord &frame) const
{
    std::optional<TrafficRecord> message;
    m_store->visit(frame.id, kFrameLookAhead, [&](const TrafficRecord &r) {
        if (!message && r.kind == RecordKind::Message && r.connectionId == frame.connectionId
            && r.direction == frame.direction)
            message = r;
    });
    return message;
}

QString LogModel::previewOf(const TrafficRecord &record) const
{
    const auto hex = [](const QByteArray &bytes) {
        QString text = QString::fromLatin1(bytes.left(48).toHex(' '));
        if (bytes.size() > 48)
            text += QStringLiteral(" …");
        return text;
    };
    switch (record.kind) {
    case RecordKind::Message:
    case RecordKind::Frame:
        // A data frame of a compressed message (RFC 7692 §6) carries deflate output: its bytes
        // in hex, marked, and the message they inflate to beside them.
        if (record.kind == RecordKind::Frame && !Protocol::isControlOpcode(record.opcode)
            && ((record.rsv & Protocol::Rsv::Rsv1)
                || Protocol::isContinuationOpcode(record.opcode))) {
            const std::optional<TrafficRecord> message = messageOfFrame(record);
            if (message && message->compressed) {
                const QString inflated = message->opcode == Protocol::toRaw(Protocol::Opcode::Text)
                    ? Text::printable(message->bytes.left(400), QChar(0x23CE))
                    : hex(message->bytes);
                return tr("[compressed] %1 → %2").arg(hex(record.bytes), inflated);
            }
        }
        if (isTextual(record))
            return Text::printable(record.bytes.left(400), QChar(0x23CE)); // ⏎
        if (record.opcode == Protocol::toRaw(Protocol::Opcode::Close)) {
            const Protocol::ClosePayload close = Protocol::parseClosePayload(record.bytes).close;
            QString text = close.code ? Text::Explain::closeCode(*close.code) : tr("(no code)");
            if (!close.reason.isEmpty())
                text += QStringLiteral(" · ") + Text::printable(close.reason);
            return text;
        }
        return hex(record.bytes);
    case RecordKind::HandshakeRequest:
    case RecordKind::HandshakeResponse:
        return Text::printable(record.bytes.left(record.bytes.indexOf('\r')));
    case RecordKind::State:
    case RecordKind::Close:
    case RecordKind::Error:
    case RecordKind::Note:
        return Text::printable(Text::RecordText::summary(record).toUtf8());
    }
    return {};
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Row &r = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return QString::number(r.number);
        case TimeColumn:
            return QString::number(double(r.us - m_originUs) / 1000.0, 'f', 3);
        case DeltaColumn: {
            if (index.row() == 0)
                return QStringLiteral("—");
            const qint64 delta = r.us - m_rows[std::size_t(index.row()) - 1].us;
            return QString(QStringLiteral("+") + QString::number(double(delta) / 1000.0, 'f', 3));
        }
        case PeerColumn:
            return r.connection ? QVariant(QString::number(r.connection & 0xFFFF)) : QVariant();
        case DirectionColumn:
            return Text::Explain::direction(r.recordDirection());
        case TypeColumn:
            return Text::Explain::recordType(r.recordKind(), r.opcode);
        case SizeColumn:
            return r.recordKind() == RecordKind::Message || r.recordKind() == RecordKind::Frame
                    || r.recordKind() == RecordKind::HandshakeRequest
                    || r.recordKind() == RecordKind::HandshakeResponse
                ? QVariant(QString::number(r.size))
                : QVariant();
        case PreviewColumn:
            return previewText(index.row());
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn || index.column() == DeltaColumn) {
            return tr("%1 µs after the first record").arg(r.us - m_originUs);
        }
        if (index.column() == PreviewColumn)
            return previewText(index.row()).left(2000);
        if (index.column() == TypeColumn)
            return Text::Glossary::toolTip(Text::Glossary::recordTopic(r.recordKind(), r.opcode));
        break;
    case Qt::ForegroundRole:
        if (r.error)
            return QBrush(QColor(0xd0, 0x30, 0x30));
        if (r.recordKind() != RecordKind::Message && index.column() == TypeColumn)
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        if (index.column() == DirectionColumn && r.recordDirection() != Direction::None)
            return QBrush(r.recordDirection() == Direction::Outbound ? QColor(0x2a, 0x7a, 0xe2)
                                                                     : QColor(0x2e, 0x9d, 0x4f));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() <= SizeColumn && index.column() != TypeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case RecordIdRole:
        return QVariant::fromValue(r.id);
    default:
        break;
    }
    return {};
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("#");
    case TimeColumn:
        return tr("Time (ms)");
    case DeltaColumn:
        return tr("Δ (ms)");
    case PeerColumn:
        return tr("Peer");
    case DirectionColumn:
        return tr("Dir");
    case TypeColumn:
        return tr("Type");
    case SizeColumn:
        return tr("Size");
    case PreviewColumn:
        return tr("Preview");
    }
    return {};
}

} // namespace Gui
} // namespace WsBench
