#include "core/net/client_endpoint.h"

#include <QNetworkProxy>
#include <QSslCipher>
#include <QSslSocket>
#include <QStringBuilder>
#include <QUrl>

#include <algorithm>
#include <limits>
#include <utility>

namespace WsBench::Net {

using namespace Protocol;
using Traffic::Failure;
using Traffic::Note;

namespace {

std::optional<QNetworkProxy> parseProxy(const QString &text, QString *error)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    QNetworkProxy::ProxyType type = QNetworkProxy::NoProxy;
    if (scheme == QLatin1String("http"))
        type = QNetworkProxy::HttpProxy; // HTTP CONNECT
    else if (scheme == QLatin1String("socks5") || scheme == QLatin1String("socks5h"))
        type = QNetworkProxy::Socks5Proxy;
    if (!url.isValid() || type == QNetworkProxy::NoProxy || url.host().isEmpty()
        || url.port() <= 0) {
        *error = QStringLiteral("The proxy \"%1\" is not understood; use http://host:port or "
                                "socks5://host:port.")
                     .arg(text);
        return std::nullopt;
    }
    return QNetworkProxy(type, url.host(), quint16(url.port()), url.userName(), url.password());
}

ReconnectPolicy reconnectPolicyOf(const ClientOptions &options)
{
    ReconnectPolicy p;
    p.enabled = options.reconnect;
    p.initialMs = options.reconnectInitialMs;
    p.maxMs = options.reconnectMaxMs;
    p.maxAttempts = options.maxReconnects;
    return p;
}

} // namespace

ClientEndpoint::ClientEndpoint(quint32 id, const ClientOptions &options,
                               Traffic::TrafficStore *store, const Traffic::Clock *clock,
                               QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_batch(store, clock, id)
    , m_store(store)
    , m_clock(clock)
    , m_backoff(reconnectPolicyOf(options))
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ClientEndpoint::onTimer);
}

ClientEndpoint::~ClientEndpoint()
{
    // Children (sockets, connections) are deleted after this object's members are gone; a
    // socket aborting on deletion must not call back into this half-destroyed object.
    const QObjectList children = this->children();
    for (QObject *child : children)
        child->blockSignals(true);
}

qint64 ClientEndpoint::nowMs() const
{
    return m_clock->monotonicUs() / 1000;
}

void ClientEndpoint::waitFor(Waiting what, int ms)
{
    m_waiting = what;
    m_deadlineMs = nowMs() + std::max(0, ms);
    m_timer.start(std::max(0, ms));
}

void ClientEndpoint::stopWaiting()
{
    m_waiting = Waiting::Nothing;
    m_timer.stop();
}

void ClientEndpoint::onTimer()
{
    if (m_waiting == Waiting::Nothing)
        return;
    const qint64 now = nowMs();
    if (now < m_deadlineMs) { // early by the clock: wait for the rest
        m_timer.start(int(std::min<qint64>(m_deadlineMs - now, std::numeric_limits<int>::max())));
        return;
    }
    switch (std::exchange(m_waiting, Waiting::Nothing)) {
    case Waiting::Nothing:
        break;
    case Waiting::Connect:
        fail(Failure::ConnectTimeout,
             QStringLiteral("Could not connect to %1 within %2 ms.")
                 .arg(m_url.text)
                 .arg(m_options.connectTimeoutMs));
        break;
    case Waiting::Reconnect:
        connectSocket();
        break;
    }
}

void ClientEndpoint::fail(Failure failure, const QString &detail)
{
    stopWaiting();
    m_connectFailed = true;
    m_batch.error(failure, detail.toUtf8());
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    if (!m_closeRequested && failure != Failure::InvalidOptions) {
        if (const std::optional<ReconnectAttempt> attempt = m_backoff.next()) {
            scheduleReconnect(*attempt);
            return;
        }
    }
    auto &r = m_batch.add(Traffic::RecordKind::Close, Traffic::Direction::None);
    r.closeCode = CloseCode::Abnormal;
    r.readyState = ReadyState::Closed;
    r.failure = failure;
    m_batch.flush();
    Q_EMIT finished(CloseCode::Abnormal, false, failure, detail.toUtf8());
}

