#pragma once

#include "core/net/scripted_replies.h"
#include "core/session/har.h"

namespace WsBench::Session {

// The sent messages to replay, each with its delay in ms from the first: the recorded spacing,
// or none at all. Only text and binary messages are replayed.
struct TimedMessage
{
    int delayMs = 0;
    HarMessage message;
};
QList<TimedMessage> replaySchedule(const HarConnection &connection, bool originalTiming);

// The received messages as a server's turns (see Net::ScriptedReplies).
Net::ScriptedReplies::Turns mockTurns(const HarConnection &connection);

// The subprotocols the recorded client offered, in order.
QList<QByteArray> offeredSubprotocols(const HarConnection &connection);

} // namespace WsBench::Session
