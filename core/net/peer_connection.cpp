#include "core/net/peer_connection.h"

#include "core/net/net_log.h"
#include "core/net/send_budget.h"
#include "core/protocol/close_code.h"
#include "core/protocol/close_payload.h"
#include "core/protocol/payload_spares.h"
#include "core/protocol/thread_spares.h"

#include <QHostAddress>
#include <QRandomGenerator>
#include <QSslSocket>
#include <QStringBuilder>

#include <algorithm>
#include <limits>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace WsBench::Net {

using namespace Protocol;
using Traffic::Direction;
using Traffic::Failure;
using Traffic::Note;
using Traffic::RecordKind;

namespace {

// Event buffers, shared by the thread's connections: an idle connection holds none.
using EventSpares = Protocol::ThreadSpares<std::vector<Event>>;

quint32 strongRandom()
{
    return QRandomGenerator::system()->generate();
}

ConnectionTimeouts timeoutsOf(const PeerOptions &options)
{
    ConnectionTimeouts t;
    t.handshakeMs = options.handshakeMs;
    t.closeMs = options.closeMs;
    t.idleMs = options.idleMs;
    t.pingIntervalMs = options.pingIntervalMs;
    t.pongTimeoutMs = options.pongTimeoutMs;
    return t;
}

} // namespace

PeerConnection::PeerConnection(quint32 id, QAbstractSocket *socket, const ConnectionConfig &config,
                               const PeerOptions &peerOptions, Traffic::TrafficStore *store,
                               const Traffic::Clock *clock, QObject *parent)
    : QObject(parent)
    , m_connection(config, strongRandom)
    , m_socket(socket)
    , m_peerOptions(peerOptions)
    , m_batch(store, clock, id)
    , m_deadlines(timeoutsOf(peerOptions))
{
    m_socket->setParent(this);
    m_batch.setConnection(&m_connection);
    m_peerAddress = m_socket->peerAddress().toString() % QLatin1Char(':')
        % QString::number(m_socket->peerPort());
    m_connectedAtUs = clock->monotonicUs();
    connect(m_socket, &QAbstractSocket::readyRead, this, &PeerConnection::onReadyRead);
    connect(m_socket, &QAbstractSocket::bytesWritten, this, &PeerConnection::onBytesWritten);
    connect(m_socket, &QAbstractSocket::disconnected, this, &PeerConnection::onDisconnected);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, &PeerConnection::onSocketError);

    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &PeerConnection::onDeadline);
    applyReadBufferSize();
    // A server's plain TCP peer: bytes go to the kernel at once, from the connection's own
    // buffers, instead of through the socket's buffer on the next turn of the event loop (one
    // copy and one wake-up fewer per write). TLS sockets keep Qt's path.
    if (config.role == Role::Server && !qobject_cast<QSslSocket *>(m_socket))
        m_direct = std::make_unique<DirectWriter>(
            m_socket->socketDescriptor(), this, [this](qint64 bytes) { onBytesWritten(bytes); },
            // Failed: the socket's buffer takes the rest, and its own write reports the error.
            [this](const QByteArrayList &rest) {
                for (const QByteArray &chunk : rest)
                    m_socket->write(chunk);
            });
    if (m_direct)
        m_direct->closesWith(m_socket);
}

void PeerConnection::applyReadBufferSize()
{
    // Otherwise Qt reads everything the kernel has into its own buffer, and a paused
    // connection would still hold back nothing.
    const LinkConditions &link = m_peerOptions.link;
    if (link.pauseReading || link.rateBytesPerSec > 0)
        m_socket->setReadBufferSize(64 * 1024);
    else if (m_peerOptions.pauseReadingAboveBytes > 0)
        m_socket->setReadBufferSize(1024 * 1024);
    else if (m_socket->readBufferSize() != 0)
        m_socket->setReadBufferSize(0);
}

PeerConnection::~PeerConnection()
{
    leaveBudget();
    // Children (sockets, connections) are deleted after this object's members are gone; a
    // socket aborting on deletion must not call back into this half-destroyed object.
    const QObjectList children = this->children();
    for (QObject *child : children)
        child->blockSignals(true);
}

