#pragma once

#include "core/net/update_feed_server.h"
#include "core/protocol/handshake_parser.h"

#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace WsBench::Net {

// One HTTP/1.1 connection to the update feed: reads one request at a time, answers /poll at
// once, holds /long-poll until an update exists (or its timeout), and turns /sse into an event
// stream. Counts every byte it reads and writes against the request's transport. Deletes itself
// when the socket closes.
class FeedHttpConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedHttpConnection)

public:
    FeedHttpConnection(QTcpSocket *socket, UpdateFeedServer *feed);

private:
    enum class Holding : quint8 { Nothing, LongPoll, EventStream };

    void onReadyRead();
    void serveNext();
    void route(const Protocol::HttpHead &head);
    void onUpdate(const FeedUpdate &update);
    void onTimer();
    void sendEvent(const QByteArray &text);
    // Writes a whole response; closes the connection afterwards when the client asked to.
    void respond(FeedTransport transport, int status, const QByteArray &contentType,
                 const QByteArray &body, const QList<QByteArray> &extraHeaders = {});
    // A request the feed does not serve: answered, not counted, and the connection closed.
    void refuse(int status, const QByteArray &why, const QList<QByteArray> &extraHeaders = {});
    void write(FeedTransport transport, const QByteArray &bytes);

    QTcpSocket *m_socket;
    UpdateFeedServer *m_feed;
    QByteArray m_pending; // bytes received after the request being answered
    Holding m_holding = Holding::Nothing;
    quint64 m_after = 0; // the held long poll's `after`, or the last event sent on the stream
    bool m_closeAfterResponse = false;
    QTimer m_timer; // the long poll's timeout, or the stream's keep-alive
};

} // namespace WsBench::Net
