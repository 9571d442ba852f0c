#pragma once

#include "core/session/workspace.h"
#include "ui/widgets/composer.h"

#include <QWidget>

#include <functional>

class QSpinBox;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace WsBench {
namespace Gui {

// The session's message library: saved messages in folders, sent to the current tab with a
// double-click or Ctrl+Shift+Enter, one at a time or as a sequence with a delay, repeated.
class LibraryPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryPanel)

public:
    // `expand` fills {{variables}}; `target` sends to the current tab (false when it cannot).
    LibraryPanel(std::function<QString(const QString &)> expand,
                 std::function<bool(const Outgoing &)> target, QWidget *parent = nullptr);
    ~LibraryPanel() override;

    const QList<Session::LibraryMessage> &messages() const { return m_messages; }
    void setMessages(const QList<Session::LibraryMessage> &messages);
    void addMessage(const Session::LibraryMessage &message);
    QTreeWidget *tree() const { return m_tree; }
    void setSequence(int delayMs, int repeat);

public Q_SLOTS:
    bool sendSelected(); // every selected message, in order, as one sequence
    void stop();

Q_SIGNALS:
    void sequenceFinished(int sent);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    QList<int> selectedIndexes() const;
    Outgoing outgoingFor(const Session::LibraryMessage &message) const;

    std::function<QString(const QString &)> m_expand;
    std::function<bool(const Outgoing &)> m_target;
    QList<Session::LibraryMessage> m_messages;
    QTreeWidget *m_tree;
    QSpinBox *m_delay;
    QSpinBox *m_repeat;
    QTimer *m_timer;
    QList<int> m_queue;
    int m_sent = 0;
};

} // namespace Gui
} // namespace WsBench
