#include "core/net/epoll_dispatcher.h"

#ifdef Q_OS_LINUX

#include <QCoreApplication>
#include <QEvent>
#include <QPointer>
#include <QSocketNotifier>
#include <QTimerEvent>
#include <QtDebug>

#include <sys/epoll.h>
#include <sys/eventfd.h>

#include <poll.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdint>
#include <set>
#include <unordered_map>
#include <utility>
#include <vector>

namespace WsBench::Net {

namespace {

constexpr std::uint64_t kWakeTag = ~std::uint64_t(0);

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

std::uint64_t tagOf(int fd, std::uint32_t serial)
{
    return (std::uint64_t(serial) << 32) | std::uint32_t(fd);
}

class EpollDispatcher final : public QAbstractEventDispatcher
{
public:
    EpollDispatcher(int epollFd, int wakeFd)
        : m_epoll(epollFd)
        , m_wake(wakeFd)
    { }
    ~EpollDispatcher() override
    {
        ::close(m_wake);
        ::close(m_epoll);
    }
    EpollDispatcher(const EpollDispatcher &) = delete;
    EpollDispatcher &operator=(const EpollDispatcher &) = delete;

    bool processEvents(QEventLoop::ProcessEventsFlags flags) override;
    void registerSocketNotifier(QSocketNotifier *notifier) override;
    void unregisterSocketNotifier(QSocketNotifier *notifier) override;
    void registerTimer(int timerId, qint64 interval, Qt::TimerType timerType,
                       QObject *object) override;
    bool unregisterTimer(int timerId) override;
    bool unregisterTimers(QObject *object) override;
    QList<TimerInfo> registeredTimers(QObject *object) const override;
    int remainingTime(int timerId) override;
    void wakeUp() override;
    void interrupt() override;

private:
    struct Watch
    {
        QSocketNotifier *notifiers[3] = {}; // by QSocketNotifier::Type
        std::uint32_t serial = 0; // tells a reused descriptor number from the one it was
    };
    struct Timer
    {
        qint64 intervalMs = 0;
        Qt::TimerType type = Qt::CoarseTimer;
        QObject *object = nullptr;
        qint64 dueNs = 0;
        bool firing = false; // not again from an event loop its own handler runs
    };

    void update(int fd, const Watch &w, bool added);
    int activateNotifiers(const epoll_event *events, int count);
    bool activate(int fd, std::uint32_t serial, QSocketNotifier::Type type);
    int activateTimers();
    int timeoutMs() const;
    void consumeWakeUp();

