#pragma once

#include "core/traffic/record_chunk.h"
#include "core/traffic/traffic_record.h"

#include <QMutex>
#include <QObject>

#include <atomic>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace WsBench::Traffic {

class Recorder;

struct StoreLimits
{
    qsizetype maxBytes = qsizetype(256) * 1024 * 1024;
    qsizetype maxRecords = 2'000'000;
};

struct StoreStats
{
    quint64 appended = 0;
    quint64 evictedRecords = 0;
    qint64 evictedBytes = 0;
    qsizetype records = 0;
    qsizetype bytes = 0;
    quint64 firstId = 0; // oldest id still held (0 when empty)
    quint64 lastId = 0;
};

// The single record of what happened (DESIGN §2 rule 5). Writers (the I/O thread) append in
// batches; readers on any thread ask for "records since id N". Memory is bounded by a byte cap
// and a record cap; the oldest records are evicted first, and evictions are counted. A
// Recorder, when set, receives every record before any eviction.
class TrafficStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrafficStore)

public:
    using Limits = StoreLimits;
    using Stats = StoreStats;

    explicit TrafficStore(Limits limits = {}, QObject *parent = nullptr);
    ~TrafficStore() override;

    // Assigns ids; thread-safe; one lock and one notification per batch.
    void append(std::vector<TrafficRecord> batch);
    // Moves the records out of `batch` and leaves it empty with its capacity, for reuse.
    void appendFrom(std::vector<TrafficRecord> &batch);
    // Records with id > `afterId`, at most `max` of them, oldest first. `kinds` is a mask of
    // (1 << RecordKind) values to return; the others are skipped without being copied.
    // Reading re-arms the appended() notification.
    std::vector<TrafficRecord> since(quint64 afterId, qsizetype max = -1,
                                     quint32 kinds = 0xFFFFFFFF) const;
    static constexpr quint32 kindBit(RecordKind kind) { return 1u << quint32(kind); }
    // One record by id, if the store still holds it.
    std::optional<TrafficRecord> get(quint64 id) const;
    // Calls `visit` on up to `max` records with id > `afterId`, oldest first, without copying
    // them, under the store's lock: keep `visit` short. Returns the last id visited (or
    // `afterId` when there was none). Reading re-arms the appended() notification.
    quint64 visit(quint64 afterId, qsizetype max,
                  const std::function<void(const TrafficRecord &)> &visit) const;
    Stats stats() const;
    void setLimits(Limits limits);
    void clear();
    // Takes ownership; nullptr stops recording.
    void setRecorder(std::unique_ptr<Recorder> recorder);

Q_SIGNALS:
    // Emitted from the appending thread after a batch, once until a reader calls since():
    // a busy writer does not flood the reader with notifications.
    void appended(quint64 lastId);

private:
    void evictLocked();

    // Records in fixed chunks: one allocation per kChunk records, and eviction from the front.
    static constexpr std::size_t kChunk = RecordChunk::kRecords;
    std::size_t size() const { return m_chunks.size() * kChunk - m_head - m_tailFree; }
    TrafficRecord &at(std::size_t i)
    {
        const std::size_t j = i + m_head;
        return (*m_chunks[j / kChunk])[j % kChunk];
    }
    const TrafficRecord &at(std::size_t i) const
    {
        const std::size_t j = i + m_head;
        return (*m_chunks[j / kChunk])[j % kChunk];
    }
    // The oldest record (the store is not empty).
    const TrafficRecord &front() const { return (*m_chunks.front())[m_head]; }
    // Calls `visit` on records [begin, end) in order, until it returns false: one division to
    // find the first, then a walk through the chunks.
    template<typename Visit>
    void walk(std::size_t begin, std::size_t end, const Visit &visit) const
    {
        std::size_t j = begin + m_head;
        std::size_t chunk = j / kChunk;
        std::size_t slot = j % kChunk;
        for (std::size_t i = begin; i < end; ++i) {
            if (!visit((*m_chunks[chunk])[slot]))
                return;
            if (++slot == kChunk) {
                slot = 0;
                ++chunk;
            }
        }
    }
    void pushBack(TrafficRecord &&record);
    void popFront();

    mutable QMutex m_mutex;
    Limits m_limits;
    std::deque<std::unique_ptr<RecordChunk>> m_chunks;
    std::unique_ptr<RecordChunk> m_spare; // an emptied chunk, kept for reuse
    std::size_t m_head = 0; // evicted slots at the front of the first chunk
    std::size_t m_tailFree = 0; // unused slots at the end of the last chunk
    Stats m_stats;
    quint64 m_nextId = 1;
    std::unique_ptr<Recorder> m_recorder;
    mutable std::atomic<bool> m_notified {false};
};

} // namespace WsBench::Traffic