void PeerConnection::start()
{
    if (m_peerOptions.budget) {
        m_peerOptions.budget->add(this);
        m_inBudget = true;
    }
    m_deadlines.start(nowMs());
    armTimer();
    if (!m_peerOptions.link.isNeutral()) {
        const LinkConditions link = m_peerOptions.link;
        m_peerOptions.link = {};
        setLinkConditions(link);
    }
    m_connection.start();
    pump();
    if (m_socket->bytesAvailable() > 0)
        onReadyRead();
}

bool PeerConnection::overReadLimit() const
{
    return m_peerOptions.pauseReadingAboveBytes > 0
        && qint64(m_connection.bufferedAmount()) > m_peerOptions.pauseReadingAboveBytes;
}

void PeerConnection::onReadyRead()
{
    if (m_finished)
        return;
    if (overReadLimit()) {
        if (!m_readingPaused && !m_pausedBefore) { // said once: it may toggle many times
            m_batch.note(Note::ReadingPaused,
                         {QByteArray::number(m_peerOptions.pauseReadingAboveBytes)});
            m_batch.flush();
        }
        m_readingPaused = m_pausedBefore = true;
        return; // onBytesWritten() resumes
    }
    if (m_deadlines.watchesReceived()) {
        m_deadlines.received(nowMs());
        // The idle limit only moved later. A timer armed for an earlier deadline stays: when it
        // fires, nothing is due yet and it is armed again for the rest.
        const std::optional<qint64> next = m_deadlines.next();
        if (!m_timer.isActive() || (next && *next < m_timerDueMs))
            armTimer();
    }
    // Bounded reads keep one flood from monopolising the thread between events. Replies the
    // application sends while the events are handled go out in the same pump.
    m_inReadHandler = true;
    read();
    m_inReadHandler = false;
    pump();
    if (m_finished)
        return;
    if (m_shaper)
        armLinkTimer(); // comes back for the rest when the link lets it in
    else if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &PeerConnection::onReadyRead, Qt::QueuedConnection);
}

void PeerConnection::read()
{
    for (int i = 0; i < 16 && m_socket->bytesAvailable() > 0 && !overReadLimit(); ++i) {
        qint64 most = std::min<qint64>(m_socket->bytesAvailable(), 1024 * 1024);
        if (m_peerOptions.pauseReadingAboveBytes > 0) // what replies may add before the limit
            most = std::min(most,
                            std::max<qint64>(64 * 1024,
                                             m_peerOptions.pauseReadingAboveBytes
                                                 - qint64(m_connection.bufferedAmount())));
        if (m_shaper) // a rate or a pause: what the link lets in now
            most = std::min(most, m_shaper->readAllowance(nowUs()));
        if (most <= 0)
            break;
        // Reading all the socket holds takes its buffer without a copy, and leaves it none
        // to keep while the connection idles.
        const QByteArray data = m_socket->read(most);
        if (data.isEmpty())
            break;
        if (m_shaper) {
            m_shaper->queueInbound(data, nowUs());
            deliverInbound(); // at once without a latency
            continue;
        }
        m_connection.receiveData(data);
        recordEvents();
    }
}

qint64 PeerConnection::nowUs() const
{
    return m_batch.clock()->monotonicUs();
}

void PeerConnection::setLinkConditions(const LinkConditions &conditions)
{
    if (m_finished || conditions == m_peerOptions.link)
        return;
    m_peerOptions.link = conditions;
    if (!m_shaper)
        m_shaper = std::make_unique<LinkShaper>(conditions, nowUs());
    else
        m_shaper->setConditions(conditions, nowUs());
    if (!m_linkTimer) {
        m_linkTimer = std::make_unique<QTimer>();
        m_linkTimer->setSingleShot(true);
        m_linkTimer->setTimerType(Qt::PreciseTimer);
        connect(m_linkTimer.get(), &QTimer::timeout, this, &PeerConnection::onLinkTimer);
    }
    applyReadBufferSize();
    m_batch.note(Note::LinkConditions,
                 {QByteArray::number(conditions.latencyMs),
                  QByteArray::number(conditions.rateBytesPerSec),
                  conditions.pauseReading ? "1" : "0", conditions.pauseWriting ? "1" : "0"});
    m_batch.flush();
    // What the new conditions let through goes now, from the event loop (the caller may be
    // in the middle of a send).
    m_linkTimer->start(0);
}

