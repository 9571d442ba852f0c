#pragma once

#include <cstddef>
#include <utility>
#include <vector>

namespace WsBench::Protocol {

// Emptied buffers kept per thread for the next user: the many connections of one thread share
// a few buffers during their turns instead of each holding its own while it idles.
template<typename Buffer>
class ThreadSpares final
{
public:
    // A kept buffer with its capacity, or an empty one.
    static Buffer take()
    {
        auto &kept = pool();
        if (kept.empty())
            return Buffer();
        Buffer buffer = std::move(kept.back());
        kept.pop_back();
        return buffer;
    }
    // Keeps an emptied `buffer` for the next take(), unless it holds nothing, more than
    // `maxCapacity`, or `maxKept` buffers are kept already.
    static void give(Buffer &&buffer, std::size_t maxCapacity, std::size_t maxKept)
    {
        auto &kept = pool();
        const auto capacity = std::size_t(buffer.capacity());
        if (capacity > 0 && capacity <= maxCapacity && kept.size() < maxKept)
            kept.push_back(std::move(buffer));
    }

private:
    static std::vector<Buffer> &pool()
    {
        static thread_local std::vector<Buffer> kept;
        return kept;
    }
};

} // namespace WsBench::Protocol
