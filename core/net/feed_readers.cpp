#include "core/net/feed_readers.h"
#include "core/net/client_endpoint.h"
#include "core/protocol/close_code.h"
#include "core/traffic/clock.h"
#include "core/traffic/traffic_store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

namespace WsBench::Net {

const char *feedProblemKey(FeedProblem problem)
{
    switch (problem) {
    case FeedProblem::None:
        return "none";
    case FeedProblem::NotReady:
        return "not-ready";
    case FeedProblem::HttpStatus:
        return "http-status";
    case FeedProblem::NetworkError:
        return "network-error";
    case FeedProblem::StreamEnded:
        return "stream-ended";
    case FeedProblem::BadPayload:
        return "bad-payload";
    }
    return "";
}

namespace {

QNetworkRequest feedRequest(const QString &url)
{
    QNetworkRequest request {QUrl(url)};
    // Plain HTTP/1.1, straight from the network: what the server counts is what was asked.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    return request;
}

QString pollUrl(const QString &base, const char *path, quint64 after)
{
    return base + QLatin1String(path) + QStringLiteral("?after=") + QString::number(after);
}

} // namespace

FeedReader::FeedReader(FeedTransport transport, const Traffic::Clock *clock, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_clock(clock)
{ }

FeedReader::~FeedReader() = default;

void FeedReader::markReady()
{
    if (m_ready)
        return;
    m_ready = true;
    Q_EMIT ready();
}

bool FeedReader::receive(const QJsonObject &update)
{
    const qint64 seq = update.value(QLatin1String("seq")).toInteger(-1);
    const qint64 created = update.value(QLatin1String("t")).toInteger(-1);
    if (seq < 1 || created < 0) {
        fail(FeedProblem::BadPayload, "an update without \"seq\" and \"t\"");
        return false;
    }
    m_arrivals.push_back({quint64(seq), m_clock->monotonicUs() - created});
    m_highest = qMax(m_highest, quint64(seq));
    Q_EMIT arrived(quint64(seq));
    return true;
}

bool FeedReader::receiveText(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject()) {
        fail(FeedProblem::BadPayload, error.errorString().toUtf8());
        return false;
    }
    return receive(doc.object());
}

bool FeedReader::receiveArray(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isArray()) {
        fail(FeedProblem::BadPayload,
             doc.isNull() ? error.errorString().toUtf8() : QByteArray("not a JSON array"));
        return false;
    }
    const QJsonArray updates = doc.array();
    for (const QJsonValue &update : updates) {
        if (!receive(update.toObject()))
            return false;
    }
    return true;
}

void FeedReader::fail(FeedProblem problem, const QByteArray &detail)
{
    if (m_problem != FeedProblem::None || m_stopped)
        return;
    m_problem = problem;
    m_problemDetail = detail;
    stop();
    Q_EMIT failed();
}

bool FeedReader::replyOk(QNetworkReply *reply)
{
    if (reply->error() != QNetworkReply::NoError) {
        fail(FeedProblem::NetworkError, reply->errorString().toUtf8());
        return false;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200) {
        fail(FeedProblem::HttpStatus, QByteArray::number(status));
        return false;
    }
    return true;
}

QNetworkAccessManager *FeedReader::makeManager()
{
    auto *manager = new QNetworkAccessManager(this);
    manager->setProxy(QNetworkProxy::NoProxy); // loopback, never through http_proxy
    return manager;
}

// ---------------------------------------------------------------------------------------------

ShortPollReader::ShortPollReader(const QString &baseUrl, int intervalMs,
                                 const Traffic::Clock *clock, QObject *parent)
    : FeedReader(FeedTransport::ShortPolling, clock, parent)
    , m_baseUrl(baseUrl)
    , m_manager(makeManager())
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ShortPollReader::poll);
}

void ShortPollReader::start()
{
    markReady();
    m_timer.start();
    poll();
}

void ShortPollReader::stop()
{
    setStopped();
    m_timer.stop();
    if (m_reply)
        m_reply->abort();
}

void ShortPollReader::poll()
{
    if (m_reply || stopped())
        return; // the previous poll is still out
    QNetworkReply *reply = m_manager->get(feedRequest(pollUrl(m_baseUrl, "/poll", highestSeq())));
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_reply = nullptr;
        if (stopped() || !replyOk(reply))
            return;
        receiveArray(reply->readAll());
    });
}

// ---------------------------------------------------------------------------------------------

