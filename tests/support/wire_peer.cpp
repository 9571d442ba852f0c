#include "tests/support/wire_peer.h"

#include "core/protocol/close_payload.h"
#include "core/protocol/frame_encoder.h"
#include "tests/support/decode_all.h"
#include "tests/support/fixed_random.h"

namespace WsBench::Testing {

using namespace Protocol;

WirePeer::WirePeer(Role underTest, bool deflate, ValidationPolicy policy)
    : m_role(underTest)
{
    ConnectionConfig config;
    config.role = underTest;
    config.policy = policy;
    config.client.deflate.enabled = deflate;
    config.server.deflate.enabled = deflate;
    m_connection = std::make_unique<Connection>(config, fixedRandom(7));
    m_connection->start();
    if (underTest == Role::Server) {
        ClientHandshakeOptions options;
        options.deflate.enabled = deflate;
        const ClientRequest request = buildClientRequest(options, fixedRandom(9));
        m_connection->receiveData(request.head.raw);
    } else {
        const QByteArray requestBytes = m_connection->takeOutgoing();
        m_connection->transportWrote(requestBytes.size());
        HandshakeParser parser;
        parser.feed(requestBytes);
        ServerHandshakeOptions options;
        options.deflate.enabled = deflate;
        m_connection->receiveData(answerRequest(parser.head(), options).response.raw);
    }
    const QByteArray handshakeOut = m_connection->takeOutgoing(); // the 101, for a server
    m_connection->transportWrote(handshakeOut.size());
    m_connection->takeEvents();
    if (m_connection->readyState() != ReadyState::Open)
        qFatal("WirePeer: the opening handshake failed");
}

QByteArray WirePeer::frame(FrameSpec spec) const
{
    if (m_role == Role::Server && !spec.maskKey)
        spec.maskKey = m_maskCounter++ * 2654435761u;
    return FrameEncoder::encodeRaw(spec);
}

QByteArray WirePeer::frame(quint8 opcode, const QByteArray &payload, bool fin, quint8 rsv) const
{
    FrameSpec spec;
    spec.opcode = opcode;
    spec.payload = payload;
    spec.fin = fin;
    spec.rsv = rsv;
    return frame(spec);
}

QByteArray WirePeer::close(std::optional<quint16> code, const QByteArray &reason) const
{
    return frame(toRaw(Opcode::Close), encodeClosePayloadRaw(code, reason));
}

void WirePeer::write(const QByteArray &bytes, qsizetype chunkSize)
{
    const qsizetype step = chunkSize <= 0 ? std::max<qsizetype>(1, bytes.size()) : chunkSize;
    for (qsizetype pos = 0; pos < bytes.size(); pos += step) {
        m_connection->receiveData(
            QByteArrayView(bytes).sliced(pos, std::min(step, bytes.size() - pos)));
        collect();
    }
}

void WirePeer::collect()
{
    for (Event &e : m_connection->takeEvents()) {
        if (e.type == EventType::Message) {
            // The echo every Autobahn case expects of the endpoint under test.
            if (e.opcode == toRaw(Opcode::Text))
                m_connection->sendText(e.payload);
            else
                m_connection->sendBinary(e.payload);
        }
        m_observed.events.push_back(std::move(e));
    }
    m_fromEndpoint.append(m_connection->takeOutgoing());
    m_observed.wantsTransportClose = m_connection->wantsTransportClose();
    // Decode everything the endpoint sent so far, permissively, as its peer would see it.
    const Role peer = m_role == Role::Server ? Role::Client : Role::Server;
    const DecodeOutcome decoded = decodeAll(m_fromEndpoint, peer, ValidationPolicy::permissive());
    m_observed.frames.clear();
    m_observed.sentClose = false;
    m_observed.closeCode.reset();
    for (const DecodedFrame &f : decoded.frames) {
        m_observed.frames.append({f.header.opcode, f.payload});
        if (f.header.opcode == toRaw(Opcode::Close) && !m_observed.sentClose) {
            m_observed.sentClose = true;
            m_observed.closeCode = parseClosePayload(f.payload).close.code.value_or(0);
        }
    }
}

bool WirePeer::failed() const
{
    return m_connection->closeInfo().failure.isFailure();
}

} // namespace WsBench::Testing
