#include "core/net/direct_writer.h"

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
                           std::function<void(const QByteArrayList &)> failed)
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
    // Small parts share a chunk; a large one is a chunk of its own. Chunks go as soon as they
    // are sent, so what is held costs what it holds (a peer that stops reading counts against
    // the send budget byte for byte).
    constexpr qsizetype kChunk = 64 * 1024;
    if (m_head < m_chunks.size() && m_chunks.back().size() + bytes.size() <= kChunk)
        m_chunks.back().append(bytes);
    else
        m_chunks.emplace_back(bytes.data(), bytes.size());
    m_held += bytes.size();
    if (!m_notifier) {
        // Owned here alone; the owner is the context its calls run in.
        m_notifier = std::make_unique<QSocketNotifier>(m_fd, QSocketNotifier::Write);
        QObject::connect(m_notifier.get(), &QSocketNotifier::activated, m_owner,
                         [this]() { onWritable(); });
    }
    m_notifier->setEnabled(true);
}

QByteArrayList DirectWriter::takeUnsent()
{
    QByteArrayList rest;
    for (std::size_t i = m_head; i < m_chunks.size(); ++i) {
        QByteArray &chunk = m_chunks[i];
        if (i == m_head && m_offset > 0)
            chunk.remove(0, m_offset); // in place: the chunk is this writer's alone
        rest.append(std::move(chunk));
    }
    m_chunks = {};
    m_head = 0;
    m_offset = 0;
    m_held = 0;
    return rest;
}

void DirectWriter::onWritable()
{
#ifdef Q_OS_LINUX
    if (!descriptorValid() || held() == 0) {
        m_notifier->setEnabled(false);
        return;
    }
    QVarLengthArray<QByteArrayView, 64> rest;
    for (std::size_t i = m_head; i < m_chunks.size() && rest.size() < 64; ++i)
        rest.append(QByteArrayView(m_chunks[i]).sliced(i == m_head ? m_offset : 0));
    const qint64 sent = sendParts(m_fd, rest.constData(), rest.size());
    if (sent < 0) {
        const QByteArrayList unsent = takeUnsent();
        stop();
        m_failed(unsent); // the last thing: it may end the connection
        return;
    }
    m_held -= sent;
    qint64 done = sent + m_offset;
    while (m_head < m_chunks.size() && done >= m_chunks[m_head].size()) {
        done -= m_chunks[m_head].size();
        m_chunks[m_head++] = QByteArray(); // its memory goes now
    }
    m_offset = qsizetype(done);
    if (held() == 0) {
        m_notifier->setEnabled(false);
        m_chunks = {};
        m_head = 0;
        m_offset = 0;
    } else if (m_head > 32 && m_head * 2 > m_chunks.size()) {
        m_chunks.erase(m_chunks.begin(), m_chunks.begin() + std::ptrdiff_t(m_head));
        m_head = 0;
    }
    if (sent > 0)
        m_written(sent); // the last thing: it may send more, or end the connection
#endif
}

QByteArrayList DirectWriter::release()
{
    QByteArrayList rest = takeUnsent();
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
    m_chunks = {};
    m_head = 0;
    m_offset = 0;
    m_held = 0;
    if (m_notifier)
        m_notifier->setEnabled(false);
}

} // namespace WsBench::Net
