#pragma once

#include <cstddef>
#include <utility>
#include <vector>

namespace WsBench::Protocol {

// Emptied buffers kept per thread for the next user: the many connections of one thread share
// a few buffers during their turns instead of each holding its own while it idles. `Tag` keeps
// pools of the same buffer type apart.
template<typename Buffer, typename Tag = void>
class ThreadSpares final
{
public:
    // A kept buffer with its capacity, or an empty one.
    static Buffer take()
    {
        return takeIf([](const Buffer &) { return true; });
    }
    // The most recently kept buffer when `fits` accepts it, else an empty one.
    template<typename Fits>
    static Buffer takeIf(const Fits &fits)
    {
        auto &kept = pool();
        if (kept.empty() || !fits(kept.back()))
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
    // How many buffers this thread keeps now.
    static std::size_t count() { return pool().size(); }

private:
    static std::vector<Buffer> &pool()
    {
        static thread_local std::vector<Buffer> kept;
        return kept;
    }
};

} // namespace WsBench::Protocol
