#include "core/traffic/traffic_store.h"

#include "core/protocol/payload_spares.h"
#include "core/traffic/recorder.h"

#include <QMutexLocker>

#include <algorithm>

namespace WsBench::Traffic {

TrafficStore::TrafficStore(Limits limits, QObject *parent)
    : QObject(parent)
    , m_limits(limits)
{ }

TrafficStore::~TrafficStore() = default;

void TrafficStore::append(std::vector<TrafficRecord> batch)
{
    appendFrom(batch);
}

void TrafficStore::appendFrom(std::vector<TrafficRecord> &batch)
{
    if (batch.empty())
        return;
    quint64 last = 0;
    {
        QMutexLocker lock(&m_mutex);
        for (TrafficRecord &r : batch) {
            r.id = m_nextId++;
            m_stats.bytes += r.memorySize();
        }
        if (m_recorder)
            m_recorder->write(batch);
        if (m_stats.firstId == 0)
            m_stats.firstId = batch.front().id;
        last = batch.back().id;
        m_stats.lastId = last;
        m_stats.appended += batch.size();
        for (TrafficRecord &r : batch)
            pushBack(std::move(r));
        batch.clear();
        m_stats.records = qsizetype(size());
        evictLocked();
    }
    if (!m_notified.exchange(true))
        Q_EMIT appended(last);
}

void TrafficStore::pushBack(TrafficRecord &&record)
{
    if (m_tailFree == 0) {
        // A store at its cap frees one chunk as it fills the next: reuse it.
        m_chunks.push_back(m_spare ? std::move(m_spare) : std::make_unique<RecordChunk>());
        m_tailFree = kChunk;
    }
    (*m_chunks.back())[kChunk - m_tailFree] = std::move(record);
    --m_tailFree;
}

void TrafficStore::popFront()
{
    TrafficRecord &r = (*m_chunks.front())[m_head];
    Protocol::PayloadSpares::give(std::move(r.bytes)); // for the next small payload, or freed
    r.text = QByteArray();
    if (++m_head == kChunk) {
        m_spare = std::move(m_chunks.front());
        m_chunks.pop_front();
        m_head = 0;
    }
    if (m_chunks.empty()) {
        m_head = 0;
        m_tailFree = 0;
    }
}

void TrafficStore::evictLocked()
{
    while (size() > 0
           && (m_stats.bytes > m_limits.maxBytes || m_stats.records > m_limits.maxRecords)) {
        const qsizetype bytes = front().memorySize();
        m_stats.bytes -= bytes;
        m_stats.evictedBytes += bytes;
        m_stats.evictedRecords += 1;
        popFront();
        m_stats.records -= 1;
    }
    m_stats.firstId = size() == 0 ? 0 : front().id;
}

std::vector<TrafficRecord> TrafficStore::since(quint64 afterId, qsizetype max, quint32 kinds) const
{
    QMutexLocker lock(&m_mutex);
    m_notified = false;
    std::vector<TrafficRecord> out;
    const std::size_t count = size();
    if (count == 0 || afterId >= at(count - 1).id)
        return out;
    // Ids are contiguous, so the start is an index computation.
    const quint64 first = at(0).id;
    const std::size_t start = afterId < first ? 0 : std::size_t(afterId - first + 1);
    const std::size_t limit = max >= 0 ? std::size_t(max) : count;
    if (limit == 0)
        return out;
    if (kinds == 0xFFFFFFFF) // with a filter, how many match is not known
        out.reserve(std::min(limit, count - std::min(start, count)));
    walk(std::min(start, count), count, [&](const TrafficRecord &r) {
        if (kinds & kindBit(r.kind))
            out.push_back(r);
        return out.size() < limit;
    });
    return out;
}

std::optional<TrafficRecord> TrafficStore::get(quint64 id) const
{
    QMutexLocker lock(&m_mutex);
    const std::size_t count = size();
    if (count == 0 || id < at(0).id || id > at(count - 1).id)
        return std::nullopt;
    return at(std::size_t(id - at(0).id));
}

quint64 TrafficStore::visit(quint64 afterId, qsizetype max,
                            const std::function<void(const TrafficRecord &)> &visit) const
{
    QMutexLocker lock(&m_mutex);
    m_notified = false;
    const std::size_t count = size();
    if (count == 0 || afterId >= at(count - 1).id)
        return afterId;
    const quint64 first = at(0).id;
    const std::size_t start = afterId < first ? 0 : std::size_t(afterId - first + 1);
    const std::size_t end = max >= 0 ? std::min(count, start + std::size_t(max)) : count;
    if (end <= start)
        return afterId;
    walk(start, end, [&visit](const TrafficRecord &r) {
        visit(r);
        return true;
    });
    return at(end - 1).id;
}

TrafficStore::Stats TrafficStore::stats() const
{
    QMutexLocker lock(&m_mutex);
    return m_stats;
}

void TrafficStore::setLimits(Limits limits)
{
    QMutexLocker lock(&m_mutex);
    m_limits = limits;
    evictLocked();
}

void TrafficStore::clear()
{
    QMutexLocker lock(&m_mutex);
    m_chunks.clear();
    m_spare.reset();
    m_head = 0;
    m_tailFree = 0;
    m_stats.records = 0;
    m_stats.bytes = 0;
    m_stats.firstId = 0;
}

void TrafficStore::setRecorder(std::unique_ptr<Recorder> recorder)
{
    QMutexLocker lock(&m_mutex);
    m_recorder = std::move(recorder);
}

} // namespace WsBench::Traffic
