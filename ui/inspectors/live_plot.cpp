#include "ui/inspectors/live_plot.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace WsBench {
namespace Gui {

namespace {
constexpr std::size_t kMaxSamples = 36000; // an hour at the panes' ten samples a second
constexpr std::size_t kMaxSeconds = 86400; // per-second counts kept for a day
constexpr int kMaxPoints = 600; // points drawn for bufferedAmount, peaks kept

struct ByteUnit
{
    double size;
    QString name;
};

// The unit that keeps the axis' numbers short: bytes, KiB, MiB or GiB.
ByteUnit unitFor(double largest)
{
    if (largest >= 1024.0 * 1024 * 1024)
        return {1024.0 * 1024 * 1024, LivePlot::tr("GiB")};
    if (largest >= 1024.0 * 1024)
        return {1024.0 * 1024, LivePlot::tr("MiB")};
    if (largest >= 1024.0)
        return {1024.0, LivePlot::tr("KiB")};
    return {1.0, LivePlot::tr("bytes")};
}

// The step between the time axis' labels: a round number of seconds that leaves at most
// `labels` of them, so that none has to be cut short.
double timeStep(double span, int labels)
{
    for (const double step : {1.0, 2.0, 5.0, 10.0, 15.0, 30.0, 60.0, 120.0, 300.0, 600.0, 900.0,
                              1800.0, 3600.0, 7200.0, 21600.0, 43200.0}) {
        if (span / step <= labels - 1)
            return step;
    }
    return 86400.0 * std::ceil(span / 86400.0 / (labels - 1));
}

} // namespace

LivePlot::LivePlot(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_buffered(new QLineSeries)
    , m_rate(new QLineSeries)
    , m_time(new QValueAxis)
    , m_bytes(new QValueAxis)
    , m_perSecond(new QValueAxis)
    , m_window(new QComboBox)
    , m_pause(new QCheckBox(tr("Pause")))
{
    // Narrow enough for the inspector at 1366×768: no axis titles (Qt Charts cut the vertical
    // ones short there, a Chinese one to "..."); the legend names each line with its unit, each
    // axis is drawn in its line's colour, and the time's unit is in its labels.
    const QColor bufferedColor(0x20, 0x9f, 0xdf);
    const QColor rateColor(0x4c, 0xa0, 0x2c);
    m_rate->setName(tr("messages in each second"));
    m_chart->addSeries(m_buffered);
    m_chart->addSeries(m_rate);
    m_buffered->setPen(QPen(bufferedColor, 2));
    m_rate->setPen(QPen(rateColor, 2));
    // The SI symbol in every language: Qt Charts reads a label format as Latin-1.
    m_time->setLabelFormat(QStringLiteral("%.0f s"));
    m_time->setTickType(QValueAxis::TicksDynamic);
    m_time->setTickAnchor(0);
    m_bytes->setLabelFormat(QStringLiteral("%.4g"));
    m_perSecond->setLabelFormat(QStringLiteral("%.0f"));
    for (const auto &[axis, color] :
         {std::pair {m_bytes, bufferedColor}, {m_perSecond, rateColor}}) {
        axis->setLabelsColor(color);
        axis->setTickCount(3);
    }
    m_chart->addAxis(m_time, Qt::AlignBottom);
    m_chart->addAxis(m_bytes, Qt::AlignLeft);
    m_chart->addAxis(m_perSecond, Qt::AlignRight);
    m_buffered->attachAxis(m_time);
    m_buffered->attachAxis(m_bytes);
    m_rate->attachAxis(m_time);
    m_rate->attachAxis(m_perSecond);
    m_chart->legend()->setAlignment(Qt::AlignTop);
    m_chart->setMargins(QMargins(2, 0, 2, 0));
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->setBackgroundRoundness(0);
    auto *view = new QChartView(m_chart);
    view->setRenderHint(QPainter::Antialiasing);

    m_window->addItem(tr("Last minute"), 60);
    m_window->addItem(tr("Last 5 minutes"), 300);
    m_window->addItem(tr("Last 15 minutes"), 900);
    m_window->addItem(tr("Since the connection opened"), 0);
    m_window->setToolTip(tr("How much time the plot shows"));
    m_pause->setToolTip(tr("Hold the plot still; samples are still taken"));
    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Show")));
    controls->addWidget(m_window);
    controls->addWidget(m_pause);
    controls->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(view, 1);
    connect(m_window, &QComboBox::currentIndexChanged, this, &LivePlot::redraw);
    connect(m_pause, &QCheckBox::toggled, this, &LivePlot::redraw);
    connect(m_chart, &QChart::plotAreaChanged, this, &LivePlot::fitTimeLabels);
    clear();
}

LivePlot::~LivePlot() = default;

void LivePlot::clear()
{
    m_samples.clear();
    m_perSecondCounts.clear();
    m_lastMessages = 0;
    redraw();
}

int LivePlot::sampleCount() const
{
    return int(m_samples.size());
}

void LivePlot::setWindowSeconds(int seconds)
{
    const int index = m_window->findData(seconds);
    if (index >= 0)
        m_window->setCurrentIndex(index);
}

void LivePlot::setPaused(bool paused)
{
    m_pause->setChecked(paused);
}

void LivePlot::addSample(double seconds, quint64 bufferedAmount, quint64 messages)
{
    if (seconds < 0 || (!m_samples.empty() && seconds <= m_samples.back().seconds))
        return;
    // Messages counted since the previous sample belong to the second this one falls in.
    const std::size_t second = std::size_t(seconds);
    if (second < kMaxSeconds) {
        if (m_perSecondCounts.size() <= second)
            m_perSecondCounts.resize(second + 1, 0);
        if (messages > m_lastMessages)
            m_perSecondCounts[second]
                += quint32(std::min<quint64>(messages - m_lastMessages, UINT32_MAX));
    }
    m_lastMessages = messages;
    if (m_samples.size() >= kMaxSamples)
        m_samples.erase(m_samples.begin(), m_samples.begin() + kMaxSamples / 2);
    m_samples.push_back({seconds, bufferedAmount});
    if (!m_pause->isChecked())
        redraw();
}

void LivePlot::fitTimeLabels()
{
    constexpr double kLabelSpacing = 80; // px: room for "1200 s" and a gap
    const int labels = std::max(2, int(m_chart->plotArea().width() / kLabelSpacing));
    m_time->setTickInterval(timeStep(m_time->max() - m_time->min(), labels));
}

void LivePlot::redraw()
{
    if (m_pause->isChecked())
        return;
    const double window = m_window->currentData().toDouble();
    const double newest = m_samples.empty() ? 0 : m_samples.back().seconds;
    const double shown = window > 0 ? window : std::max(10.0, std::ceil(newest));
    const double from = std::max(0.0, newest - shown);
    const double to = std::max(shown, newest);

    const auto first = std::lower_bound(m_samples.begin(), m_samples.end(), from,
                                        [](const Sample &s, double t) { return s.seconds < t; });
    const auto visible = std::size_t(m_samples.end() - first);
    quint64 largest = 0;
    for (auto it = first; it != m_samples.end(); ++it)
        largest = std::max(largest, it->buffered);
    const ByteUnit unit = unitFor(double(largest));
    // At most kMaxPoints points: each stands for a run of samples and shows the run's peak.
    const std::size_t stride = std::max<std::size_t>(1, (visible + kMaxPoints - 1) / kMaxPoints);
    QList<QPointF> bytes;
    for (auto it = first; it != m_samples.end();) {
        const auto end = it + qsizetype(std::min<std::size_t>(stride, m_samples.end() - it));
        const auto peak = std::max_element(
            it, end, [](const Sample &a, const Sample &b) { return a.buffered < b.buffered; });
        bytes.append({peak->seconds, double(peak->buffered) / unit.size});
        it = end;
    }
    m_buffered->replace(bytes);

    QList<QPointF> steps;
    quint32 busiest = 0;
    const std::size_t firstSecond = std::size_t(from);
    for (std::size_t s = firstSecond; s < m_perSecondCounts.size(); ++s) {
        const double count = m_perSecondCounts[s];
        steps.append({double(s), count});
        steps.append({double(s + 1), count});
        busiest = std::max(busiest, m_perSecondCounts[s]);
    }
    m_rate->replace(steps);

    m_time->setRange(from, to);
    fitTimeLabels();
    m_buffered->setName(tr("bufferedAmount (%1)").arg(unit.name));
    m_bytes->setRange(0, std::max(1.0, double(largest) / unit.size * 1.1));
    m_bytes->applyNiceNumbers();
    m_perSecond->setRange(0, std::max(5.0, double(busiest) * 1.1));
    m_perSecond->applyNiceNumbers();
}

} // namespace Gui
} // namespace WsBench
