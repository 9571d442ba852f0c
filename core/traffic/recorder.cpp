#include "core/traffic/recorder.h"

#include <QJsonDocument>

namespace WsBench::Traffic {

Recorder::Recorder(const QString &path)
    : m_file(path)
{
    m_file.open(QIODevice::WriteOnly | QIODevice::Truncate);
}

void Recorder::write(const std::vector<TrafficRecord> &batch)
{
    if (!m_file.isOpen())
        return;
    QByteArray chunk;
    for (const TrafficRecord &r : batch) {
        chunk += QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact);
        chunk += '\n';
    }
    m_file.write(chunk);
    m_file.flush();
    m_written += batch.size();
}

} // namespace WsBench::Traffic
