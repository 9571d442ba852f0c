#include "ui/widgets/hex_view.h"

#include <QFontDatabase>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>

namespace WsBench {
namespace Gui {

namespace {
// Columns, in characters: "00000000  " then 16 × "xx " with an extra space after 8, then ASCII.
constexpr int kOffsetChars = 10;
constexpr int kHexChars = 16 * 3 + 1;
constexpr int kAsciiGap = 2;

int hexColumn(int byteInRow)
{
    return kOffsetChars + byteInRow * 3 + (byteInRow >= 8 ? 1 : 0);
}
} // namespace

HexView::HexView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    viewport()->setCursor(Qt::IBeamCursor);
    updateMetrics();
}

HexView::~HexView() = default;

void HexView::setData(const QByteArray &data)
{
    m_data = data;
    m_highlightOffset = 0;
    m_highlightLength = 0;
    verticalScrollBar()->setValue(0);
    updateMetrics();
    viewport()->update();
}

void HexView::setHighlight(qsizetype offset, qsizetype length)
{
    m_highlightOffset = offset;
    m_highlightLength = length;
    if (length > 0) {
        const int row = int(offset / kBytesPerRow);
        const int visible = std::max(1, viewport()->height() / m_lineHeight);
        QScrollBar *bar = verticalScrollBar();
        if (row < bar->value() || row >= bar->value() + visible)
            bar->setValue(std::max(0, row - visible / 3));
    }
    viewport()->update();
}

QSize HexView::sizeHint() const
{
    return {(kOffsetChars + kHexChars + kAsciiGap + kBytesPerRow + 2) * m_charWidth
                + verticalScrollBar()->sizeHint().width(),
            m_lineHeight * 8};
}

int HexView::rowCount() const
{
    return int((m_data.size() + kBytesPerRow - 1) / kBytesPerRow);
}

void HexView::updateMetrics()
{
    const QFontMetrics fm(font());
    m_charWidth = fm.horizontalAdvance(QLatin1Char('0'));
    m_lineHeight = fm.height();
    const int visible = std::max(1, viewport()->height() / m_lineHeight);
    verticalScrollBar()->setRange(0, std::max(0, rowCount() - visible));
    verticalScrollBar()->setPageStep(visible);
}

void HexView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateMetrics();
}

void HexView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateMetrics();
}

void HexView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    const QPalette &pal = palette();
    p.fillRect(viewport()->rect(), pal.base());
    const QFontMetrics fm(font());
    const int first = verticalScrollBar()->value();
    const int visible = viewport()->height() / m_lineHeight + 1;
    const int asciiStart = kOffsetChars + kHexChars + kAsciiGap;
    const QColor highlight = pal.color(QPalette::Highlight);
    const QColor highlightText = pal.color(QPalette::HighlightedText);
    const QColor dim = pal.color(QPalette::PlaceholderText);
    for (int row = first; row < std::min(rowCount(), first + visible); ++row) {
        const int y = (row - first) * m_lineHeight;
        const int baseline = y + fm.ascent();
        const qsizetype rowOffset = qsizetype(row) * kBytesPerRow;
        p.setPen(dim);
        p.drawText(0, baseline, QStringLiteral("%1").arg(rowOffset, 8, 16, QLatin1Char('0')));
        for (int i = 0; i < kBytesPerRow && rowOffset + i < m_data.size(); ++i) {
            const qsizetype offset = rowOffset + i;
            const auto byte = quint8(m_data.at(offset));
            const bool lit = m_highlightLength > 0 && offset >= m_highlightOffset
                && offset < m_highlightOffset + m_highlightLength;
            const int hx = hexColumn(i) * m_charWidth;
            const int ax = (asciiStart + i) * m_charWidth;
            if (lit) {
                p.fillRect(QRect(hx, y, m_charWidth * 2, m_lineHeight), highlight);
                p.fillRect(QRect(ax, y, m_charWidth, m_lineHeight), highlight);
            }
            p.setPen(lit ? highlightText : pal.color(QPalette::Text));
            p.drawText(hx, baseline, QStringLiteral("%1").arg(byte, 2, 16, QLatin1Char('0')));
            const QChar shown = byte >= 0x20 && byte < 0x7F ? QChar(QLatin1Char(char(byte)))
                                                            : QChar(QLatin1Char('.'));
            p.setPen(lit ? highlightText
                         : (shown == QLatin1Char('.') ? dim : pal.color(QPalette::Text)));
            p.drawText(ax, baseline, QString(shown));
        }
    }
}

qsizetype HexView::offsetAt(const QPoint &pos) const
{
    const int row = verticalScrollBar()->value() + pos.y() / m_lineHeight;
    const int column = pos.x() / m_charWidth;
    int byte = -1;
    const int asciiStart = kOffsetChars + kHexChars + kAsciiGap;
    if (column >= asciiStart && column < asciiStart + kBytesPerRow) {
        byte = column - asciiStart;
    } else {
        for (int i = 0; i < kBytesPerRow; ++i) {
            if (column >= hexColumn(i) && column < hexColumn(i) + 2)
                byte = i;
        }
    }
    const qsizetype offset = qsizetype(row) * kBytesPerRow + byte;
    return byte < 0 || offset >= m_data.size() ? -1 : offset;
}

void HexView::mousePressEvent(QMouseEvent *event)
{
    const qsizetype offset = offsetAt(event->position().toPoint());
    if (offset >= 0)
        Q_EMIT byteClicked(offset);
}

} // namespace Gui
} // namespace WsBench
