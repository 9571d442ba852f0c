#include "core/profiles/har_playback.h"

namespace WsBench::Profiles {

using namespace Session;

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

ClientProfile clientProfileFromHar(const HarConnection &connection)
{
    ClientProfile p;
    p.url = connection.url;
    for (const HarHeader &h : connection.requestHeaders) {
        if (h.name.compare(QLatin1String("Sec-WebSocket-Protocol"), Qt::CaseInsensitive) == 0) {
            for (const QString &s : h.value.split(QLatin1Char(','), Qt::SkipEmptyParts))
                p.subprotocols.append(s.trimmed());
        } else if (h.name.compare(QLatin1String("Origin"), Qt::CaseInsensitive) == 0) {
            p.origin = h.value;
        }
    }
    return p;
}

ServerProfile serverProfileFromHar(const HarConnection &connection)
{
    ServerProfile p;
    const QString subprotocol
        = connection.responseHeader(QStringLiteral("Sec-WebSocket-Protocol")).trimmed();
    if (!subprotocol.isEmpty())
        p.subprotocols.append(subprotocol);
    p.deflate = connection.responseHeader(QStringLiteral("Sec-WebSocket-Extensions"))
                    .contains(QLatin1String("permessage-deflate"), Qt::CaseInsensitive);
    return p;
}

} // namespace WsBench::Profiles
