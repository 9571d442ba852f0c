#include "ui/inspectors/live_plot.h"

#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>

namespace WsBench {
namespace Gui {

namespace {
constexpr double kWindowSeconds = 60;
constexpr int kMaxPoints = 600;
} // namespace

LivePlot::LivePlot(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_buffered(new QLineSeries)
    , m_rate(new QLineSeries)
    , m_time(new QValueAxis)
    , m_bytes(new QValueAxis)
    , m_perSecond(new QValueAxis)
{
    m_buffered->setName(tr("bufferedAmount (bytes)"));
    m_rate->setName(tr("messages per second"));
    m_chart->addSeries(m_buffered);
    m_chart->addSeries(m_rate);
    m_time->setTitleText(tr("seconds"));
    m_time->setLabelFormat(QStringLiteral("%.0f"));
    m_bytes->setTitleText(tr("bytes"));
    m_bytes->setLabelFormat(QStringLiteral("%.0f"));
    m_perSecond->setTitleText(tr("msg/s"));
    m_perSecond->setLabelFormat(QStringLiteral("%.0f"));
    m_chart->addAxis(m_time, Qt::AlignBottom);
    m_chart->addAxis(m_bytes, Qt::AlignLeft);
    m_chart->addAxis(m_perSecond, Qt::AlignRight);
    m_buffered->attachAxis(m_time);
    m_buffered->attachAxis(m_bytes);
    m_rate->attachAxis(m_time);
    m_rate->attachAxis(m_perSecond);
    m_chart->legend()->setAlignment(Qt::AlignTop);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);
    auto *view = new QChartView(m_chart);
    view->setRenderHint(QPainter::Antialiasing);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view);
    clear();
}

LivePlot::~LivePlot() = default;

void LivePlot::clear()
{
    m_buffered->clear();
    m_rate->clear();
    m_lastSeconds = -1;
    m_lastMessages = 0;
    m_maxBytes = 1;
    m_maxRate = 1;
    m_time->setRange(0, kWindowSeconds);
    m_bytes->setRange(0, 1024);
    m_perSecond->setRange(0, 10);
}

int LivePlot::sampleCount() const
{
    return int(m_buffered->count());
}

void LivePlot::addSample(double seconds, quint64 bufferedAmount, quint64 messages)
{
    if (m_lastSeconds >= 0 && seconds <= m_lastSeconds)
        return;
    const double rate = m_lastSeconds < 0 || messages < m_lastMessages
        ? 0
        : double(messages - m_lastMessages) / (seconds - m_lastSeconds);
    m_lastSeconds = seconds;
    m_lastMessages = messages;
    m_buffered->append(seconds, double(bufferedAmount));
    m_rate->append(seconds, rate);
    if (m_buffered->count() > kMaxPoints) {
        m_buffered->remove(0);
        m_rate->remove(0);
    }
    m_maxBytes = std::max(m_maxBytes, double(bufferedAmount));
    m_maxRate = std::max(m_maxRate, rate);
    m_time->setRange(std::max(0.0, seconds - kWindowSeconds), std::max(kWindowSeconds, seconds));
    m_bytes->setRange(0, std::max(1024.0, m_maxBytes * 1.1));
    m_perSecond->setRange(0, std::max(10.0, m_maxRate * 1.1));
}

} // namespace Gui
} // namespace WsBench
