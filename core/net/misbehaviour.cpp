#include "core/net/misbehaviour.h"

#include "core/protocol/opcode.h"

#include <algorithm>

namespace WsBench::Net {

using Kind = Misbehaviour::Kind;
using Protocol::FrameSpec;

const char *misbehaviourName(Kind kind)
{
    switch (kind) {
    case Kind::WrongAccept:
        return "wrong-accept";
    case Kind::Status:
        return "status";
    case Kind::UnofferedSubprotocol:
        return "unoffered-subprotocol";
    case Kind::UnofferedExtension:
        return "unoffered-extension";
    case Kind::Delay101:
        return "delay-101";
    case Kind::NoPong:
        return "no-pong";
    case Kind::NoCloseReply:
        return "no-close-reply";
    case Kind::DropTcp:
        return "drop-tcp";
    case Kind::ResetMidMessage:
        return "reset-mid-message";
    case Kind::MaskedFrame:
        return "masked-frame";
    case Kind::ReservedOpcode:
        return "reserved-opcode";
    case Kind::Fragment:
        return "fragment";
    case Kind::PingInFragments:
        return "ping-in-fragments";
    case Kind::InvalidUtf8:
        return "invalid-utf8";
    case Kind::Sloppy101:
        return "sloppy-101";
    }
    return "";
}

QByteArray misbehaviourArgument(const Misbehaviour &m)
{
    switch (m.kind) {
    case Kind::Status:
    case Kind::Delay101:
    case Kind::DropTcp:
    case Kind::Fragment:
        return misbehaviourName(m.kind) + QByteArray("=") + QByteArray::number(m.value);
    default:
        break;
    }
    return misbehaviourName(m.kind);
}

QList<QByteArray> misbehaviourArguments(const QList<Misbehaviour> &list)
{
    QList<QByteArray> out;
    for (const Misbehaviour &m : list)
        out.append(misbehaviourArgument(m));
    return out;
}

const Misbehaviour *findMisbehaviour(const QList<Misbehaviour> &list, Kind kind)
{
    const auto it = std::find_if(list.begin(), list.end(),
                                 [kind](const Misbehaviour &m) { return m.kind == kind; });
    return it == list.end() ? nullptr : &*it;
}

void applyToHandshake(const QList<Misbehaviour> &list, Protocol::ServerHandshakeOptions &options)
{
    auto &v = options.violations;
    v.wrongAccept = has(list, Kind::WrongAccept);
    const Misbehaviour *status = findMisbehaviour(list, Kind::Status);
    v.status = status ? status->value : 101;
    v.unofferedSubprotocol = has(list, Kind::UnofferedSubprotocol);
    v.unofferedExtension = has(list, Kind::UnofferedExtension);
    v.sloppy = has(list, Kind::Sloppy101);
    options.holdResponse = has(list, Kind::Delay101);
}

QList<FrameSpec> misbehavingFrames(const QList<Misbehaviour> &list, quint8 opcode,
                                   const QByteArray &payload, const Protocol::RandomSource &maskKey)
{
    const Misbehaviour *fragment = findMisbehaviour(list, Kind::Fragment);
    const bool pings = has(list, Kind::PingInFragments);
    const bool masked = has(list, Kind::MaskedFrame);
    const bool reserved = has(list, Kind::ReservedOpcode);
    const bool invalid = has(list, Kind::InvalidUtf8) && opcode == toRaw(Protocol::Opcode::Text);
    if (!fragment && !pings && !masked && !reserved && !invalid)
        return {};
    const QByteArray data = invalid ? payload + QByteArray(kInvalidUtf8Tail) : payload;
    // RFC 6455 §5.4: a Ping may come between the fragments, so there must be two at least.
    const qsizetype wanted = std::max(fragment ? fragment->value : 1, pings ? 2 : 1);
    const qsizetype count = std::max<qsizetype>(1, std::min<qsizetype>(wanted, data.size()));
    QList<FrameSpec> frames;
    qsizetype offset = 0;
    for (qsizetype i = 0; i < count; ++i) {
        const qsizetype length = data.size() / count + (i < data.size() % count ? 1 : 0);
        if (i > 0 && pings) {
            FrameSpec ping;
            ping.opcode = toRaw(Protocol::Opcode::Ping);
            ping.payload = "between fragments";
            frames.append(ping);
        }
        FrameSpec frame;
        frame.fin = i == count - 1;
        frame.opcode = i > 0 ? toRaw(Protocol::Opcode::Continuation) : reserved ? 0x3 : opcode;
        frame.payload = data.mid(offset, length);
        frames.append(frame);
        offset += length;
    }
    if (masked) { // RFC 6455 §5.1: a server must not mask
        for (FrameSpec &frame : frames)
            frame.maskKey = maskKey();
    }
    return frames;
}

} // namespace WsBench::Net