LongPollReader::LongPollReader(const QString &baseUrl, const Traffic::Clock *clock, QObject *parent)
    : FeedReader(FeedTransport::LongPolling, clock, parent)
    , m_baseUrl(baseUrl)
    , m_manager(makeManager())
{ }

void LongPollReader::start()
{
    markReady();
    poll();
}

void LongPollReader::stop()
{
    setStopped();
    if (m_reply)
        m_reply->abort();
}

void LongPollReader::poll()
{
    if (stopped())
        return;
    QNetworkReply *reply
        = m_manager->get(feedRequest(pollUrl(m_baseUrl, "/long-poll", highestSeq())));
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_reply = nullptr;
        if (stopped() || !replyOk(reply))
            return;
        if (receiveArray(reply->readAll()))
            poll(); // at once: the next update is the server's to announce
    });
}

// ---------------------------------------------------------------------------------------------

EventStreamReader::EventStreamReader(const QString &baseUrl, const Traffic::Clock *clock,
                                     QObject *parent)
    : FeedReader(FeedTransport::ServerSentEvents, clock, parent)
    , m_baseUrl(baseUrl)
    , m_manager(makeManager())
{ }

void EventStreamReader::start()
{
    QNetworkRequest request = feedRequest(m_baseUrl + QStringLiteral("/sse"));
    request.setRawHeader("Accept", "text/event-stream");
    QNetworkReply *reply = m_manager->get(request);
    m_reply = reply;
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        if (!stopped() && replyOk(reply))
            markReady();
    });
    connect(reply, &QNetworkReply::readyRead, this, &EventStreamReader::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_reply = nullptr;
        if (stopped() || !replyOk(reply))
            return;
        fail(FeedProblem::StreamEnded, "the event stream ended");
    });
}

void EventStreamReader::stop()
{
    setStopped();
    if (m_reply)
        m_reply->abort();
}

void EventStreamReader::onReadyRead()
{
    if (!m_reply || stopped())
        return;
    m_buffer += m_reply->readAll();
    // Lines end with LF, CRLF or CR; an empty line dispatches the event (WHATWG HTML §9.2.6).
    qsizetype start = 0;
    while (true) {
        const qsizetype end = m_buffer.indexOf('\n', start);
        if (end < 0)
            break;
        QByteArray line = m_buffer.mid(start, end - start);
        start = end + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty()) {
            if (!m_data.isEmpty() && !receiveText(m_data))
                return;
            m_data.clear();
        } else if (line.startsWith("data:")) {
            QByteArray value = line.mid(5);
            if (value.startsWith(' '))
                value.remove(0, 1);
            if (!m_data.isEmpty())
                m_data += '\n';
            m_data += value;
        } // id:, event:, retry: and comments carry nothing the measurement needs
    }
    m_buffer.remove(0, start);
}

// ---------------------------------------------------------------------------------------------

WebSocketReader::WebSocketReader(const QString &url, const Traffic::Clock *clock, QObject *parent)
    : FeedReader(FeedTransport::WebSocket, clock, parent)
    , m_url(url)
    , m_store(std::make_unique<Traffic::TrafficStore>())
{ }

WebSocketReader::~WebSocketReader()
{
    delete m_client; // before the store it records into
}

void WebSocketReader::start()
{
    ClientOptions options;
    options.url = m_url;
    options.peer.capture = CaptureLevel::None; // the server side counts the bytes
    m_client = new ClientEndpoint(1, options, m_store.get(), clock(), this);
    connect(m_client, &ClientEndpoint::opened, this, &WebSocketReader::markReady);
    connect(m_client, &ClientEndpoint::messageReceived, this,
            [this](quint8, const QByteArray &payload) {
                if (!stopped())
                    receiveText(payload);
            });
    connect(m_client, &ClientEndpoint::finished, this,
            [this](quint16 code, bool, Traffic::Failure, const QByteArray &detail) {
                if (!stopped())
                    fail(FeedProblem::StreamEnded,
                         "close code " + QByteArray::number(code)
                             + (detail.isEmpty() ? QByteArray() : ": " + detail));
            });
    if (!m_client->open())
        fail(FeedProblem::NetworkError, "cannot open " + m_url.toUtf8());
}

void WebSocketReader::stop()
{
    setStopped();
    if (m_client)
        m_client->close(Protocol::CloseCode::Normal);
}

} // namespace WsBench::Net
