#include "ui/widgets/link_control.h"

#include "ui/text/link_text.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QSpinBox>
#include <QToolButton>
#include <QWidgetAction>

namespace WsBench {
namespace Gui {

LinkForm::LinkForm(QWidget *parent)
    : QWidget(parent)
{
    m_latency = new QSpinBox;
    m_latency->setRange(0, Session::LinkConditions::kMaxLatencyMs);
    m_latency->setSuffix(tr(" ms"));
    m_latency->setSpecialValueText(tr("none"));
    m_latency->setKeyboardTracking(false);
    m_latency->setToolTip(tr("Added delay, each way: what we send reaches the network this much "
                             "later, and what arrives reaches the connection this much later."));
    m_rate = new QSpinBox;
    m_rate->setRange(0, 1024 * 1024);
    m_rate->setSuffix(tr(" KiB/s"));
    m_rate->setSpecialValueText(tr("no cap"));
    m_rate->setKeyboardTracking(false);
    m_rate->setToolTip(tr("A bandwidth cap, each way (a token bucket with a tenth of a second's "
                          "burst). Bytes waiting for it are not sent yet, so they count in "
                          "bufferedAmount."));
    m_pauseReading = new QCheckBox(tr("Pause reading"));
    m_pauseReading->setToolTip(tr("Stop reading the socket: the peer's sends back up in its "
                                  "bufferedAmount and the TCP window, as with a stalled reader."));
    m_pauseWriting = new QCheckBox(tr("Pause writing"));
    m_pauseWriting->setToolTip(tr("Stop writing to the socket: what we send waits, and our "
                                  "bufferedAmount grows until writing resumes."));
    auto *form = new QFormLayout(this);
    form->addRow(tr("Latency"), m_latency);
    form->addRow(tr("Rate"), m_rate);
    form->addRow(m_pauseReading);
    form->addRow(m_pauseWriting);
    const auto emitChanged = [this]() {
        Q_EMIT changed(conditions());
    };
    connect(m_latency, &QSpinBox::valueChanged, this, emitChanged);
    connect(m_rate, &QSpinBox::valueChanged, this, [this, emitChanged]() {
        m_exactRate = 0;
        emitChanged();
    });
    connect(m_pauseReading, &QCheckBox::toggled, this, emitChanged);
    connect(m_pauseWriting, &QCheckBox::toggled, this, emitChanged);
}

LinkForm::~LinkForm() = default;

Session::LinkConditions LinkForm::conditions() const
{
    Session::LinkConditions c;
    c.latencyMs = m_latency->value();
    c.rateBytesPerSec = m_exactRate > 0 ? m_exactRate : qint64(m_rate->value()) * 1024;
    c.pauseReading = m_pauseReading->isChecked();
    c.pauseWriting = m_pauseWriting->isChecked();
    return c;
}

void LinkForm::setConditions(const Session::LinkConditions &c)
{
    const QSignalBlocker b1(m_latency), b2(m_rate), b3(m_pauseReading), b4(m_pauseWriting);
    m_latency->setValue(c.latencyMs);
    // The field counts KiB/s; a rate from a file or the command line keeps its exact bytes.
    const qint64 kib = (c.rateBytesPerSec + 1023) / 1024;
    m_rate->setValue(int(std::min<qint64>(kib, m_rate->maximum())));
    m_exactRate = c.rateBytesPerSec % 1024 != 0 || kib > m_rate->maximum() ? c.rateBytesPerSec : 0;
    m_pauseReading->setChecked(c.pauseReading);
    m_pauseWriting->setChecked(c.pauseWriting);
}

LinkControl::LinkControl(QWidget *parent)
    : QWidget(parent)
{
    m_indicator = new QLabel;
    m_indicator->setStyleSheet(QStringLiteral("QLabel { background: #dd6b20; color: white; "
                                              "border-radius: 4px; padding: 3px 8px; }"));
    m_indicator->setToolTip(tr("This connection runs over a simulated slow or stalled link. "
                               "Change it with the Link button."));
    m_indicator->hide();
    m_button = new QToolButton;
    m_button->setText(tr("Link"));
    m_button->setToolTip(tr("Simulate a slow or stalled link: latency, a bandwidth cap, pause "
                            "reading or writing. Changes apply at once, also while connected."));
    m_button->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_button);
    m_form = new LinkForm;
    auto *action = new QWidgetAction(menu);
    action->setDefaultWidget(m_form);
    menu->addAction(action);
    m_button->setMenu(menu);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_indicator);
    layout->addWidget(m_button);
    connect(m_form, &LinkForm::changed, this, [this](const Session::LinkConditions &c) {
        m_conditions = c;
        showIndicator();
        Q_EMIT changed(c);
    });
}

LinkControl::~LinkControl() = default;

void LinkControl::setConditions(const Session::LinkConditions &conditions)
{
    m_conditions = conditions;
    m_form->setConditions(conditions);
    showIndicator();
}

QString LinkControl::indicatorText(const Session::LinkConditions &c)
{
    const QString summary
        = Text::linkSummary(c.latencyMs, c.rateBytesPerSec, c.pauseReading, c.pauseWriting);
    return summary.isEmpty() ? QString() : tr("Link: %1").arg(summary);
}

void LinkControl::setExtra(const QString &extra)
{
    m_extra = extra;
    showIndicator();
}

void LinkControl::showIndicator()
{
    QString text = indicatorText(m_conditions);
    if (!m_extra.isEmpty())
        text = text.isEmpty() ? m_extra : tr("%1 · %2").arg(text, m_extra);
    m_indicator->setText(text);
    m_indicator->setVisible(!text.isEmpty());
}

} // namespace Gui
} // namespace WsBench
