#include "ui/widgets/ready_state_badge.h"

#include "ui/text/explain.h"
#include "ui/text/glossary.h"

namespace WsBench {
namespace Gui {

namespace {

QLatin1String colour(std::optional<Protocol::ReadyState> state)
{
    if (!state)
        return QLatin1String("#a0aec0");
    switch (*state) {
    case Protocol::ReadyState::Connecting:
        return QLatin1String("#b7791f");
    case Protocol::ReadyState::Open:
        return QLatin1String("#2f855a");
    case Protocol::ReadyState::Closing:
        return QLatin1String("#c05621");
    case Protocol::ReadyState::Closed:
        break;
    }
    return QLatin1String("#718096");
}

} // namespace

ReadyStateBadge::ReadyStateBadge(QWidget *parent)
    : QLabel(parent)
{
    setAlignment(Qt::AlignCenter);
    setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0 CONNECTING")) + 20);
    setState(std::nullopt);
}

ReadyStateBadge::~ReadyStateBadge() = default;

void ReadyStateBadge::reset()
{
    m_history.clear();
    setState(std::nullopt);
}

void ReadyStateBadge::setState(std::optional<Protocol::ReadyState> state)
{
    if (state && (m_history.isEmpty() || m_history.last() != *state))
        m_history.append(*state);
    m_state = state;
    setText(state ? Text::Explain::readyState(*state) : tr("not connected"));
    setToolTip(state ? Text::Glossary::toolTip(Text::Glossary::readyStateTopic(*state))
                     : tr("No connection yet."));
    setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; border-radius: 4px;"
                                 " padding: 3px 8px; font-weight: bold; }")
                      .arg(colour(state)));
}

} // namespace Gui
} // namespace WsBench
