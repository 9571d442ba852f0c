#include "core/traffic/record_chunk.h"

#include <QtGlobal>

#include <cstdint>
#include <memory>
#include <new>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

namespace WsBench::Traffic {

namespace {

// kBytes of memory aligned to kBytes, so that one huge page can back all of it.
void *mapBlock()
{
    constexpr std::size_t size = RecordChunk::kBytes;
#ifdef Q_OS_LINUX
    void *mapped
        = mmap(nullptr, 2 * size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (mapped == MAP_FAILED)
        throw std::bad_alloc();
    // Keep the aligned part of twice the size; give back what is before and after it.
    const auto start = reinterpret_cast<std::uintptr_t>(mapped);
    const std::uintptr_t aligned = (start + size - 1) & ~std::uintptr_t(size - 1);
    if (aligned > start)
        munmap(mapped, aligned - start);
    if (const std::size_t after = start + 2 * size - (aligned + size))
        munmap(reinterpret_cast<void *>(aligned + size), after);
    void *block = reinterpret_cast<void *>(aligned);
    madvise(block, size, MADV_HUGEPAGE); // advice: where it is not taken, 4 KiB pages serve
    return block;
#else
    return ::operator new(size, std::align_val_t(64));
#endif
}

void unmapBlock(void *block)
{
#ifdef Q_OS_LINUX
    munmap(block, RecordChunk::kBytes);
#else
    ::operator delete(block, std::align_val_t(64));
#endif
}

} // namespace

RecordChunk::RecordChunk()
    : m_records(static_cast<TrafficRecord *>(mapBlock()))
{
    std::uninitialized_value_construct_n(m_records, kRecords);
}

RecordChunk::~RecordChunk()
{
    std::destroy_n(m_records, kRecords);
    unmapBlock(m_records);
}

} // namespace WsBench::Traffic
