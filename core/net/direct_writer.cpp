#include "core/net/direct_writer.h"

#include "core/protocol/thread_spares.h"

#include <QAbstractSocket>
#include <QSocketNotifier>

#include <algorithm>
#include <cerrno>

#ifdef Q_OS_LINUX
#include <sys/socket.h>
#include <sys/uio.h>
#endif

namespace WsBench::Net {

namespace {

using Spares = Protocol::ThreadSpares<QByteArray>;

#ifdef Q_OS_LINUX
// Sends as much of `parts` as the kernel takes now. Returns it, or -1 on a failure other than
// a full socket.
qint64 sendParts(qintptr fd, const QByteArrayView *parts, qsizetype count)
{
    constexpr qsizetype kMost = 64;
    iovec vectors[kMost];
    const qsizetype used = std::min(count, kMost);
    for (qsizetype i = 0; i < used; ++i) {
        vectors[i].iov_base = const_cast<char *>(parts[i].data());
        vectors[i].iov_len = std::size_t(parts[i].size());
    }
    msghdr message {};
    message.msg_iov = vectors;
    message.msg_iovlen = std::size_t(used);
    ssize_t sent;
    do {
        sent = ::sendmsg(int(fd), &message, MSG_NOSIGNAL);
    } while (sent < 0 && errno == EINTR);
    if (sent < 0)
        return errno == EAGAIN || errno == EWOULDBLOCK ? 0 : -1;
    return sent;
}
#endif

} // namespace

DirectWriter::DirectWriter(qintptr fd, QObject *owner, std::function<void(qint64)> written,
                           std::function<void(const QByteArray &)> failed)
    : m_fd(fd)
    , m_owner(owner)
    , m_written(std::move(written))
    , m_failed(std::move(failed))
{ }

DirectWriter::~DirectWriter() = default;

qint64 DirectWriter::write(const Parts &parts)
{
#ifdef Q_OS_LINUX
    if (!descriptorValid())
        return -1;
    if (held() > 0) { // behind what waits: in order, when the socket can take it
        for (const QByteArrayView part : parts)
            hold(part);
        return 0;
    }
    const qint64 sent = sendParts(m_fd, parts.constData(), parts.size());
    if (sent < 0) {
        stop();
        return -1;
    }
    qint64 skip = sent;
    for (const QByteArrayView part : parts) {
        if (skip >= part.size()) {
            skip -= part.size();
            continue;
        }
        hold(part.sliced(skip));
        skip = 0;
    }
    return sent;
#else
    Q_UNUSED(parts);
    return -1;
#endif
}

void DirectWriter::hold(QByteArrayView bytes)
{
    if (held() == 0) { // a buffer the thread keeps: an idle connection holds none
        m_held = Spares::take();
        m_held.resize(0);
        m_sent = 0;
    }
    m_held.append(bytes);
    if (!m_notifier) {
        // Owned here alone; the owner is the context its calls run in.
        m_notifier = std::make_unique<QSocketNotifier>(m_fd, QSocketNotifier::Write);
        QObject::connect(m_notifier.get(), &QSocketNotifier::activated, m_owner,
                         [this]() { onWritable(); });
    }
    m_notifier->setEnabled(true);
}

QByteArray DirectWriter::takeUnsent()
{
    QByteArray rest = std::exchange(m_held, {});
    if (m_sent > 0)
        rest.remove(0, m_sent); // in place when it is the only reference
    m_sent = 0;
    return rest;
}

void DirectWriter::onWritable()
{
#ifdef Q_OS_LINUX
    if (!descriptorValid() || held() == 0) {
        m_notifier->setEnabled(false);
        return;
    }
    const QByteArrayView rest = QByteArrayView(m_held).sliced(m_sent);
    const qint64 sent = sendParts(m_fd, &rest, 1);
    if (sent < 0) {
        const QByteArray unsent = takeUnsent();
        stop();
        m_failed(unsent); // the last thing: it may end the connection
        return;
    }
    m_sent += sent;
    if (held() == 0) {
        m_notifier->setEnabled(false);
        m_sent = 0;
        m_held.resize(0);
        Spares::give(std::exchange(m_held, {}), 1024 * 1024, 2); // the thread keeps a few
    } else if (m_sent > m_held.size() / 2) {
        m_held.remove(0, m_sent); // what is left moves to the front, at most as much as went
        m_sent = 0;
    }
    if (sent > 0)
        m_written(sent); // the last thing: it may send more, or end the connection
#endif
}

QByteArray DirectWriter::release()
{
    QByteArray rest = takeUnsent();
    stop();
    return rest;
}

bool DirectWriter::descriptorValid()
{
    if (m_fd >= 0 && m_socket && m_socket->socketDescriptor() != m_fd)
        stop();
    return m_fd >= 0;
}

void DirectWriter::stop()
{
    m_fd = -1;
    m_held = QByteArray();
    m_sent = 0;
    if (m_notifier)
        m_notifier->setEnabled(false);
}

} // namespace WsBench::Net