qint64 PeerConnection::writeOut(const Parts &parts)
{
    if (!m_shaper)
        return socketWrite(parts);
    for (const QByteArrayView part : parts) // copied: the link releases them later
        m_shaper->queueOutbound(part, nowUs());
    return 0;
}

qint64 PeerConnection::socketWrite(const Parts &parts)
{
    if (m_direct) {
        const qint64 now = m_direct->write(parts);
        if (now >= 0)
            return now; // and the writer holds the rest
    }
    // The socket's buffer, whose bytesWritten() reports them; after a failed direct write, its
    // own write reports the error.
    for (const QByteArrayView part : parts)
        m_socket->write(part.data(), part.size());
    return 0;
}

void PeerConnection::handWritesToSocket()
{
    if (!m_direct)
        return;
    const QByteArrayList rest = m_direct->release();
    for (const QByteArray &chunk : rest) // shared with the socket's buffer, not copied
        m_socket->write(chunk);
}

void PeerConnection::abortSocket()
{
    // The direct writer's notifier goes before the descriptor does: a watch on a closed
    // descriptor is an error to the event loop.
    if (m_direct)
        m_direct->stop();
    m_socket->abort();
}

void PeerConnection::releaseOutbound()
{
    QByteArray out;
    m_shaper->takeWritable(nowUs(), out);
    if (!out.isEmpty() && m_socket->state() == QAbstractSocket::ConnectedState) {
        if (const qint64 direct = socketWrite({QByteArrayView(out)}))
            onBytesWritten(direct);
    }
    armLinkTimer();
}

void PeerConnection::deliverInbound()
{
    QByteArray in;
    m_shaper->takeReadable(nowUs(), in);
    if (in.isEmpty())
        return;
    m_connection.receiveData(in);
    recordEvents();
}

void PeerConnection::onLinkTimer()
{
    if (m_finished || !m_shaper)
        return;
    releaseOutbound();
    if (m_finished)
        return;
    if (m_socket->bytesAvailable() > 0 && !m_transportGone) {
        onReadyRead(); // reads what the link lets in, delivers what is due, then pumps
        if (m_finished)
            return;
    } else {
        m_inReadHandler = true;
        deliverInbound();
        m_inReadHandler = false;
        pump();
        if (m_finished)
            return;
    }
    if (m_transportGone && m_shaper->heldInbound() == 0) {
        finish(); // the peer's close arrives after its last bytes
        return;
    }
    if (m_peerOptions.link.isNeutral() && !m_shaper->holdsBytes()) {
        m_shaper.reset(); // back to writing and reading directly
        m_linkTimer->stop();
        if (m_socket->bytesAvailable() > 0)
            QMetaObject::invokeMethod(this, &PeerConnection::onReadyRead, Qt::QueuedConnection);
        return;
    }
    maybeCloseTransport();
    armLinkTimer();
}

void PeerConnection::armLinkTimer()
{
    if (!m_shaper || !m_linkTimer || m_finished)
        return;
    const qint64 now = nowUs();
    const bool unread = m_socket->bytesAvailable() > 0 && !overReadLimit() && !m_transportGone;
    const std::optional<qint64> next = m_shaper->nextUs(now, unread);
    if (!next) {
        m_linkTimer->stop();
        return;
    }
    const qint64 ms = std::clamp<qint64>((*next - now + 999) / 1000, 0, 24 * 3600 * 1000);
    m_linkTimer->start(int(ms));
}

void PeerConnection::onBytesWritten(qint64 bytes)
{
    m_connection.transportWrote(bytes);
    chargeBudget();
    if (m_readingPaused
        && qint64(m_connection.bufferedAmount()) <= m_peerOptions.pauseReadingAboveBytes / 4) {
        m_readingPaused = false;
        if (m_socket->bytesAvailable() > 0)
            QMetaObject::invokeMethod(this, &PeerConnection::onReadyRead, Qt::QueuedConnection);
    }
    maybeCloseTransport();
}

void PeerConnection::chargeBudget()
{
    if (!m_inBudget)
        return;
    const qint64 now = qint64(m_connection.bufferedAmount());
    if (now == m_charged)
        return;
    const qint64 delta = now - m_charged;
    m_charged = now;
    m_peerOptions.budget->charge(delta); // may drop this connection, or another
}

