#include "core/protocol/payload_spares.h"

#include "core/protocol/thread_spares.h"

namespace WsBench::Protocol::PayloadSpares {

namespace {

struct PayloadTag;
using Pool = ThreadSpares<QByteArray, PayloadTag>;
// Enough for a few reads' worth of messages; at most 128 KiB per thread.
constexpr std::size_t kMaxKept = 512;

} // namespace

QByteArray take(qsizetype size)
{
    if (size > 0 && size <= kMaxCapacity) {
        QByteArray spare = Pool::takeIf([size](const QByteArray &b) {
            return b.capacity() >= size && b.capacity() <= size + kMaxSlack;
        });
        if (spare.capacity() > 0)
            return spare;
    }
    QByteArray bytes;
    bytes.reserve(size);
    return bytes;
}

void give(QByteArray &&bytes)
{
    QByteArray released = std::move(bytes); // freed here unless it is kept
    // isDetached(): this is the only reference (not shared, not raw data).
    if (!released.isDetached())
        return;
    released.resize(0); // keeps the capacity
    Pool::give(std::move(released), kMaxCapacity, kMaxKept);
}

qsizetype count()
{
    return qsizetype(Pool::count());
}

} // namespace WsBench::Protocol::PayloadSpares
