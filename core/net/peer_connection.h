#pragma once

#include "core/net/connection_deadlines.h"
#include "core/net/direct_writer.h"
#include "core/net/link_conditions.h"
#include "core/net/record_batch.h"
#include "core/net/send_budget.h"
#include "core/protocol/connection.h"

#include <QAbstractSocket>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

namespace WsBench::Net {

// How much of a connection's traffic goes into the store. Handshakes, state changes, closes,
// errors and control frames are always recorded.
enum class CaptureLevel : quint8 {
    Frames, // every frame with its wire bytes, and every message (the default)
    Messages, // messages, but not the data frames that carried them
    None, // no data frames or messages (for load tests)
};

// Per-connection settings: timeouts, the buffered-data limit and what gets recorded.
struct PeerOptions
{
    int handshakeMs = 10000; // opening handshake (slowloris protection on servers)
    int closeMs = 5000; // waiting for the peer's Close, or for the server to close TCP
    int idleMs = 0; // no bytes received for this long: close with 1001 (0 = off)
    int pingIntervalMs = 0; // send a Ping this often (0 = off)
    int pongTimeoutMs = 0; // no Pong within this time after a Ping: fail (0 = off)
    qint64 maxBufferedBytes = qint64(256) * 1024 * 1024; // bufferedAmount above this: abort
    CaptureLevel capture = CaptureLevel::Frames;
    // Back-pressure: while bufferedAmount is above this, stop reading the socket, so a peer
    // that sends but does not read is held back by TCP instead of growing our queue for it.
    // Reading resumes when a quarter of it is left. 0: always read.
    qint64 pauseReadingAboveBytes = 0;
    SendBudget *budget = nullptr; // the process's limit on unsent bytes, if any (not owned)
    // Server: a response held by ServerHandshakeOptions::holdResponse goes out this long after
    // the request arrived (a server that misbehaves on purpose).
    int responseDelayMs = 0;
    LinkConditions link {}; // a slow or stalled link to simulate (neutral: none)
};

// The defaults for a server's peers: as PeerOptions, with back-pressure at 1 MiB.
inline PeerOptions serverPeerOptions()
{
    PeerOptions options;
    options.pauseReadingAboveBytes = 1024 * 1024;
    return options;
}

// Drives one Protocol::Connection over one socket, for either role (the engine's only
// connection driver). Lives in the I/O thread. Records everything into the traffic store.
class PeerConnection final : public QObject, public SendBudget::Holder
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeerConnection)

public:
    // Takes ownership of a connected `socket` (QTcpSocket or QSslSocket).
    PeerConnection(quint32 id, QAbstractSocket *socket, const Protocol::ConnectionConfig &config,
                   const PeerOptions &peerOptions, Traffic::TrafficStore *store,
                   const Traffic::Clock *clock, QObject *parent = nullptr);
    ~PeerConnection() override;

    // Client: send the opening handshake. Server: start waiting for it. Either way, bytes that
    // already arrived are processed.
    void start();

    quint32 id() const { return m_batch.connectionId(); }
    Protocol::ReadyState readyState() const { return m_connection.readyState(); }
    quint64 bufferedAmount() const { return m_connection.bufferedAmount(); }
    const Protocol::CloseInfo &closeInfo() const { return m_connection.closeInfo(); }
    QString peerAddress() const { return m_peerAddress; }
    QByteArray requestHead() const { return m_requestHead; }
    qint64 connectedAtUs() const { return m_connectedAtUs; }
    quint64 messagesIn() const { return m_messagesIn; }
    quint64 messagesOut() const { return m_messagesOut; }
    // The first failure recorded on this connection (None when it ended without one).
    Traffic::Failure failure() const { return m_failure; }
    // The unsent bytes this connection counts against its SendBudget.
    qint64 chargedBytes() const override { return m_charged; }
    // Called by the SendBudget: this connection holds the most of a budget that is used up.
    // Drops TCP (a Close frame would wait behind the bytes the peer is not reading).
    void dropForBudget(qint64 limit) override;
    const QByteArray &failureDetail() const { return m_failureDetail; } // its untranslated detail

    Protocol::SendStatus sendText(const QByteArray &utf8,
                                  const Protocol::SendOptions &options = {});
    Protocol::SendStatus sendBinary(const QByteArray &data,
                                    const Protocol::SendOptions &options = {});
    Protocol::SendStatus sendPing(const QByteArray &payload = {});
    Protocol::SendStatus sendPong(const QByteArray &payload = {});
    Protocol::SendStatus close(std::optional<quint16> code, const QByteArray &reason = {});
    void sendFrame(const Protocol::FrameSpec &spec);
    void setAutoPong(bool on) { m_connection.setAutoPong(on); }
    void setAnswerClose(bool on) { m_connection.setAnswerClose(on); }

    // Misbehaving on purpose (misbehaviour.h); each is recorded with a Note::Misbehaving that
    // carries `what` (misbehaviourArguments()).
    void noteMisbehaving(const QList<QByteArray> &what);
    // A message in frames that break the rules; recorded as the message `payload` it carries.
    void sendMessageFrames(quint8 opcode, const QByteArray &payload,
                           const QList<Protocol::FrameSpec> &frames);
    // The first half of the message's frame goes out, then TCP is reset (SO_LINGER 0).
    void resetMidMessage(quint8 opcode, const QByteArray &payload, const QList<QByteArray> &what);
    // TCP closes now, without a Close frame.
    void closeTcpWithoutClose(const QList<QByteArray> &what);
    // Applies at once, to bytes already held back too. Recorded as a note.
    void setLinkConditions(const LinkConditions &conditions);
    const LinkConditions &linkConditions() const { return m_peerOptions.link; }
    // Drop TCP at once, without a closing handshake.
    void abort(const QByteArray &why = {});
    // Called with every message received, as it is recorded (the endpoint's hot path: a plain
    // call where a signal would cost a few hundred instructions per message).
    using MessageHandler = std::function<void(quint32 id, quint8 opcode, const QByteArray &)>;
    void setMessageHandler(MessageHandler handler) { m_onMessage = std::move(handler); }

