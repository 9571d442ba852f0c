#include "ui/text/misbehaviour_text.h"

#include <QCoreApplication>

namespace WsBench {
namespace Text {
namespace MisbehaviourText {

using Kind = Session::Misbehaviour::Kind;

QString label(const Session::Misbehaviour &m)
{
    switch (m.kind) {
    case Kind::WrongAccept:
        return QCoreApplication::translate("MisbehaviourText", "wrong Accept");
    case Kind::Status:
        return QCoreApplication::translate("MisbehaviourText", "status %1 instead of 101")
            .arg(m.value);
    case Kind::UnofferedSubprotocol:
        return QCoreApplication::translate("MisbehaviourText", "subprotocol not offered");
    case Kind::UnofferedExtension:
        return QCoreApplication::translate("MisbehaviourText", "extension not offered");
    case Kind::Delay101:
        return QCoreApplication::translate("MisbehaviourText", "101 delayed by %1 ms").arg(m.value);
    case Kind::NoPong:
        return QCoreApplication::translate("MisbehaviourText", "no Pong");
    case Kind::NoCloseReply:
        return QCoreApplication::translate("MisbehaviourText", "no Close reply");
    case Kind::DropTcp:
        return m.value == 0
            ? QCoreApplication::translate("MisbehaviourText", "TCP dropped on the first message")
            : QCoreApplication::translate("MisbehaviourText", "TCP dropped %1 ms after the open")
                  .arg(m.value);
    case Kind::ResetMidMessage:
        return QCoreApplication::translate("MisbehaviourText", "reset mid-message");
    case Kind::MaskedFrame:
        return QCoreApplication::translate("MisbehaviourText", "masked frames");
    case Kind::ReservedOpcode:
        return QCoreApplication::translate("MisbehaviourText", "reserved opcode 0x3");
    case Kind::Fragment: // two at least: always plural
        return QCoreApplication::translate("MisbehaviourText", "%1 fragments").arg(m.value);
    case Kind::PingInFragments:
        return QCoreApplication::translate("MisbehaviourText", "Pings between fragments");
    case Kind::InvalidUtf8:
        return QCoreApplication::translate("MisbehaviourText", "invalid UTF-8");
    case Kind::Sloppy101:
        return QCoreApplication::translate("MisbehaviourText", "a hand-written 101");
    }
    return {};
}

QString warning(const QList<Session::Misbehaviour> &list)
{
    if (list.isEmpty())
        return {};
    QStringList labels;
    for (const Session::Misbehaviour &m : list)
        labels << label(m);
    return QCoreApplication::translate("MisbehaviourText", "Misbehaving: %1")
        .arg(labels.join(QCoreApplication::translate("MisbehaviourText", ", ")));
}

QString note(const QList<QByteArray> &arguments)
{
    if (arguments.isEmpty())
        return QCoreApplication::translate(
            "MisbehaviourText", "Behaving again: no rule of RFC 6455 is broken on purpose");
    QList<Session::Misbehaviour> list;
    for (const QByteArray &argument : arguments) {
        const qsizetype equals = argument.indexOf('=');
        const auto kind = Session::misbehaviourKind(
            QString::fromUtf8(equals < 0 ? argument : argument.left(equals)));
        if (kind)
            list.append({*kind, equals < 0 ? 0 : argument.mid(equals + 1).toInt()});
    }
    // reset-mid-message: how many of the frame's bytes went before the reset.
    if (list.size() == 1 && list.first().kind == Kind::ResetMidMessage && arguments.size() == 3)
        return QCoreApplication::translate(
                   "MisbehaviourText",
                   "Misbehaving on purpose: %1 of the frame's %2 bytes sent, then TCP reset")
            .arg(QString::fromUtf8(arguments.at(1)), QString::fromUtf8(arguments.at(2)));
    QStringList labels;
    for (const Session::Misbehaviour &m : std::as_const(list))
        labels << label(m);
    return QCoreApplication::translate("MisbehaviourText", "Misbehaving on purpose: %1")
        .arg(labels.join(QCoreApplication::translate("MisbehaviourText", ", ")));
}

QByteArray topic(Kind kind)
{
    return "misbehave." + Session::misbehaviourName(kind).toUtf8();
}

} // namespace MisbehaviourText
} // namespace Text
} // namespace WsBench