    const int m_epoll;
    const int m_wake; // eventfd
    std::atomic<bool> m_wakePending {false};
    std::atomic<bool> m_interrupted {false};
    std::unordered_map<int, Watch> m_watches;
    std::uint32_t m_serial = 0;
    std::uint64_t m_waits = 0; // epoll_wait calls, nested loops' included
    std::unordered_map<int, Timer> m_timers;
    std::set<std::pair<qint64, int>> m_due; // (due, id), soonest first
};

bool EpollDispatcher::processEvents(QEventLoop::ProcessEventsFlags flags)
{
    m_interrupted.store(false);
    Q_EMIT awake();
    QCoreApplication::sendPostedEvents();
    const bool timers = !flags.testFlag(QEventLoop::X11ExcludeTimers);
    const bool notifiers = !flags.testFlag(QEventLoop::ExcludeSocketNotifiers);
    // Events posted meanwhile have written the eventfd: a wait returns at once for them.
    const bool canWait = flags.testFlag(QEventLoop::WaitForMoreEvents) && !m_interrupted.load();
    if (canWait)
        Q_EMIT aboutToBlock();
    if (m_interrupted.load())
        return false;
    int timeout = canWait ? -1 : 0;
    if (timers && !m_due.empty())
        timeout = timeout < 0 ? timeoutMs() : 0;

    int handled = 0;
    if (notifiers) {
        epoll_event events[256];
        const int count = ::epoll_wait(m_epoll, events, 256, timeout);
        ++m_waits;
        if (count < 0 && errno != EINTR)
            qErrnoWarning("epoll_wait");
        if (count > 0)
            handled += activateNotifiers(events, count);
    } else { // only what wakes the loop, and the timers
        pollfd wake {m_wake, POLLIN, 0};
        if (::poll(&wake, 1, timeout) > 0) {
            consumeWakeUp();
            ++handled;
        }
    }
    if (timers)
        handled += activateTimers();
    return handled > 0;
}

int EpollDispatcher::timeoutMs() const
{
    const qint64 left = m_due.begin()->first - nowNs();
    if (left <= 0)
        return 0;
    // Rounded up: waking before the due time would only wait again.
    return int(std::min<qint64>((left + 999'999) / 1'000'000, 24 * 3600 * 1000));
}

void EpollDispatcher::consumeWakeUp()
{
    std::uint64_t count = 0;
    while (::read(m_wake, &count, sizeof count) < 0 && errno == EINTR) { }
    // Cleared after the read: a wakeUp() that found it set (and wrote nothing) posted its event
    // before this, so the next turn's sendPostedEvents() delivers it; one after this writes.
    m_wakePending.store(false);
}

int EpollDispatcher::activateNotifiers(const epoll_event *events, int count)
{
    int handled = 0;
    const std::uint64_t wait = m_waits;
    // A handler that ran an event loop of its own has had these handled, or found them gone:
    // the rest of this batch is stale, and what is still ready is reported again.
    for (int i = 0; i < count && m_waits == wait; ++i) {
        const std::uint64_t tag = events[i].data.u64;
        if (tag == kWakeTag) {
            consumeWakeUp();
            ++handled;
            continue;
        }
        const int fd = int(std::uint32_t(tag));
        const auto serial = std::uint32_t(tag >> 32);
        const std::uint32_t e = events[i].events;
        // Each handler may disable, delete or replace the others: activate() looks them up again.
        if (e & (EPOLLIN | EPOLLHUP | EPOLLERR))
            handled += activate(fd, serial, QSocketNotifier::Read);
        if ((e & (EPOLLOUT | EPOLLHUP | EPOLLERR)) && m_waits == wait)
            handled += activate(fd, serial, QSocketNotifier::Write);
        if ((e & (EPOLLPRI | EPOLLHUP | EPOLLERR)) && m_waits == wait)
            handled += activate(fd, serial, QSocketNotifier::Exception);
    }
    return handled;
}

bool EpollDispatcher::activate(int fd, std::uint32_t serial, QSocketNotifier::Type type)
{
    const auto it = m_watches.find(fd);
    if (it == m_watches.end() || it->second.serial != serial)
        return false; // unregistered, or the number now belongs to another socket
    QSocketNotifier *notifier = it->second.notifiers[type];
    if (!notifier)
        return false;
    QEvent event(QEvent::SockAct);
    QCoreApplication::sendEvent(notifier, &event);
    return true;
}

void EpollDispatcher::update(int fd, const Watch &w, bool added)
{
    epoll_event event {};
    if (w.notifiers[QSocketNotifier::Read])
        event.events |= EPOLLIN;
    if (w.notifiers[QSocketNotifier::Write])
        event.events |= EPOLLOUT;
    if (w.notifiers[QSocketNotifier::Exception])
        event.events |= EPOLLPRI;
    event.data.u64 = tagOf(fd, w.serial);
    int done = ::epoll_ctl(m_epoll, added ? EPOLL_CTL_ADD : EPOLL_CTL_MOD, fd, &event);
    if (done < 0 && !added && errno == ENOENT) // closed and reopened under a live notifier
        done = ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &event);
    if (done < 0)
        qErrnoWarning("QSocketNotifier: cannot watch descriptor %d", fd);
}

void EpollDispatcher::registerSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = int(notifier->socket());
    const auto [it, added] = m_watches.try_emplace(fd);
    Watch &w = it->second;
    if (added)
        w.serial = ++m_serial;
    QSocketNotifier *&slot = w.notifiers[notifier->type()];
    if (slot && slot != notifier)
        qWarning("QSocketNotifier: Multiple socket notifiers for same socket %d and type %d", fd,
                 int(notifier->type()));
    slot = notifier;
    update(fd, w, added);
}

void EpollDispatcher::unregisterSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = int(notifier->socket());
    const auto it = m_watches.find(fd);
    if (it == m_watches.end())
        return;
    Watch &w = it->second;
    if (w.notifiers[notifier->type()] != notifier)
        return;
    w.notifiers[notifier->type()] = nullptr;
    if (w.notifiers[0] || w.notifiers[1] || w.notifiers[2]) {
        update(fd, w, false);
        return;
    }
    // A descriptor closed before its notifier went has left the epoll set with it.
    ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, nullptr);
    m_watches.erase(it);
}

void EpollDispatcher::registerTimer(int timerId, qint64 interval, Qt::TimerType timerType,
                                    QObject *object)
{
    unregisterTimer(timerId); // an id is registered once
    Timer t;
    t.intervalMs = std::max<qint64>(interval, 0);
    t.type = timerType;
    t.object = object;
    t.dueNs = nowNs() + t.intervalMs * 1'000'000;
    m_due.emplace(t.dueNs, timerId);
    m_timers.emplace(timerId, t);
}

bool EpollDispatcher::unregisterTimer(int timerId)
{
    const auto it = m_timers.find(timerId);
    if (it == m_timers.end())
        return false;
    m_due.erase({it->second.dueNs, timerId});
    m_timers.erase(it);
    return true;
}

bool EpollDispatcher::unregisterTimers(QObject *object)
{
    bool any = false;
    for (auto it = m_timers.begin(); it != m_timers.end();) {
        if (it->second.object == object) {
            m_due.erase({it->second.dueNs, it->first});
            it = m_timers.erase(it);
            any = true;
        } else {
            ++it;
        }
    }
    return any;
}

QList<QAbstractEventDispatcher::TimerInfo> EpollDispatcher::registeredTimers(QObject *object) const
{
    QList<TimerInfo> out;
    for (const auto &[id, t] : m_timers) {
        if (t.object == object)
            out.append(TimerInfo(id, int(t.intervalMs), t.type));
    }
    return out;
}

int EpollDispatcher::remainingTime(int timerId)
{
    const auto it = m_timers.find(timerId);
    if (it == m_timers.end())
        return -1;
    const qint64 left = it->second.dueNs - nowNs();
    return left <= 0 ? 0 : int((left + 999'999) / 1'000'000);
}

int EpollDispatcher::activateTimers()
{
    if (m_due.empty())
        return 0;
    const qint64 now = nowNs();
    // The timers due now; one their handlers start waits for the next turn.
    std::vector<int> due;
    for (auto it = m_due.begin(); it != m_due.end() && it->first <= now; ++it)
        due.push_back(it->second);
    int handled = 0;
    for (const int id : due) {
        auto it = m_timers.find(id);
        if (it == m_timers.end() || it->second.dueNs > now)
            continue; // gone, or started again meanwhile
        Timer &t = it->second;
        m_due.erase({t.dueNs, id});
        // The next one an interval after this due time; after a stall, an interval from now.
        t.dueNs += t.intervalMs * 1'000'000;
        if (t.dueNs <= now)
            t.dueNs = now + t.intervalMs * 1'000'000;
        m_due.emplace(t.dueNs, id);
        if (t.firing)
            continue; // its handler runs the loop that got here: this one is skipped
        t.firing = true;
        QObject *object = t.object;
        const bool counts = t.intervalMs > 0; // a 0 ms timer is what an idle loop runs
        QTimerEvent event(id);
        QCoreApplication::sendEvent(object, &event);
        handled += counts;
        it = m_timers.find(id); // the handler may have stopped it
        if (it != m_timers.end())
            it->second.firing = false;
    }
    return handled;
}

void EpollDispatcher::wakeUp()
{
    if (m_wakePending.exchange(true))
        return; // one write wakes the loop; it reads once
    const std::uint64_t one = 1;
    while (::write(m_wake, &one, sizeof one) < 0 && errno == EINTR) { }
}

void EpollDispatcher::interrupt()
{
    m_interrupted.store(true);
    wakeUp();
}

} // namespace

bool isEpollDispatcher(const QAbstractEventDispatcher *dispatcher)
{
    return dynamic_cast<const EpollDispatcher *>(dispatcher) != nullptr;
}

std::unique_ptr<QAbstractEventDispatcher> makeEpollDispatcher()
{
    const int epollFd = ::epoll_create1(EPOLL_CLOEXEC);
    if (epollFd < 0)
        return nullptr;
    const int wakeFd = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    epoll_event event {};
    event.events = EPOLLIN;
    event.data.u64 = kWakeTag;
    if (wakeFd < 0 || ::epoll_ctl(epollFd, EPOLL_CTL_ADD, wakeFd, &event) < 0) {
        if (wakeFd >= 0)
            ::close(wakeFd);
        ::close(epollFd);
        return nullptr;
    }
    return std::make_unique<EpollDispatcher>(epollFd, wakeFd);
}

} // namespace WsBench::Net

#else

namespace WsBench::Net {

std::unique_ptr<QAbstractEventDispatcher> makeEpollDispatcher()
{
    return nullptr;
}

bool isEpollDispatcher(const QAbstractEventDispatcher *)
{
    return false;
}

} // namespace WsBench::Net

#endif
