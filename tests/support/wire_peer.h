#pragma once

#include "core/protocol/connection.h"
#include "core/protocol/frame.h"

#include <QList>

#include <optional>

namespace WsBench::Testing {

// What the endpoint under test sent back, decoded from its bytes.
struct Observed
{
    QList<QPair<quint8, QByteArray>> frames; // data and control frames, in order
    std::optional<quint16> closeCode; // from its first Close frame (0: empty Close)
    bool sentClose = false;
    bool wantsTransportClose = false;
    std::vector<Protocol::Event> events;
};

// Drives one Connection (the endpoint under test) with raw bytes written by a test, like
// Autobahn's fuzzer does: it completes the opening handshake, then the test writes frames
// (masked when the test plays the client), and the endpoint echoes every message it gets.
class WirePeer
{
public:
    explicit WirePeer(Protocol::Role underTest, bool deflate = false,
                      Protocol::ValidationPolicy policy = {});

    // Frames the test sends: masked automatically when the endpoint under test is a server.
    QByteArray frame(Protocol::FrameSpec spec) const;
    QByteArray frame(quint8 opcode, const QByteArray &payload, bool fin = true,
                     quint8 rsv = 0) const;
    QByteArray close(std::optional<quint16> code, const QByteArray &reason = {}) const;

    // Delivers bytes in chunks (0 = as one read), echoing messages as they complete.
    void write(const QByteArray &bytes, qsizetype chunkSize = 0);
    // Everything the endpoint sent since the handshake.
    const Observed &observed() const { return m_observed; }
    Protocol::Connection &connection() { return *m_connection; }
    bool failed() const;

private:
    void collect();

    Protocol::Role m_role;
    std::unique_ptr<Protocol::Connection> m_connection;
    QByteArray m_fromEndpoint;
    Observed m_observed;
    mutable quint32 m_maskCounter = 0x01020304;
};

} // namespace WsBench::Testing
