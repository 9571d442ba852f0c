#pragma once

#include "core/protocol/close_code.h"
#include "core/protocol/deflate.h"
#include "core/protocol/events.h"
#include "core/protocol/frame_decoder.h"
#include "core/protocol/handshake.h"
#include "core/protocol/handshake_parser.h"
#include "core/protocol/message_assembler.h"
#include "core/protocol/random_source.h"
#include "core/protocol/thread_spares.h"
#include "core/protocol/validation_policy.h"

#include <QByteArray>
#include <QVarLengthArray>

#include <memory>
#include <optional>
#include <vector>

namespace WsBench::Protocol {

struct ConnectionConfig
{
    Role role = Role::Client;
    ValidationPolicy policy;
    bool autoPong = true; // RFC 6455 §5.5.2; off to test a peer's idle timeout
    // RFC 6455 §5.5.1: a Close is answered with a Close. Off for a peer that misbehaves on
    // purpose: it goes CLOSING and leaves the other side waiting.
    bool answerClose = true;
    HandshakeParser::Limits handshakeLimits;
    ClientHandshakeOptions client; // Role::Client
    ServerHandshakeOptions server; // Role::Server
};

enum class SendStatus : quint8 {
    Sent,
    NotOpen, // CONNECTING: nothing sent (WHATWG throws InvalidStateError)
    Discarded, // CLOSING/CLOSED: not sent, but bufferedAmount grows (WHATWG)
    InvalidUtf8, // text that is not UTF-8
    InvalidArgument, // payload too long for a control frame, bad fragment count
    InvalidCloseCode, // not valid on the wire, or not for this role
    CloseReasonTooLong, // more than 123 bytes
    AlreadyClosing, // a Close was already sent
};
const char *sendStatusName(SendStatus status);

struct SendOptions
{
    int fragments = 1; // split into this many frames (RFC 6455 §5.4)
    bool compress = true; // when permessage-deflate was negotiated
};

// The RFC 6455 connection state machine, identical for both roles and free of I/O
// (DESIGN §1). The transport feeds received bytes in, takes bytes out, and tells the
// connection what it wrote and when TCP closed. Everything that happens comes out as Events.
// A received Close is answered, and a failure announced, when the transport next takes bytes,
// after anything the application sent in reaction to the events before it (Autobahn 7.1.1).
class Connection
{
public:
    Connection(const ConnectionConfig &config, RandomSource random);
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    Role role() const { return m_config.role; }
    ReadyState readyState() const { return m_state; }

    // Client: queue the opening handshake. Servers wait for the request.
    void start();

    // A server's response held by ServerHandshakeOptions::holdResponse goes out now; true when
    // there was one.
    bool releaseResponse();
    bool holdsResponse() const { return m_heldResponse.has_value(); }

    // --- Inbound ---
    void receiveData(QByteArrayView data);
    // TCP is gone (either side closed it, or it broke). Ends in CLOSED.
    void transportClosed();

    // --- Outbound intents (the strict way) ---
    SendStatus sendText(const QByteArray &utf8, const SendOptions &options = {});
    SendStatus sendBinary(const QByteArray &data, const SendOptions &options = {});
    SendStatus sendPing(QByteArrayView payload = {});
    SendStatus sendPong(QByteArrayView payload = {});
    // RFC 6455 §5.5.1 / §7.4. No code: an empty Close frame.
    SendStatus sendClose(std::optional<quint16> code = CloseCode::Normal,
                         QByteArrayView reason = {});
    // The raw way: any frame at all, for deliberate violations. A client frame without a
    // mask key is sent unmasked. A Close frame sent this way counts as this side's Close.
    void sendFrame(const FrameSpec &spec);

    // --- Transport side ---
    bool hasOutgoing() const
    {
        return !m_outgoing.isEmpty() || !m_sealed.empty() || m_closePending;
    }
    QByteArray takeOutgoing();
    // The same bytes without giving them up, in order, as parts: a large payload a server
    // sends is a part of its own, never copied. Write them, then clearOutgoing() keeps the
    // buffer for the next turn.
    using OutgoingParts = QVarLengthArray<QByteArrayView, 8>;
    void outgoingParts(OutgoingParts &parts);
    void clearOutgoing();
    // The transport handed `bytes` to the network: bufferedAmount falls accordingly.
    void transportWrote(qint64 bytes);
    // The transport should close TCP once the outgoing bytes are written: after a failure,
    // a rejected handshake, or (server) a completed closing handshake (RFC 6455 §7.1.1).
    bool wantsTransportClose() const { return m_wantsTransportClose; }
    bool closeHandshakeComplete() const
    {
        return m_closeInfo.closeSent && m_closeInfo.closeReceived;
    }

