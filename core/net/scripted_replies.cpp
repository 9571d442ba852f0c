#include "core/net/scripted_replies.h"

#include "core/net/server_endpoint.h"

namespace WsBench::Net {

ScriptedReplies::ScriptedReplies(ServerEndpoint *server, const Turns &turns)
    : QObject(server)
    , m_server(server)
    , m_turns(turns)
{
    connect(server, &ServerEndpoint::peerOpened, this, [this](quint32 peer) {
        m_position.insert(peer, 0);
        play(peer, 0);
    });
    connect(server, &ServerEndpoint::messageReceived, this, [this](quint32 peer) {
        const int next = m_position.value(peer) + 1;
        m_position.insert(peer, next);
        play(peer, next);
    });
    connect(server, &ServerEndpoint::peerFinished, this,
            [this](quint32 peer) { m_position.remove(peer); });
}

ScriptedReplies::~ScriptedReplies() = default;

void ScriptedReplies::play(quint32 peer, int turn)
{
    for (const Reply &r : m_turns.value(turn))
        m_server->sendTo(peer, r.opcode, r.payload);
}

} // namespace WsBench::Net
