#include "ui/dialogs/transport_comparison_dialog.h"
#include "ui/text/transport_text.h"
#include "ui/widgets/transport_chart.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace WsBench::Gui {

using Text::ComparisonFigure;

TransportComparisonDialog::TransportComparisonDialog(QWidget *parent)
    : QDialog(parent)
    , m_comparison(new Net::TransportComparison(&m_clock))
    , m_rate(new QSpinBox)
    , m_duration(new QSpinBox)
    , m_pollInterval(new QSpinBox)
    , m_run(new QPushButton(tr("&Run")))
    , m_progress(new QProgressBar)
    , m_table(new QTableWidget(Net::kFeedTransportCount, Text::kComparisonFigureCount))
    , m_status(new QLabel)
    , m_chart(new TransportChart)
{
    setWindowTitle(tr("Polling vs WebSocket, measured"));
    m_comparison->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_comparison, &QObject::deleteLater);
    connect(m_comparison, &Net::TransportComparison::progress, this,
            &TransportComparisonDialog::onProgress);
    connect(m_comparison, &Net::TransportComparison::finished, this,
            &TransportComparisonDialog::onFinished);
    m_thread.start();

    auto *intro = new QLabel(
        tr("A demo server on loopback makes one stream of price updates and serves it four ways "
           "at once. Each client counts what arrives; the server counts the bytes. Point at a "
           "column heading for what it means."));
    intro->setWordWrap(true);

    const Net::ComparisonParameters defaults;
    using P = Net::ComparisonParameters;
    m_rate->setRange(1, P::kMaxRate);
    m_rate->setValue(defaults.ratePerSecond);
    m_rate->setSuffix(tr(" /s"));
    m_rate->setToolTip(tr("How many updates the server makes each second"));
    m_duration->setRange(1, P::kMaxDurationS);
    m_duration->setValue(defaults.durationS);
    m_duration->setSuffix(tr(" s"));
    m_duration->setToolTip(tr("How long the server makes updates"));
    m_pollInterval->setRange(P::kMinPollIntervalMs, P::kMaxPollIntervalMs);
    m_pollInterval->setSingleStep(100);
    m_pollInterval->setValue(defaults.pollIntervalMs);
    m_pollInterval->setSuffix(tr(" ms"));
    m_pollInterval->setToolTip(tr("How often the short-polling client asks for news (1000 ms: "
                                  "the usual \"poll every second\")"));
    m_run->setToolTip(tr("Start the server and the four clients, and measure"));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    connect(m_run, &QPushButton::clicked, this, &TransportComparisonDialog::runFromFields);

    auto *fields = new QHBoxLayout;
    fields->addWidget(new QLabel(tr("Rate")));
    fields->addWidget(m_rate);
    fields->addWidget(new QLabel(tr("Duration")));
    fields->addWidget(m_duration);
    fields->addWidget(new QLabel(tr("Poll interval")));
    fields->addWidget(m_pollInterval);
    fields->addWidget(m_run);
    fields->addWidget(m_progress, 1);

    for (int c = 0; c < Text::kComparisonFigureCount; ++c) {
        auto *header = new QTableWidgetItem(Text::figureName(ComparisonFigure(c)));
        header->setToolTip(Text::figureExplanation(ComparisonFigure(c)));
        m_table->setHorizontalHeaderItem(c, header);
    }
    for (int r = 0; r < Net::kFeedTransportCount; ++r) {
        auto *header = new QTableWidgetItem(Text::transportName(Net::FeedTransport(r)));
        header->setToolTip(Text::transportDescription(Net::FeedTransport(r)));
        m_table->setVerticalHeaderItem(r, header);
    }
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_table->setWordWrap(false);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(fields);
    layout->addWidget(m_table);
    layout->addWidget(m_status);
    layout->addWidget(m_chart, 1);
    layout->addWidget(buttons);
    resize(960, 620);
}

TransportComparisonDialog::~TransportComparisonDialog()
{
    // The comparison is deleted in its thread once the thread's loop ends; a run going on is
    // torn down with it (its sockets close, nothing is waited for).
    m_thread.quit();
    m_thread.wait();
}

void TransportComparisonDialog::runFromFields()
{
    Net::ComparisonParameters parameters;
    parameters.ratePerSecond = m_rate->value();
    parameters.durationS = m_duration->value();
    parameters.pollIntervalMs = m_pollInterval->value();
    run(parameters);
}

void TransportComparisonDialog::run(const Net::ComparisonParameters &parameters)
{
    if (m_running)
        return;
    m_rate->setValue(parameters.ratePerSecond);
    m_duration->setValue(parameters.durationS);
    m_pollInterval->setValue(parameters.pollIntervalMs);
    m_running = true;
    m_run->setEnabled(false);
    m_progress->setValue(0);
    m_status->setText(tr("Running…"));
    m_table->clearContents();
    m_chart->clear();
    Net::TransportComparison *comparison = m_comparison;
    QMetaObject::invokeMethod(
        comparison, [comparison, parameters] { comparison->start(parameters); },
        Qt::QueuedConnection);
}

void TransportComparisonDialog::onProgress(qint64 elapsedMs, qint64 totalMs)
{
    m_progress->setValue(totalMs > 0 ? int(qMin<qint64>(100, elapsedMs * 100 / totalMs)) : 0);
}

void TransportComparisonDialog::onFinished(const Net::ComparisonResult &result)
{
    m_running = false;
    m_run->setEnabled(true);
    m_progress->setValue(100);
    m_result = result;
    fillTable(result);
    m_chart->show(result);
    QStringList lines;
    const QString failure = Text::comparisonFailure(result);
    if (!failure.isEmpty())
        lines << failure;
    for (const Net::TransportFigures &f : result.transports) {
        if (f.problem != Net::FeedProblem::None)
            lines << Text::transportName(f.transport) + tr(": ") + Text::transportProblem(f);
    }
    if (lines.isEmpty())
        lines << tr("%n update(s) made; every transport ran at the same time on the same stream.",
                    nullptr, int(result.updatesCreated));
    m_status->setText(lines.join(u'\n'));
    Q_EMIT finished(result);
}

void TransportComparisonDialog::fillTable(const Net::ComparisonResult &result)
{
    m_table->clearContents();
    for (const Net::TransportFigures &f : result.transports) {
        for (int c = 0; c < Text::kComparisonFigureCount; ++c) {
            auto *item = new QTableWidgetItem(Text::figureValue(f, ComparisonFigure(c)));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            item->setToolTip(f.problem == Net::FeedProblem::None
                                 ? Text::figureExplanation(ComparisonFigure(c))
                                 : Text::transportProblem(f));
            m_table->setItem(int(f.transport), c, item);
        }
    }
}

} // namespace WsBench::Gui
