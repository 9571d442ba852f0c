#pragma once

#include "core/net/update_feed_server.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <vector>

class QJsonObject;
class QNetworkAccessManager;
class QNetworkReply;

namespace WsBench::Traffic {
class Clock;
class TrafficStore;
} // namespace WsBench::Traffic

namespace WsBench::Net {

class ClientEndpoint;

// Why a reader stopped before it was told to.
enum class FeedProblem : quint8 {
    None,
    NotReady, // the stream or the WebSocket did not open in time
    HttpStatus, // the server answered with a status other than 200 (detail: the status)
    NetworkError, // the request failed (detail: Qt's words)
    StreamEnded, // the event stream or the WebSocket ended while the run went on
    BadPayload, // a body that is not the feed's JSON (detail: the parser's words)
};
const char *feedProblemKey(FeedProblem problem);

// One update as a client received it: its sequence number and how long after its creation it
// arrived (both ends read the same process clock).
struct FeedArrival
{
    quint64 seq = 0;
    qint64 delayUs = 0;
};

// A client of the update feed over one transport. Records every update it receives, duplicates
// included, in the order they arrive.
class FeedReader : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedReader)

public:
    ~FeedReader() override;
    FeedTransport transport() const { return m_transport; }
    virtual void start() = 0;
    // Stops for good: pending requests are aborted, the WebSocket closed.
    virtual void stop() = 0;
    bool isReady() const { return m_ready; }
    const std::vector<FeedArrival> &arrivals() const { return m_arrivals; }
    quint64 highestSeq() const { return m_highest; }
    FeedProblem problem() const { return m_problem; }
    const QByteArray &problemDetail() const { return m_problemDetail; }

Q_SIGNALS:
    void ready();
    void arrived(quint64 seq);
    void failed();

protected:
    FeedReader(FeedTransport transport, const Traffic::Clock *clock, QObject *parent);
    void markReady();
    // One update as JSON ({"seq":…,"t":…}); false (and failed) when it is not one.
    bool receive(const QJsonObject &update);
    bool receiveText(const QByteArray &json);
    // A JSON array of updates (a poll's answer).
    bool receiveArray(const QByteArray &json);
    void fail(FeedProblem problem, const QByteArray &detail);
    // Checks a finished or started reply: network error or non-200 status fail the reader.
    bool replyOk(QNetworkReply *reply);
    QNetworkAccessManager *makeManager();
    const Traffic::Clock *clock() const { return m_clock; }
    bool stopped() const { return m_stopped; }
    void setStopped() { m_stopped = true; }

private:
    FeedTransport m_transport;
    const Traffic::Clock *m_clock;
    std::vector<FeedArrival> m_arrivals;
    quint64 m_highest = 0;
    bool m_ready = false;
    bool m_stopped = false;
    FeedProblem m_problem = FeedProblem::None;
    QByteArray m_problemDetail;
};

// GET /poll?after=SEQ every `intervalMs` (a tick is skipped while the previous poll is out).
class ShortPollReader final : public FeedReader
{
    Q_OBJECT
public:
    ShortPollReader(const QString &baseUrl, int intervalMs, const Traffic::Clock *clock,
                    QObject *parent);
    void start() override;
    void stop() override;

private:
    void poll();
    QString m_baseUrl;
    QNetworkAccessManager *m_manager;
    QTimer m_timer;
    QPointer<QNetworkReply> m_reply;
};

// GET /long-poll?after=SEQ, and again as soon as each answer arrives.
class LongPollReader final : public FeedReader
{
    Q_OBJECT
public:
    LongPollReader(const QString &baseUrl, const Traffic::Clock *clock, QObject *parent);
    void start() override;
    void stop() override;

private:
    void poll();
    QString m_baseUrl;
    QNetworkAccessManager *m_manager;
    QPointer<QNetworkReply> m_reply;
};

// GET /sse, reading the text/event-stream as it arrives (WHATWG HTML §9.2.6).
class EventStreamReader final : public FeedReader
{
    Q_OBJECT
public:
    EventStreamReader(const QString &baseUrl, const Traffic::Clock *clock, QObject *parent);
    void start() override;
    void stop() override;

private:
    void onReadyRead();
    QString m_baseUrl;
    QNetworkAccessManager *m_manager;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_buffer; // an incomplete line
    QByteArray m_data; // the data lines of the event being read
};

// The engine's own WebSocket client, one text message per update.
class WebSocketReader final : public FeedReader
{
    Q_OBJECT
public:
    WebSocketReader(const QString &url, const Traffic::Clock *clock, QObject *parent);
    ~WebSocketReader() override;
    void start() override;
    void stop() override;

private:
    QString m_url;
    std::unique_ptr<Traffic::TrafficStore> m_store;
    ClientEndpoint *m_client = nullptr;
};

} // namespace WsBench::Net
