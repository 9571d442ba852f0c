#pragma once

#include "core/net/misbehaviour.h"
#include "core/net/peer_connection.h"
#include "core/net/template_engine.h"
#include "core/net/tls_options.h"

#include <QHostAddress>
#include <QMap>
#include <QObject>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QTimer>

#include <atomic>
#include <optional>

namespace WsBench::Net {

class Acceptor;

// Reply when an incoming message matches `pattern` (a regular expression). The reply is a
// template (template_engine.h) in which {{message}} is the message being answered.
struct ReplyRule
{
    QString pattern;
    Template reply;
    bool binary = false;
};

// Send `message` (a template; {{message}} stays as written) every `intervalMs`, to one peer or
// (peerId 0) to all.
struct PushSchedule
{
    int intervalMs = 1000;
    Template message;
    quint32 peerId = 0;
};

struct ServerOptions
{
    QHostAddress host = QHostAddress::LocalHost; // anything else is an explicit choice
    quint16 port = 0; // 0: pick a free port
    bool tls = false;
    ServerTlsOptions tlsOptions;
    Protocol::ServerHandshakeOptions handshake; // subprotocols, origins, deflate
    Protocol::ValidationPolicy policy;
    Protocol::HandshakeParser::Limits handshakeLimits;
    // handshakeMs cuts slowloris clients off. Reading from a peer pauses while over 1 MiB waits
    // for it to read, so echo, relay and reply rules are held back by TCP, not queued.
    PeerOptions peer = serverPeerOptions();
    int maxConnections = 10000;
    bool echo = false;
    bool broadcast = false; // relay every message to all other peers
    QList<ReplyRule> rules;
    QList<PushSchedule> pushes;
    QList<Misbehaviour> misbehaviours; // rules broken on purpose (misbehaviour.h)
};

struct PeerInfo
{
    quint32 id = 0;
    QString address;
    Protocol::ReadyState state = Protocol::ReadyState::Connecting;
    qint64 connectedAtUs = 0;
    quint64 messagesIn = 0;
    quint64 messagesOut = 0;
    QByteArray requestHead;
    quint64 bufferedAmount = 0; // WHATWG bufferedAmount at the snapshot
    LinkConditions link {}; // the peer's link conditions at the snapshot
};

// What became of a send to one peer: whether the peer exists, and if it does, the connection's
// answer (Sent, or why not: NotOpen while its opening handshake runs, Discarded once it is
// closing, InvalidArgument for an oversized control frame, ...).
struct PeerSendResult
{
    bool peerFound = false;
    Protocol::SendStatus status = Protocol::SendStatus::NotOpen; // meaningful if peerFound
    bool sent() const { return peerFound && status == Protocol::SendStatus::Sent; }
};

// What became of a send to every peer: how many took it, and each peer that did not, with why.
struct BroadcastResult
{
    int sent = 0;
    QList<QPair<quint32, Protocol::SendStatus>> notSent;
};

// A WebSocket server. Lives in the I/O thread; each accepted socket gets a PeerConnection.
class ServerEndpoint final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerEndpoint)

