#include "core/net/server_endpoint.h"
#include "core/net/acceptor.h"
#include "core/net/open_file_limit.h"
#include "core/traffic/connection_id.h"

#include <QMetaMethod>
#include <QRandomGenerator>
#include <QSslSocket>
#include <QStringBuilder>
#include <QTimer>

namespace WsBench::Net {

using namespace Protocol;
using Traffic::Failure;
using Traffic::Note;

namespace {

// Why nothing goes the strict way to a peer in this state; Sent when it is open. (Asking the
// connection instead would count the refused bytes into bufferedAmount, as WHATWG does for an
// application's send() on a closing socket.)
SendStatus strictSendState(const PeerConnection *peer)
{
    switch (peer->readyState()) {
    case ReadyState::Connecting:
        return SendStatus::NotOpen;
    case ReadyState::Open:
        return SendStatus::Sent;
    case ReadyState::Closing:
    case ReadyState::Closed:
        break;
    }
    return SendStatus::Discarded;
}

} // namespace

ServerEndpoint::ServerEndpoint(quint32 serverId, const ServerOptions &options,
                               Traffic::TrafficStore *store, const Traffic::Clock *clock,
                               QObject *parent)
    : ServerEndpoint(serverId, options, store, clock, seededTemplateRandom(), parent)
{ }

ServerEndpoint::ServerEndpoint(quint32 serverId, const ServerOptions &options,
                               Traffic::TrafficStore *store, const Traffic::Clock *clock,
                               Protocol::RandomSource templateRandom, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_store(store)
    , m_clock(clock)
    , m_batch(store, clock, Traffic::ConnectionId::server(serverId).raw())
    , m_serverId(serverId)
    , m_templates(clock, std::move(templateRandom))
{ }

ServerEndpoint::~ServerEndpoint()
{
    // Children (sockets, connections) are deleted after this object's members are gone; a
    // socket aborting on deletion must not call back into this half-destroyed object.
    const QObjectList children = this->children();
    for (QObject *child : children)
        child->blockSignals(true);
}

bool ServerEndpoint::listen(QString *error, Traffic::Failure *failure)
{
    Traffic::Failure ignored = Failure::None;
    Traffic::Failure &why = failure ? *failure : ignored;
    why = Failure::InvalidOptions;
    if (!setBehaviour(m_options.echo, m_options.broadcast, m_options.rules, m_options.pushes,
                      error))
        return false;
    if (m_options.tls) {
        m_tls = serverTlsConfiguration(m_options.tlsOptions, error);
        why = Failure::TlsConfiguration;
        if (!m_tls) {
            m_batch.error(Failure::TlsConfiguration, error->toUtf8());
            m_batch.flush();
            return false;
        }
        if (m_options.tlsOptions.selfSigned)
            m_batch.note(Note::SelfSignedCertificate,
                         {m_tls->localCertificate().digest(QCryptographicHash::Sha256).toHex(':')});
    }
    // A plain-text server tells a client it cannot take why; a TLS one can only hang up.
    const QByteArray refusal = m_tls ? QByteArray()
                                     : buildRejection(503,
                                                      "The server has no file descriptors "
                                                      "left for another connection")
                                           .wireBytes();
    m_acceptor = new Acceptor({[this](qintptr descriptor) { accept(descriptor); },
                               [this](const QString &reason) {
                                   outOfDescriptors(reason);
                               }},
                              refusal, this);
    why = Failure::ListenFailed;
    QString reason;
    if (!m_acceptor->listen(m_options.host, m_options.port, &reason)) {
        *error = QStringLiteral("Cannot listen on %1:%2: %3")
                     .arg(m_options.host.toString())
                     .arg(m_options.port)
                     .arg(reason);
        m_batch.error(Failure::ListenFailed, error->toUtf8());
        m_batch.flush();
        delete m_acceptor;
        m_acceptor = nullptr;
        return false;
    }
    why = Failure::None;
    if (m_options.host != QHostAddress::LocalHost && m_options.host != QHostAddress::LocalHostIPv6)
        m_batch.note(Note::ListeningBeyondLoopback, {m_options.host.toString().toUtf8()});
    m_batch.note(Note::Listening, {url().toUtf8()});
    if (!m_options.misbehaviours.isEmpty())
        m_batch.note(Note::Misbehaving, misbehaviourArguments(m_options.misbehaviours));
    m_batch.flush();
    return true;
}

void ServerEndpoint::setMisbehaviours(const QList<Misbehaviour> &list)
{
    m_options.misbehaviours = list;
    m_batch.note(Note::Misbehaving, misbehaviourArguments(list)); // none: behaving again
    m_batch.flush();
    for (PeerConnection *peer : std::as_const(m_peers)) {
        peer->setAutoPong(!has(list, Misbehaviour::Kind::NoPong));
        peer->setAnswerClose(!has(list, Misbehaviour::Kind::NoCloseReply));
    }
}

bool ServerEndpoint::setBehaviour(bool echo, bool broadcast, const QList<ReplyRule> &rules,
                                  const QList<PushSchedule> &pushes, QString *error)
{
    QList<QPair<QRegularExpression, ReplyRule>> compiled;
    for (const ReplyRule &rule : rules) {
        QRegularExpression re(rule.pattern);
        if (!re.isValid()) {
            *error = QStringLiteral("The reply rule pattern \"%1\" is not a valid regular "
                                    "expression: %2")
                         .arg(rule.pattern, re.errorString());
            m_batch.error(Failure::InvalidOptions, error->toUtf8());
            m_batch.flush();
            return false;
        }
        compiled.append({re, rule});
    }
    m_options.echo = echo;
    m_options.broadcast = broadcast;
    m_options.rules = rules;
    m_options.pushes = pushes;
    m_rules = compiled;
    qDeleteAll(m_pushTimers);
    m_pushTimers.clear();
    for (const PushSchedule &push : pushes) {
        auto *timer = new QTimer(this);
        connect(timer, &QTimer::timeout, this, [this, push]() {
            const QByteArray text = m_templates.expand(push.message);
            if (push.peerId == 0)
                this->broadcast(toRaw(Opcode::Text), text);
            else
                sendTo(push.peerId, toRaw(Opcode::Text), text);
        });
        timer->start(std::max(1, push.intervalMs));
        m_pushTimers.append(timer);
    }
    return true;
}

quint16 ServerEndpoint::port() const
{
    return m_acceptor ? m_acceptor->port() : 0;
}

QString ServerEndpoint::url() const
{
    const QHostAddress address = m_acceptor ? m_acceptor->address() : m_options.host;
    QString host = address.toString();
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        host = QLatin1Char('[') % host % QLatin1Char(']');
    return (m_options.tls ? QStringLiteral("wss://") : QStringLiteral("ws://")) % host
        % QLatin1Char(':') % QString::number(port()) % QLatin1Char('/');
}

quint32 ServerEndpoint::nextPeerId()
{
    m_peerSerial = (m_peerSerial + 1) & 0xFFFF;
    if (m_peerSerial == 0)
        m_peerSerial = 1;
    return Traffic::ConnectionId::serverPeer(m_serverId, m_peerSerial).raw();
}

void ServerEndpoint::outOfDescriptors(const QString &reason)
{
    m_batch.error(Failure::AcceptFailed,
                  "Cannot accept new connections (" + reason.toUtf8()
                      + "): this process has all the open files it may ("
                      + QByteArray::number(qint64(openFileLimit())) + ", "
                      + QByteArray::number(m_peers.size())
                      + " of them connections); new connections are refused until some end");
    m_batch.flush();
}

void ServerEndpoint::accept(qintptr descriptor)
{
    const quint32 peerId = nextPeerId();
    if (int(m_peers.size()) + m_pending >= m_options.maxConnections) {
        // A real HTTP answer rather than a silent drop, without blocking the I/O thread.
        auto *refused = new QTcpSocket(this);
        refused->setSocketDescriptor(descriptor);
        connect(refused, &QAbstractSocket::disconnected, refused, &QObject::deleteLater);
        refused->write(buildRejection(503, "Too many connections").wireBytes());
        refused->disconnectFromHost(); // after the bytes are written
        QTimer::singleShot(m_options.peer.closeMs, refused, [refused]() { refused->abort(); });
        m_batch.error(Failure::TooManyConnections,
                      "Refused a connection: the limit of "
                          + QByteArray::number(m_options.maxConnections) + " is reached");
        m_batch.flush();
        return;
    }
    if (!m_tls) {
        auto *socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
        adopt(peerId, socket);
        return;
    }
    auto *socket = new QSslSocket(this);
    socket->setSocketDescriptor(descriptor);
    socket->setSslConfiguration(*m_tls);
    ++m_pending;
    auto *guard = new QTimer(socket); // the TLS handshake counts against the handshake limit
    guard->setSingleShot(true);
    connect(guard, &QTimer::timeout, socket, [this, socket]() {
        --m_pending;
        m_batch.error(Failure::HandshakeTimeout,
                      "TLS handshake from " + socket->peerAddress().toString().toUtf8()
                          + " did not finish in time");
        m_batch.flush();
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    });
    guard->start(m_options.peer.handshakeMs);
    connect(socket, &QSslSocket::encrypted, this, [this, socket, peerId, guard]() {
        guard->stop();
        --m_pending;
        socket->disconnect(this);
        adopt(peerId, socket);
    });
    connect(socket, &QSslSocket::errorOccurred, this, [this, socket, guard]() {
        guard->stop();
        --m_pending;
        m_batch.error(Failure::TlsHandshakeFailed,
                      socket->peerAddress().toString().toUtf8() + ": "
                          + socket->errorString().toUtf8());
        m_batch.flush();
        socket->disconnect(this);
        socket->deleteLater();
    });
    socket->startServerEncryption();
}

void ServerEndpoint::adopt(quint32 peerId, QAbstractSocket *socket)
{
    ConnectionConfig config;
    config.role = Role::Server;
    config.policy = m_options.policy;
    config.server = m_options.handshake;
    config.handshakeLimits = m_options.handshakeLimits;
    const QList<Misbehaviour> &misbehaviours = m_options.misbehaviours;
    applyToHandshake(misbehaviours, config.server);
    config.autoPong = !has(misbehaviours, Misbehaviour::Kind::NoPong);
    config.answerClose = !has(misbehaviours, Misbehaviour::Kind::NoCloseReply);
    PeerOptions peerOptions = m_options.peer;
    if (const Misbehaviour *delay = findMisbehaviour(misbehaviours, Misbehaviour::Kind::Delay101))
        peerOptions.responseDelayMs = delay->value;
    auto *peer = new PeerConnection(peerId, socket, config, peerOptions, m_store, m_clock, this);
    m_peers.insert(peerId, peer);
    m_batch.note(Note::PeerAccepted,
                 {peer->peerAddress().toUtf8(), QByteArray::number(peerId & 0xFFFF)});
    m_batch.flush();
    if (!misbehaviours.isEmpty())
        peer->noteMisbehaving(misbehaviourArguments(misbehaviours));
    // RFC 6455 §7.1.1 broken on purpose: TCP closes a while after the open, without a Close.
    const Misbehaviour *drop = findMisbehaviour(misbehaviours, Misbehaviour::Kind::DropTcp);
    if (drop && drop->value > 0) {
        const Misbehaviour m = *drop;
        connect(peer, &PeerConnection::opened, peer, [peer, m]() {
            QTimer::singleShot(m.value, peer, [peer, m]() {
                peer->closeTcpWithoutClose({misbehaviourArgument(m)});
            });
        });
    }
    connect(peer, &PeerConnection::opened, this, &ServerEndpoint::peerOpened);
    peer->setMessageHandler([this](quint32 peerId, quint8 opcode, const QByteArray &payload) {
        onMessage(peerId, opcode, payload);
    });
    connect(peer, &PeerConnection::finished, this, &ServerEndpoint::onPeerFinished);
    peer->start();
}

void ServerEndpoint::onMessage(quint32 peerId, quint8 opcode, const QByteArray &payload)
{
    PeerConnection *peer = m_peers.value(peerId);
    if (!peer)
        return;
    const Misbehaviour *drop
        = findMisbehaviour(m_options.misbehaviours, Misbehaviour::Kind::DropTcp);
    if (drop && drop->value == 0) { // on the first message, instead of any answer
        peer->closeTcpWithoutClose({misbehaviourArgument(*drop)});
        return;
    }
    if (m_options.echo)
        sendTo(peerId, opcode, payload);
    if (m_options.broadcast)
        broadcast(opcode, payload, peerId);
    for (const auto &[re, rule] : std::as_const(m_rules)) {
        if (re.match(QString::fromUtf8(payload)).hasMatch()) {
            const QByteArray reply = m_templates.expand(rule.reply, payload);
            sendTo(peerId, rule.binary ? toRaw(Opcode::Binary) : toRaw(Opcode::Text), reply);
        }
    }
    if (m_messagesWatched.load(std::memory_order_relaxed))
        Q_EMIT messageReceived(peerId, opcode, payload);
}

// Stays set once something listened: disconnectNotify() may run under Qt's connection lock,
// where asking whether others still listen would deadlock, and Qt skips a signal without
// receivers anyway (only more slowly).
void ServerEndpoint::connectNotify(const QMetaMethod &signal)
{
    if (signal == QMetaMethod::fromSignal(&ServerEndpoint::messageReceived))
        m_messagesWatched = true;
}

void ServerEndpoint::onPeerFinished(quint32 peerId)
{
    PeerConnection *peer = m_peers.take(peerId);
    if (!peer)
        return;
    const CloseInfo info = peer->closeInfo();
    peer->deleteLater();
    Q_EMIT peerFinished(peerId, info.code, info.wasClean);
    if (m_peers.isEmpty())
        Q_EMIT allClosed();
}

QList<PeerInfo> ServerEndpoint::peers() const
{
    QList<PeerInfo> out;
    for (const PeerConnection *p : m_peers) {
        PeerInfo info;
        info.id = p->id();
        info.address = p->peerAddress();
        info.state = p->readyState();
        info.connectedAtUs = p->connectedAtUs();
        info.messagesIn = p->messagesIn();
        info.messagesOut = p->messagesOut();
        info.bufferedAmount = p->bufferedAmount();
        info.link = p->linkConditions();
        info.requestHead = p->requestHead();
        out.append(info);
    }
    return out;
}

PeerSendResult ServerEndpoint::sendTo(quint32 peerId, quint8 opcode, const QByteArray &payload,
                                      const SendOptions &options)
{
    PeerConnection *peer = m_peers.value(peerId);
    if (!peer)
        return {};
    if (const SendStatus state = strictSendState(peer); state != SendStatus::Sent)
        return {true, state};
    if (sendMisbehaving(peer, opcode, payload))
        return {true, SendStatus::Sent};
    return {true,
            opcode == toRaw(Opcode::Binary) ? peer->sendBinary(payload, options)
                                            : peer->sendText(payload, options)};
}

bool ServerEndpoint::sendMisbehaving(PeerConnection *peer, quint8 opcode, const QByteArray &payload)
{
    const QList<Misbehaviour> &list = m_options.misbehaviours;
    if (list.isEmpty())
        return false; // a well-behaved server: nothing to look for on every message
    if (const Misbehaviour *reset = findMisbehaviour(list, Misbehaviour::Kind::ResetMidMessage)) {
        peer->resetMidMessage(opcode, payload, {misbehaviourArgument(*reset)});
        return true;
    }
    const QList<FrameSpec> frames = misbehavingFrames(
        list, opcode, payload, []() { return QRandomGenerator::global()->generate(); });
    if (frames.isEmpty())
        return false;
    QByteArray sent; // the message as it went, bytes that are not UTF-8 included
    for (const FrameSpec &frame : frames) {
        if (!isControlOpcode(frame.opcode))
            sent += frame.payload;
    }
    peer->sendMessageFrames(opcode, sent, frames);
    return true;
}

PeerSendResult ServerEndpoint::pingPeer(quint32 peerId, const QByteArray &payload)
{
    PeerConnection *peer = m_peers.value(peerId);
    if (!peer)
        return {};
    if (const SendStatus state = strictSendState(peer); state != SendStatus::Sent)
        return {true, state};
    return {true, peer->sendPing(payload)};
}

PeerSendResult ServerEndpoint::sendFrameTo(quint32 peerId, const FrameSpec &spec)
{
    PeerConnection *peer = m_peers.value(peerId);
    if (!peer)
        return {};
    switch (peer->readyState()) {
    case ReadyState::Connecting:
        return {true, SendStatus::NotOpen}; // the 101 response has not gone out yet
    case ReadyState::Closed:
        return {true, SendStatus::Discarded};
    case ReadyState::Open:
    case ReadyState::Closing:
        break;
    }
    peer->sendFrame(spec);
    return {true, SendStatus::Sent};
}

PeerSendResult ServerEndpoint::closePeer(quint32 peerId, std::optional<quint16> code,
                                         const QByteArray &reason)
{
    PeerConnection *peer = m_peers.value(peerId);
    if (!peer)
        return {};
    if (peer->readyState() == ReadyState::Connecting) {
        peer->abort("Closed before the handshake completed");
        return {true, SendStatus::NotOpen};
    }
    return {true, peer->close(code, reason)};
}

template<typename Send>
BroadcastResult ServerEndpoint::toEveryOpenPeer(quint32 exceptPeer, const Send &send)
{
    BroadcastResult result;
    const QList<quint32> ids = m_peers.keys(); // a send may end a peer
    for (quint32 id : ids) {
        PeerConnection *peer = m_peers.value(id);
        if (id == exceptPeer || !peer)
            continue;
        SendStatus status = strictSendState(peer);
        if (status == SendStatus::Sent)
            status = send(id);
        if (status == SendStatus::Sent)
            ++result.sent;
        else
            result.notSent.append({id, status});
    }
    return result;
}

BroadcastResult ServerEndpoint::broadcast(quint8 opcode, const QByteArray &payload,
                                          quint32 exceptPeer, const SendOptions &options)
{
    return toEveryOpenPeer(exceptPeer,
                           [&](quint32 id) { return sendTo(id, opcode, payload, options).status; });
}

BroadcastResult ServerEndpoint::pingAll(const QByteArray &payload)
{
    return toEveryOpenPeer(0, [&](quint32 id) { return pingPeer(id, payload).status; });
}

BroadcastResult ServerEndpoint::sendFrameToAll(const FrameSpec &spec)
{
    return toEveryOpenPeer(0, [&](quint32 id) { return sendFrameTo(id, spec).status; });
}

BroadcastResult ServerEndpoint::closeEveryPeer(std::optional<quint16> code,
                                               const QByteArray &reason)
{
    return toEveryOpenPeer(0, [&](quint32 id) { return closePeer(id, code, reason).status; });
}

void ServerEndpoint::setLinkConditions(const LinkConditions &conditions)
{
    m_options.peer.link = conditions;
    for (PeerConnection *peer : std::as_const(m_peers))
        peer->setLinkConditions(conditions);
}

bool ServerEndpoint::setPeerLinkConditions(quint32 peerId, const LinkConditions &conditions)
{
    PeerConnection *peer = m_peers.value(peerId);
    if (!peer)
        return false;
    peer->setLinkConditions(conditions);
    return true;
}

bool ServerEndpoint::abortPeer(quint32 peerId)
{
    PeerConnection *peer = m_peers.value(peerId);
    if (!peer)
        return false;
    peer->abort("Aborted by the server");
    return true;
}

void ServerEndpoint::closeAll(quint16 code, const QByteArray &reason)
{
    stopListening();
    if (m_peers.isEmpty()) {
        Q_EMIT allClosed();
        return;
    }
    const QList<quint32> ids = m_peers.keys();
    for (quint32 id : ids)
        closePeer(id, code, reason);
}

void ServerEndpoint::stopListening()
{
    if (m_acceptor)
        m_acceptor->close();
}

} // namespace WsBench::Net