bool ClientEndpoint::validate(const ClientOptions &options, QString *error)
{
    UrlError urlError = UrlError::None;
    WsUrl::parse(options.url, &urlError, error);
    if (urlError != UrlError::None)
        return false;
    return options.proxy.isEmpty() || parseProxy(options.proxy, error).has_value();
}

bool ClientEndpoint::configure(QString *error)
{
    if (!validate(m_options, error))
        return false;
    UrlError urlError = UrlError::None;
    m_url = WsUrl::parse(m_options.url, &urlError);
    // TLS files are read here so a bad one is reported before connecting.
    return !m_url.secure || clientTlsConfiguration(m_options.tls, error).has_value();
}

bool ClientEndpoint::open()
{
    QString error;
    if (!configure(&error)) {
        fail(Failure::InvalidOptions, error);
        return false;
    }
    connectSocket();
    return true;
}

void ClientEndpoint::connectSocket()
{
    m_connectFailed = false;
    m_socket = new QSslSocket(this);
    QString error;
    if (!m_options.proxy.isEmpty())
        m_socket->setProxy(*parseProxy(m_options.proxy, &error));
    else
        m_socket->setProxy(QNetworkProxy::NoProxy);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, &ClientEndpoint::onConnectError);
    waitFor(Waiting::Connect, m_options.connectTimeoutMs);
    QList<QByteArray> target = {m_url.text.toUtf8()};
    if (!m_options.proxy.isEmpty())
        target.append(m_options.proxy.toUtf8());
    m_batch.note(Note::Connecting, target);
    m_batch.flush();
    if (m_url.secure) {
        m_socket->setSslConfiguration(*clientTlsConfiguration(m_options.tls, &error));
        if (m_options.tls.insecure)
            m_batch.note(Note::TlsVerificationOff);
        connect(m_socket, &QSslSocket::encrypted, this, &ClientEndpoint::onEncrypted);
        connect(m_socket, &QSslSocket::sslErrors, this, &ClientEndpoint::onSslErrors);
        const QString peerName
            = m_options.tls.serverName.isEmpty() ? m_url.host : m_options.tls.serverName;
        m_socket->connectToHostEncrypted(m_url.host, m_url.port, peerName);
    } else {
        connect(m_socket, &QAbstractSocket::connected, this, &ClientEndpoint::onConnected);
        m_socket->connectToHost(m_url.host, m_url.port);
    }
}

void ClientEndpoint::onConnected()
{
    m_batch.note(Note::TcpConnected,
                 {m_socket->peerAddress().toString().toUtf8() + ':'
                  + QByteArray::number(m_socket->peerPort())});
    startConnection();
}

void ClientEndpoint::onEncrypted()
{
    const QSslCipher cipher = m_socket->sessionCipher();
    m_batch.note(Note::TlsEstablished, {cipher.protocolString().toUtf8(), cipher.name().toUtf8()});
    const QList<QSslCertificate> chain = m_socket->peerCertificateChain();
    for (qsizetype i = 0; i < chain.size(); ++i) {
        const QSslCertificate &cert = chain.at(i);
        m_batch.note(Note::PeerCertificate,
                     {QByteArray::number(i), cert.subjectDisplayName().toUtf8(),
                      cert.issuerDisplayName().toUtf8(),
                      cert.expiryDate().toString(Qt::ISODate).toUtf8()});
    }
    startConnection();
}

void ClientEndpoint::onSslErrors(const QList<QSslError> &errors)
{
    QList<QSslError> ignorable;
    bool blocking = false;
    for (const QSslError &e : errors) {
        const bool allowed
            = m_options.tls.insecure || m_options.tls.allowedErrors.contains(e.error());
        if (allowed) {
            m_batch.note(Note::TlsErrorAllowed, {e.errorString().toUtf8()});
            ignorable.append(e);
        } else {
            m_batch.error(Failure::TlsError, e.errorString().toUtf8());
            blocking = true;
        }
    }
    m_batch.flush();
    if (!blocking)
        m_socket->ignoreSslErrors(ignorable);
}

