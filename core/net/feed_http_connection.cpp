#include "core/net/feed_http_connection.h"

#include <QTcpSocket>
#include <QUrlQuery>

namespace WsBench::Net {

using Protocol::HandshakeParser;
using Protocol::HttpHead;

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    default:
        return "Error";
    }
}

QByteArray statusLine(int status)
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
}

// ?after=SEQ; 0 when absent. False for a value that is not a number.
bool afterParameter(const QByteArray &target, quint64 *after)
{
    *after = 0;
    const qsizetype q = target.indexOf('?');
    if (q < 0)
        return true;
    const QUrlQuery query(QString::fromLatin1(target.mid(q + 1)));
    if (!query.hasQueryItem(QStringLiteral("after")))
        return true;
    bool ok = false;
    *after = query.queryItemValue(QStringLiteral("after")).toULongLong(&ok);
    return ok;
}

} // namespace

FeedHttpConnection::FeedHttpConnection(QTcpSocket *socket, UpdateFeedServer *feed)
    : QObject(feed)
    , m_socket(socket)
    , m_feed(feed)
{
    socket->setParent(this);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &FeedHttpConnection::onTimer);
    connect(socket, &QTcpSocket::readyRead, this, &FeedHttpConnection::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    onReadyRead();
}

void FeedHttpConnection::onReadyRead()
{
    m_pending += m_socket->readAll();
    serveNext();
}

void FeedHttpConnection::serveNext()
{
    // One request at a time: the next waits until this one's response is written.
    if (m_holding != Holding::Nothing || m_pending.isEmpty() || m_closeAfterResponse)
        return;
    HandshakeParser parser;
    switch (parser.feed(m_pending)) {
    case HandshakeParser::Status::NeedMore:
        return;
    case HandshakeParser::Status::Failed:
        m_pending.clear();
        refuse(400, "Malformed request head: " + parser.errorDetail());
        return;
    case HandshakeParser::Status::Complete:
        break;
    }
    m_pending = parser.takeLeftover();
    route(parser.takeHead());
}

void FeedHttpConnection::route(const HttpHead &head)
{
    if (!head.startLineValid || head.versionNumber() < 10)
        return refuse(400, "Not an HTTP/1.x request line.");
    if (head.method != "GET")
        return refuse(405, "Only GET is served here.", {"Allow: GET"});
    if (head.has("Transfer-Encoding") || head.value("Content-Length").toLongLong() > 0)
        return refuse(400, "Requests with a body are not served here.");
    m_closeAfterResponse = head.versionNumber() < 11 || head.hasToken("Connection", "close");
    const QByteArray path = head.target.left(
        head.target.indexOf('?') < 0 ? head.target.size() : head.target.indexOf('?'));
    quint64 after = 0;
    if (!afterParameter(head.target, &after))
        return refuse(400, "after must be a sequence number.");

    if (path == "/poll") {
        m_feed->countRequest(FeedTransport::ShortPolling, head.raw.size());
        return respond(FeedTransport::ShortPolling, 200, "application/json",
                       UpdateFeedServer::jsonArray(m_feed->updatesAfter(after)));
    }
    if (path == "/long-poll") {
        m_feed->countRequest(FeedTransport::LongPolling, head.raw.size());
        const QList<FeedUpdate> ready = m_feed->updatesAfter(after);
        if (!ready.isEmpty())
            return respond(FeedTransport::LongPolling, 200, "application/json",
                           UpdateFeedServer::jsonArray(ready));
        m_holding = Holding::LongPoll;
        m_after = after;
        connect(m_feed, &UpdateFeedServer::updateCreated, this, &FeedHttpConnection::onUpdate);
        m_timer.start(m_feed->options().longPollTimeoutMs);
        return;
    }
    if (path == "/sse") {
        m_feed->countRequest(FeedTransport::ServerSentEvents, head.raw.size());
        // No Content-Length: the stream ends when the connection does (RFC 9112 §6.3).
        write(FeedTransport::ServerSentEvents,
              statusLine(200)
                  + "Content-Type: text/event-stream\r\nCache-Control: no-store\r\n\r\n"
                    ": stream open\n\n");
        m_holding = Holding::EventStream;
        // A reconnecting EventSource names the last event it saw (WHATWG HTML §9.2).
        m_after = head.value("Last-Event-ID").toULongLong();
        const QList<FeedUpdate> missed
            = head.has("Last-Event-ID") ? m_feed->updatesAfter(m_after) : QList<FeedUpdate>();
        for (const FeedUpdate &u : missed)
            onUpdate(u);
        connect(m_feed, &UpdateFeedServer::updateCreated, this, &FeedHttpConnection::onUpdate);
        m_timer.start(m_feed->options().keepAliveMs);
        return;
    }
    refuse(404,
           "Served here: /poll?after=SEQ, /long-poll?after=SEQ, /sse (and WebSocket on "
           "its own port).");
}

void FeedHttpConnection::onUpdate(const FeedUpdate &update)
{
    if (update.seq <= m_after)
        return;
    if (m_holding == Holding::EventStream) {
        m_after = update.seq;
        sendEvent("id: " + QByteArray::number(update.seq) + "\ndata: " + update.json + "\n\n");
        return;
    }
    if (m_holding != Holding::LongPoll)
        return;
    disconnect(m_feed, &UpdateFeedServer::updateCreated, this, &FeedHttpConnection::onUpdate);
    m_timer.stop();
    m_holding = Holding::Nothing;
    respond(FeedTransport::LongPolling, 200, "application/json",
            UpdateFeedServer::jsonArray(m_feed->updatesAfter(m_after)));
}

void FeedHttpConnection::onTimer()
{
    if (m_holding == Holding::EventStream) {
        sendEvent(": keep-alive\n\n");
        m_timer.start(m_feed->options().keepAliveMs);
        return;
    }
    if (m_holding != Holding::LongPoll)
        return;
    disconnect(m_feed, &UpdateFeedServer::updateCreated, this, &FeedHttpConnection::onUpdate);
    m_holding = Holding::Nothing;
    respond(FeedTransport::LongPolling, 200, "application/json", "[]");
}

void FeedHttpConnection::sendEvent(const QByteArray &text)
{
    write(FeedTransport::ServerSentEvents, text);
}

void FeedHttpConnection::respond(FeedTransport transport, int status, const QByteArray &contentType,
                                 const QByteArray &body, const QList<QByteArray> &extraHeaders)
{
    QByteArray response = statusLine(status) + "Content-Type: " + contentType
        + "\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\nCache-Control: no-store\r\n";
    for (const QByteArray &header : extraHeaders)
        response += header + "\r\n";
    if (m_closeAfterResponse)
        response += "Connection: close\r\n";
    write(transport, response + "\r\n" + body);
    if (m_closeAfterResponse)
        m_socket->disconnectFromHost();
    else
        serveNext();
}

void FeedHttpConnection::refuse(int status, const QByteArray &why,
                                const QList<QByteArray> &extraHeaders)
{
    m_closeAfterResponse = true;
    QByteArray response = statusLine(status)
        + "Content-Type: text/plain; charset=utf-8\r\nContent-Length: "
        + QByteArray::number(why.size() + 1) + "\r\nConnection: close\r\n";
    for (const QByteArray &header : extraHeaders)
        response += header + "\r\n";
    m_socket->write(response + "\r\n" + why + '\n');
    m_socket->disconnectFromHost();
}

void FeedHttpConnection::write(FeedTransport transport, const QByteArray &bytes)
{
    m_feed->countOut(transport, bytes.size());
    m_socket->write(bytes);
}

} // namespace WsBench::Net
