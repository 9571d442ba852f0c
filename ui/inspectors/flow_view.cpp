#include "ui/inspectors/flow_view.h"

#include "ui/dialogs/save_path.h"
#include "ui/inspectors/flow_canvas.h"
#include "ui/inspectors/flow_export.h"
#include "ui/inspectors/flow_painter.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QStandardPaths>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace WsBench {
namespace Gui {

namespace {

// The legend under the diagram: each style's colour and line, named, in as many lines as its
// width needs.
class FlowLegend final : public QWidget
{
public:
    explicit FlowLegend(const FlowModel *model)
        : m_model(model)
    {
        setObjectName(QStringLiteral("flowLegend"));
        setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    }
    QSize sizeHint() const override { return {400, heightForWidth(width())}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int w) const override
    {
        return FlowPainter(m_model, font(), palette()).legendHeight(w);
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QWidget::resizeEvent(event);
        // Its height follows its width, fixed so that no layout squeezes a line of it away.
        if (const int h = heightForWidth(width()); h != height())
            setFixedHeight(h);
    }
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        FlowPainter(m_model, font(), palette()).paintLegend(&p, width(), 0);
    }

private:
    const FlowModel *m_model;
};

} // namespace

FlowView::FlowView(Traffic::TrafficStore *store, QWidget *parent)
    : QWidget(parent)
    , m_model(new FlowModel(store, this))
    , m_canvas(new FlowCanvas(m_model))
    , m_scale(new QComboBox)
    , m_export(new QToolButton)
    , m_error(new QLabel)
{
    m_scale->addItem(tr("Compressed time"));
    m_scale->addItem(tr("Time to scale"));
    m_scale->setToolTip(tr("Compressed: one row per event, long pauses folded into a marked "
                           "break. To scale: the distance between rows shows the time."));
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("Save the diagram, or the selected range (Shift+click), as SVG or "
                            "PNG"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #d03030"));
    m_error->hide();

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_scale);
    bar->addStretch(1);
    bar->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_error);
    layout->addWidget(m_canvas, 1);
    layout->addWidget(new FlowLegend(m_model));

    connect(m_scale, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_model->setTimeScale(index == 1 ? FlowModel::TimeScale::ToScale
                                         : FlowModel::TimeScale::Compressed);
    });
    connect(m_export, &QToolButton::clicked, this, &FlowView::exportInteractively);
    connect(m_canvas, &FlowCanvas::recordSelected, this, &FlowView::recordSelected);
    auto *poll = new QTimer(this);
    poll->setInterval(40); // display rate, as the log
    connect(poll, &QTimer::timeout, this, [this]() {
        if (isVisible())
            m_model->poll();
    });
    poll->start();
}

FlowView::~FlowView() = default;

void FlowView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_model->poll();
}

void FlowView::setLanes(const QStringList &names,
                        std::function<std::optional<FlowEnds>(quint32)> ends)
{
    m_model->setLanes(names, std::move(ends));
}

void FlowView::selectRecord(quint64 id)
{
    m_canvas->selectRecord(id);
}

QString FlowView::exportTo(const QString &path) const
{
    const auto range = m_canvas->selectedRows();
    const bool wholeDiagram = !range || range->first == range->second;
    const std::size_t first = wholeDiagram ? 0 : range->first;
    const std::size_t last = wholeDiagram ? m_model->count() - 1 : range->second;
    return FlowExport::write(*m_model, first, m_model->count() ? last : 0, path, font(), palette());
}

void FlowView::exportInteractively()
{
    QString filter;
    const QString svg = tr("SVG images (*.svg)");
    const QString png = tr("PNG images (*.png)");
    // A name to start from, in the user's documents, dated so that exports do not collide.
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(QStringLiteral("wsbench-flow-%1.svg")
                            .arg(QDateTime::currentDateTime().toString(
                                QStringLiteral("yyyyMMdd-HHmmss"))));
    QString path = QFileDialog::getSaveFileName(this, tr("Export flow diagram"), suggested,
                                                svg + QStringLiteral(";;") + png, &filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)
        && !path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
        path = withSuffix(path, filter == png ? QStringLiteral(".png") : QStringLiteral(".svg"));
    const QString error = exportTo(path);
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
}

} // namespace Gui
} // namespace WsBench
