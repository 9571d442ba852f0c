// The I/O thread's epoll event loop, in a thread of its own as the engine runs it: events posted
// from other threads, timers in due order, stopped and not re-entered, socket notifiers that
// fire while data waits and not once disabled, a hang-up, Qt's own TCP sockets echoing through
// it, and quit() ending a loop that is blocked in the kernel.
#include "core/net/epoll_dispatcher.h"
#include "core/net/io_thread.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace {

// A thread running the epoll dispatcher, and an object living in it to run code on.
class Loop
{
public:
    Loop()
    {
        std::unique_ptr<QAbstractEventDispatcher> dispatcher = WsBench::Net::makeEpollDispatcher();
        if (!dispatcher)
            return;
        m_thread.setEventDispatcher(dispatcher.release());
        m_context.moveToThread(&m_thread);
        m_thread.start();
    }
    ~Loop()
    {
        if (!m_thread.isRunning())
            return;
        m_thread.quit();
        m_thread.wait(10000);
    }
    bool running() const { return m_thread.isRunning(); }
    QThread &thread() { return m_thread; }
    // Runs `fn` in the loop's thread and waits for it.
    void run(const std::function<void()> &fn)
    {
        QMetaObject::invokeMethod(&m_context, fn, Qt::BlockingQueuedConnection);
    }
    void post(const std::function<void()> &fn)
    {
        QMetaObject::invokeMethod(&m_context, fn, Qt::QueuedConnection);
    }
    // Waits until every event and notifier the loop could see before now has been handled: a
    // posted call runs at the start of the turn after the one whose wait returned with it, and
    // that wait returned everything that was ready.
    void settle()
    {
        for (int i = 0; i < 2; ++i)
            run([]() {});
    }

private:
    QThread m_thread;
    QObject m_context;
};

// Polls `done` every few milliseconds for at most ten seconds.
bool waitFor(const std::function<bool()> &done)
{
    QElapsedTimer waited;
    waited.start();
    while (!done() && waited.elapsed() < 10000)
        QThread::msleep(2);
    return done();
}

struct SocketPair
{
    int fds[2] = {-1, -1};
    SocketPair() { ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, fds); }
    ~SocketPair()
    {
        for (const int fd : fds) {
            if (fd >= 0)
                ::close(fd);
        }
    }
};

} // namespace

class TestEpollDispatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void postedEventsFromAnotherThreadAllRun()
    {
        Loop loop;
        QVERIFY(loop.running());
        std::atomic<int> ran {0};
        std::vector<int> order;
        for (int i = 0; i < 5000; ++i)
            loop.post([&ran, &order, i]() {
                order.push_back(i);
                ++ran;
            });
        QVERIFY(waitFor([&]() { return ran.load() == 5000; }));
        loop.settle();
        QCOMPARE(int(order.size()), 5000);
        for (int i = 0; i < 5000; ++i)
            QCOMPARE(order[std::size_t(i)], i);
    }

    void timersFireInDueOrderAndStopWhenStopped()
    {
        Loop loop;
        QVERIFY(loop.running());
        std::vector<int> fired;
        std::atomic<int> ticks {0};
        QObject *context = nullptr;
        QTimer *repeating = nullptr;
        loop.run([&]() {
            context = new QObject; // in the loop's thread
            for (const int ms : {60, 20, 40})
                QTimer::singleShot(ms, Qt::PreciseTimer, context,
                                   [&fired, ms]() { fired.push_back(ms); });
            repeating = new QTimer(context);
            QObject::connect(repeating, &QTimer::timeout, [&ticks]() { ++ticks; });
            repeating->start(2);
        });
        QVERIFY(waitFor([&]() { return ticks.load() >= 5; }));
        int remaining = -2;
        std::atomic<bool> later {false};
        loop.run([&]() {
            repeating->stop();
            QTimer far;
            far.start(100000);
            remaining = far.remainingTime();
            // Proof that timers still run after the stop: one more, 30 ms on.
            QTimer::singleShot(30, Qt::PreciseTimer, context, [&later]() { later = true; });
        });
        const int stoppedAt = ticks.load();
        QVERIFY2(remaining > 90000 && remaining <= 100000,
                 QByteArray::number(remaining).constData());
        QVERIFY(waitFor([&]() { return later.load(); }));
        QVERIFY(waitFor([&]() {
            int n = 0;
            loop.run([&]() { n = int(fired.size()); });
            return n == 3;
        }));
        QCOMPARE(fired, (std::vector<int> {20, 40, 60}));
        QCOMPARE(ticks.load(), stoppedAt); // none after stop()
        loop.run([&]() { delete context; });
    }

    void aTimerIsNotReenteredFromANestedLoopItsHandlerRuns()
    {
        Loop loop;
        QVERIFY(loop.running());
        std::atomic<int> entered {0};
        std::atomic<int> inside {0};
        std::atomic<int> maxInside {0};
        std::atomic<int> otherTicks {0};
        std::atomic<bool> done {false};
        std::atomic<int> turns {0}; // of the event loop, nested ones included
        std::atomic<int> nestedTurns {0};
        QObject::connect(loop.thread().eventDispatcher(), &QAbstractEventDispatcher::awake,
                         [&turns]() { ++turns; });
        loop.post([&]() {
            auto *timer = new QTimer;
            timer->setTimerType(Qt::PreciseTimer);
            QObject::connect(timer, &QTimer::timeout, timer, [&, timer]() {
                ++entered;
                maxInside = std::max(maxInside.load(), ++inside);
                if (entered == 1) {
                    // A nested loop that runs other timers for a while.
                    QEventLoop nested;
                    QTimer other;
                    QObject::connect(&other, &QTimer::timeout, [&]() {
                        if (++otherTicks == 50)
                            nested.quit();
                    });
                    other.start(1);
                    const int before = turns;
                    nested.exec();
                    nestedTurns = turns - before;
                }
                --inside;
                if (entered == 3) {
                    timer->stop();
                    timer->deleteLater();
                    done = true;
                }
            });
            timer->start(1);
        });
        QVERIFY(waitFor([&]() { return done.load(); }));
        QCOMPARE(otherTicks.load(), 50); // the nested loop ran timers
        QCOMPARE(maxInside.load(), 1); // but not this one inside itself
        // and waited between them: the skipped timer, overdue, does not make it spin
        QVERIFY2(nestedTurns.load() < 1000, QByteArray::number(nestedTurns.load()).constData());
    }

    void aNotifierFiresWhileDataWaitsAndNotOnceDisabled()
    {
        Loop loop;
        QVERIFY(loop.running());
        SocketPair pair;
        QVERIFY(pair.fds[0] >= 0);
        std::atomic<int> activations {0};
        QByteArray got;
        QSocketNotifier *notifier = nullptr;
        loop.run([&]() {
            notifier = new QSocketNotifier(pair.fds[0], QSocketNotifier::Read);
            QObject::connect(notifier, &QSocketNotifier::activated, [&]() {
                ++activations;
                char buffer[3]; // a little at a time: level-triggered, it fires again
                const ssize_t n = ::read(pair.fds[0], buffer, sizeof buffer);
                if (n > 0)
                    got.append(buffer, n);
            });
        });
        loop.settle();
        QCOMPARE(activations.load(), 0); // nothing to read yet
        QCOMPARE(::write(pair.fds[1], "hello world", 11), 11);
        QVERIFY(waitFor([&]() {
            QByteArray seen;
            loop.run([&]() { seen = got; });
            return seen == "hello world";
        }));
        QCOMPARE(activations.load(), 4); // 3 + 3 + 3 + 2 bytes
        loop.run([&]() { notifier->setEnabled(false); });
        QCOMPARE(::write(pair.fds[1], "more", 4), 4);
        loop.settle();
        QCOMPARE(activations.load(), 4);
        loop.run([&]() { notifier->setEnabled(true); });
        QVERIFY(waitFor([&]() {
            QByteArray seen;
            loop.run([&]() { seen = got; });
            return seen == "hello worldmore";
        }));
        loop.run([&]() { delete notifier; });
    }

    void aHangUpWakesTheReaderAndAWritableSocketTheWriter()
    {
        Loop loop;
        QVERIFY(loop.running());
        SocketPair pair;
        std::atomic<int> reads {0};
        std::atomic<int> writes {0};
        std::atomic<bool> endOfStream {false};
        QSocketNotifier *reader = nullptr;
        QSocketNotifier *writer = nullptr;
        loop.run([&]() {
            reader = new QSocketNotifier(pair.fds[0], QSocketNotifier::Read);
            QObject::connect(reader, &QSocketNotifier::activated, [&]() {
                ++reads;
                char c;
                if (::read(pair.fds[0], &c, 1) == 0) {
                    endOfStream = true;
                    reader->setEnabled(false);
                }
            });
            // Both kinds on one descriptor: each fires for its own readiness.
            writer = new QSocketNotifier(pair.fds[0], QSocketNotifier::Write);
            QObject::connect(writer, &QSocketNotifier::activated, [&]() {
                ++writes;
                writer->setEnabled(false); // once is enough
            });
        });
        QVERIFY(waitFor([&]() { return writes.load() == 1; }));
        QCOMPARE(reads.load(), 0);
        ::close(pair.fds[1]);
        pair.fds[1] = -1;
        QVERIFY(waitFor([&]() { return endOfStream.load(); }));
        loop.settle();
        QCOMPARE(reads.load(), 1);
        QCOMPARE(writes.load(), 1);
        loop.run([&]() {
            delete reader;
            delete writer;
        });
    }

    void qtTcpSocketsEchoThroughIt()
    {
        Loop loop;
        QVERIFY(loop.running());
        QTcpServer *server = nullptr;
        quint16 port = 0;
        loop.run([&]() {
            server = new QTcpServer;
            QVERIFY(server->listen(QHostAddress::LocalHost));
            port = server->serverPort();
            QObject::connect(server, &QTcpServer::newConnection, server, [server]() {
                while (QTcpSocket *peer = server->nextPendingConnection()) {
                    QObject::connect(peer, &QTcpSocket::readyRead, peer,
                                     [peer]() { peer->write(peer->readAll()); });
                    QObject::connect(peer, &QTcpSocket::disconnected, peer, &QObject::deleteLater);
                }
            });
        });
        QVERIFY(port != 0);
        QByteArray sent(4 * 1024 * 1024, Qt::Uninitialized);
        for (qsizetype i = 0; i < sent.size(); ++i)
            sent[i] = char((i * 7 + i / 4096) & 0xFF);
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(client.waitForConnected(10000));
        client.write(sent);
        QByteArray echoed;
        QElapsedTimer waited;
        waited.start();
        while (echoed.size() < sent.size() && waited.elapsed() < 20000) {
            client.waitForReadyRead(50);
            echoed += client.readAll();
        }
        QCOMPARE(echoed.size(), sent.size());
        QVERIFY(echoed == sent);
        client.disconnectFromHost();
        loop.run([&]() { delete server; });
    }

    void theIoThreadRunsOnIt()
    {
        WsBench::Net::IoThread io;
        QVERIFY(WsBench::Net::isEpollDispatcher(io.thread()->eventDispatcher()));
    }

    void quitEndsALoopBlockedInTheKernel()
    {
        Loop loop;
        QVERIFY(loop.running());
        loop.settle(); // now waiting, with nothing due
        loop.thread().quit();
        QVERIFY(loop.thread().wait(10000));
    }
};

QTEST_GUILESS_MAIN(TestEpollDispatcher)
#include "tst_epoll_dispatcher.moc"
