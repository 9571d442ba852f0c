#include "core/protocol/payload_spares.h"

#include <vector>

namespace WsBench::Protocol::PayloadSpares {

namespace {

// Enough for a few reads' worth of messages; at most 128 KiB per thread.
constexpr std::size_t kMaxKept = 512;

std::vector<QByteArray> &kept()
{
    static thread_local std::vector<QByteArray> spares;
    return spares;
}

} // namespace

QByteArray take(qsizetype size)
{
    auto &spares = kept();
    if (size > 0 && size <= kMaxCapacity && !spares.empty()) {
        const qsizetype capacity = spares.back().capacity();
        if (capacity >= size && capacity <= size + kMaxSlack) {
            QByteArray bytes = std::move(spares.back());
            spares.pop_back();
            return bytes;
        }
    }
    QByteArray bytes;
    bytes.reserve(size);
    return bytes;
}

void give(QByteArray &&bytes)
{
    QByteArray released = std::move(bytes);
    auto &spares = kept();
    // isDetached(): this is the only reference (not shared, not raw data).
    if (!released.isDetached() || released.capacity() > kMaxCapacity || released.capacity() == 0
        || spares.size() >= kMaxKept)
        return;
    released.resize(0); // keeps the capacity
    spares.push_back(std::move(released));
}

qsizetype count()
{
    return qsizetype(kept().size());
}

} // namespace WsBench::Protocol::PayloadSpares