void PeerConnection::leaveBudget()
{
    if (!m_inBudget)
        return;
    m_inBudget = false;
    m_peerOptions.budget->remove(this, m_charged);
    m_charged = 0;
}

void PeerConnection::dropForBudget(qint64 limit)
{
    const auto mib = [](qint64 bytes) {
        return QByteArray::number(double(bytes) / 1048576, 'f', 1);
    };
    drop(Failure::SendBudgetExceeded,
         "The process's budget of " + mib(limit)
             + " MiB for unsent data is used up, and this "
               "connection held the most of it: "
             + mib(m_charged)
             + " MiB its peer had not read. Dropped to give the memory back; a Close frame "
               "would have waited behind those bytes.");
}

void PeerConnection::pump()
{
    recordEvents();
    if (m_connection.hasOutgoing() && m_socket->state() == QAbstractSocket::ConnectedState) {
        Protocol::Connection::OutgoingParts parts;
        m_connection.outgoingParts(parts);
        const qint64 direct = writeOut(parts);
        m_connection.clearOutgoing();
        // What went to the kernel at once counts as written, once the connection no longer
        // holds it: what that sets off (a budget, a close) cannot send it twice.
        if (direct > 0)
            onBytesWritten(direct);
        if (m_shaper && !m_finished)
            releaseOutbound();
        if (m_finished)
            return;
        recordEvents(); // a deferred Close reply adds its frame and state records
        chargeBudget();
        if (m_finished)
            return; // dropped for the budget
    }
    if (qint64(m_connection.bufferedAmount()) > m_peerOptions.maxBufferedBytes
        && m_connection.readyState() != ReadyState::Closed) {
        drop(Failure::BufferLimitExceeded,
             "bufferedAmount " + QByteArray::number(m_connection.bufferedAmount())
                 + " exceeds the limit of " + QByteArray::number(m_peerOptions.maxBufferedBytes)
                 + " bytes");
        return;
    }
    maybeCloseTransport();
    m_batch.flush();
    if (!m_inReadHandler && !m_connection.hasEvents()) {
        // The end of a turn: the connection's emptied event buffer goes back to the thread.
        std::vector<Event> none;
        m_connection.takeEvents(none);
        EventSpares::give(std::move(none), 256, 16);
    }
}

void PeerConnection::maybeCloseTransport()
{
    if (m_finished || m_closingTransport)
        return;
    if (m_connection.closeHandshakeComplete() && m_connection.role() == Role::Client) {
        // RFC 6455 §7.1.1: the client waits for the server to close TCP, within a limit.
        awaitClose();
    }
    if (m_connection.wantsTransportClose() && m_socket->bytesToWrite() == 0
        && (!m_direct || m_direct->held() == 0) && (!m_shaper || m_shaper->heldOutbound() == 0)) {
        m_closingTransport = true;
        m_socket->disconnectFromHost();
        awaitClose();
    }
}

qint64 PeerConnection::nowMs() const
{
    return m_batch.clock()->monotonicUs() / 1000;
}

void PeerConnection::armTimer()
{
    const std::optional<qint64> next = m_deadlines.next();
    if (!next || m_finished) {
        m_timer.stop();
        return;
    }
    if (m_timer.isActive() && m_timerDueMs == *next)
        return;
    m_timerDueMs = *next;
    m_timer.start(int(std::clamp<qint64>(*next - nowMs(), 0, std::numeric_limits<int>::max())));
}

void PeerConnection::awaitClose()
{
    if (m_finished || m_deadlines.awaitingClose())
        return;
    m_deadlines.awaitClose(nowMs());
    armTimer();
}

