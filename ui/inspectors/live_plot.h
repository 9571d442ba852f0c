#pragma once

#include <QWidget>

#include <vector>

class QCheckBox;
class QChart;
class QComboBox;
class QLineSeries;
class QValueAxis;

namespace WsBench {
namespace Gui {

// bufferedAmount, and the messages counted in each second, against the time since the
// connection opened (Qt Charts). The user picks how much time it shows, or pauses it. The legend
// names each line with its unit (bufferedAmount (KiB)), each value axis is drawn in its line's
// colour and the time labels carry their unit, so that it reads whole at 1366×768.
class LivePlot final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LivePlot)

public:
    explicit LivePlot(QWidget *parent = nullptr);
    ~LivePlot() override;

    // One sample: seconds since the connection opened, bytes buffered, and the total number
    // of messages so far (the plot counts them per second).
    void addSample(double seconds, quint64 bufferedAmount, quint64 messages);
    void clear();
    int sampleCount() const;

    // Seconds shown, up to the newest sample (0: everything since the connection opened).
    void setWindowSeconds(int seconds);
    // A paused plot keeps recording but shows what it showed when paused.
    void setPaused(bool paused);

    QValueAxis *timeAxis() const { return m_time; }
    QValueAxis *bytesAxis() const { return m_bytes; }
    QLineSeries *bufferedSeries() const { return m_buffered; }
    // Steps: the messages sent and received in each whole second.
    QLineSeries *rateSeries() const { return m_rate; }
    QValueAxis *rateAxis() const { return m_perSecond; }
    QChart *chart() const { return m_chart; }

private:
    struct Sample
    {
        double seconds;
        quint64 buffered;
    };
    void redraw();
    // Time labels at a round step that leaves each of them room on the axis.
    void fitTimeLabels();

    QChart *m_chart;
    QLineSeries *m_buffered;
    QLineSeries *m_rate;
    QValueAxis *m_time;
    QValueAxis *m_bytes;
    QValueAxis *m_perSecond;
    QComboBox *m_window;
    QCheckBox *m_pause;
    std::vector<Sample> m_samples;
    std::vector<quint32> m_perSecondCounts; // [s]: messages counted in second s
    quint64 m_lastMessages = 0;
};

} // namespace Gui
} // namespace WsBench