Q_SIGNALS:
    void opened(quint32 id);
    void pongReceived(quint32 id, const QByteArray &payload);
    // Emitted once, when TCP is gone; the object may be deleted afterwards.
    void finished(quint32 id);

private:
    void onReadyRead();
    void onBytesWritten(qint64 bytes);
    void onDisconnected();
    // TCP is gone (or dropped): records the end and emits finished().
    void finish();
    void onSocketError(QAbstractSocket::SocketError error);
    void pump();
    void recordEvents();
    void recordOutgoingMessage(quint8 opcode, const QByteArray &payload,
                               Protocol::SendStatus status);
    void maybeCloseTransport();
    // Brings the SendBudget up to date with bufferedAmount.
    void chargeBudget();
    void leaveBudget();
    bool overReadLimit() const;
    // The time of the injected clock, in milliseconds, for the deadlines.
    qint64 nowMs() const;
    // The timer fired: do what the deadlines say is due, then wait for the next one.
    void onDeadline();
    // The delayed response to the opening handshake goes out.
    void releaseResponse();
    // Arms the timer for the next deadline, or stops it when there is none.
    void armTimer();
    // Starts the close limit (unless it is running) and arms the timer for it.
    void awaitClose();
    Traffic::TrafficRecord &recordFailure(Traffic::Failure failure, const QByteArray &detail);
    // Records the failure, sends a Close when open, then closes TCP.
    void failOn(Traffic::Failure failure, const QByteArray &detail);
    // Records the failure and drops TCP at once.
    void drop(Traffic::Failure failure, const QByteArray &detail);
    // Link conditions (link_conditions.h): the protocol's output goes through the shaper, which
    // exists only while the conditions are not neutral or it still holds bytes.
    using Parts = Protocol::Connection::OutgoingParts;
    // Both return how much went to the kernel at once: the caller reports it as written.
    qint64 writeOut(const Parts &parts);
    qint64 socketWrite(const Parts &parts);
    // What the direct writer holds goes to the socket's buffer, and later writes too: the
    // socket is about to be flushed or closed.
    void abortSocket();
    void handWritesToSocket();
    // Reads and handles what the socket holds, within bounds.
    void read();
    void releaseOutbound();
    void deliverInbound();
    void onLinkTimer();
    void armLinkTimer();
    void applyReadBufferSize();
    qint64 nowUs() const;

    Protocol::Connection m_connection;
    MessageHandler m_onMessage;
    QAbstractSocket *m_socket;
    std::unique_ptr<DirectWriter> m_direct; // a server's plain TCP socket (Linux)
    PeerOptions m_peerOptions;
    RecordBatch m_batch;
    ConnectionDeadlines m_deadlines;
    QTimer m_timer; // one timer, armed for the next of m_deadlines
    std::unique_ptr<LinkShaper> m_shaper;
    std::unique_ptr<QTimer> m_linkTimer; // armed for the shaper's next step
    bool m_transportGone = false; // TCP closed while the shaper still held received bytes
    qint64 m_timerDueMs = 0; // the deadline m_timer is armed for
    QString m_peerAddress;
    QByteArray m_requestHead;
    qint64 m_connectedAtUs = 0;
    quint64 m_messagesIn = 0;
    quint64 m_messagesOut = 0;
    bool m_finished = false;
    bool m_inReadHandler = false;
    bool m_closingTransport = false;
    bool m_readingPaused = false;
    bool m_pausedBefore = false;
    bool m_inBudget = false;
    qint64 m_charged = 0; // what chargeBudget() last told the budget
    Traffic::Failure m_failure = Traffic::Failure::None;
    QByteArray m_failureDetail;
    // The first check the received handshake failed, if any.
    Traffic::Failure m_handshakeProblem = Traffic::Failure::None;
};

} // namespace WsBench::Net
