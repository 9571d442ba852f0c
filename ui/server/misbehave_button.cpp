#include "ui/server/misbehave_button.h"

#include "ui/text/glossary.h"
#include "ui/text/misbehaviour_text.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QMenu>
#include <QSpinBox>
#include <QWidgetAction>

namespace WsBench {
namespace Gui {

using Kind = Session::Misbehaviour::Kind;

namespace {

// The words beside a kind's check box, without its value (the spin box shows that).
QString checkText(Kind kind)
{
    switch (kind) {
    case Kind::WrongAccept:
        return MisbehaveButton::tr("Wrong Sec-WebSocket-Accept");
    case Kind::Status:
        return MisbehaveButton::tr("Status instead of 101");
    case Kind::UnofferedSubprotocol:
        return MisbehaveButton::tr("Subprotocol not offered");
    case Kind::UnofferedExtension:
        return MisbehaveButton::tr("Extension not offered");
    case Kind::Delay101:
        return MisbehaveButton::tr("Delay the 101");
    case Kind::NoPong:
        return MisbehaveButton::tr("Never answer a Ping");
    case Kind::NoCloseReply:
        return MisbehaveButton::tr("Never answer a Close");
    case Kind::DropTcp:
        return MisbehaveButton::tr("Close TCP without a Close frame");
    case Kind::ResetMidMessage:
        return MisbehaveButton::tr("Reset TCP in the middle of a message");
    case Kind::MaskedFrame:
        return MisbehaveButton::tr("Mask every frame");
    case Kind::ReservedOpcode:
        return MisbehaveButton::tr("Reserved opcode 0x3");
    case Kind::Fragment:
        return MisbehaveButton::tr("Split every message into");
    case Kind::PingInFragments:
        return MisbehaveButton::tr("Ping between fragments");
    case Kind::InvalidUtf8:
        return MisbehaveButton::tr("Invalid UTF-8 in text messages");
    case Kind::Sloppy101:
        return MisbehaveButton::tr("A hand-written 101 (\"http/1.1\")");
    }
    return {};
}

QString suffix(Kind kind)
{
    switch (kind) {
    case Kind::Delay101:
        return MisbehaveButton::tr(" ms");
    case Kind::DropTcp:
        return MisbehaveButton::tr(" ms after the open");
    case Kind::Fragment:
        return MisbehaveButton::tr(" frames");
    default:
        break;
    }
    return {};
}

} // namespace

MisbehaveButton::MisbehaveButton(QWidget *parent)
    : QToolButton(parent)
{
    setText(tr("Misbehave"));
    setToolTip(tr("Break a rule of RFC 6455 on purpose, to see what a client does about it. "
                  "Changes apply at once: the handshake kinds from the next connection, the "
                  "others also to open connections."));
    setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(this);
    auto *panel = new QWidget;
    auto *grid = new QGridLayout(panel);
    auto *heading = new QLabel(tr("Break on purpose (hover for what a client should do):"));
    grid->addWidget(heading, 0, 0, 1, 2);
    for (Kind kind : Session::misbehaviourKinds()) {
        Row row {kind, new QCheckBox(checkText(kind)), nullptr};
        const QString tip = Text::Glossary::toolTip(Text::MisbehaviourText::topic(kind));
        row.check->setToolTip(tip);
        const int line = grid->rowCount();
        grid->addWidget(row.check, line, 0);
        connect(row.check, &QCheckBox::toggled, this, [this]() {
            if (!m_setting)
                Q_EMIT changed();
        });
        if (const auto range = Session::misbehaviourRange(kind)) {
            row.value = new QSpinBox;
            row.value->setRange(range->min, range->max);
            row.value->setValue(range->fallback);
            row.value->setSuffix(suffix(kind));
            row.value->setToolTip(tip);
            if (kind == Kind::DropTcp)
                row.value->setSpecialValueText(tr("on the first message"));
            grid->addWidget(row.value, line, 1);
            connect(row.value, &QSpinBox::valueChanged, this, [this, check = row.check]() {
                if (!m_setting && check->isChecked())
                    Q_EMIT changed();
            });
        }
        m_rows.append(row);
    }
    auto *action = new QWidgetAction(menu);
    action->setDefaultWidget(panel);
    menu->addAction(action);
    setMenu(menu);
}

MisbehaveButton::~MisbehaveButton() = default;

QList<Session::Misbehaviour> MisbehaveButton::misbehaviours() const
{
    QList<Session::Misbehaviour> out;
    for (const Row &row : m_rows) {
        if (!row.check->isChecked())
            continue;
        int value = row.value ? row.value->value() : 0;
        if (row.kind == Kind::Status && value == 101) // not a misbehaviour: the default instead
            value = Session::misbehaviourRange(Kind::Status)->fallback;
        out.append({row.kind, value});
    }
    return out;
}

void MisbehaveButton::setMisbehaviours(const QList<Session::Misbehaviour> &list)
{
    m_setting = true;
    for (const Row &row : std::as_const(m_rows)) {
        const auto it = std::find_if(list.begin(), list.end(),
                                     [&row](const auto &m) { return m.kind == row.kind; });
        row.check->setChecked(it != list.end());
        if (row.value && it != list.end())
            row.value->setValue(it->value);
    }
    m_setting = false;
    Q_EMIT changed();
}

QCheckBox *MisbehaveButton::checkBox(Kind kind) const
{
    for (const Row &row : m_rows) {
        if (row.kind == kind)
            return row.check;
    }
    return nullptr;
}

QSpinBox *MisbehaveButton::valueBox(Kind kind) const
{
    for (const Row &row : m_rows) {
        if (row.kind == kind)
            return row.value;
    }
    return nullptr;
}

} // namespace Gui
} // namespace WsBench
