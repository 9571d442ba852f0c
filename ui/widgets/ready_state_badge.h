#pragma once

#include "core/protocol/ready_state.h"

#include <QLabel>

#include <optional>

namespace WsBench {
namespace Gui {

// readyState as a coloured badge with the number and the name ("1 OPEN"), WHATWG style.
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

private:
    std::optional<Protocol::ReadyState> m_state;
    QList<Protocol::ReadyState> m_history;
};

} // namespace Gui
} // namespace WsBench
