#pragma once

#include <QLabel>

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

    // -1 shows "not connected".
    void setState(int state);
    int state() const { return m_state; }
    // Every state shown since the last reset(), in order.
    const QList<int> &history() const { return m_history; }
    void reset();

private:
    int m_state = -1;
    QList<int> m_history;
};

} // namespace Gui
} // namespace WsBench
