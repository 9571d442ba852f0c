#include "ui/widgets/error_line.h"

#include <QTextDocument>

namespace WsBench {
namespace Gui {

ErrorLine::ErrorLine(QWidget *parent)
    : QLabel(parent)
{
    setStyleSheet(QStringLiteral("color: #c53030;"));
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    setTextFormat(Qt::PlainText);
}

void ErrorLine::showMessage(const QString &text, const QString &details)
{
    QString tip = text;
    if (!details.isEmpty())
        tip += QStringLiteral("\n\n") + details;
    // Rich text, so that a long detail wraps in the tooltip instead of running off the screen.
    tip = tip.isEmpty() ? QString() : Qt::convertFromPlainText(tip);
    const QString line = text.simplified();
    if (line == m_message && tip == toolTip())
        return; // the pane refreshes it on every tick
    m_message = line;
    setToolTip(tip);
    elide();
}

QSize ErrorLine::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 20, minimumSizeHint().height()};
}

QSize ErrorLine::minimumSizeHint() const
{
    const QMargins m = contentsMargins();
    return {0, fontMetrics().height() + m.top() + m.bottom() + 2 * margin()};
}

void ErrorLine::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    elide();
}

void ErrorLine::elide()
{
    const int width = contentsRect().width() - 2 * margin();
    setText(fontMetrics().elidedText(m_message, Qt::ElideRight, std::max(width, 0)));
}

} // namespace Gui
} // namespace WsBench
