#pragma once

#include <QObject>

class QSocketNotifier;

namespace WsBench::Cli {

// Turns SIGINT and SIGTERM into a Qt signal in the main thread (self-pipe).
class SignalWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalWatcher)

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void terminationRequested(int signal);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace WsBench::Cli
