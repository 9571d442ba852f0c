#include "ui/widgets/ready_state_badge.h"

#include "ui/text/explain.h"
#include "ui/text/glossary.h"

namespace WsBench {
namespace Gui {

namespace {

QLatin1String colour(std::optional<Protocol::ReadyState> state, bool despiteFailedChecks)
{
    if (despiteFailedChecks)
        return QLatin1String("#975a16"); // amber, the handshake inspector's warning, darker
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
    m_failedChecks.clear();
    setState(std::nullopt);
}

void ReadyStateBadge::setFailedChecks(const QStringList &checks)
{
    if (checks == m_failedChecks)
        return;
    m_failedChecks = checks;
    setState(m_state);
}

void ReadyStateBadge::setState(std::optional<Protocol::ReadyState> state)
{
    if (state && (m_history.isEmpty() || m_history.last() != *state))
        m_history.append(*state);
    m_state = state;
    // Open (or closing) only because the client was told to continue past failed checks.
    const bool despite = !m_failedChecks.isEmpty() && state
        && (*state == Protocol::ReadyState::Open || *state == Protocol::ReadyState::Closing);
    const QString name = state ? Text::Explain::readyState(*state) : tr("not connected");
    setText(despite ? tr("%1 (checks failed)").arg(name) : name);
    QString tip = state ? Text::Glossary::toolTip(Text::Glossary::readyStateTopic(*state))
                        : Qt::convertFromPlainText(tr("No connection yet."));
    if (despite) {
        QString checks;
        for (const QString &check : std::as_const(m_failedChecks))
            checks += QStringLiteral("<li>") + check.toHtmlEscaped() + QStringLiteral("</li>");
        tip = QStringLiteral("<p><b>")
            + tr("This connection opened despite failed handshake checks.").toHtmlEscaped()
            + QStringLiteral("</b></p><p>")
            + tr("\"Continue despite handshake errors\" is on, so it was not failed where a "
                 "browser fails it. The checks that failed:")
                  .toHtmlEscaped()
            + QStringLiteral("</p><ul>") + checks + QStringLiteral("</ul>") + tip;
    }
    setToolTip(tip);
    setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; border-radius: 4px;"
                                 " padding: 3px 8px; font-weight: bold; }")
                      .arg(colour(state, despite)));
}

} // namespace Gui
} // namespace WsBench
