#pragma once

#include <QProcess>
#include <QRegularExpression>
#include <QStringList>

#include <memory>

namespace WsBench::Testing {

// A child process for integration tests: a peer we did not write, or the wsbench binary.
// Every wait is bounded; the destructor kills whatever is still running.
class ProcessRunner
{
public:
    ProcessRunner(const QString &program, const QStringList &arguments,
                  const QString &workingDirectory = {});
    ~ProcessRunner();

    bool started() const { return m_started; }
    // Waits until a line of stdout (or stderr) matches; returns the first capture (or the line).
    QString waitForLine(const QRegularExpression &pattern, int timeoutMs = 10000);
    // Waits for the process to exit; returns its exit code, or -1 on timeout (then kills it).
    int finish(int timeoutMs = 20000);
    void terminate(); // SIGTERM
    void kill(); // SIGKILL: no chance to clean up
    QString output() const; // everything read so far, stdout and stderr interleaved
    QStringList lines() const { return output().split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
    qint64 pid() const { return m_process->processId(); }

    static QString wsbench(); // the built wsbench binary
    static QString python(); // /usr/bin/python3 (sees Debian's python3-websockets)
    static QString peersDir(); // tests/integration/peers

private:
    void readAvailable();

    std::unique_ptr<QProcess> m_process;
    QByteArray m_output;
    bool m_started = false;
};

} // namespace WsBench::Testing
