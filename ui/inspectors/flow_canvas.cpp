#include "ui/inspectors/flow_canvas.h"

#include "ui/inspectors/flow_painter.h"
#include "ui/models/flow_model.h"

#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>

namespace WsBench {
namespace Gui {

FlowCanvas::FlowCanvas(FlowModel *model, QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_model(model)
    , m_painter(std::make_unique<FlowPainter>(model, font(), palette()))
{
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(true);
    m_model->setRowPitch(m_painter->rowPitch());
    connect(m_model, &FlowModel::itemsAppended, this, &FlowCanvas::onAppended);
    connect(m_model, &FlowModel::reset, this, &FlowCanvas::onReset);
    updateScrollRange();
}

FlowCanvas::~FlowCanvas() = default;

void FlowCanvas::updateScrollRange()
{
    const int visible = viewport()->height() - m_painter->headerHeight();
    const qint64 total = m_model->height() + m_model->rowPitch();
    verticalScrollBar()->setPageStep(std::max(1, visible));
    verticalScrollBar()->setSingleStep(m_model->rowPitch());
    verticalScrollBar()->setRange(0, int(std::clamp<qint64>(total - visible, 0, INT_MAX)));
}

void FlowCanvas::onAppended()
{
    QScrollBar *bar = verticalScrollBar();
    const bool following = bar->value() >= bar->maximum();
    updateScrollRange();
    const std::optional<std::size_t> selected
        = m_revealSelected ? m_model->rowOfId(m_selected) : std::nullopt;
    if (selected) {
        m_revealSelected = false;
        ensureVisible(*selected);
    } else if (following) {
        bar->setValue(bar->maximum());
    }
    viewport()->update();
}

void FlowCanvas::onReset()
{
    updateScrollRange();
    if (const std::optional<std::size_t> row = m_model->rowOfId(m_selected))
        ensureVisible(*row);
    viewport()->update();
}

void FlowCanvas::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollRange();
}

void FlowCanvas::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange) {
        m_painter = std::make_unique<FlowPainter>(m_model, font(), palette());
        m_model->setRowPitch(m_painter->rowPitch());
        updateScrollRange();
    }
}

void FlowCanvas::scrollContentsBy(int, int)
{
    viewport()->update();
}

void FlowCanvas::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    p.setRenderHint(QPainter::Antialiasing);
    const int width = viewport()->width();
    const int header = m_painter->headerHeight();
    const qint64 offset = qint64(verticalScrollBar()->value()) - header;
    m_painter->paintLanes(&p, width, header, viewport()->height());
    // Only the rows in view (and the one above, whose break band may show).
    const std::optional<std::pair<std::size_t, std::size_t>> range = selectedRows();
    std::size_t row = m_model->rowAt(offset + header);
    if (row > 0)
        --row;
    const qint64 bottom = offset + viewport()->height();
    for (; row < m_model->count() && m_model->item(row).y - m_model->rowPitch() < bottom; ++row) {
        const bool selected = range && row >= range->first && row <= range->second;
        m_painter->paintRow(&p, row, width, int(m_model->item(row).y - offset), selected);
    }
    m_painter->paintHeader(&p, width);
    if (m_model->count() == 0) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(viewport()->rect().adjusted(0, header, 0, 0), Qt::AlignCenter,
                   tr("Nothing has happened on this connection yet"));
    }
}

void FlowCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mousePressEvent(event);
    const qint64 y = qint64(verticalScrollBar()->value()) - m_painter->headerHeight()
        + qint64(event->position().y());
    const std::size_t row = m_model->rowAt(y);
    if (event->position().y() < m_painter->headerHeight() || row >= m_model->count()
        || m_model->item(row).y > y)
        return; // the header, below the last row, or a break band
    const quint64 id = m_model->item(row).id;
    const bool extend = event->modifiers() & Qt::ShiftModifier;
    if (!extend || m_selected == 0)
        m_anchor = id;
    m_selected = id;
    viewport()->update();
    Q_EMIT recordSelected(id);
}

void FlowCanvas::selectRecord(quint64 id)
{
    if (id == m_selected)
        return;
    m_selected = m_anchor = id;
    const std::optional<std::size_t> row = m_model->rowOfId(id);
    if (row)
        ensureVisible(*row);
    // A record the model has not read yet is shown when it arrives.
    m_revealSelected = !row;
    viewport()->update();
}

std::optional<std::pair<std::size_t, std::size_t>> FlowCanvas::selectedRows() const
{
    const std::optional<std::size_t> a = m_model->rowOfId(m_anchor);
    const std::optional<std::size_t> b = m_model->rowOfId(m_selected);
    if (!a || !b)
        return std::nullopt;
    return std::make_pair(std::min(*a, *b), std::max(*a, *b));
}

QRect FlowCanvas::rowRect(quint64 id) const
{
    const std::optional<std::size_t> row = m_model->rowOfId(id);
    if (!row)
        return {};
    const qint64 top
        = m_model->item(*row).y - verticalScrollBar()->value() + m_painter->headerHeight();
    return QRect(0, int(top), viewport()->width(), int(m_model->rowHeight(*row)));
}

void FlowCanvas::ensureVisible(std::size_t row)
{
    const qint64 y = m_model->item(row).y;
    QScrollBar *bar = verticalScrollBar();
    const int visible = viewport()->height() - m_painter->headerHeight();
    if (y < bar->value() || y + m_model->rowHeight(row) > bar->value() + visible)
        bar->setValue(int(std::clamp<qint64>(y - visible / 3, 0, bar->maximum())));
}

} // namespace Gui
} // namespace WsBench
