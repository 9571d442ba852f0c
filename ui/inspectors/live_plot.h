#pragma once

#include <QWidget>

class QChart;
class QChartView;
class QLineSeries;
class QValueAxis;

namespace WsBench {
namespace Gui {

// bufferedAmount and messages per second against time for one connection (Qt Charts).
class LivePlot final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LivePlot)

public:
    explicit LivePlot(QWidget *parent = nullptr);
    ~LivePlot() override;

    // One sample: seconds since the connection started, bytes buffered, and the total number
    // of messages so far (the plot derives the rate).
    void addSample(double seconds, quint64 bufferedAmount, quint64 messages);
    void clear();
    int sampleCount() const;

private:
    QChart *m_chart;
    QLineSeries *m_buffered;
    QLineSeries *m_rate;
    QValueAxis *m_time;
    QValueAxis *m_bytes;
    QValueAxis *m_perSecond;
    double m_lastSeconds = -1;
    quint64 m_lastMessages = 0;
    double m_maxBytes = 1;
    double m_maxRate = 1;
};

} // namespace Gui
} // namespace WsBench
