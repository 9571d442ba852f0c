#include "app/cli/misbehave_option.h"

#include <QStringBuilder>

namespace WsBench::Cli {

using Kind = Session::Misbehaviour::Kind;

namespace {

// The command line speaks English, as the engine's details do.
const char *description(Kind kind)
{
    switch (kind) {
    case Kind::WrongAccept:
        return "the 101 carries a Sec-WebSocket-Accept of another key";
    case Kind::Status:
        return "answer with this status (default 403) instead of 101, with the 101's headers";
    case Kind::UnofferedSubprotocol:
        return "the 101 names a subprotocol the client did not offer";
    case Kind::UnofferedExtension:
        return "the 101 names permessage-deflate (or, when offered, an unknown extension)";
    case Kind::Delay101:
        return "send the 101 this many ms late (default 3000); the client stays CONNECTING";
    case Kind::NoPong:
        return "never answer a Ping";
    case Kind::NoCloseReply:
        return "never answer a Close; TCP stays open until the client gives up";
    case Kind::DropTcp:
        return "close TCP without a Close frame this many ms after the open (0, the default: "
               "on the first message received)";
    case Kind::ResetMidMessage:
        return "send the first half of the first message's frame, then reset TCP";
    case Kind::MaskedFrame:
        return "mask every frame the server sends (servers must not)";
    case Kind::ReservedOpcode:
        return "send every message with the reserved opcode 0x3";
    case Kind::Fragment:
        return "split every message into this many frames (default 3)";
    case Kind::PingInFragments:
        return "send a Ping between the fragments of every message";
    case Kind::InvalidUtf8:
        return "end every text message with bytes that are not UTF-8";
    case Kind::Sloppy101:
        return "answer as a hand-written server does: \"http/1.1 101\", \"Upgrade:websocket\" "
               "and a leftover WebSocket-Location header";
    }
    return "";
}

QString names()
{
    QStringList out;
    for (Kind kind : Session::misbehaviourKinds())
        out << Session::misbehaviourName(kind);
    return out.join(QStringLiteral(", "));
}

} // namespace

bool parseMisbehave(const QStringList &values, QList<Session::Misbehaviour> &out, QString *error)
{
    for (const QString &text : values) {
        const qsizetype equals = text.indexOf(QLatin1Char('='));
        const QString name = text.left(equals);
        const std::optional<Kind> kind = Session::misbehaviourKind(name);
        if (!kind) {
            *error = QStringLiteral("--misbehave: unknown kind \"%1\". The kinds are: %2.")
                         .arg(name, names());
            return false;
        }
        const std::optional<Session::MisbehaviourRange> range = Session::misbehaviourRange(*kind);
        Session::Misbehaviour m {*kind, range ? range->fallback : 0};
        if (equals >= 0) {
            bool ok = false;
            m.value = text.mid(equals + 1).toInt(&ok);
            if (!range) {
                *error = QStringLiteral("--misbehave %1 takes no value.").arg(name);
                return false;
            }
            if (!ok || !Session::validMisbehaviourValue(*kind, m.value)) {
                *error
                    = QStringLiteral("--misbehave %1 needs a number from %2 to %3%4, not \"%5\".")
                          .arg(name)
                          .arg(range->min)
                          .arg(range->max)
                          .arg(*kind == Kind::Status ? QStringLiteral(" other than 101")
                                                     : QString())
                          .arg(text.mid(equals + 1));
                return false;
            }
        }
        out.removeIf([&m](const Session::Misbehaviour &e) { return e.kind == m.kind; });
        out.append(m);
    }
    return true;
}

QString misbehaveHelp()
{
    QString text;
    for (Kind kind : Session::misbehaviourKinds()) {
        const std::optional<Session::MisbehaviourRange> range = Session::misbehaviourRange(kind);
        const QString item = Session::misbehaviourName(kind)
            % (range ? (kind == Kind::Status         ? QStringLiteral("=STATUS")
                            : kind == Kind::Fragment ? QStringLiteral("=N")
                                                     : QStringLiteral("=MS"))
                     : QString());
        text += QStringLiteral("  %1 %2\n").arg(item, -26).arg(QLatin1String(description(kind)));
    }
    return text;
}

} // namespace WsBench::Cli
