#include "core/net/acceptor.h"

#include <QSocketNotifier>
#include <QTcpServer>
#include <QTimer>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace WsBench::Net {

namespace {

int openReserve()
{
    return ::open("/dev/null", O_RDONLY | O_CLOEXEC);
}

} // namespace

Acceptor::Acceptor(Callbacks callbacks, QByteArray refusal, QObject *parent)
    : QObject(parent)
    , m_callbacks(std::move(callbacks))
    , m_refusal(std::move(refusal))
    , m_server(new QTcpServer(this))
{ }

Acceptor::~Acceptor()
{
    close();
}

bool Acceptor::listen(const QHostAddress &address, quint16 port, QString *error)
{
    // Qt's default backlog of 50 drops SYNs when hundreds of clients connect at once, and each
    // dropped one waits out TCP's retransmission back-off (1 s, 3 s, 7 s, ...). The kernel caps
    // this at net.core.somaxconn.
    m_server->setListenBacklogSize(4096);
    if (!m_server->listen(address, port)) {
        *error = m_server->errorString();
        return false;
    }
    m_server->pauseAccepting(); // Qt's own notifier stays off; ours below takes over
    m_reserve = openReserve();
    m_notifier = new QSocketNotifier(m_server->socketDescriptor(), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this]() { acceptReady(); });
    return true;
}

void Acceptor::close()
{
    delete m_notifier;
    m_notifier = nullptr;
    m_server->close();
    if (m_reserve >= 0)
        ::close(m_reserve);
    m_reserve = -1;
}

quint16 Acceptor::port() const
{
    return m_server->serverPort();
}

QHostAddress Acceptor::address() const
{
    return m_server->serverAddress();
}

void Acceptor::acceptReady()
{
    const int listening = int(m_server->socketDescriptor());
    // A bounded batch per wake-up keeps the other connections served during a connect storm.
    for (int i = 0; i < 128 && m_notifier; ++i) {
        const int descriptor = ::accept4(listening, nullptr, nullptr, SOCK_CLOEXEC);
        if (descriptor >= 0) {
            m_outOfDescriptors = false;
            if (m_reserve < 0)
                m_reserve = openReserve();
            m_callbacks.accepted(descriptor);
            continue;
        }
        switch (errno) {
        case EINTR:
        case ECONNABORTED: // the client gave up while waiting; take the next one
            continue;
        case EMFILE:
        case ENFILE:
        case ENOBUFS:
        case ENOMEM: {
            const QString reason = QString::fromLocal8Bit(std::strerror(errno));
            if (!m_outOfDescriptors) {
                m_outOfDescriptors = true;
                m_callbacks.outOfDescriptors(reason);
            }
            refuseOne();
            if (m_reserve < 0) { // nothing left to refuse with: look again shortly
                m_notifier->setEnabled(false);
                QTimer::singleShot(250, this, [this]() {
                    if (m_notifier)
                        m_notifier->setEnabled(true);
                });
                return;
            }
            continue;
        }
        default: // EAGAIN: nothing more waiting
            return;
        }
    }
}

void Acceptor::refuseOne()
{
    if (m_reserve < 0)
        return;
    ::close(m_reserve);
    m_reserve = -1;
    const int descriptor
        = ::accept4(int(m_server->socketDescriptor()), nullptr, nullptr, SOCK_CLOEXEC);
    if (descriptor >= 0) {
        // Read what the client already sent, so that closing does not reset the connection
        // before it reads the refusal.
        char request[8192];
        while (::recv(descriptor, request, sizeof request, MSG_DONTWAIT) > 0) { }
        if (!m_refusal.isEmpty())
            ::send(descriptor, m_refusal.constData(), size_t(m_refusal.size()),
                   MSG_DONTWAIT | MSG_NOSIGNAL);
        ::shutdown(descriptor, SHUT_WR);
        ::close(descriptor);
    }
    m_reserve = openReserve();
}

} // namespace WsBench::Net
