#include "core/traffic/recorder.h"

#include "core/traffic/traffic_store.h"

#include <QJsonDocument>
#include <QSaveFile>

#include <cstdio>

namespace WsBench::Traffic {

Recorder::Recorder(const QString &path)
    : m_path(path)
    , m_file(path + QStringLiteral(".partial"))
{
    m_file.open(QIODevice::WriteOnly | QIODevice::Truncate);
}

Recorder::~Recorder()
{
    if (!m_file.isOpen())
        return;
    m_file.close();
    // rename(2) replaces the old file in one step: there is always a whole file at m_path.
    std::rename(QFile::encodeName(m_file.fileName()).constData(),
                QFile::encodeName(m_path).constData());
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

bool saveJsonLines(const TrafficStore &store, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    store.visit(0, -1, [&file](const TrafficRecord &r) {
        file.write(QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact));
        file.write("\n");
    });
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace WsBench::Traffic
