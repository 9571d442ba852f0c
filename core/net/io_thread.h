#pragma once

#include <QObject>
#include <QThread>

#include <functional>

namespace WsBench::Net {

// The network engine's thread (DESIGN §2 rule 4). Endpoints live here, so a flood never blocks
// the caller's thread. post() runs a function in the thread; call() waits for it.
class IoThread final
{
public:
    IoThread();
    ~IoThread();
    IoThread(const IoThread &) = delete;
    IoThread &operator=(const IoThread &) = delete;

    QThread *thread() { return &m_thread; }
    // An object living in the I/O thread, to parent endpoints to and to post to.
    QObject *context() { return m_context; }
    void post(std::function<void()> fn);
    void call(std::function<void()> fn);

private:
    QThread m_thread;
    QObject *m_context = nullptr;
};

} // namespace WsBench::Net