void PeerConnection::onDeadline()
{
    if (m_finished)
        return;
    // One deadline per pass of the event loop, as separate timers would fire: when another is
    // due too, the timer is armed for it at once and the socket gets its turn in between.
    switch (m_deadlines.takeDue(nowMs())) {
    case Due::Nothing:
        break; // early, or what it was armed for went away: wait for the next one
    case Due::Ping:
        if (m_connection.readyState() == ReadyState::Open)
            sendPing();
        break;
    case Due::PongTimeout:
        failOn(Failure::PongTimeout,
               "No Pong within " + QByteArray::number(m_peerOptions.pongTimeoutMs)
                   + " ms of a Ping");
        break;
    case Due::IdleTimeout:
        m_batch.note(Note::IdleTimeout, {QByteArray::number(m_peerOptions.idleMs)});
        close(CloseCode::GoingAway, "idle timeout");
        break;
    case Due::HandshakeTimeout:
        failOn(Failure::HandshakeTimeout,
               "No complete opening handshake within "
                   + QByteArray::number(m_peerOptions.handshakeMs) + " ms");
        break;
    case Due::CloseTimeout:
        recordFailure(Failure::CloseTimeout,
                      "The closing handshake did not finish within "
                          + QByteArray::number(m_peerOptions.closeMs) + " ms; closing TCP");
        abortSocket();
        finish();
        break;
    }
    armTimer();
}

void PeerConnection::onDisconnected()
{
    if (m_direct) // in the same call as the socket closed its descriptor
        m_direct->stop();
    if (m_finished || m_transportGone)
        return;
    if (m_shaper) {
        // What the peer sent before it closed still crosses the link first.
        while (m_socket->bytesAvailable() > 0)
            m_shaper->queueInbound(m_socket->readAll(), nowUs());
        if (m_shaper->heldInbound() > 0) {
            m_transportGone = true;
            m_linkTimer->start(0);
            return;
        }
    }
    finish();
}

void PeerConnection::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_direct)
        m_direct->stop(); // nothing more is written, whatever the socket's state
    if (m_linkTimer)
        m_linkTimer->stop();
    leaveBudget();
    m_deadlines.finished();
    m_timer.stop();
    m_connection.transportClosed();
    recordEvents();
    m_batch.flush();
    Q_EMIT finished(id());
}

void PeerConnection::onSocketError(QAbstractSocket::SocketError error)
{
    if (error == QAbstractSocket::RemoteHostClosedError || m_finished)
        return; // the normal end of a connection; disconnected() follows
    qCDebug(lcNet) << "connection" << id() << "socket error:" << m_socket->errorString();
    recordFailure(Failure::SocketError, m_socket->errorString().toUtf8());
    m_batch.flush();
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        onDisconnected();
}

Traffic::TrafficRecord &PeerConnection::recordFailure(Failure failure, const QByteArray &detail)
{
    if (m_failure == Failure::None) {
        m_failure = failure;
        m_failureDetail = detail;
    }
    return m_batch.error(failure, detail);
}

void PeerConnection::failOn(Failure failure, const QByteArray &detail)
{
    recordFailure(failure, detail);
    if (m_connection.readyState() == ReadyState::Open)
        m_connection.sendClose(failure == Failure::PongTimeout ? CloseCode::GoingAway
                                                               : CloseCode::PolicyViolation,
                               Traffic::failureName(failure));
    pump();
    handWritesToSocket(); // written before it closes
    m_socket->disconnectFromHost();
    awaitClose();
}

void PeerConnection::abort(const QByteArray &why)
{
    drop(Failure::Aborted, why);
}

void PeerConnection::drop(Failure failure, const QByteArray &detail)
{
    if (m_finished)
        return;
    recordFailure(failure, detail);
    abortSocket();
    finish();
}

