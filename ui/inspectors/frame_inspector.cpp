#include "ui/inspectors/frame_inspector.h"

#include "core/protocol/frame_dissector.h"
#include "ui/models/field_tree_model.h"
#include "ui/widgets/hex_view.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace WsBench {
namespace Gui {

FrameInspector::FrameInspector(QWidget *parent)
    : QWidget(parent)
    , m_frameChoice(new QComboBox)
    , m_summary(new QLabel)
    , m_tree(new QTreeView)
    , m_model(new FieldTreeModel(this))
    , m_hex(new HexView)
{
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(FieldTreeModel::FieldColumn,
                                           QHeaderView::ResizeToContents);
    m_tree->setAlternatingRowColors(true);
    m_summary->setWordWrap(true);
    auto *top = new QHBoxLayout;
    top->addWidget(m_frameChoice);
    top->addWidget(m_summary, 1);
    // The fields take the room; the bytes below them only the lines they need (showFrame()).
    m_split = new QSplitter(Qt::Vertical);
    m_split->addWidget(m_tree);
    m_split->addWidget(m_hex);
    m_split->setStretchFactor(0, 1);
    m_split->setStretchFactor(1, 0);
    m_hex->setMinimumHeight(m_hex->fontMetrics().height() + 2 * m_hex->frameWidth() + 4);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addLayout(top);
    layout->addWidget(m_split, 1);
    connect(m_frameChoice, &QComboBox::currentIndexChanged, this, &FrameInspector::showFrame);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &FrameInspector::onFieldSelected);
    connect(m_hex, &HexView::byteClicked, this, &FrameInspector::onByteClicked);
    clear();
}

FrameInspector::~FrameInspector() = default;

void FrameInspector::clear()
{
    setFrames({});
}

int FrameInspector::frameCount() const
{
    return int(m_frames.size());
}

void FrameInspector::setFrames(const QList<QByteArray> &frames, const QString &inflated)
{
    m_frames = frames;
    m_inflated = inflated;
    const QSignalBlocker block(m_frameChoice);
    m_frameChoice->clear();
    for (int i = 0; i < frames.size(); ++i)
        m_frameChoice->addItem(tr("Frame %1 of %2").arg(i + 1).arg(frames.size()));
    m_frameChoice->setVisible(frames.size() > 1);
    if (frames.isEmpty()) {
        m_model->setFields({});
        m_hex->setData({});
        m_summary->setText(tr("Select a frame or a message in the log to see its fields."));
        m_summary->setVisible(true);
        return;
    }
    showFrame(0);
}

void FrameInspector::showFrame(int index)
{
    if (index < 0 || index >= m_frames.size())
        return;
    const QByteArray &wire = m_frames[index];
    m_model->setFields(Protocol::dissectFrame(wire));
    m_tree->expandAll();
    // RSV1–3 all zero read off the Reserved row (0x0); a set bit shows them one by one.
    if (const QModelIndex rsv = m_model->indexForKey("websocket.rsv");
        rsv.isValid() && m_model->field(rsv) && m_model->field(rsv)->value == QLatin1String("0x0"))
        m_tree->collapse(rsv);
    m_hex->setData(wire);
    fitBytes();
    QString text = tr("%n byte(s) on the wire", nullptr, int(wire.size()));
    if (!m_inflated.isEmpty())
        text += QStringLiteral(" · ")
            + tr("the payload is compressed (permessage-deflate); the message inflates to: %1")
                  .arg(m_inflated);
    m_summary->setText(text);
    // The byte count alone is in the last field's bytes: the line shows when it says more.
    m_summary->setVisible(!m_inflated.isEmpty() || m_frames.size() > 1);
}

void FrameInspector::fitBytes()
{
    // At most two lines of bytes (they scroll), so that every field shows above them.
    const int lines = std::clamp(int((m_hex->data().size() + 15) / 16), 1, 2);
    const int hexHeight = lines * m_hex->fontMetrics().height() + 2 * m_hex->frameWidth() + 2;
    const int total = m_split->height() - m_split->handleWidth();
    if (total > 2 * hexHeight)
        m_split->setSizes({total - hexHeight, hexHeight});
}

void FrameInspector::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitBytes();
}

void FrameInspector::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    fitBytes();
}

QString FrameInspector::summary() const
{
    return m_summary->text();
}

bool FrameInspector::selectField(const QByteArray &key)
{
    const QModelIndex index = m_model->indexForKey(key);
    if (!index.isValid())
        return false;
    m_tree->setCurrentIndex(index);
    return true;
}

void FrameInspector::onFieldSelected()
{
    const Protocol::FieldSpan *f = m_model->field(m_tree->currentIndex());
    if (!f)
        return;
    m_hex->setHighlight(f->offset, f->length);
    Q_EMIT fieldSelected(f->key);
}

void FrameInspector::onByteClicked(qsizetype offset)
{
    const QModelIndex index = m_model->indexForOffset(offset);
    if (index.isValid())
        m_tree->setCurrentIndex(index);
}

} // namespace Gui
} // namespace WsBench