    // --- Events ---
    bool hasEvents() const { return !m_events.empty(); }
    std::vector<Event> takeEvents() { return std::exchange(m_events, {}); }
    // Swaps the pending events into `out` (cleared first), keeping both buffers' capacity.
    void takeEvents(std::vector<Event> &out)
    {
        out.clear();
        out.swap(m_events);
    }

    // --- State ---
    quint64 bufferedAmount() const { return m_bufferedAmount; } // WHATWG, application bytes
    const CloseInfo &closeInfo() const { return m_closeInfo; }
    QByteArray subprotocol() const { return m_subprotocol; }
    std::optional<DeflateParams> deflateParams() const { return m_deflateParams; }
    void setAutoPong(bool on) { m_config.autoPong = on; }
    void setAnswerClose(bool on) { m_config.answerClose = on; }
    qint64 bytesReceived() const { return m_bytesReceived; }

private:
    void setState(ReadyState state);
    void handleHandshakeBytes(QByteArrayView data);
    void completeClientHandshake();
    void completeServerHandshake();
    void sendServerResponse(const ServerHandshakeResult &result, const QByteArray &key);
    void open(const HandshakeValidation &validation);
    void failHandshake(QByteArray detail);
    void processFrames(const char *data, qsizetype size);
    void handleControlFrame(const FrameHeader &header, const QByteArray &payload);
    // `payloadOffset`: where the Close payload started in the inbound stream.
    void handleClose(const QByteArray &payload, qint64 payloadOffset);
    void flushPendingClose();
    // Takes the thread's spare outgoing buffer when this connection holds none.
    void reserveOutgoing();
    void finishClosingHandshake();
    void failConnection(ProtocolFailure failure);
    SendStatus sendData(Opcode opcode, const QByteArray &data, const SendOptions &options);
    void queueFrame(bool fin, quint8 rsv, quint8 opcode, const QByteArray &payload,
                    quint64 appBytes);
    void queueSpec(const FrameSpec &spec, quint64 appBytes);
    // `length` as the header declares it; the payload written is `payload`, masked with the key.
    void queueEncoded(bool fin, quint8 rsv, quint8 opcode, quint64 length, LengthEncoding encoding,
                      std::optional<quint32> maskKey, const QByteArray &payload, quint64 appBytes);
    void queueBytes(const QByteArray &bytes, qint64 headerBytes, quint64 appBytes);
    void emitEvent(Event event) { addEvent(event.type) = std::move(event); }
    // A new event at the end of the queue, filled in place (valid until the next event).
    Event &addEvent(EventType type)
    {
        if (m_events.capacity() == 0) // a turn's first event: a buffer the thread keeps
            m_events = ThreadSpares<std::vector<Event>>::take();
        if (m_events.capacity() == 0)
            m_events.reserve(16);
        Event &e = m_events.emplace_back();
        e.type = type;
        return e;
    }

    struct PendingWrite
    {
        qint64 wireBytes = 0;
        qint64 headerBytes = 0;
        quint64 appBytes = 0;
        qint64 written = 0;
        quint64 released = 0;
    };

    ConnectionConfig m_config;
    RandomSource m_random;
    ReadyState m_state = ReadyState::Connecting;
    std::unique_ptr<HandshakeParser> m_handshakeParser; // until the opening handshake is over
    std::unique_ptr<ClientRequest> m_clientRequest; // a client's, once started
    FrameDecoder m_decoder;
    MessageAssembler m_assembler;
    std::unique_ptr<DeflateCodec> m_deflate;
    std::optional<DeflateParams> m_deflateParams;
    QByteArray m_subprotocol;
    bool m_started = false;
    bool m_inputStopped = false;
    bool m_wantsTransportClose = false;
    bool m_failed = false;
    bool m_currentFrameIsControl = false;
    bool m_closePending = false; // a Close reply or failure Close, sent on takeOutgoing()
    std::optional<quint16> m_pendingCloseCode;
    CloseInfo m_closeInfo;
    std::optional<ServerHandshakeResult> m_heldResponse; // and what arrives meanwhile:
    QByteArray m_heldInput;
    QByteArray m_heldKey;
    std::vector<QByteArray> m_sealed; // outgoing parts before m_outgoing
    QByteArray m_outgoing;
    std::vector<PendingWrite> m_pending; // written from m_pendingHead on
    std::size_t m_pendingHead = 0;
    quint64 m_bufferedAmount = 0;
    qint64 m_bytesReceived = 0;
    std::vector<Event> m_events;
};

} // namespace WsBench::Protocol
