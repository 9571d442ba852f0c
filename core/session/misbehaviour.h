#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace WsBench::Session {

// A rule of RFC 6455 a server profile breaks on purpose (Net::Misbehaviour says what each
// does). In files: {"kind": "fragment", "value": 3}, with the value only where a kind has one.
struct Misbehaviour
{
    enum class Kind : quint8 {
        WrongAccept,
        Status,
        UnofferedSubprotocol,
        UnofferedExtension,
        Delay101,
        NoPong,
        NoCloseReply,
        DropTcp,
        ResetMidMessage,
        MaskedFrame,
        ReservedOpcode,
        Fragment,
        PingInFragments,
        InvalidUtf8,
        Sloppy101,
    };
    Kind kind = Kind::WrongAccept;
    int value = 0; // within valueRange(kind); 0 for a kind without a value

    bool operator==(const Misbehaviour &other) const
    {
        return kind == other.kind && value == other.value;
    }
};

struct MisbehaviourRange
{
    int min = 0;
    int max = 0;
    int fallback = 0; // when none is given
};

// Every kind, in the order they are listed.
QList<Misbehaviour::Kind> misbehaviourKinds();
// Its kebab-case name ("wrong-accept"), as files and the command line spell it.
QString misbehaviourName(Misbehaviour::Kind kind);
std::optional<Misbehaviour::Kind> misbehaviourKind(const QString &name);
// The values a kind takes (a status, milliseconds, a count); nothing for a kind without one.
std::optional<MisbehaviourRange> misbehaviourRange(Misbehaviour::Kind kind);
// Whether `value` suits `kind` (a status is any from 100 to 599 but 101).
bool validMisbehaviourValue(Misbehaviour::Kind kind, int value);

} // namespace WsBench::Session
