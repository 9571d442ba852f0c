#pragma once

#include "core/net/server_endpoint.h"

#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <array>
#include <deque>
#include <memory>

class QTcpServer;

namespace WsBench::Traffic {
class Clock;
class TrafficStore;
} // namespace WsBench::Traffic

namespace WsBench::Net {

// The four ways a server can hand a client a stream of updates.
enum class FeedTransport : quint8 {
    ShortPolling, // GET /poll?after=SEQ, answered at once
    LongPolling, // GET /long-poll?after=SEQ, held until there is an update (or a timeout)
    ServerSentEvents, // GET /sse, one text/event-stream response that never ends
    WebSocket, // one handshake, then a text message per update
};
inline constexpr int kFeedTransportCount = 4;
// "short-polling", "long-polling", "sse", "websocket": for JSON and command lines.
const char *feedTransportKey(FeedTransport transport);

// One update of the feed: a price tick made at `createdUs` (the injected clock's monotonic time).
struct FeedUpdate
{
    quint64 seq = 0;
    qint64 createdUs = 0;
    QByteArray json; // {"seq":17,"symbol":"WSB","price":101.25,"t":CREATED_US}
};

// Bytes on the wire for one transport, as the server read and wrote them: every HTTP request
// and response head and body, or the WebSocket handshake and every frame.
struct FeedTraffic
{
    quint64 bytesIn = 0; // from clients
    quint64 bytesOut = 0; // to clients
    quint64 requests = 0; // HTTP requests, or WebSocket handshakes
};

struct UpdateFeedOptions
{
    QHostAddress host = QHostAddress::LocalHost;
    int intervalMs = 100; // one update this often while the ticker runs
    int longPollTimeoutMs = 25000; // a held long poll answers [] after this long
    int keepAliveMs = 15000; // an SSE comment line this often, so proxies keep the stream
    int maxHistory = 100000; // updates kept for /poll and /long-poll
};

class FeedHttpConnection;

// A demo server that makes one stream of updates and serves it four ways on loopback: short
// polling, long polling and Server-Sent Events over a minimal HTTP/1.1 (keep-alive,
// Content-Length, one request at a time per connection), and WebSocket through the engine's own
// ServerEndpoint. It counts the bytes of each transport, headers included.
class UpdateFeedServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpdateFeedServer)

public:
    UpdateFeedServer(const UpdateFeedOptions &options, const Traffic::Clock *clock,
                     QObject *parent = nullptr);
    ~UpdateFeedServer() override;

    // Listens for HTTP and for WebSocket, each on a free port of options.host. False with the
    // reason when either cannot.
    bool listen(QString *error);
    quint16 httpPort() const;
    quint16 webSocketPort() const;
    QString httpUrl() const; // http://127.0.0.1:PORT
    QString webSocketUrl() const; // ws://127.0.0.1:PORT/

    // The ticker: one update every intervalMs from start() until stop() (or `count` updates).
    void start(quint64 count = 0);
    void stop();
    bool ticking() const { return m_ticker.isActive(); }
    quint64 lastSeq() const { return m_lastSeq; }
    // Updates after `seq` still in the history, oldest first.
    QList<FeedUpdate> updatesAfter(quint64 seq) const;
    const UpdateFeedOptions &options() const { return m_options; }

    FeedTraffic traffic(FeedTransport transport) const;
    // Called by the HTTP connections for what they read and wrote.
    void countRequest(FeedTransport transport, qsizetype bytesIn);
    void countOut(FeedTransport transport, qsizetype bytesOut);

    // The body of a poll answer: a JSON array of updates.
    static QByteArray jsonArray(const QList<FeedUpdate> &updates);

Q_SIGNALS:
    void updateCreated(const WsBench::Net::FeedUpdate &update);
    void tickerStopped();

private:
    void tick();
    void acceptHttp();

    UpdateFeedOptions m_options;
    const Traffic::Clock *m_clock;
    QTimer m_ticker;
    quint64 m_lastSeq = 0;
    quint64 m_stopAfter = 0;
    std::deque<FeedUpdate> m_history;
    std::array<FeedTraffic, kFeedTransportCount> m_traffic {};
    QTcpServer *m_http = nullptr;
    std::unique_ptr<Traffic::TrafficStore> m_wsStore; // the WebSocket side's exact wire bytes
    ServerEndpoint *m_ws = nullptr;
};

} // namespace WsBench::Net

Q_DECLARE_METATYPE(WsBench::Net::FeedUpdate)
