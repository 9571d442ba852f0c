#pragma once

#include "core/net/transport_comparison.h"
#include "core/traffic/clock.h"

#include <QDialog>
#include <QThread>

class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace WsBench::Gui {

class TransportChart;

// Help → "Polling vs WebSocket, measured…": runs the update feed's four transports side by side
// on loopback (Net::TransportComparison, in a thread of its own so the window never waits) and
// shows the figures as a table and as bar charts.
class TransportComparisonDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransportComparisonDialog)

public:
    explicit TransportComparisonDialog(QWidget *parent = nullptr);
    ~TransportComparisonDialog() override;

    // Puts `parameters` in the fields and runs them (for lessons and tests); ignored while a
    // run is going on.
    void run(const Net::ComparisonParameters &parameters);
    bool isRunning() const { return m_running; }
    const Net::ComparisonResult &result() const { return m_result; }
    QTableWidget *table() const { return m_table; }
    TransportChart *chart() const { return m_chart; }
    QLabel *status() const { return m_status; }

Q_SIGNALS:
    void finished(const WsBench::Net::ComparisonResult &result);

private:
    void runFromFields();
    void onProgress(qint64 elapsedMs, qint64 totalMs);
    void onFinished(const Net::ComparisonResult &result);
    void fillTable(const Net::ComparisonResult &result);

    Traffic::SystemClock m_clock;
    QThread m_thread;
    Net::TransportComparison *m_comparison; // lives in m_thread
    Net::ComparisonResult m_result;
    bool m_running = false;
    QSpinBox *m_rate;
    QSpinBox *m_duration;
    QSpinBox *m_pollInterval;
    QPushButton *m_run;
    QProgressBar *m_progress;
    QTableWidget *m_table;
    QLabel *m_status;
    TransportChart *m_chart;
};

} // namespace WsBench::Gui
