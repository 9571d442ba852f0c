#pragma once

#include "core/protocol/ready_state.h"

#include <QLabel>

#include <optional>

namespace WsBench {
namespace Gui {

// readyState as a coloured badge with the number and the name ("1 OPEN"), WHATWG style. A
// connection that opened only because "Continue despite handshake errors" is on says so:
// "1 OPEN (checks failed)" in the warning colour, the failed checks in the tooltip.
class ReadyStateBadge final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadyStateBadge)

public:
    explicit ReadyStateBadge(QWidget *parent = nullptr);
    ~ReadyStateBadge() override;

    // No state shows "not connected".
    void setState(std::optional<Protocol::ReadyState> state);
    std::optional<Protocol::ReadyState> state() const { return m_state; }
    // Every state shown since the last reset(), in order.
    const QList<Protocol::ReadyState> &history() const { return m_history; }
    void reset();
    // The handshake checks this connection opened despite (name: reason), or none.
    void setFailedChecks(const QStringList &checks);
    const QStringList &failedChecks() const { return m_failedChecks; }

private:
    std::optional<Protocol::ReadyState> m_state;
    QList<Protocol::ReadyState> m_history;
    QStringList m_failedChecks;
};

} // namespace Gui
} // namespace WsBench
