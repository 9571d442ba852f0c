#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QToolButton;

namespace WsBench::Traffic {
class TrafficStore;
}

namespace WsBench {
namespace Gui {

class LogModel;

// The message log: filters, the virtualized table and its controls. Pulls new records from
// the store at display rate (DESIGN §2 rule 4).
class LogView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogView)

public:
    explicit LogView(Traffic::TrafficStore *store, QWidget *parent = nullptr);
    ~LogView() override;

    LogModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *patternField() const { return m_pattern; }
    void setFollowing(bool on);
    bool isFollowing() const;
    // False when the log does not show the record (not yet read from the store, or filtered).
    bool selectRecord(quint64 id);
    void copySelection();
    // Server tabs: a column with each record's peer.
    void setPeerColumnVisible(bool on);
    // Shows only this connection's records (0: all again), with a button back to all that
    // names it (`label`, "peer 3").
    void showOnlyConnection(quint32 connection, const QString &label = {});
    quint32 shownConnection() const;
    QToolButton *allConnectionsButton() const { return m_allConnections; }

Q_SIGNALS:
    void recordSelected(quint64 id);
    // The user went back from one connection's records to all of them.
    void allConnectionsShown();

private:
    void applyFilter();
    void onRowsInserted();
    void updateStatus();

    LogModel *m_model;
    QTableView *m_table;
    QComboBox *m_direction;
    QComboBox *m_type;
    QCheckBox *m_events;
    QLineEdit *m_pattern;
    QToolButton *m_follow;
    QToolButton *m_allConnections;
    QLabel *m_status;
    QString m_lastFilterNote;
};

} // namespace Gui
} // namespace WsBench
