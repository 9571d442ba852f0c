#include "core/net/io_thread.h"

#include "core/net/epoll_dispatcher.h"

#include <QCoreApplication>
#include <QEvent>
#include <QMetaObject>

#include <openssl/crypto.h>

namespace WsBench::Net {

IoThread::IoThread()
{
    m_thread.setObjectName(QStringLiteral("wsbench-io"));
    if (std::unique_ptr<QAbstractEventDispatcher> dispatcher = makeEpollDispatcher())
        m_thread.setEventDispatcher(dispatcher.release()); // the thread owns it
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    // OpenSSL (one libcrypto for Qt's TLS and for our certificates) keeps state for each thread
    // that used it, and frees it twice if asked: at the thread's end, and in the exit handler of
    // a process that leaves right after wait() returned, while this thread is still ending. The
    // thread frees its own here, in the thread, before wait() returns, once the objects Qt would
    // delete next (a socket's deleteLater) are gone, so nothing makes it again.
    QObject::connect(&m_thread, &QThread::finished, [] {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        OPENSSL_thread_stop();
    });
    m_thread.start();
}

IoThread::~IoThread()
{
    // Destroy everything parented to the context in its own thread, then stop.
    call([this]() {
        const QObjectList children = m_context->children();
        for (QObject *child : children)
            delete child;
    });
    m_thread.quit();
    m_thread.wait();
}

void IoThread::post(std::function<void()> fn)
{
    QMetaObject::invokeMethod(m_context, std::move(fn), Qt::QueuedConnection);
}

void IoThread::call(std::function<void()> fn)
{
    if (QThread::currentThread() == &m_thread) {
        fn();
        return;
    }
    QMetaObject::invokeMethod(m_context, std::move(fn), Qt::BlockingQueuedConnection);
}

} // namespace WsBench::Net
