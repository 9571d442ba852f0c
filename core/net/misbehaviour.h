#pragma once

#include "core/protocol/frame.h"
#include "core/protocol/handshake.h"
#include "core/protocol/random_source.h"

#include <QList>

namespace WsBench::Net {

// A rule of RFC 6455 the server breaks on purpose, so that a client's author can see what
// their client does about it (README: "A server that misbehaves on purpose"). Several combine.
struct Misbehaviour
{
    enum class Kind : quint8 {
        WrongAccept, // the 101's Sec-WebSocket-Accept is of another key
        Status, // value: the status sent instead of 101 (with the 101's headers)
        UnofferedSubprotocol, // a Sec-WebSocket-Protocol the client did not offer
        UnofferedExtension, // permessage-deflate to a client that did not offer it, or else an
                            // unknown extension
        Delay101, // value: ms the response waits (the client stays CONNECTING)
        NoPong, // Pings are never answered
        NoCloseReply, // a Close is never answered; TCP stays open until the client gives up
        DropTcp, // value: ms after open (0: on the first message received), TCP closes with
                 // no Close frame
        ResetMidMessage, // the first message goes out half-way, then TCP is reset
        MaskedFrame, // every frame the server sends is masked
        ReservedOpcode, // every message goes out with the reserved opcode 0x3
        Fragment, // value: every message goes out in this many frames
        PingInFragments, // a Ping between the fragments of every message (two at least)
        InvalidUtf8, // every text message ends with bytes that are not UTF-8
        // the 101 as a hand-written server writes it: "http/1.1", "Upgrade:websocket" and a
        // leftover hixie-76 WebSocket-Location header
        Sloppy101,
    };
    Kind kind = Kind::WrongAccept;
    int value = 0; // for Status, Delay101, DropTcp and Fragment
};

// The kind's name in files, notes and on the command line ("wrong-accept", "delay-101").
const char *misbehaviourName(Misbehaviour::Kind kind);
// What a Note::Misbehaving says of it: its name, with "=value" when the kind takes one.
QByteArray misbehaviourArgument(const Misbehaviour &misbehaviour);
QList<QByteArray> misbehaviourArguments(const QList<Misbehaviour> &list);

// The entry of this kind, if the list has one.
const Misbehaviour *findMisbehaviour(const QList<Misbehaviour> &list, Misbehaviour::Kind kind);
inline bool has(const QList<Misbehaviour> &list, Misbehaviour::Kind kind)
{
    return findMisbehaviour(list, kind) != nullptr;
}

// The handshake rules of `list`, for the options a server's connections answer with.
void applyToHandshake(const QList<Misbehaviour> &list, Protocol::ServerHandshakeOptions &options);

// The frames a message goes out in when `list` changes how messages are sent (fragments, a
// Ping between them, masking, a reserved opcode, bytes that are not UTF-8); empty when it
// does not, and the message goes the strict way. `maskKey` gives each frame's key.
QList<Protocol::FrameSpec> misbehavingFrames(const QList<Misbehaviour> &list, quint8 opcode,
                                             const QByteArray &payload,
                                             const Protocol::RandomSource &maskKey);

// The bytes the invalid-UTF-8 kind adds to a text message: a lead byte followed by another
// lead byte (RFC 3629 §3).
inline constexpr char kInvalidUtf8Tail[] = "\xC3\x28";

} // namespace WsBench::Net
