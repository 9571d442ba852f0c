#pragma once

#include "core/traffic/traffic_record.h"

#include <cstddef>

namespace WsBench::Traffic {

// A fixed block of records for the store, in memory of its own that the system may back with
// huge pages: a store growing by hundreds of thousands of records a second takes one page
// fault per 2 MiB instead of one per 4 KiB. Every record is constructed with the block.
class RecordChunk final
{
public:
    static constexpr std::size_t kBytes = std::size_t(2) << 20;
    static constexpr std::size_t kRecords = kBytes / sizeof(TrafficRecord);

    RecordChunk();
    ~RecordChunk();
    RecordChunk(const RecordChunk &) = delete;
    RecordChunk &operator=(const RecordChunk &) = delete;

    TrafficRecord &operator[](std::size_t i) { return m_records[i]; }
    const TrafficRecord &operator[](std::size_t i) const { return m_records[i]; }

private:
    TrafficRecord *m_records;
};

} // namespace WsBench::Traffic
