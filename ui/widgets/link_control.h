#pragma once

#include "core/session/link_conditions.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QSpinBox;
class QToolButton;

namespace WsBench {
namespace Gui {

// The four link conditions as fields: latency, rate, pause reading, pause writing. Emits
// changed() when the user changes one (a spin box once its edit is done).
class LinkForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkForm)

public:
    explicit LinkForm(QWidget *parent = nullptr);
    ~LinkForm() override;

    Session::LinkConditions conditions() const;
    void setConditions(const Session::LinkConditions &conditions); // emits nothing

Q_SIGNALS:
    void changed(const WsBench::Session::LinkConditions &conditions);

private:
    QSpinBox *m_latency;
    QSpinBox *m_rate; // KiB/s
    QCheckBox *m_pauseReading;
    QCheckBox *m_pauseWriting;
    qint64 m_exactRate = 0; // a rate that is not a whole KiB/s, kept while the field shows it
};

// A pane's link control: a "Link" button that opens the form in a popup (changes apply at
// once, also while connected), and an orange indicator, shown while the link is not neutral,
// so nobody forgets a throttled link.
class LinkControl final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkControl)

public:
    explicit LinkControl(QWidget *parent = nullptr);
    ~LinkControl() override;

    Session::LinkConditions conditions() const { return m_conditions; }
    void setConditions(const Session::LinkConditions &conditions); // emits nothing
    // More for the indicator, after the conditions ("peer 3: writing paused"); empty: none.
    void setExtra(const QString &extra);
    QLabel *indicator() const { return m_indicator; }
    QToolButton *button() const { return m_button; }
    LinkForm *form() const { return m_form; }

    // "Link: +200 ms, 64.0 KiB/s, reading paused"; empty when neutral.
    static QString indicatorText(const Session::LinkConditions &conditions);

Q_SIGNALS:
    void changed(const WsBench::Session::LinkConditions &conditions);

private:
    void showIndicator();

    Session::LinkConditions m_conditions;
    QString m_extra;
    QLabel *m_indicator;
    QToolButton *m_button;
    LinkForm *m_form;
};

} // namespace Gui
} // namespace WsBench
