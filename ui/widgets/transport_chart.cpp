#include "ui/widgets/transport_chart.h"
#include "ui/text/transport_text.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace WsBench::Gui {

TransportChart::TransportChart(QWidget *parent)
    : QWidget(parent)
    , m_bytes(new QBarSet(tr("Bytes/update")))
    , m_delay(new QBarSet(tr("Delay p95 (ms)")))
    , m_bytesAxis(new QValueAxis)
    , m_delayAxis(new QValueAxis)
{
    m_bytes->setColor(QColor(0x20, 0x9f, 0xdf));
    m_delay->setColor(QColor(0xe0, 0x8a, 0x1e));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const auto &[title, set, axis] :
         {std::tuple {tr("Bytes on the wire per update"), m_bytes, m_bytesAxis},
          {tr("Delay p95, ms (creation to arrival)"), m_delay, m_delayAxis}}) {
        auto *view = new QChartView(makeChart(title, set, axis));
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(170);
        layout->addWidget(view, 1);
    }
    setToolTip(Text::figureExplanation(Text::ComparisonFigure::BytesPerUpdate) + u'\n'
               + Text::figureExplanation(Text::ComparisonFigure::DelayP95));
    clear();
}

TransportChart::~TransportChart() = default;

QChart *TransportChart::makeChart(const QString &title, QBarSet *set, QValueAxis *axis)
{
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    // Beside the bar, so a bar too short to hold its value (a push delay) still shows it.
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(3);
    set->setLabelColor(palette().color(QPalette::WindowText));
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->addSeries(series);
    auto *names = new QBarCategoryAxis;
    for (int i = 0; i < Net::kFeedTransportCount; ++i)
        names->append(Text::transportName(Net::FeedTransport(i)));
    chart->addAxis(names, Qt::AlignLeft);
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(names);
    series->attachAxis(axis);
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setTickCount(5);
    chart->legend()->hide();
    chart->setMargins(QMargins(2, 0, 2, 0));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setBackgroundRoundness(0);
    return chart;
}

void TransportChart::clear()
{
    for (QBarSet *set : {m_bytes, m_delay}) {
        set->remove(0, set->count());
        for (int i = 0; i < Net::kFeedTransportCount; ++i)
            set->append(0);
    }
    m_bytesAxis->setRange(0, 1);
    m_delayAxis->setRange(0, 1);
}

void TransportChart::show(const Net::ComparisonResult &result)
{
    clear();
    double maxBytes = 0, maxDelay = 0;
    for (const Net::TransportFigures &f : result.transports) {
        const int i = int(f.transport);
        const double bytes = std::max(0.0, f.bytesPerUpdate);
        const double delay = std::max(0.0, f.delayP95Ms);
        m_bytes->replace(i, bytes);
        m_delay->replace(i, delay);
        maxBytes = std::max(maxBytes, bytes);
        maxDelay = std::max(maxDelay, delay);
    }
    m_bytesAxis->setRange(0, std::max(1.0, maxBytes * 1.1));
    m_delayAxis->setRange(0, std::max(1.0, maxDelay * 1.1));
    m_bytesAxis->applyNiceNumbers();
    m_delayAxis->applyNiceNumbers();
}

} // namespace WsBench::Gui
