#pragma once

#include "core/net/server_endpoint.h"

#include <QAbstractTableModel>
#include <QHash>

namespace WsBench {
namespace Gui {

// A server's peers, from snapshots taken in the I/O thread. Rows keep their place across
// updates: changed rows are updated, gone ones removed and new ones appended.
class PeerModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeerModel)

public:
    enum Column {
        IdColumn,
        AddressColumn,
        StateColumn,
        ConnectedColumn,
        InColumn,
        OutColumn,
        LastEventColumn,
        ColumnCount
    };
    explicit PeerModel(QObject *parent = nullptr);
    ~PeerModel() override;

    // `nowUs` is the engine clock's time of the snapshot, for the connected-for column. Peers
    // missing from the snapshot stay as CLOSED rows (the newest kClosedKept), so a peer that
    // failed still shows why.
    void setPeers(const QList<Net::PeerInfo> &peers, qint64 nowUs);
    // What last happened to a peer (an error, or how it closed), shown in its row.
    void setLastEvent(quint32 id, const QString &text, bool error);
    void clearClosed();
    static constexpr int kClosedKept = 200;
    const Net::PeerInfo *peer(int row) const;
    int rowForPeer(quint32 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct LastEvent
    {
        QString text;
        bool error = false;
    };
    QList<Net::PeerInfo> m_peers;
    QHash<quint32, LastEvent> m_lastEvents;
    QHash<quint32, qint64> m_closedAtUs;
    qint64 m_nowUs = 0;
};

} // namespace Gui
} // namespace WsBench
