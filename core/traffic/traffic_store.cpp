#include "core/traffic/traffic_store.h"

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
            m_records.push_back(std::move(r));
        m_stats.records = qsizetype(m_records.size());
        evictLocked();
    }
    if (!m_notified.exchange(true))
        Q_EMIT appended(last);
}

void TrafficStore::evictLocked()
{
    while (!m_records.empty()
           && (m_stats.bytes > m_limits.maxBytes || m_stats.records > m_limits.maxRecords)) {
        const qsizetype size = m_records.front().memorySize();
        m_stats.bytes -= size;
        m_stats.evictedBytes += size;
        m_stats.evictedRecords += 1;
        m_records.pop_front();
        m_stats.records -= 1;
    }
    m_stats.firstId = m_records.empty() ? 0 : m_records.front().id;
}

std::vector<TrafficRecord> TrafficStore::since(quint64 afterId, qsizetype max, quint32 kinds) const
{
    QMutexLocker lock(&m_mutex);
    m_notified = false;
    std::vector<TrafficRecord> out;
    if (m_records.empty() || afterId >= m_records.back().id)
        return out;
    // Ids are contiguous within the deque, so the start is an index computation.
    const quint64 first = m_records.front().id;
    const std::size_t start = afterId < first ? 0 : std::size_t(afterId - first + 1);
    const std::size_t limit = max >= 0 ? std::size_t(max) : m_records.size();
    for (std::size_t i = start; i < m_records.size() && out.size() < limit; ++i) {
        if (kinds & kindBit(m_records[i].kind))
            out.push_back(m_records[i]);
    }
    return out;
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
    m_records.clear();
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
