#pragma once

#include "core/session/misbehaviour.h"

#include <QToolButton>

class QCheckBox;
class QSpinBox;

namespace WsBench {
namespace Gui {

// The server pane's "Misbehave" button: a menu with every rule the server can break on
// purpose, each with its value and an explanation as its tooltip.
class MisbehaveButton final : public QToolButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MisbehaveButton)

public:
    explicit MisbehaveButton(QWidget *parent = nullptr);
    ~MisbehaveButton() override;

    QList<Session::Misbehaviour> misbehaviours() const;
    void setMisbehaviours(const QList<Session::Misbehaviour> &list);
    // The check box of a kind (for tests).
    QCheckBox *checkBox(Session::Misbehaviour::Kind kind) const;
    QSpinBox *valueBox(Session::Misbehaviour::Kind kind) const; // nullptr: the kind has none

Q_SIGNALS:
    void changed();

private:
    struct Row
    {
        Session::Misbehaviour::Kind kind;
        QCheckBox *check = nullptr;
        QSpinBox *value = nullptr;
    };
    QList<Row> m_rows;
    bool m_setting = false;
};

} // namespace Gui
} // namespace WsBench
