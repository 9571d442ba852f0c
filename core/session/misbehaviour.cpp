#include "core/session/misbehaviour.h"

namespace WsBench::Session {

using Kind = Misbehaviour::Kind;

QList<Kind> misbehaviourKinds()
{
    QList<Kind> kinds;
    for (int i = 0; i <= int(Kind::Sloppy101); ++i)
        kinds.append(Kind(i));
    return kinds;
}

QString misbehaviourName(Kind kind)
{
    switch (kind) {
    case Kind::WrongAccept:
        return QStringLiteral("wrong-accept");
    case Kind::Status:
        return QStringLiteral("status");
    case Kind::UnofferedSubprotocol:
        return QStringLiteral("unoffered-subprotocol");
    case Kind::UnofferedExtension:
        return QStringLiteral("unoffered-extension");
    case Kind::Delay101:
        return QStringLiteral("delay-101");
    case Kind::NoPong:
        return QStringLiteral("no-pong");
    case Kind::NoCloseReply:
        return QStringLiteral("no-close-reply");
    case Kind::DropTcp:
        return QStringLiteral("drop-tcp");
    case Kind::ResetMidMessage:
        return QStringLiteral("reset-mid-message");
    case Kind::MaskedFrame:
        return QStringLiteral("masked-frame");
    case Kind::ReservedOpcode:
        return QStringLiteral("reserved-opcode");
    case Kind::Fragment:
        return QStringLiteral("fragment");
    case Kind::PingInFragments:
        return QStringLiteral("ping-in-fragments");
    case Kind::InvalidUtf8:
        return QStringLiteral("invalid-utf8");
    case Kind::Sloppy101:
        return QStringLiteral("sloppy-101");
    }
    return {};
}

std::optional<Kind> misbehaviourKind(const QString &name)
{
    for (Kind kind : misbehaviourKinds()) {
        if (misbehaviourName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

std::optional<MisbehaviourRange> misbehaviourRange(Kind kind)
{
    switch (kind) {
    case Kind::Status:
        return MisbehaviourRange {100, 599, 403};
    case Kind::Delay101:
        return MisbehaviourRange {1, 3600000, 3000};
    case Kind::DropTcp: // 0: on the first message the client sends
        return MisbehaviourRange {0, 3600000, 0};
    case Kind::Fragment:
        return MisbehaviourRange {2, 1000, 3};
    case Kind::WrongAccept:
    case Kind::UnofferedSubprotocol:
    case Kind::UnofferedExtension:
    case Kind::NoPong:
    case Kind::NoCloseReply:
    case Kind::ResetMidMessage:
    case Kind::MaskedFrame:
    case Kind::ReservedOpcode:
    case Kind::PingInFragments:
    case Kind::InvalidUtf8:
    case Kind::Sloppy101:
        break;
    }
    return std::nullopt;
}

bool validMisbehaviourValue(Kind kind, int value)
{
    const std::optional<MisbehaviourRange> range = misbehaviourRange(kind);
    if (!range)
        return value == 0;
    return value >= range->min && value <= range->max && !(kind == Kind::Status && value == 101);
}

} // namespace WsBench::Session
