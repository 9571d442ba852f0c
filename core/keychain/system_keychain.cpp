#include "core/keychain/system_keychain.h"

#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace WsBench::Keychain {

namespace {

// Runs a job to its end, or gives up after `timeoutMs` (a keychain that asks for an unlock
// prompt nobody answers must not hang the caller).
bool finish(QKeychain::Job &job, int timeoutMs, QString *error)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    QEventLoop loop;
    bool done = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&]() {
        done = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job.start();
    if (!done)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!done) {
        *error = QStringLiteral("the system keychain did not answer within %1 s")
                     .arg(timeoutMs / 1000);
        return false;
    }
    if (job.error() != QKeychain::NoError) {
        *error = job.errorString();
        return false;
    }
    return true;
}

} // namespace

SystemKeychain::SystemKeychain(QString service, int timeoutMs)
    : m_service(std::move(service))
    , m_timeoutMs(timeoutMs)
{ }

bool SystemKeychain::write(const QString &key, const QString &value, QString *error)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(key);
    job.setTextData(value);
    return finish(job, m_timeoutMs, error);
}

std::optional<QString> SystemKeychain::read(const QString &key, QString *error)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(key);
    if (!finish(job, m_timeoutMs, error))
        return std::nullopt;
    return job.textData();
}

} // namespace WsBench::Keychain
