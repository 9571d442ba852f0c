#pragma once

#include "core/traffic/traffic_record.h"

#include <QFile>
#include <QString>

#include <vector>

namespace WsBench::Traffic {

// Writes every record to a JSON Lines file, one object per line, whatever the store's caps.
// It writes to PATH.partial and renames that over PATH when it is destroyed, so a process that
// is killed leaves an existing PATH as it was, and PATH.partial beside it with whole lines.
class Recorder
{
public:
    // Opens (truncates) `path`.partial; check isOpen()/errorString().
    explicit Recorder(const QString &path);
    ~Recorder();
    Q_DISABLE_COPY_MOVE(Recorder)

    bool isOpen() const { return m_file.isOpen(); }
    QString errorString() const { return m_file.errorString(); }
    void write(const std::vector<TrafficRecord> &batch);
    quint64 written() const { return m_written; }

private:
    QString m_path;
    QFile m_file;
    quint64 m_written = 0;
};

class TrafficStore;

// Writes what the store holds now to `path` as JSON Lines (the Recorder's format), atomically.
// False, with the file's error, when it cannot be written.
bool saveJsonLines(const TrafficStore &store, const QString &path, QString *error);

} // namespace WsBench::Traffic