public:
    // Templates draw {{random}} and {{uuid}} from a generator seeded from the system.
    ServerEndpoint(quint32 serverId, const ServerOptions &options, Traffic::TrafficStore *store,
                   const Traffic::Clock *clock, QObject *parent = nullptr);
    // With the random source for {{random}} and {{uuid}} in replies and pushes.
    ServerEndpoint(quint32 serverId, const ServerOptions &options, Traffic::TrafficStore *store,
                   const Traffic::Clock *clock, Protocol::RandomSource templateRandom,
                   QObject *parent = nullptr);
    ~ServerEndpoint() override;

    // Binds and listens. On failure returns false with the engine's reason (also recorded) and,
    // when asked, its code: InvalidOptions (a reply rule), TlsConfiguration or ListenFailed.
    bool listen(QString *error, Traffic::Failure *failure = nullptr);
    // Echo, broadcast, reply rules and scheduled pushes; may change while listening. An
    // invalid rule pattern leaves the current behaviour in place and says why. Each message a
    // peer sends is answered in this order: its echo, its relay to the other peers, then the
    // reply of every matching rule, first rule first.
    bool setBehaviour(bool echo, bool broadcast, const QList<ReplyRule> &rules,
                      const QList<PushSchedule> &pushes, QString *error);
    // The rules to break on purpose, at once: the handshake kinds and a timed drop-tcp from the
    // next connection on, the others also on open connections. Recorded as a note.
    void setMisbehaviours(const QList<Misbehaviour> &list);
    quint16 port() const;
    QString url() const;
    QList<PeerInfo> peers() const;
    int peerCount() const { return int(m_peers.size()); }

    // Sending to one peer. Messages and Pings go the strict way (RFC 6455), to an open peer.
    // A raw frame goes out exactly as specified once the peer's handshake is done, also while
    // it is closing (to test how a client copes with a frame after a Close).
    PeerSendResult sendTo(quint32 peerId, quint8 opcode, const QByteArray &payload,
                          const Protocol::SendOptions &options = {});
    PeerSendResult pingPeer(quint32 peerId, const QByteArray &payload = {});
    PeerSendResult sendFrameTo(quint32 peerId, const Protocol::FrameSpec &spec);
    // A Close with `code` (nullopt: a Close frame without a code). A peer still in its opening
    // handshake has no WebSocket to close: it is dropped, and the result says NotOpen.
    PeerSendResult closePeer(quint32 peerId, std::optional<quint16> code,
                             const QByteArray &reason = {});

    // Sending to every peer (but `exceptPeer`): each OPEN peer gets the message, the Ping (and
    // answers with its own Pong), the same raw frame, or a Close; peers still connecting or
    // already closing are listed in notSent. The server keeps listening.
    BroadcastResult broadcast(quint8 opcode, const QByteArray &payload, quint32 exceptPeer = 0,
                              const Protocol::SendOptions &options = {});
    BroadcastResult pingAll(const QByteArray &payload = {});
    BroadcastResult sendFrameToAll(const Protocol::FrameSpec &spec);
    BroadcastResult closeEveryPeer(std::optional<quint16> code, const QByteArray &reason = {});

    bool abortPeer(quint32 peerId);
    // Link conditions (link_conditions.h), changeable while peers are connected: for every
    // peer, now and later, or for one peer (false when there is no such peer).
    void setLinkConditions(const LinkConditions &conditions);
    bool setPeerLinkConditions(quint32 peerId, const LinkConditions &conditions);
    // Close every peer (e.g. 1001 on shutdown); allClosed() follows once all are gone.
    void closeAll(quint16 code, const QByteArray &reason = {});
    void stopListening();

Q_SIGNALS:
    void peerOpened(quint32 peerId);
    // Every message a peer sends, after echo, relay and rules have answered it.
    void messageReceived(quint32 peerId, quint8 opcode, const QByteArray &payload);
    void peerFinished(quint32 peerId, quint16 code, bool wasClean);
    void allClosed();

protected:
    void connectNotify(const QMetaMethod &signal) override;

private:
    void accept(qintptr descriptor);
    void outOfDescriptors(const QString &reason);
    void adopt(quint32 peerId, QAbstractSocket *socket);
    // Sends a message as the misbehaviours say; false when none of them changes how.
    bool sendMisbehaving(PeerConnection *peer, quint8 opcode, const QByteArray &payload);
    void onMessage(quint32 peerId, quint8 opcode, const QByteArray &payload);
    void onPeerFinished(quint32 peerId);
    quint32 nextPeerId();
    template<typename Send>
    BroadcastResult toEveryOpenPeer(quint32 exceptPeer, const Send &send);

    ServerOptions m_options;
    // Whether anything listens to messageReceived(): most servers have no listener, and an
    // emission costs as much as a quarter of an echo's frame encoding.
    std::atomic<bool> m_messagesWatched {false};
    Traffic::TrafficStore *m_store;
    const Traffic::Clock *m_clock;
    RecordBatch m_batch;
    Acceptor *m_acceptor = nullptr;
    std::optional<QSslConfiguration> m_tls;
    QMap<quint32, PeerConnection *> m_peers;
    QList<QPair<QRegularExpression, ReplyRule>> m_rules;
    QList<QTimer *> m_pushTimers;
    quint32 m_serverId;
    quint32 m_peerSerial = 0;
    TemplateEngine m_templates; // one {{counter}} for every rule and push of this server
    int m_pending = 0; // accepted sockets still in the TLS handshake
};

} // namespace WsBench::Net
