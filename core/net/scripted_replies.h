#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>

namespace WsBench::Net {

class ServerEndpoint;

// A server's side of a recorded conversation, played to every peer: turn 0 goes out when the
// peer opens, turn i after the i'th message the peer sends. Lives in the server's thread.
class ScriptedReplies final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScriptedReplies)

public:
    struct Reply
    {
        quint8 opcode = 1;
        QByteArray payload;
    };
    using Turns = QList<QList<Reply>>;

    // Attaches to `server` and is deleted with it.
    ScriptedReplies(ServerEndpoint *server, const Turns &turns);
    ~ScriptedReplies() override;

private:
    void play(quint32 peer, int turn);

    ServerEndpoint *m_server;
    Turns m_turns;
    QHash<quint32, int> m_position;
};

} // namespace WsBench::Net
