#include "ui/models/peer_model.h"

#include "ui/text/explain.h"
#include "ui/text/link_text.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>
#include <QSet>

namespace WsBench {
namespace Gui {

PeerModel::PeerModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

PeerModel::~PeerModel() = default;

void PeerModel::setPeers(const QList<Net::PeerInfo> &peers, qint64 nowUs)
{
    m_nowUs = nowUs;
    QSet<quint32> present;
    for (const Net::PeerInfo &p : peers)
        present.insert(p.id);
    int closed = 0;
    for (int row = int(m_peers.size()) - 1; row >= 0; --row) {
        Net::PeerInfo &p = m_peers[row];
        if (present.contains(p.id))
            continue;
        if (p.state != Protocol::ReadyState::Closed) {
            p.state = Protocol::ReadyState::Closed;
            m_closedAtUs.insert(p.id, nowUs);
        }
        if (++closed > kClosedKept) {
            m_lastEvents.remove(p.id);
            m_closedAtUs.remove(p.id);
            beginRemoveRows({}, row, row);
            m_peers.removeAt(row);
            endRemoveRows();
        }
    }
    for (const Net::PeerInfo &p : peers) {
        const int row = rowForPeer(p.id);
        if (row >= 0) {
            m_peers[row] = p;
        } else {
            beginInsertRows({}, int(m_peers.size()), int(m_peers.size()));
            m_peers.append(p);
            endInsertRows();
        }
    }
    if (!m_peers.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_peers.size()) - 1, ColumnCount - 1));
}

void PeerModel::setLastEvent(quint32 id, const QString &text, bool error)
{
    const LastEvent previous = m_lastEvents.value(id);
    if (previous.text == text && previous.error == error)
        return;
    m_lastEvents.insert(id, {text, error});
    const int row = rowForPeer(id);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, LastEventColumn), index(row, LastEventColumn));
}

void PeerModel::clearClosed()
{
    for (int row = int(m_peers.size()) - 1; row >= 0; --row) {
        if (m_peers[row].state != Protocol::ReadyState::Closed)
            continue;
        m_lastEvents.remove(m_peers[row].id);
        m_closedAtUs.remove(m_peers[row].id);
        beginRemoveRows({}, row, row);
        m_peers.removeAt(row);
        endRemoveRows();
    }
}

const Net::PeerInfo *PeerModel::peer(int row) const
{
    return row >= 0 && row < m_peers.size() ? &m_peers[row] : nullptr;
}

int PeerModel::rowForPeer(quint32 id) const
{
    for (int i = 0; i < m_peers.size(); ++i) {
        if (m_peers[i].id == id)
            return i;
    }
    return -1;
}

int PeerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_peers.size());
}

int PeerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PeerModel::data(const QModelIndex &index, int role) const
{
    const Net::PeerInfo *p = peer(index.row());
    if (!p || !index.isValid())
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case IdColumn:
            return QString::number(p->id & 0xFFFF);
        case AddressColumn:
            return p->address;
        case StateColumn:
            return Text::Explain::readyState(p->state);
        case ConnectedColumn: {
            const qint64 end = m_closedAtUs.value(p->id, m_nowUs);
            const qint64 s = std::max<qint64>(0, (end - p->connectedAtUs) / 1000000);
            return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
        }
        case InColumn:
            return QString::number(p->messagesIn);
        case OutColumn:
            return QString::number(p->messagesOut);
        case LastEventColumn:
            return m_lastEvents.value(p->id).text;
        }
    } else if (role == Qt::ToolTipRole && index.column() == StateColumn) {
        const Net::LinkConditions &l = p->link;
        const QString link
            = Text::linkSummary(l.latencyMs, l.rateBytesPerSec, l.pauseReading, l.pauseWriting);
        return link.isEmpty()
            ? Text::Explain::readyStateMeaning(p->state)
            : tr("%1\nLink: %2").arg(Text::Explain::readyStateMeaning(p->state), link);
    } else if (role == Qt::BackgroundRole && index.column() == StateColumn
               && !p->link.isNeutral()) { // a throttled link, as the pane's indicator
        return QBrush(QColor(0xfb, 0xd3, 0x8d));
    } else if (role == Qt::ToolTipRole && index.column() == LastEventColumn) {
        return m_lastEvents.value(p->id).text;
    } else if (role == Qt::ForegroundRole && index.column() == LastEventColumn
               && m_lastEvents.value(p->id).error) {
        return QBrush(QColor(0xc5, 0x30, 0x30));
    } else if (role == Qt::ForegroundRole && p->state == Protocol::ReadyState::Closed) {
        return QGuiApplication::palette().brush(QPalette::PlaceholderText);
    } else if (role == Qt::UserRole) {
        return p->id;
    }
    return {};
}

QVariant PeerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Peer");
    case AddressColumn:
        return tr("Address");
    case StateColumn:
        return tr("readyState");
    case ConnectedColumn:
        return tr("Connected");
    case InColumn:
        return tr("In");
    case OutColumn:
        return tr("Out");
    case LastEventColumn:
        return tr("Last event");
    }
    return {};
}

} // namespace Gui
} // namespace WsBench
