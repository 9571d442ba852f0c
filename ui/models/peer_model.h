#pragma once

#include "core/net/server_endpoint.h"

#include <QAbstractTableModel>

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
        ColumnCount
    };
    explicit PeerModel(QObject *parent = nullptr);
    ~PeerModel() override;

    // `nowUs` is the engine clock's time of the snapshot, for the connected-for column.
    void setPeers(const QList<Net::PeerInfo> &peers, qint64 nowUs);
    const Net::PeerInfo *peer(int row) const;
    int rowForPeer(quint32 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Net::PeerInfo> m_peers;
    qint64 m_nowUs = 0;
};

} // namespace Gui
} // namespace WsBench
