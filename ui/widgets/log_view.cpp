#include "ui/widgets/log_view.h"

#include "core/traffic/traffic_store.h"
#include "ui/models/log_model.h"
#include "ui/text/explain.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QShortcut>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace WsBench {
namespace Gui {

namespace {

// Every text the Type column can show, in the current language.
QStringList typeNames()
{
    QStringList names;
    for (int kind = 0; kind <= int(Traffic::RecordKind::Note); ++kind) {
        for (quint8 opcode = 0; opcode < 16; ++opcode)
            names << Text::Explain::recordType(Traffic::RecordKind(kind), opcode);
    }
    return names;
}

} // namespace

LogView::LogView(Traffic::TrafficStore *store, QWidget *parent)
    : QWidget(parent)
    , m_model(new LogModel(store, this))
{
    m_direction = new QComboBox;
    m_direction->addItem(tr("Both directions"));
    m_direction->addItem(tr("← Received"));
    m_direction->addItem(tr("→ Sent"));
    m_type = new QComboBox;
    m_type->addItem(tr("All types"));
    m_type->addItem(tr("Text"));
    m_type->addItem(tr("Binary"));
    m_type->addItem(tr("Control frames"));
    m_events = new QCheckBox(tr("Events"));
    m_events->setChecked(true);
    m_events->setToolTip(tr("Show control frames, fragments, state changes, handshakes and "
                            "errors as well as messages"));
    m_pattern = new QLineEdit;
    m_pattern->setClearButtonEnabled(true);
    m_pattern->setPlaceholderText(tr("Filter: regular expression over the whole payload"));
    m_follow = new QToolButton;
    m_follow->setText(tr("Follow"));
    m_follow->setCheckable(true);
    m_follow->setChecked(true);
    m_follow->setToolTip(tr("Keep the newest record in view"));
    auto *latest = new QToolButton;
    latest->setText(tr("Latest"));
    latest->setToolTip(tr("Jump to the newest record (End)"));
    auto *clear = new QToolButton;
    clear->setText(tr("Clear"));
    clear->setToolTip(tr("Clear the log view (the recording is kept)"));
    auto *copy = new QToolButton;
    copy->setText(tr("Copy"));
    copy->setToolTip(tr("Copy the selected rows (Ctrl+C)"));
    m_allConnections = new QToolButton;
    m_allConnections->setStyleSheet(
        QStringLiteral("QToolButton { background: #2a7ae2; color: white; border-radius: 3px; "
                       "padding: 1px 6px; }"));
    m_allConnections->hide();
    m_status = new QLabel;
    m_status->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));

    m_table = new QTableView;
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    // Each column fits its widest value or its header, whichever is wider, in this language.
    const QFontMetrics metrics = m_table->fontMetrics();
    const auto fit = [&](int column, const QStringList &samples) {
        int width = header->fontMetrics().horizontalAdvance(
                        m_model->headerData(column, Qt::Horizontal).toString())
            + 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin)
            + header->style()->pixelMetric(QStyle::PM_HeaderMarkSize);
        for (const QString &sample : samples)
            width = std::max(width, metrics.horizontalAdvance(sample) + 12);
        header->resizeSection(column, width);
    };
    fit(LogModel::IdColumn, {QStringLiteral("0000000")});
    fit(LogModel::TimeColumn, {QStringLiteral("00000000.000")}); // a day in ms
    fit(LogModel::DeltaColumn, {QStringLiteral("+00000000.000")});
    fit(LogModel::PeerColumn, {QStringLiteral("000000")});
    m_table->setColumnHidden(LogModel::PeerColumn, true); // a server tab shows it
    fit(LogModel::DirectionColumn, {QStringLiteral("→")});
    fit(LogModel::TypeColumn, typeNames());
    fit(LogModel::SizeColumn, {QStringLiteral("00000000")});

    // Filters above the rows, actions below them beside the status: each row stays narrow
    // enough that its combo boxes never have to shrink below their text.
    for (QComboBox *c : {m_direction, m_type})
        c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_pattern->setMinimumWidth(m_pattern->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 10);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_allConnections);
    bar->addWidget(m_direction);
    bar->addWidget(m_type);
    bar->addWidget(m_events);
    bar->addWidget(m_pattern, 1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_status, 1);
    actions->addWidget(m_follow);
    actions->addWidget(latest);
    actions->addWidget(clear);
    actions->addWidget(copy);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);

    for (QComboBox *c : {m_direction, m_type})
        connect(c, &QComboBox::currentIndexChanged, this, &LogView::applyFilter);
    connect(m_events, &QCheckBox::toggled, this, &LogView::applyFilter);
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(250);
    connect(m_pattern, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, &LogView::applyFilter);
    connect(m_pattern, &QLineEdit::returnPressed, this, &LogView::applyFilter);
    connect(latest, &QToolButton::clicked, m_table, &QTableView::scrollToBottom);
    connect(clear, &QToolButton::clicked, m_model, &LogModel::clear);
    connect(copy, &QToolButton::clicked, this, &LogView::copySelection);
    connect(m_allConnections, &QToolButton::clicked, this, [this]() {
        showOnlyConnection(0);
        Q_EMIT allConnectionsShown();
    });
    auto *copyKeys = new QShortcut(QKeySequence::Copy, m_table);
    copyKeys->setContext(Qt::WidgetShortcut);
    connect(copyKeys, &QShortcut::activated, this, &LogView::copySelection);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &LogView::onRowsInserted);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LogView::onRowsInserted);
    connect(m_model, &LogModel::filteringFinished, this, [this](qint64 ms, int rows) {
        m_lastFilterNote = m_model->filter().pattern.isEmpty()
            ? QString()
            : tr("%n match(es) in %1 ms", nullptr, rows).arg(ms);
        updateStatus();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    Q_EMIT recordSelected(m_model->recordId(current.row()));
            });
    // A user scrolling up stops following; scrolling back to the end resumes it.
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        QScrollBar *bar = m_table->verticalScrollBar();
        if (value < bar->maximum() - 2 && m_table->underMouse())
            m_follow->setChecked(false);
    });
    auto *poll = new QTimer(this);
    poll->setInterval(40); // display rate: one insert per batch
    connect(poll, &QTimer::timeout, this, [this]() {
        m_model->poll();
        updateStatus();
    });
    poll->start();
}

