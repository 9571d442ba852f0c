#include "tests/integration/support/process_runner.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>

namespace WsBench::Testing {

ProcessRunner::ProcessRunner(const QString &program, const QStringList &arguments,
                             const QString &workingDirectory)
    : m_process(std::make_unique<QProcess>())
{
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    if (!workingDirectory.isEmpty())
        m_process->setWorkingDirectory(workingDirectory);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PYTHONUNBUFFERED"), QStringLiteral("1"));
    env.remove(QStringLiteral("http_proxy"));
    env.remove(QStringLiteral("https_proxy"));
    m_process->setProcessEnvironment(env);
    m_process->start(program, arguments);
    m_started = m_process->waitForStarted(10000);
}

ProcessRunner::~ProcessRunner()
{
    if (m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

void ProcessRunner::readAvailable()
{
    m_output += m_process->readAll();
}

QString ProcessRunner::waitForLine(const QRegularExpression &pattern, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    qsizetype scanned = 0;
    while (true) {
        readAvailable();
        // Look at complete lines only.
        qsizetype end;
        while ((end = m_output.indexOf('\n', scanned)) >= 0) {
            const QString line = QString::fromUtf8(m_output.mid(scanned, end - scanned));
            scanned = end + 1;
            const QRegularExpressionMatch m = pattern.match(line);
            if (m.hasMatch())
                return m.lastCapturedIndex() >= 1 ? m.captured(1) : line;
        }
        if (deadline.hasExpired() || m_process->state() == QProcess::NotRunning) {
            readAvailable();
            return {};
        }
        m_process->waitForReadyRead(
            int(std::min<qint64>(100, std::max<qint64>(1, deadline.remainingTime()))));
    }
}

int ProcessRunner::finish(int timeoutMs)
{
    if (!m_process->waitForFinished(timeoutMs)) {
        readAvailable();
        m_process->kill();
        m_process->waitForFinished(5000);
        return -1;
    }
    readAvailable();
    return m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -2;
}

void ProcessRunner::terminate()
{
    m_process->terminate();
}

void ProcessRunner::kill()
{
    m_process->kill();
}

QString ProcessRunner::output() const
{
    return QString::fromUtf8(m_output);
}

QString ProcessRunner::wsbench()
{
    return QStringLiteral(WSBENCH_BINARY);
}
QString ProcessRunner::python()
{
    return QStringLiteral("/usr/bin/python3");
}
QString ProcessRunner::peersDir()
{
    return QStringLiteral(WSBENCH_PEERS_DIR);
}

} // namespace WsBench::Testing
