#include "core/session/har_playback.h"

namespace WsBench::Session {

QList<TimedMessage> replaySchedule(const HarConnection &connection, bool originalTiming)
{
    QList<TimedMessage> out;
    double first = -1;
    for (const HarMessage &m : connection.messages) {
        if (m.type != HarMessage::Type::Send || (m.opcode != 1 && m.opcode != 2))
            continue;
        if (first < 0)
            first = m.time;
        const int delay = originalTiming ? int((m.time - first) * 1000.0) : 0;
        out.append({std::max(0, delay), m});
    }
    return out;
}

Net::ScriptedReplies::Turns mockTurns(const HarConnection &connection)
{
    Net::ScriptedReplies::Turns turns(1);
    for (const HarMessage &m : connection.messages) {
        if (m.type == HarMessage::Type::Send)
            turns.append(QList<Net::ScriptedReplies::Reply>());
        else if (m.type == HarMessage::Type::Receive && (m.opcode == 1 || m.opcode == 2))
            turns.last().append({quint8(m.opcode), m.data});
    }
    return turns;
}

QList<QByteArray> offeredSubprotocols(const HarConnection &connection)
{
    QList<QByteArray> out;
    for (const HarHeader &h : connection.requestHeaders) {
        if (h.name.compare(QLatin1String("Sec-WebSocket-Protocol"), Qt::CaseInsensitive) != 0)
            continue;
        for (const QString &p : h.value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            out.append(p.trimmed().toUtf8());
    }
    return out;
}

} // namespace WsBench::Session