void PeerConnection::recordEvents()
{
    if (!m_connection.hasEvents())
        return;
    // Reentrant (a reply sent while handling an event records again), so a buffer per level.
    std::vector<Event> events = EventSpares::take();
    m_connection.takeEvents(events); // the connection keeps our old buffer's capacity
    m_batch.stampTurn(); // everything from one read or one send happened at this moment
    const bool client = m_connection.role() == Role::Client;
    for (Event &e : events) {
        switch (e.type) {
        case EventType::HandshakeSent: {
            auto &r
                = m_batch.add(client ? RecordKind::HandshakeRequest : RecordKind::HandshakeResponse,
                              Direction::Outbound);
            r.bytes = e.handshake->head.wireBytes();
            break;
        }
        case EventType::HandshakeReceived: {
            if (m_connection.holdsResponse()) { // the response waits, in this thread
                m_batch.note(Note::Misbehaving,
                             {"delay-101=" + QByteArray::number(m_peerOptions.responseDelayMs)});
                QTimer::singleShot(m_peerOptions.responseDelayMs, this,
                                   &PeerConnection::releaseResponse);
            }
            auto &r
                = m_batch.add(client ? RecordKind::HandshakeResponse : RecordKind::HandshakeRequest,
                              Direction::Inbound);
            r.bytes = e.handshake->head.raw;
            if (!client)
                m_requestHead = e.handshake->head.raw;
            for (const CheckResult &check : e.handshake->validation.checks) {
                if (!check.passed()) {
                    r.failure = Traffic::failureOf(check.problem);
                    r.text = check.detail;
                    m_handshakeProblem = r.failure;
                    break;
                }
            }
            break;
        }
        case EventType::Open: {
            m_deadlines.opened(nowMs());
            armTimer();
            // Opened on request despite failed checks: said before the Open, every time.
            if (const CheckResult *failed = e.handshake->validation.firstFailure()) {
                const auto &checks = e.handshake->validation.checks;
                const auto count = std::count_if(checks.begin(), checks.end(),
                                                 [](const CheckResult &c) { return !c.passed(); });
                m_batch.note(Note::HandshakeErrorsIgnored,
                             {QByteArray::number(qsizetype(count)),
                              Traffic::failureName(Traffic::failureOf(failed->problem))});
            }
            m_batch.note(Note::Open,
                         {e.handshake->validation.subprotocol,
                          e.handshake->validation.deflate ? QByteArray("permessage-deflate")
                                                          : QByteArray()});
            Q_EMIT opened(id());
            break;
        }
        case EventType::HandshakeFailed:
            m_deadlines.handshakeFailed();
            armTimer();
            // The failed check, when there was one; else the bytes were not a handshake.
            recordFailure(m_handshakeProblem != Failure::None ? m_handshakeProblem
                                                              : Failure::HandshakeFailed,
                          e.detail);
            break;
        case EventType::FrameSent:
        case EventType::FrameReceived: {
            if (m_peerOptions.capture != CaptureLevel::Frames && !isControlOpcode(e.header.opcode))
                break;
            auto &r = m_batch.add(RecordKind::Frame,
                                  e.type == EventType::FrameSent ? Direction::Outbound
                                                                 : Direction::Inbound);
            r.opcode = e.header.opcode;
            r.fin = e.header.fin;
            r.compressed = e.header.rsv & Rsv::Rsv1;
            r.rsv = e.header.rsv;
            r.masked = e.header.masked;
            r.maskKey = e.header.maskKey;
            r.lengthEncoding = quint8(e.header.lengthEncoding);
            r.payloadLength = e.header.payloadLength;
            r.bytes = e.payload; // shared with the message; wireBytes() rebuilds the frame
            if (e.header.opcode == toRaw(Opcode::Close)) // 0: no code (or an unreadable one)
                r.closeCode = parseClosePayload(e.payload).close.code.value_or(0);
            break;
        }
        case EventType::Message: {
            ++m_messagesIn;
            if (m_peerOptions.capture != CaptureLevel::None) {
                m_batch.message(Direction::Inbound, e.opcode, e.payload, e.compressed);
            }
            if (m_onMessage)
                m_onMessage(id(), e.opcode, e.payload);
            break;
        }
        case EventType::Pong:
            m_deadlines.pongReceived();
            armTimer();
            Q_EMIT pongReceived(id(), e.payload);
            break;
        case EventType::Ping:
        case EventType::CloseReceived:
            break; // their frames are recorded
        case EventType::ProtocolViolation: {
            auto &r = recordFailure(Traffic::failureOf(e.failure.error), e.failure.detail);
            r.closeCode = e.failure.closeCode;
            break;
        }
        case EventType::ReadyStateChanged: {
            if (e.state == ReadyState::Closing || e.state == ReadyState::Closed) {
                m_deadlines.closing(); // no more Pings
                armTimer();
            }
            auto &r = m_batch.add(RecordKind::State, Direction::None);
            r.readyState = e.state;
            break;
        }
        case EventType::Closed: {
            const CloseInfo &info = *e.closeInfo;
            auto &r = m_batch.add(RecordKind::Close, Direction::None);
            r.closeCode = info.code;
            r.wasClean = info.wasClean;
            r.text = info.reason;
            r.failure = m_failure;
            break;
        }
        }
    }
    // Payloads nothing kept (no capture, no listener holding one) are this thread's next
    // small payload buffers, as evicted records' are: no allocation per message either way.
    for (Event &e : events)
        Protocol::PayloadSpares::give(std::move(e.payload));
    events.clear();
    EventSpares::give(std::move(events), 256, 16);
}

