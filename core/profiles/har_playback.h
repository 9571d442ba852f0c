#pragma once

#include "core/net/scripted_replies.h"
#include "core/session/har.h"
#include "core/session/workspace.h"

namespace WsBench::Profiles {

// The sent messages to replay, each with its delay in ms from the first: the recorded spacing,
// or none at all. Only text and binary messages are replayed.
struct TimedMessage
{
    int delayMs = 0;
    Session::HarMessage message;
};
QList<TimedMessage> replaySchedule(const Session::HarConnection &connection, bool originalTiming);

// The received messages as a server's turns (see Net::ScriptedReplies).
Net::ScriptedReplies::Turns mockTurns(const Session::HarConnection &connection);

// A recorded connection as the profiles that play it back. The client replays it with the
// URL, subprotocols and Origin it was recorded with. The server mocks it, choosing the
// subprotocol and compression the recorded server chose.
Session::ClientProfile clientProfileFromHar(const Session::HarConnection &connection);
Session::ServerProfile serverProfileFromHar(const Session::HarConnection &connection);

} // namespace WsBench::Profiles
