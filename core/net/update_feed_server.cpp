#include "core/net/update_feed_server.h"
#include "core/net/feed_http_connection.h"
#include "core/protocol/opcode.h"
#include "core/traffic/clock.h"
#include "core/traffic/traffic_store.h"

#include <QStringBuilder>
#include <QTcpServer>

namespace WsBench::Net {

const char *feedTransportKey(FeedTransport transport)
{
    switch (transport) {
    case FeedTransport::ShortPolling:
        return "short-polling";
    case FeedTransport::LongPolling:
        return "long-polling";
    case FeedTransport::ServerSentEvents:
        return "sse";
    case FeedTransport::WebSocket:
        return "websocket";
    }
    return "";
}

namespace {

// A price that wanders between 99.00 and 102.99 with the sequence number: the same every run.
QByteArray priceTick(quint64 seq, qint64 createdUs)
{
    const quint64 cents = 9900 + (seq * 37) % 400;
    return "{\"seq\":" + QByteArray::number(seq)
        + ",\"symbol\":\"WSB\",\"price\":" + QByteArray::number(cents / 100) + '.'
        + QByteArray::number(cents % 100).rightJustified(2, '0')
        + ",\"t\":" + QByteArray::number(createdUs) + '}';
}

} // namespace

UpdateFeedServer::UpdateFeedServer(const UpdateFeedOptions &options, const Traffic::Clock *clock,
                                   QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_clock(clock)
    , m_wsStore(std::make_unique<Traffic::TrafficStore>())
{
    qRegisterMetaType<FeedUpdate>();
    m_ticker.setTimerType(Qt::PreciseTimer);
    m_ticker.setInterval(qMax(1, m_options.intervalMs));
    connect(&m_ticker, &QTimer::timeout, this, &UpdateFeedServer::tick);
}

UpdateFeedServer::~UpdateFeedServer()
{
    // The endpoint records into m_wsStore while its peers go away: delete it first.
    delete m_ws;
    m_ws = nullptr;
}

bool UpdateFeedServer::listen(QString *error)
{
    m_http = new QTcpServer(this);
    connect(m_http, &QTcpServer::newConnection, this, &UpdateFeedServer::acceptHttp);
    if (!m_http->listen(m_options.host, 0)) {
        *error = QStringLiteral("HTTP: ") + m_http->errorString();
        return false;
    }
    ServerOptions ws;
    ws.host = m_options.host;
    m_ws = new ServerEndpoint(1, ws, m_wsStore.get(), m_clock, this);
    QString wsError;
    if (!m_ws->listen(&wsError)) {
        *error = QStringLiteral("WebSocket: ") + wsError;
        return false;
    }
    return true;
}

quint16 UpdateFeedServer::httpPort() const
{
    return m_http ? m_http->serverPort() : 0;
}

quint16 UpdateFeedServer::webSocketPort() const
{
    return m_ws ? m_ws->port() : 0;
}

QString UpdateFeedServer::httpUrl() const
{
    return QStringLiteral("http://") % m_options.host.toString() % u':'
        % QString::number(httpPort());
}

QString UpdateFeedServer::webSocketUrl() const
{
    return QStringLiteral("ws://") % m_options.host.toString() % u':'
        % QString::number(webSocketPort()) % u'/';
}

void UpdateFeedServer::start(quint64 count)
{
    m_stopAfter = count ? m_lastSeq + count : 0;
    m_ticker.start();
}

void UpdateFeedServer::stop()
{
    if (!m_ticker.isActive())
        return;
    m_ticker.stop();
    Q_EMIT tickerStopped();
}

void UpdateFeedServer::tick()
{
    FeedUpdate update;
    update.seq = ++m_lastSeq;
    update.createdUs = m_clock->monotonicUs();
    update.json = priceTick(update.seq, update.createdUs);
    m_history.push_back(update);
    while (m_history.size() > size_t(qMax(1, m_options.maxHistory)))
        m_history.pop_front();
    if (m_ws)
        m_ws->broadcast(Protocol::toRaw(Protocol::Opcode::Text), update.json);
    Q_EMIT updateCreated(update);
    if (m_stopAfter && m_lastSeq >= m_stopAfter)
        stop();
}

QList<FeedUpdate> UpdateFeedServer::updatesAfter(quint64 seq) const
{
    QList<FeedUpdate> out;
    if (m_history.empty() || seq >= m_history.back().seq)
        return out;
    const quint64 first = m_history.front().seq;
    const size_t from = seq < first ? 0 : size_t(seq - first + 1);
    for (size_t i = from; i < m_history.size(); ++i)
        out.append(m_history[i]);
    return out;
}

FeedTraffic UpdateFeedServer::traffic(FeedTransport transport) const
{
    if (transport != FeedTransport::WebSocket)
        return m_traffic[size_t(transport)];
    // The WebSocket side: the exact bytes the engine recorded, handshakes and frames.
    FeedTraffic t;
    m_wsStore->visit(0, -1, [&t](const Traffic::TrafficRecord &r) {
        const bool in = r.direction == Traffic::Direction::Inbound;
        qsizetype bytes = 0;
        if (r.kind == Traffic::RecordKind::HandshakeRequest) {
            bytes = r.bytes.size();
            ++t.requests;
        } else if (r.kind == Traffic::RecordKind::HandshakeResponse) {
            bytes = r.bytes.size();
        } else if (r.hasFrame()) {
            bytes = r.wireBytes().size();
        }
        (in ? t.bytesIn : t.bytesOut) += quint64(bytes);
    });
    return t;
}

void UpdateFeedServer::countRequest(FeedTransport transport, qsizetype bytesIn)
{
    FeedTraffic &t = m_traffic[size_t(transport)];
    ++t.requests;
    t.bytesIn += quint64(bytesIn);
}

void UpdateFeedServer::countOut(FeedTransport transport, qsizetype bytesOut)
{
    m_traffic[size_t(transport)].bytesOut += quint64(bytesOut);
}

QByteArray UpdateFeedServer::jsonArray(const QList<FeedUpdate> &updates)
{
    QByteArray body = "[";
    for (const FeedUpdate &u : updates) {
        if (body.size() > 1)
            body += ',';
        body += u.json;
    }
    return body + ']';
}

void UpdateFeedServer::acceptHttp()
{
    while (QTcpSocket *socket = m_http->nextPendingConnection())
        new FeedHttpConnection(socket, this);
}

} // namespace WsBench::Net
