#include "core/protocol/connection.h"

#include "core/protocol/close_code.h"
#include "core/protocol/close_payload.h"
#include "core/protocol/frame_encoder.h"
#include "core/protocol/thread_spares.h"
#include "core/protocol/utf8_validator.h"

#include <QStringBuilder>
#include <algorithm>

namespace WsBench::Protocol {

namespace {
__extension__ typedef unsigned __int128 Wide;

// A payload this large that a server sends unmasked goes out as a part of its own.
constexpr qsizetype kOwnPartBytes = 16 * 1024;

// value * numerator / denominator without overflow.
quint64 scaled(quint64 value, quint64 numerator, quint64 denominator)
{
    return quint64((Wide(value) * numerator) / denominator);
}
} // namespace

const char *eventTypeName(EventType type)
{
    switch (type) {
    case EventType::HandshakeSent:
        return "HandshakeSent";
    case EventType::HandshakeReceived:
        return "HandshakeReceived";
    case EventType::Open:
        return "Open";
    case EventType::HandshakeFailed:
        return "HandshakeFailed";
    case EventType::FrameSent:
        return "FrameSent";
    case EventType::FrameReceived:
        return "FrameReceived";
    case EventType::Message:
        return "Message";
    case EventType::Ping:
        return "Ping";
    case EventType::Pong:
        return "Pong";
    case EventType::CloseReceived:
        return "CloseReceived";
    case EventType::ProtocolViolation:
        return "ProtocolViolation";
    case EventType::ReadyStateChanged:
        return "ReadyStateChanged";
    case EventType::Closed:
        return "Closed";
    }
    return "Unknown";
}

const char *sendStatusName(SendStatus status)
{
    switch (status) {
    case SendStatus::Sent:
        return "Sent";
    case SendStatus::NotOpen:
        return "NotOpen";
    case SendStatus::Discarded:
        return "Discarded";
    case SendStatus::InvalidUtf8:
        return "InvalidUtf8";
    case SendStatus::InvalidArgument:
        return "InvalidArgument";
    case SendStatus::InvalidCloseCode:
        return "InvalidCloseCode";
    case SendStatus::CloseReasonTooLong:
        return "CloseReasonTooLong";
    case SendStatus::AlreadyClosing:
        return "AlreadyClosing";
    }
    return "Unknown";
}

Connection::Connection(const ConnectionConfig &config, RandomSource random)
    : m_config(config)
    , m_random(std::move(random))
    , m_handshakeParser(std::make_unique<HandshakeParser>(config.handshakeLimits))
    , m_decoder(config.role, config.policy)
    , m_assembler(config.policy)
{ }

Connection::~Connection() = default;

void Connection::setState(ReadyState state)
{
    if (m_state == state)
        return;
    m_state = state;
    Event e;
    e.type = EventType::ReadyStateChanged;
    e.state = state;
    emitEvent(std::move(e));
}

void Connection::start()
{
    if (m_started)
        return;
    m_started = true;
    if (m_config.role != Role::Client)
        return;
    m_clientRequest
        = std::make_unique<ClientRequest>(buildClientRequest(m_config.client, m_random));
    queueBytes(m_clientRequest->head.raw, m_clientRequest->head.raw.size(), 0);
    auto record = std::make_shared<HandshakeRecord>();
    record->head = m_clientRequest->head;
    record->sent = true;
    record->key = m_clientRequest->key;
    Event e;
    e.type = EventType::HandshakeSent;
    e.handshake = std::move(record);
    emitEvent(std::move(e));
}

// --- Inbound -----------------------------------------------------------------------------

void Connection::receiveData(QByteArrayView data)
{
    m_bytesReceived += data.size();
    if (m_inputStopped || m_state == ReadyState::Closed)
        return; // RFC 6455 §7.1.7: no further data after failing; §5.5.1 nothing after Close
    if (m_heldResponse) {
        m_heldInput.append(data); // read once the response is out
        return;
    }
    if (m_state == ReadyState::Connecting) {
        handleHandshakeBytes(data);
        return;
    }
    processFrames(data.data(), data.size());
}

void Connection::handleHandshakeBytes(QByteArrayView data)
{
    if (m_config.role == Role::Client && !m_started) {
        failHandshake("Data received before the opening handshake was sent");
        return;
    }
    if (!m_handshakeParser)
        return; // the handshake is over
    const auto status = m_handshakeParser->feed(data);
    if (status == HandshakeParser::Status::NeedMore)
        return;
    if (status == HandshakeParser::Status::Failed) {
        if (m_config.role == Role::Server)
            queueBytes(buildRejection(400, m_handshakeParser->errorDetail()).wireBytes(), 0, 0);
        failHandshake(m_handshakeParser->errorDetail());
        m_handshakeParser.reset();
        return;
    }
    if (m_config.role == Role::Client)
        completeClientHandshake();
    else
        completeServerHandshake();
    if (m_heldResponse)
        return; // the parser keeps what follows until the response goes out
    // Frames that arrived in the same read as the handshake (RFC 6455 §4.1: the server may
    // send data right after its response; a client may pipeline).
    const QByteArray early
        = m_state == ReadyState::Open ? m_handshakeParser->takeLeftover() : QByteArray();
    m_handshakeParser.reset(); // an open connection keeps no parser
    if (!early.isEmpty())
        processFrames(early.constData(), early.size());
}

void Connection::completeClientHandshake()
{
    auto record = std::make_shared<HandshakeRecord>();
    record->head = m_handshakeParser->takeHead();
    record->key = m_clientRequest->key;
    record->validation = validateResponse(record->head, *m_clientRequest, m_config.client);
    const HandshakeValidation validation = record->validation;
    Event e;
    e.type = EventType::HandshakeReceived;
    e.handshake = record;
    emitEvent(std::move(e));
    // A workbench may look past a failed check, but only when the server did switch protocols.
    const bool continuing
        = m_config.policy.continueDespiteHandshakeErrors && record->head.statusCode == 101;
    if (!validation.ok() && !continuing) {
        QByteArray detail = validation.firstFailure()->detail;
        // A refusal usually explains itself in its body: quote the start of what arrived of it,
        // on one line and cut like any long value, with the body's length.
        const QByteArray body = m_handshakeParser->takeLeftover();
        const QByteArray said = body.left(4096).simplified();
        if (!said.isEmpty()) {
            qsizetype cut = std::min<qsizetype>(said.size(), 80);
            while (cut > 0 && cut < said.size() && (quint8(said.at(cut)) & 0xC0) == 0x80)
                --cut; // not inside a UTF-8 sequence
            bool known = false;
            const qsizetype length = record->head.value("Content-Length").toLongLong(&known);
            detail += " (the server says: \"" + said.left(cut)
                + (cut < said.size() ? QByteArray("…\", ") : QByteArray("\", "))
                + QByteArray::number(known ? length : body.size()) + " bytes)";
        }
        failHandshake(detail);
        return;
    }
    open(validation);
}

void Connection::completeServerHandshake()
{
    auto received = std::make_shared<HandshakeRecord>();
    received->head = m_handshakeParser->takeHead();
    ServerHandshakeResult result = answerRequest(received->head, m_config.server);
    received->validation = result.validation;
    received->key = received->head.value("Sec-WebSocket-Key");
    Event in;
    in.type = EventType::HandshakeReceived;
    in.handshake = received;
    emitEvent(std::move(in));

    if (m_config.server.holdResponse) {
        m_heldResponse = result;
        m_heldKey = received->key;
        return;
    }
    sendServerResponse(result, received->key);
}

bool Connection::releaseResponse()
{
    if (!m_heldResponse)
        return false;
    const ServerHandshakeResult result = *std::exchange(m_heldResponse, std::nullopt);
    sendServerResponse(result, std::exchange(m_heldKey, {}));
    if (m_state != ReadyState::Open)
        return true;
    const QByteArray early = (m_handshakeParser ? m_handshakeParser->takeLeftover() : QByteArray())
        + std::exchange(m_heldInput, {});
    m_handshakeParser.reset();
    if (!early.isEmpty())
        processFrames(early.constData(), early.size());
    return true;
}

void Connection::sendServerResponse(const ServerHandshakeResult &result, const QByteArray &key)
{
    queueBytes(result.response.wireBytes(), result.response.wireBytes().size(), 0);
    auto sent = std::make_shared<HandshakeRecord>();
    sent->head = result.response;
    sent->sent = true;
    sent->validation = result.validation;
    sent->key = key;
    Event out;
    out.type = EventType::HandshakeSent;
    out.handshake = sent;
    emitEvent(std::move(out));

    if (!result.accepted) {
        failHandshake(result.response.startLine + ": " + result.response.body.trimmed());
        return;
    }
    open(result.validation);
}

void Connection::open(const HandshakeValidation &validation)
{
    m_subprotocol = validation.subprotocol;
    m_deflateParams = validation.deflate;
    if (m_deflateParams) {
        m_deflate = std::make_unique<DeflateCodec>(m_config.role, *m_deflateParams,
                                                   m_config.role == Role::Client
                                                       ? m_config.client.deflate.compressionLevel
                                                       : m_config.server.deflate.compressionLevel);
        m_decoder.setAllowedRsv(Rsv::Rsv1); // RFC 7692 §6: RSV1 is "Per-Message Compressed"
        m_assembler.setDeflate(m_deflate.get());
    }
    setState(ReadyState::Open);
    auto record = std::make_shared<HandshakeRecord>();
    record->validation = validation;
    Event e;
    e.type = EventType::Open;
    e.handshake = std::move(record);
    emitEvent(std::move(e));
}

void Connection::failHandshake(QByteArray detail)
{
    m_inputStopped = true;
    m_failed = true;
    m_wantsTransportClose = true;
    Event e;
    e.type = EventType::HandshakeFailed;
    e.detail = std::move(detail);
    emitEvent(std::move(e));
}

void Connection::processFrames(const char *data, qsizetype size)
{
    for (;;) {
        const FrameDecoder::Step step = m_decoder.decode(data, size);
        data += step.consumed;
        size -= step.consumed;
        switch (step.status) {
        case FrameDecoder::Status::NeedMore:
            return;
        case FrameDecoder::Status::Failed:
            failConnection(m_decoder.failure());
            return;
        case FrameDecoder::Status::Header: {
            const FrameHeader &h = m_decoder.header();
            m_currentFrameIsControl = h.isControl();
            if (m_currentFrameIsControl) {
                if (m_deflate && (h.rsv & Rsv::Rsv1) && m_config.policy.rejectUnnegotiatedRsv) {
                    failConnection(makeFailure(ProtocolError::CompressedControlFrame,
                                               "RSV1 set on a control frame (RFC 7692 §6.1)",
                                               m_decoder.frameOffset()));
                    return;
                }
            } else if (auto failure = m_assembler.beginFrame(h)) {
                failure->streamOffset = m_decoder.frameOffset();
                failConnection(*failure);
                return;
            }
            break;
        }
        case FrameDecoder::Status::Payload:
            if (!m_currentFrameIsControl) {
                const QByteArrayView chunk = m_decoder.lastChunk();
                if (auto failure = m_assembler.payloadChunk(chunk)) {
                    if (failure->streamOffset >= 0)
                        failure->streamOffset += m_decoder.bytesConsumed() - chunk.size();
                    failConnection(*failure);
                    return;
                }
            }
            break;
        case FrameDecoder::Status::FrameComplete: {
            Event &frame = addEvent(EventType::FrameReceived);
            frame.header = m_decoder.header();
            frame.payload = m_decoder.takePayload();
            const FrameHeader header = frame.header;
            const QByteArray payload = frame.payload; // shared
            if (m_currentFrameIsControl) {
                handleControlFrame(header, payload);
            } else {
                bool complete = false;
                if (auto failure = m_assembler.endFrame(payload, &complete)) {
                    failConnection(*failure);
                    return;
                }
                if (complete && m_state == ReadyState::Open) {
                    // WHATWG: messages are delivered only while OPEN.
                    Message message = m_assembler.takeMessage();
                    Event &e = addEvent(EventType::Message);
                    e.opcode = message.opcode;
                    e.payload = std::move(message.payload);
                    e.compressed = message.compressed;
                    e.frameCount = message.frameCount;
                }
            }
            if (m_inputStopped)
                return;
            break;
        }
        }
    }
}

void Connection::handleControlFrame(const FrameHeader &header, const QByteArray &payload)
{
    switch (header.opcode) {
    case toRaw(Opcode::Ping): {
        Event e;
        e.type = EventType::Ping;
        e.payload = payload;
        emitEvent(std::move(e));
        // RFC 6455 §5.5.2: a Pong with identical data, unless we already sent a Close.
        if (m_config.autoPong && !m_closeInfo.closeSent)
            queueFrame(true, 0, toRaw(Opcode::Pong), payload, 0);
        break;
    }
    case toRaw(Opcode::Pong): {
        Event e;
        e.type = EventType::Pong;
        e.payload = payload;
        emitEvent(std::move(e));
        break;
    }
    case toRaw(Opcode::Close):
        handleClose(payload, m_decoder.frameOffset() + header.headerSize);
        break;
    default:
        break; // reserved control opcodes reach here only with a permissive policy
    }
}

void Connection::handleClose(const QByteArray &payload, qint64 payloadOffset)
{
    // RFC 6455 §5.5.1: empty, or a 2-byte code and a UTF-8 reason.
    ClosePayloadParse parsed = parseClosePayload(payload);
    if (!parsed.ok()) {
        // The 125-byte limit is a control-frame rule (§5.5); the decoder enforces it first.
        const bool enforced = parsed.error == ProtocolError::ControlFrameTooLong
            ? m_config.policy.enforceControlFrameRules
            : m_config.policy.validateCloseFrames;
        if (enforced) {
            failConnection(parsed.failure(payloadOffset));
            return;
        }
    }
    const std::optional<quint16> code = parsed.close.code;
    const QByteArray reason = std::move(parsed.close.reason);
    m_inputStopped = true; // RFC 6455 §5.5.1: nothing is processed after a Close
    m_closeInfo.closeReceived = true;
    m_closeInfo.receivedCode = code;
    m_closeInfo.receivedReason = reason;
    if (m_closeInfo.initiator == CloseInitiator::None)
        m_closeInfo.initiator = CloseInitiator::Remote;
    Event e;
    e.type = EventType::CloseReceived;
    e.closeCode = code;
    e.closeReason = reason;
    emitEvent(std::move(e));

    if (m_closeInfo.closeSent) {
        finishClosingHandshake();
        return;
    }
    // Echo the status code (RFC 6455 §5.5.1); an empty Close gets an empty Close. The reply
    // goes out when the transport next takes bytes, so that answers to messages that arrived
    // before this Close (in the same read) are sent first (Autobahn 7.1.1).
    if (!m_config.answerClose) { // misbehaving on purpose: no reply, TCP stays open
        setState(ReadyState::Closing);
        return;
    }
    m_closePending = true;
    m_pendingCloseCode = code;
}

void Connection::flushPendingClose()
{
    if (!m_closePending)
        return;
    m_closePending = false;
    if (m_closeInfo.closeSent)
        return;
    // Raw: the echo of a code the policy let through goes back as it came.
    const QByteArray body = encodeClosePayloadRaw(m_pendingCloseCode);
    m_closeInfo.closeSent = true;
    m_closeInfo.sentCode = m_pendingCloseCode;
    queueFrame(true, 0, toRaw(Opcode::Close), body, 0);
    if (m_failed)
        setState(ReadyState::Closing);
    else
        finishClosingHandshake();
}

void Connection::finishClosingHandshake()
{
    setState(ReadyState::Closing);
    // RFC 6455 §7.1.1: the server closes TCP first; the client waits for it.
    if (m_config.role == Role::Server)
        m_wantsTransportClose = true;
}

void Connection::failConnection(ProtocolFailure failure)
{
    if (m_failed)
        return;
    m_failed = true;
    m_inputStopped = true;
    m_closeInfo.failure = failure;
    Event e;
    e.type = EventType::ProtocolViolation;
    e.failure = failure;
    emitEvent(std::move(e));
    // RFC 6455 §7.1.7: send a Close with the status code, then close the connection. Like a
    // Close reply, it follows whatever the application sends in reaction to earlier events
    // (Autobahn 3.2, 5.15: the good message is echoed, then the connection fails).
    if (!m_closeInfo.closeSent) {
        if (m_closeInfo.initiator == CloseInitiator::None)
            m_closeInfo.initiator = CloseInitiator::Local;
        m_closePending = true;
        m_pendingCloseCode = failure.closeCode;
    }
    m_wantsTransportClose = true;
}

void Connection::transportClosed()
{
    if (m_state == ReadyState::Closed)
        return;
    m_inputStopped = true;
    m_closePending = false;
    CloseInfo &info = m_closeInfo;
    if (info.closeReceived) {
        info.code = info.receivedCode.value_or(CloseCode::NoStatusReceived);
        info.reason = info.receivedReason;
    } else {
        info.code = CloseCode::Abnormal;
        info.reason.clear();
    }
    info.wasClean = info.closeSent && info.closeReceived && !m_failed;
    setState(ReadyState::Closed);
    Event e;
    e.type = EventType::Closed;
    e.closeInfo = std::make_shared<const CloseInfo>(info);
    emitEvent(std::move(e));
}

// --- Outbound ----------------------------------------------------------------------------

void Connection::queueBytes(const QByteArray &bytes, qint64 headerBytes, quint64 appBytes)
{
    if (bytes.isEmpty())
        return;
    reserveOutgoing();
    m_outgoing.append(bytes);
    PendingWrite w;
    w.wireBytes = bytes.size();
    w.headerBytes = std::min<qint64>(headerBytes, bytes.size());
    w.appBytes = appBytes;
    m_pending.push_back(w);
}

void Connection::queueFrame(bool fin, quint8 rsv, quint8 opcode, const QByteArray &payload,
                            quint64 appBytes)
{
    std::optional<quint32> key;
    if (m_config.role == Role::Client)
        key = m_random(); // RFC 6455 §5.3: a fresh key for every frame
    const auto length = quint64(payload.size());
    queueEncoded(fin, rsv, opcode, length, minimalLengthEncoding(length), key, payload, appBytes);
}

void Connection::queueSpec(const FrameSpec &spec, quint64 appBytes)
{
    const quint64 length = spec.declaredLength.value_or(quint64(spec.payload.size()));
    queueEncoded(spec.fin, spec.rsv, spec.opcode, length,
                 spec.lengthEncoding == LengthEncoding::Minimal ? minimalLengthEncoding(length)
                                                                : spec.lengthEncoding,
                 spec.maskKey, spec.payload, appBytes);
}

void Connection::queueEncoded(bool fin, quint8 rsv, quint8 opcode, quint64 length,
                              LengthEncoding encoding, std::optional<quint32> maskKey,
                              const QByteArray &payload, quint64 appBytes)
{
    const int headerSize = frameHeaderSize(encoding, maskKey.has_value());
    const quint32 *key = maskKey ? &*maskKey : nullptr;
    if (!maskKey && payload.size() >= kOwnPartBytes) {
        // The header in the buffer, the payload as it is: the kernel's copy is the only one.
        char header[14];
        FrameEncoder::writeHeader(header, fin, rsv, opcode, length, encoding, nullptr);
        m_outgoing.append(header, headerSize);
        m_sealed.push_back(std::exchange(m_outgoing, {}));
        m_sealed.push_back(payload);
    } else { // encoded straight into the buffer: one copy of the payload, masked or not
        reserveOutgoing();
        FrameEncoder::appendFrame(m_outgoing, fin, rsv, opcode, length, encoding, key, payload);
    }
    PendingWrite &w = m_pending.emplace_back();
    w.wireBytes = headerSize + payload.size();
    w.headerBytes = headerSize;
    w.appBytes = appBytes;
    Event &e = addEvent(EventType::FrameSent);
    e.header.fin = fin;
    e.header.rsv = rsv;
    e.header.opcode = opcode;
    e.header.masked = key != nullptr;
    e.header.maskKey = maskKey.value_or(0);
    e.header.payloadLength = length;
    e.header.lengthEncoding = encoding;
    e.header.headerSize = quint8(headerSize);
    e.payload = payload;
}

QByteArray Connection::takeOutgoing()
{
    flushPendingClose();
    if (m_sealed.empty())
        return std::exchange(m_outgoing, {});
    QByteArray all;
    for (const QByteArray &part : m_sealed)
        all += part;
    all += m_outgoing;
    m_sealed.clear();
    m_outgoing = QByteArray();
    return all;
}

void Connection::outgoingParts(OutgoingParts &parts)
{
    flushPendingClose();
    parts.clear();
    for (const QByteArray &part : m_sealed)
        parts.emplace_back(part);
    if (!m_outgoing.isEmpty())
        parts.emplace_back(m_outgoing);
}

void Connection::clearOutgoing()
{
    m_sealed.clear();
    // The emptied buffer goes to the thread's next sender: an idle connection holds none.
    if (m_outgoing.isDetached()) {
        m_outgoing.resize(0);
        ThreadSpares<QByteArray>::give(std::move(m_outgoing), 256 * 1024, 1);
    }
    m_outgoing = QByteArray();
}

void Connection::reserveOutgoing()
{
    if (m_outgoing.capacity() == 0)
        m_outgoing = ThreadSpares<QByteArray>::take();
}

void Connection::transportWrote(qint64 bytes)
{
    while (bytes > 0 && m_pendingHead < m_pending.size()) {
        PendingWrite &w = m_pending[m_pendingHead];
        const qint64 take = std::min(bytes, w.wireBytes - w.written);
        w.written += take;
        bytes -= take;
        // Application bytes leave as the payload part of the frame is written.
        const qint64 payloadWire = w.wireBytes - w.headerBytes;
        const qint64 payloadWritten = std::max<qint64>(0, w.written - w.headerBytes);
        const quint64 released = payloadWire > 0
            ? scaled(w.appBytes, quint64(payloadWritten), quint64(payloadWire))
            : (w.written == w.wireBytes ? w.appBytes : 0);
        m_bufferedAmount -= std::min(m_bufferedAmount, released - w.released);
        w.released = released;
        if (w.written == w.wireBytes)
            ++m_pendingHead;
    }
    if (m_pendingHead == m_pending.size()) { // all written: keep a small queue for the next turn
        if (m_pending.capacity() > 64)
            m_pending = {};
        m_pending.clear();
        m_pendingHead = 0;
    } else if (m_pendingHead >= 1024 && m_pendingHead * 2 >= m_pending.size()) {
        // A connection that never drains does not keep what it wrote long ago.
        m_pending.erase(m_pending.begin(), m_pending.begin() + qsizetype(m_pendingHead));
        m_pendingHead = 0;
    }
}

SendStatus Connection::sendData(Opcode opcode, const QByteArray &data, const SendOptions &options)
{
    if (opcode == Opcode::Text && !Utf8Validator::isValid(data.data(), data.size()))
        return SendStatus::InvalidUtf8;
    if (options.fragments < 1)
        return SendStatus::InvalidArgument;
    if (m_state == ReadyState::Connecting)
        return SendStatus::NotOpen;
    if (m_state != ReadyState::Open || m_closeInfo.closeSent) {
        m_bufferedAmount += quint64(data.size()); // WHATWG: counted, never sent
        return SendStatus::Discarded;
    }
    m_bufferedAmount += quint64(data.size());
    QByteArray compressed;
    QByteArray wire = data; // shared, not copied
    quint8 rsv = 0;
    if (m_deflate && options.compress) {
        if (m_deflate->compress(data, compressed)) {
            wire = compressed;
            rsv = Rsv::Rsv1; // RFC 7692 §6: on the first frame only
        }
    }
    const qsizetype fragments = std::max<qsizetype>(
        1, std::min<qsizetype>(options.fragments, std::max<qsizetype>(1, wire.size())));
    if (fragments == 1) { // the usual message: one frame, every application byte in it
        queueFrame(true, rsv, toRaw(opcode), wire, quint64(data.size()));
        return SendStatus::Sent;
    }
    const qsizetype base = wire.size() / fragments;
    const qsizetype extra = wire.size() % fragments;
    qsizetype offset = 0;
    const quint64 total = quint64(data.size());
    quint64 appAssigned = 0;
    for (qsizetype i = 0; i < fragments; ++i) {
        const qsizetype len = base + (i < extra ? 1 : 0);
        const bool last = i == fragments - 1;
        // Spread the application byte count over the fragments in proportion.
        const quint64 appEnd
            = wire.isEmpty() ? total : scaled(total, quint64(offset + len), quint64(wire.size()));
        queueFrame(last, i == 0 ? rsv : 0, i == 0 ? toRaw(opcode) : toRaw(Opcode::Continuation),
                   fragments == 1 ? wire : wire.mid(offset, len), appEnd - appAssigned);
        appAssigned = appEnd;
        offset += len;
    }
    return SendStatus::Sent;
}

SendStatus Connection::sendText(const QByteArray &utf8, const SendOptions &options)
{
    return sendData(Opcode::Text, utf8, options);
}

SendStatus Connection::sendBinary(const QByteArray &data, const SendOptions &options)
{
    return sendData(Opcode::Binary, data, options);
}

SendStatus Connection::sendPing(QByteArrayView payload)
{
    if (payload.size() > kMaxControlPayloadSize) // RFC 6455 §5.5
        return SendStatus::InvalidArgument;
    if (m_state == ReadyState::Connecting)
        return SendStatus::NotOpen;
    if (m_state != ReadyState::Open || m_closeInfo.closeSent)
        return SendStatus::Discarded;
    queueFrame(true, 0, toRaw(Opcode::Ping), payload.toByteArray(), 0);
    return SendStatus::Sent;
}

SendStatus Connection::sendPong(QByteArrayView payload)
{
    if (payload.size() > kMaxControlPayloadSize) // RFC 6455 §5.5
        return SendStatus::InvalidArgument;
    if (m_state == ReadyState::Connecting)
        return SendStatus::NotOpen;
    if (m_state != ReadyState::Open || m_closeInfo.closeSent)
        return SendStatus::Discarded;
    queueFrame(true, 0, toRaw(Opcode::Pong), payload.toByteArray(), 0);
    return SendStatus::Sent;
}

SendStatus Connection::sendClose(std::optional<quint16> code, QByteArrayView reason)
{
    const ClosePayloadEncoding body = encodeClosePayload(code, reason, m_config.role);
    switch (body.error) {
    case CloseEncodeError::None:
        break;
    case CloseEncodeError::InvalidCode:
    case CloseEncodeError::CodeNotForSender:
        return SendStatus::InvalidCloseCode;
    case CloseEncodeError::ReasonWithoutCode:
        return SendStatus::InvalidArgument; // a reason needs a code (RFC 6455 §5.5.1)
    case CloseEncodeError::ReasonTooLong:
        return SendStatus::CloseReasonTooLong;
    case CloseEncodeError::InvalidUtf8Reason:
        return SendStatus::InvalidUtf8;
    }
    if (m_closeInfo.closeSent || m_failed || m_state == ReadyState::Closed)
        return SendStatus::AlreadyClosing;
    m_closePending = false; // an explicit reply replaces the automatic echo
    if (m_state == ReadyState::Connecting) {
        // WHATWG close() before the connection is established: fail it.
        m_inputStopped = true;
        m_wantsTransportClose = true;
        setState(ReadyState::Closing);
        return SendStatus::Sent;
    }
    m_closeInfo.closeSent = true;
    m_closeInfo.sentCode = code;
    m_closeInfo.sentReason = reason.toByteArray();
    if (m_closeInfo.initiator == CloseInitiator::None)
        m_closeInfo.initiator = CloseInitiator::Local;
    queueFrame(true, 0, toRaw(Opcode::Close), body.payload, 0);
    setState(ReadyState::Closing);
    if (m_closeInfo.closeReceived)
        finishClosingHandshake();
    return SendStatus::Sent;
}

void Connection::sendFrame(const FrameSpec &spec)
{
    const quint64 appBytes = isControlOpcode(spec.opcode) ? 0 : quint64(spec.payload.size());
    m_bufferedAmount += appBytes;
    queueSpec(spec, appBytes);
    if (spec.opcode == toRaw(Opcode::Close) && !m_closeInfo.closeSent) {
        m_closeInfo.closeSent = true;
        // Whatever the payload breaks, its code and reason are what this side sent.
        ClosePayloadParse sent = parseClosePayload(spec.payload);
        m_closeInfo.sentCode = sent.close.code;
        m_closeInfo.sentReason = std::move(sent.close.reason);
        if (m_closeInfo.initiator == CloseInitiator::None)
            m_closeInfo.initiator = CloseInitiator::Local;
        m_closePending = false;
        if (m_state == ReadyState::Open)
            setState(ReadyState::Closing);
        if (m_closeInfo.closeReceived)
            finishClosingHandshake();
    }
}

} // namespace WsBench::Protocol
