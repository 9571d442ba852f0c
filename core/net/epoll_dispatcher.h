#pragma once

#include <QAbstractEventDispatcher>

#include <memory>

namespace WsBench::Net {

// The I/O thread's event loop on Linux: epoll instead of Qt's poll() over every socket on each
// turn. A socket is registered with the kernel once, when its notifier is enabled, so a turn
// costs what is ready rather than what is open (10,000 idle connections cost nothing per
// wake-up), and a wake-up needs no per-descriptor set-up and tear-down. Notifiers are
// level-triggered like Qt's own (an error or a hang-up makes a socket readable and writable, as
// select() says); timers are kept ordered by due time, to the millisecond, every type as
// precise. Posted events, wakeUp() and interrupt() from other threads go through an eventfd.
// Descriptors are sockets, pipes and the like: epoll refuses regular files, whose notifiers are
// warned about and never fire. Give it to a QThread before the thread starts. nullptr
// elsewhere, or when the kernel refuses an epoll or an eventfd: the thread then keeps Qt's own
// dispatcher.
std::unique_ptr<QAbstractEventDispatcher> makeEpollDispatcher();
bool isEpollDispatcher(const QAbstractEventDispatcher *dispatcher);

} // namespace WsBench::Net