void ClientEndpoint::onConnectError()
{
    if (!m_socket || m_connection)
        return;
    const QAbstractSocket::SocketError error = m_socket->error();
    Failure failure = Failure::ConnectFailed;
    if (error == QAbstractSocket::HostNotFoundError)
        failure = Failure::HostNotFound;
    else if (error == QAbstractSocket::ConnectionRefusedError)
        failure = Failure::ConnectionRefused;
    else if (error == QAbstractSocket::SslHandshakeFailedError)
        failure = Failure::TlsHandshakeFailed;
    else if (error >= QAbstractSocket::ProxyAuthenticationRequiredError
             && error <= QAbstractSocket::ProxyProtocolError)
        failure = Failure::ProxyError;
    fail(failure, m_socket->errorString());
}

void ClientEndpoint::startConnection()
{
    stopWaiting();
    m_socket->disconnect(this);
    ConnectionConfig config;
    config.role = Role::Client;
    config.policy = m_options.policy;
    config.autoPong = m_options.autoPong;
    config.client.host = m_url.hostHeader;
    config.client.resourceName = m_url.resourceName;
    config.client.origin = m_options.origin;
    config.client.subprotocols = m_options.subprotocols;
    config.client.extraHeaders = m_options.headers;
    config.client.deflate.enabled = m_options.deflate;
    QSslSocket *socket = m_socket;
    m_socket = nullptr;
    m_batch.flush();
    m_connection = new PeerConnection(id(), socket, config, m_options.peer, m_store, m_clock, this);
    connect(m_connection, &PeerConnection::opened, this, [this]() {
        m_backoff.reset();
        Q_EMIT opened();
    });
    m_connection->setMessageHandler([this](quint32, quint8 opcode, const QByteArray &payload) {
        Q_EMIT messageReceived(opcode, payload);
    });
    connect(m_connection, &PeerConnection::pongReceived, this,
            [this](quint32, const QByteArray &payload) { Q_EMIT pongReceived(payload); });
    connect(m_connection, &PeerConnection::finished, this, &ClientEndpoint::onFinished);
    if (m_closeRequested)
        m_connection->close(CloseCode::Normal);
    m_connection->start();
}

void ClientEndpoint::onFinished()
{
    const CloseInfo info = m_connection->closeInfo();
    const Failure failure = m_connection->failure();
    const QByteArray detail = m_connection->failureDetail();
    m_connection->deleteLater();
    m_connection = nullptr;
    if (!m_closeRequested && !info.wasClean) {
        if (const std::optional<ReconnectAttempt> attempt = m_backoff.next()) {
            scheduleReconnect(*attempt);
            return;
        }
    }
    Q_EMIT finished(info.code, info.wasClean, failure, detail);
}

void ClientEndpoint::scheduleReconnect(const ReconnectAttempt &attempt)
{
    m_batch.note(Note::Reconnecting,
                 {QByteArray::number(attempt.delayMs), QByteArray::number(attempt.attempt),
                  QByteArray::number(attempt.maxAttempts)});
    m_batch.flush();
    waitFor(Waiting::Reconnect, attempt.delayMs);
}

void ClientEndpoint::setLinkConditions(const LinkConditions &conditions)
{
    m_options.peer.link = conditions;
    if (m_connection)
        m_connection->setLinkConditions(conditions);
}

void ClientEndpoint::close(std::optional<quint16> code, const QByteArray &reason)
{
    m_closeRequested = true;
    if (m_waiting == Waiting::Reconnect)
        stopWaiting();
    if (m_connection) {
        m_connection->close(code, reason);
    } else if (m_socket) {
        fail(Failure::Cancelled, {});
    }
}

} // namespace WsBench::Net