LogView::~LogView() = default;

void LogView::setFollowing(bool on)
{
    m_follow->setChecked(on);
}

bool LogView::isFollowing() const
{
    return m_follow->isChecked();
}

void LogView::applyFilter()
{
    LogFilter f;
    f.direction = LogFilter::Direction(m_direction->currentIndex());
    f.type = LogFilter::Type(m_type->currentIndex());
    f.showEvents = m_events->isChecked();
    f.pattern = m_pattern->text();
    f.connection = m_model->filter().connection;
    m_model->setFilter(f);
    const QString error = m_model->filterError();
    m_pattern->setStyleSheet(
        error.isEmpty() ? QString() : QStringLiteral("QLineEdit { border: 1px solid #c53030; }"));
    m_pattern->setToolTip(error);
    updateStatus();
}

void LogView::onRowsInserted()
{
    if (m_follow->isChecked())
        m_table->scrollToBottom();
}

void LogView::updateStatus()
{
    const Traffic::StoreStats stats = m_model->store()->stats();
    QStringList parts;
    parts << tr("%n row(s)", nullptr, m_model->rowCount());
    if (m_model->isFiltering())
        parts << tr("filtering…");
    else if (!m_lastFilterNote.isEmpty())
        parts << m_lastFilterNote;
    if (!m_model->filterError().isEmpty())
        parts << m_model->filterError();
    if (stats.evictedRecords > 0)
        parts << tr("%n older record(s) evicted from memory", nullptr,
                    int(std::min<quint64>(stats.evictedRecords, INT_MAX)));
    m_status->setText(parts.join(QStringLiteral(" · ")));
}

bool LogView::selectRecord(quint64 id)
{
    const int row = m_model->rowForId(id);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
    return true;
}

void LogView::setPeerColumnVisible(bool on)
{
    m_table->setColumnHidden(LogModel::PeerColumn, !on);
}

void LogView::showOnlyConnection(quint32 connection, const QString &label)
{
    LogFilter f = m_model->filter();
    f.connection = connection;
    m_model->setFilter(f);
    m_allConnections->setText(tr("Only %1 ✕").arg(label));
    m_allConnections->setToolTip(
        tr("The log shows only %1; click to show every peer again").arg(label));
    m_allConnections->setVisible(connection != 0);
    updateStatus();
}

quint32 LogView::shownConnection() const
{
    return m_model->filter().connection;
}

void LogView::copySelection()
{
    QStringList lines;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        QStringList cells;
        for (int c = 0; c < LogModel::ColumnCount; ++c) {
            if (!m_table->isColumnHidden(c))
                cells << m_model->data(m_model->index(index.row(), c)).toString();
        }
        lines << cells.join(QLatin1Char('\t'));
    }
    QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
}

} // namespace Gui
} // namespace WsBench
