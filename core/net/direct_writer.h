#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QByteArrayView>
#include <QVarLengthArray>

#include <functional>
#include <memory>
#include <vector>

class QAbstractSocket;
class QObject;
class QSocketNotifier;

namespace WsBench::Net {

// Writes a plain TCP socket's bytes straight to the kernel (Linux: sendmsg), from the caller's
// buffers when the kernel takes them at once. What it refuses is held here and written, all of
// it in one call, when the socket can take more: a busy connection makes one write per turn
// of the event loop, where the socket's own buffer would make one per part it was given.
class DirectWriter final
{
public:
    using Parts = QVarLengthArray<QByteArrayView, 8>;
    // `written` reports bytes the kernel took later, from the event loop. `failed` receives
    // what was still held when a write failed, in order; nothing more goes this way after it.
    DirectWriter(qintptr fd, QObject *owner, std::function<void(qint64)> written,
                 std::function<void(const QByteArrayList &)> failed);
    ~DirectWriter();
    DirectWriter(const DirectWriter &) = delete;
    DirectWriter &operator=(const DirectWriter &) = delete;

    // Writes `parts` after whatever is held. Returns what the kernel took now; the rest is
    // held. -1: the write failed, and nothing was taken or held.
    qint64 write(const Parts &parts);
    qint64 held() const { return m_held; }
    // The socket is closing: stop watching it, and drop what is held.
    void stop();
    // Stops as soon as it sees `socket` (which outlives it) without the descriptor: a closed
    // descriptor's number may be a new connection's soon, and is never written after.
    void closesWith(const QAbstractSocket *socket) { m_socket = socket; }
    // Stops, and returns what was held: for the socket's own buffer, which keeps the order
    // and is written before the socket closes.
    QByteArrayList release();

private:
    void onWritable();
    void hold(QByteArrayView bytes);
    // False, and stopped, once the socket no longer has the descriptor.
    bool descriptorValid();
    // What is held and not yet sent, in order and without a copy; holds nothing after.
    QByteArrayList takeUnsent();

    qintptr m_fd;
    QObject *m_owner;
    std::function<void(qint64)> m_written;
    std::function<void(const QByteArrayList &)> m_failed;
    std::vector<QByteArray> m_chunks; // refused bytes, from m_chunks[m_head] at m_offset
    std::size_t m_head = 0;
    qsizetype m_offset = 0;
    qint64 m_held = 0;
    std::unique_ptr<QSocketNotifier> m_notifier; // made the first time the kernel refuses
    const QAbstractSocket *m_socket = nullptr; // closesWith()
};

} // namespace WsBench::Net
