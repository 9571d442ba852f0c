#pragma once

#include "core/net/send_budget.h"

#include <QObject>
#include <QThread>

#include <functional>

namespace WsBench::Net {

// The network engine's thread (DESIGN §2 rule 4). Endpoints live here, so a flood never blocks
// the caller's thread. post() runs a function in the thread; call() waits for it. It also holds
// the engine's one SendBudget; whoever makes an endpoint gives it to the endpoint's options.
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
    SendBudget &sendBudget() { return m_sendBudget; }

private:
    SendBudget m_sendBudget;
    QThread m_thread;
    QObject *m_context = nullptr;
};

} // namespace WsBench::Net
