#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QObject>

#include <functional>

class QSocketNotifier;
class QTcpServer;

namespace WsBench::Net {

// A listening TCP socket that hands each new connection's descriptor to its owner. Qt binds and
// listens (and words the errors); accepting is ours, because a process that has used up its file
// descriptors must neither spin on a listening socket that stays readable nor leave clients
// waiting in silence. One descriptor is kept in reserve: when accept() fails for want of
// descriptors, the reserve is freed, the waiting connection is taken, given `refusal` (for
// example an HTTP 503) and closed, and the reserve is taken back. The owner hears of each such
// episode once, when it begins.
class Acceptor final : public QObject
{
public:
    struct Callbacks
    {
        std::function<void(qintptr descriptor)> accepted;
        std::function<void(const QString &reason)> outOfDescriptors;
    };

    Acceptor(Callbacks callbacks, QByteArray refusal, QObject *parent);
    ~Acceptor() override;

    bool listen(const QHostAddress &address, quint16 port, QString *error);
    void close();
    quint16 port() const;
    QHostAddress address() const;

private:
    void acceptReady();
    void refuseOne();

    Callbacks m_callbacks;
    QByteArray m_refusal;
    QTcpServer *m_server;
    QSocketNotifier *m_notifier = nullptr;
    int m_reserve = -1; // a descriptor on /dev/null, given up to refuse a connection
    bool m_outOfDescriptors = false;
};

} // namespace WsBench::Net
