#include "ui/widgets/ready_state_badge.h"

#include "ui/text/explain.h"

namespace WsBench {
namespace Gui {

ReadyStateBadge::ReadyStateBadge(QWidget *parent)
    : QLabel(parent)
{
    setAlignment(Qt::AlignCenter);
    setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0 CONNECTING")) + 20);
    setState(-1);
}

ReadyStateBadge::~ReadyStateBadge() = default;

void ReadyStateBadge::reset()
{
    m_history.clear();
    setState(-1);
}

void ReadyStateBadge::setState(int state)
{
    if (state >= 0 && (m_history.isEmpty() || m_history.last() != state))
        m_history.append(state);
    m_state = state;
    static const char *const colours[] = {"#b7791f", "#2f855a", "#c05621", "#718096"};
    const QString colour
        = state >= 0 && state <= 3 ? QLatin1String(colours[state]) : QStringLiteral("#a0aec0");
    setText(state < 0 ? tr("not connected") : Explain::readyState(state));
    setToolTip(state < 0 ? tr("No connection yet.") : Explain::readyStateMeaning(state));
    setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; border-radius: 4px;"
                                 " padding: 3px 8px; font-weight: bold; }")
                      .arg(colour));
}

} // namespace Gui
} // namespace WsBench