void PeerConnection::recordOutgoingMessage(quint8 opcode, const QByteArray &payload,
                                           SendStatus status)
{
    if (status == SendStatus::Sent) {
        ++m_messagesOut;
        if (m_peerOptions.capture == CaptureLevel::None) {
            if (!m_inReadHandler)
                pump();
            return;
        }
        recordEvents(); // the message's frames, so a single frame can become the message record
        m_batch.message(Direction::Outbound, opcode, payload,
                        m_connection.deflateParams().has_value());
    } else {
        m_batch.error(Failure::SendRefused, sendStatusName(status));
    }
    if (!m_inReadHandler)
        pump();
}

SendStatus PeerConnection::sendText(const QByteArray &utf8, const SendOptions &options)
{
    const SendStatus s = m_connection.sendText(utf8, options);
    recordOutgoingMessage(toRaw(Opcode::Text), utf8, s);
    return s;
}

SendStatus PeerConnection::sendBinary(const QByteArray &data, const SendOptions &options)
{
    const SendStatus s = m_connection.sendBinary(data, options);
    recordOutgoingMessage(toRaw(Opcode::Binary), data, s);
    return s;
}

SendStatus PeerConnection::sendPing(const QByteArray &payload)
{
    const SendStatus s = m_connection.sendPing(payload);
    pump();
    return s;
}

SendStatus PeerConnection::sendPong(const QByteArray &payload)
{
    const SendStatus s = m_connection.sendPong(payload);
    pump();
    return s;
}

SendStatus PeerConnection::close(std::optional<quint16> code, const QByteArray &reason)
{
    const SendStatus s = m_connection.sendClose(code, reason);
    if (s != SendStatus::Sent && s != SendStatus::AlreadyClosing)
        m_batch.error(Failure::CloseRefused, sendStatusName(s));
    pump();
    if (s == SendStatus::Sent)
        awaitClose();
    return s;
}

void PeerConnection::releaseResponse()
{
    if (m_finished || !m_connection.releaseResponse())
        return;
    pump();
}

void PeerConnection::noteMisbehaving(const QList<QByteArray> &what)
{
    m_batch.note(Note::Misbehaving, what);
    m_batch.flush();
}

void PeerConnection::sendMessageFrames(quint8 opcode, const QByteArray &payload,
                                       const QList<FrameSpec> &frames)
{
    for (const FrameSpec &frame : frames)
        m_connection.sendFrame(frame);
    recordOutgoingMessage(opcode, payload, SendStatus::Sent);
}

void PeerConnection::resetMidMessage(quint8 opcode, const QByteArray &payload,
                                     const QList<QByteArray> &what)
{
    if (m_finished)
        return;
    pump(); // what was sent before goes out whole
    FrameSpec spec;
    spec.opcode = opcode;
    spec.payload = payload;
    m_connection.sendFrame(spec);
    const QByteArray frame = m_connection.takeOutgoing();
    const qsizetype cut = std::max<qsizetype>(1, frame.size() / 2);
    recordEvents(); // the frame as it was meant to go, then how much of it went
    m_batch.note(
        Note::Misbehaving,
        what + QList<QByteArray> {QByteArray::number(cut), QByteArray::number(frame.size())});
    handWritesToSocket();
    m_socket->write(frame.first(cut));
    m_socket->flush();
#ifdef Q_OS_UNIX
    const linger reset {1, 0}; // close() sends RST instead of FIN
    ::setsockopt(int(m_socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &reset, sizeof reset);
#endif
    abortSocket();
    onDisconnected();
}

void PeerConnection::closeTcpWithoutClose(const QList<QByteArray> &what)
{
    if (m_finished)
        return;
    pump();
    m_batch.note(Note::Misbehaving, what);
    handWritesToSocket();
    m_socket->flush();
    abortSocket();
    onDisconnected();
}

void PeerConnection::sendFrame(const FrameSpec &spec)
{
    m_batch.note(Note::RawFrameSent);
    m_connection.sendFrame(spec);
    pump();
}

} // namespace WsBench::Net
