#pragma once

#include "core/net/peer_connection.h"
#include "core/net/reconnect_backoff.h"
#include "core/net/tls_options.h"
#include "core/net/ws_url.h"

#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QTimer>

class QSslSocket;

namespace WsBench::Net {

struct ClientOptions
{
    QString url;
    QList<Protocol::HttpHeader> headers;
    QList<QByteArray> subprotocols;
    QByteArray origin;
    bool deflate = false;
    bool autoPong = true;
    Protocol::ValidationPolicy policy;
    int connectTimeoutMs = 10000; // TCP (and proxy) connect, plus the TLS handshake
    PeerOptions peer;
    TlsOptions tls;
    QString proxy; // http://[user:pass@]host:port or socks5://...
    bool reconnect = false; // reconnect after an abnormal close, with backoff
    int reconnectInitialMs = 500;
    int reconnectMaxMs = 30000;
    int maxReconnects = 10;
};

// A WebSocket client: resolves the URL, connects (directly or through a proxy), does TLS,
// then drives the connection with a PeerConnection. Lives in the I/O thread.
class ClientEndpoint final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientEndpoint)

public:
    ClientEndpoint(quint32 id, const ClientOptions &options, Traffic::TrafficStore *store,
                   const Traffic::Clock *clock, QObject *parent = nullptr);
    ~ClientEndpoint() override;

    // Checks the URL and proxy syntax without connecting (for command lines and forms).
    static bool validate(const ClientOptions &options, QString *error);

    // Starts connecting. Returns false (and records why) for a bad URL, proxy or TLS file.
    bool open();
    PeerConnection *connection() const { return m_connection; }
    quint32 id() const { return m_batch.connectionId(); }
    const WsUrl &url() const { return m_url; }
    // Link conditions (link_conditions.h) for this connection and any reconnect; they apply at
    // once while connected.
    void setLinkConditions(const LinkConditions &conditions);
    // Close politely (a Close frame), or stop a connection attempt.
    void close(std::optional<quint16> code = Protocol::CloseCode::Normal,
               const QByteArray &reason = {});

Q_SIGNALS:
    void opened();
    void messageReceived(quint8 opcode, const QByteArray &payload);
    void pongReceived(const QByteArray &payload);
    // The connection ended (or never started). `code` is the WebSocket connection close code;
    // `failure` what ended it, when something failed, and `detail` its untranslated detail
    // (a certificate's problem, the handshake check that failed).
    void finished(quint16 code, bool wasClean, WsBench::Traffic::Failure failure,
                  const QByteArray &detail);

private:
    bool configure(QString *error);
    void connectSocket();
    void onConnected();
    void onEncrypted();
    void onSslErrors(const QList<QSslError> &errors);
    void onConnectError();
    void startConnection();
    void onFinished();
    void scheduleReconnect(const ReconnectAttempt &attempt);
    void fail(Traffic::Failure failure, const QString &detail);

    // What the one timer is armed for.
    enum class Waiting : quint8 {
        Nothing,
        Connect, // the connect limit (TCP, proxy and TLS)
        Reconnect, // the backoff before the next attempt
    };
    qint64 nowMs() const;
    // Arms the timer: `what` is due `ms` from now (by the injected clock).
    void waitFor(Waiting what, int ms);
    void stopWaiting();
    void onTimer();

    ClientOptions m_options;
    WsUrl m_url;
    RecordBatch m_batch;
    Traffic::TrafficStore *m_store;
    const Traffic::Clock *m_clock;
    QSslSocket *m_socket = nullptr;
    QPointer<PeerConnection> m_connection;
    QTimer m_timer;
    Waiting m_waiting = Waiting::Nothing;
    qint64 m_deadlineMs = 0; // when m_waiting is due
    ReconnectBackoff m_backoff;
    bool m_closeRequested = false;
    bool m_connectFailed = false;
};

} // namespace WsBench::Net
