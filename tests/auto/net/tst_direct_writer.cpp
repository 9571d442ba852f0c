// The direct writer on real loopback TCP sockets: what the kernel takes at once, what it holds
// when the socket is full and writes later in order, and what it hands back when a write fails.
#include "core/net/direct_writer.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using WsBench::Net::DirectWriter;

namespace {

// A connected pair on loopback. The writer's end, `fd`, is a plain descriptor that no Qt
// notifier watches (as a peer's is once its connection hands it over); `receiver` reads.
struct Pair
{
    int listener = -1;
    int fd = -1;
    QTcpSocket receiver;
    ~Pair()
    {
        if (fd >= 0)
            ::close(fd);
        if (listener >= 0)
            ::close(listener);
    }
};

void connectPair(Pair &pair, int bufferBytes = 0)
{
    pair.listener = ::socket(AF_INET, SOCK_STREAM, 0);
    QVERIFY(pair.listener >= 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    QCOMPARE(::bind(pair.listener, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
    QCOMPARE(::listen(pair.listener, 4), 0);
    socklen_t length = sizeof address;
    QCOMPARE(::getsockname(pair.listener, reinterpret_cast<sockaddr *>(&address), &length), 0);
    if (bufferBytes > 0) { // small buffers: the kernel refuses early
        pair.receiver.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, bufferBytes);
        pair.receiver.setReadBufferSize(bufferBytes);
    }
    pair.receiver.connectToHost(QHostAddress::LocalHost, ntohs(address.sin_port));
    QVERIFY(pair.receiver.waitForConnected(5000));
    pair.fd = ::accept4(pair.listener, nullptr, nullptr, SOCK_NONBLOCK);
    QVERIFY(pair.fd >= 0);
    if (bufferBytes > 0)
        ::setsockopt(pair.fd, SOL_SOCKET, SO_SNDBUF, &bufferBytes, sizeof bufferBytes);
}

// Reads until `bytes` arrived or 10 s passed, letting the writer's notifier run.
void readUntil(QTcpSocket &receiver, QByteArray &got, qsizetype bytes)
{
    QDeadlineTimer deadline(10000);
    while (got.size() < bytes && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        got += receiver.readAll();
        if (got.size() < bytes && receiver.bytesAvailable() == 0)
            receiver.waitForReadyRead(5);
    }
}

QByteArray pattern(qsizetype size, int seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char((i * 131 + seed * 7) & 0xFF);
    return bytes;
}

} // namespace

class TestDirectWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void takesEverythingAtOnceWhenThereIsRoom();
    void holdsWhatTheKernelRefusesAndWritesItInOrder();
    void handsBackWhatItHeldWhenAWriteFails();
    void stoppedWriterWritesNothing();
    void stopsOnceItsSocketHasClosed();
};

void TestDirectWriter::takesEverythingAtOnceWhenThereIsRoom()
{
    Pair pair;
    connectPair(pair);
    qint64 later = 0;
    DirectWriter writer(
        pair.fd, this, [&](qint64 n) { later += n; },
        [](const QByteArrayList &) { QFAIL("no write failed"); });
    const QByteArray header("\x82\x05", 2);
    const QByteArray payload("hello");
    const qint64 now = writer.write({QByteArrayView(header), QByteArrayView(payload)});
    QCOMPARE(now, 7);
    QCOMPARE(writer.held(), 0);
    QByteArray got;
    readUntil(pair.receiver, got, 7);
    QCOMPARE(got, header + payload);
    QCOMPARE(later, 0);
}

void TestDirectWriter::holdsWhatTheKernelRefusesAndWritesItInOrder()
{
    Pair pair;
    connectPair(pair, 16 * 1024);
    qint64 later = 0;
    DirectWriter writer(
        pair.fd, this, [&](qint64 n) { later += n; },
        [](const QByteArrayList &) { QFAIL("no write failed"); });
    // Far more than both socket buffers hold, in parts of uneven sizes.
    QByteArray expected;
    qint64 atOnce = 0;
    for (int i = 0; i < 40; ++i) {
        const QByteArray head = pattern(2 + i % 7, i);
        const QByteArray body = pattern(64 * 1024 + i * 97, i + 1000);
        expected += head;
        expected += body;
        const qint64 now = writer.write({QByteArrayView(head), QByteArrayView(body)});
        QVERIFY(now >= 0);
        atOnce += now;
    }
    QVERIFY2(writer.held() > 0, "the kernel took 2.6 MB through 16 KiB buffers at once");
    QVERIFY(atOnce < expected.size());
    QCOMPARE(atOnce + writer.held(), expected.size());
    // The receiver reads; the writer sends the rest as the socket drains.
    QByteArray got;
    readUntil(pair.receiver, got, expected.size());
    QCOMPARE(got.size(), expected.size());
    QVERIFY(got == expected);
    QCOMPARE(writer.held(), 0);
    QCOMPARE(atOnce + later, expected.size());
}

void TestDirectWriter::handsBackWhatItHeldWhenAWriteFails()
{
    Pair pair;
    connectPair(pair, 16 * 1024);
    QByteArray handedBack;
    int failures = 0;
    DirectWriter writer(
        pair.fd, this, [](qint64) {},
        [&](const QByteArrayList &rest) {
            handedBack = rest.join();
            ++failures;
        });
    const QByteArray big = pattern(2 * 1024 * 1024, 3);
    const qint64 now = writer.write({QByteArrayView(big)});
    QVERIFY(now >= 0);
    const qint64 held = writer.held();
    QVERIFY(held > 0);
    // The peer resets the connection: the next write fails.
    const linger reset {1, 0};
    ::setsockopt(int(pair.receiver.socketDescriptor()), SOL_SOCKET, SO_LINGER, &reset,
                 sizeof reset);
    pair.receiver.abort();
    QTRY_COMPARE_WITH_TIMEOUT(failures, 1, 5000);
    QVERIFY(!handedBack.isEmpty());
    QVERIFY(handedBack.size() <= held);
    QVERIFY(big.endsWith(handedBack)); // the unsent end, in order
    QCOMPARE(writer.held(), 0);
    QCOMPARE(writer.write({QByteArrayView("more")}), -1); // nothing more goes this way
}

void TestDirectWriter::stoppedWriterWritesNothing()
{
    Pair pair;
    connectPair(pair, 16 * 1024);
    DirectWriter writer(
        pair.fd, this, [](qint64) { QFAIL("nothing is written"); },
        [](const QByteArrayList &) { QFAIL("no write failed"); });
    const QByteArray big = pattern(2 * 1024 * 1024, 5);
    QVERIFY(writer.write({QByteArrayView(big)}) >= 0);
    QVERIFY(writer.held() > 0);
    const QByteArray rest = writer.release().join();
    QVERIFY(!rest.isEmpty());
    QVERIFY(big.endsWith(rest));
    QCOMPARE(writer.held(), 0);
    QCOMPARE(writer.write({QByteArrayView(big)}), -1);
    // Draining the socket now wakes nothing up in the writer.
    for (int i = 0; i < 50; ++i) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        pair.receiver.readAll();
        pair.receiver.waitForReadyRead(5);
    }
}

void TestDirectWriter::stopsOnceItsSocketHasClosed()
{
    // A Qt socket this time: it closes its descriptor itself, and the writer must not write to
    // or watch a number that a new connection may get next.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QTcpSocket receiver;
    receiver.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 16 * 1024);
    receiver.setReadBufferSize(16 * 1024);
    receiver.connectToHost(QHostAddress::LocalHost, server.serverPort());
    QVERIFY(server.waitForNewConnection(5000));
    QTcpSocket *sender = server.nextPendingConnection();
    QVERIFY(sender);
    sender->setSocketOption(QAbstractSocket::SendBufferSizeSocketOption, 16 * 1024);
    QVERIFY(receiver.waitForConnected(5000));
    qint64 later = 0;
    DirectWriter writer(
        sender->socketDescriptor(), this, [&](qint64 n) { later += n; },
        [](const QByteArrayList &) { QFAIL("a stopped writer reports nothing"); });
    writer.closesWith(sender);
    QVERIFY(writer.write({QByteArrayView(pattern(2 * 1024 * 1024, 9))}) >= 0);
    QVERIFY(writer.held() > 0);
    sender->abort(); // the descriptor is closed in this call
    // A new socket, likely with the same number, that the writer must leave alone.
    QTcpSocket next;
    next.connectToHost(QHostAddress::LocalHost, server.serverPort());
    QVERIFY(server.waitForNewConnection(5000));
    QTcpSocket *accepted = server.nextPendingConnection();
    QVERIFY(accepted);
    QCOMPARE(writer.write({QByteArrayView("late")}), -1);
    QCOMPARE(writer.held(), 0);
    for (int i = 0; i < 20; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    QCOMPARE(later, 0);
    QVERIFY(next.waitForConnected(5000));
    QTest::qWait(50);
    QCOMPARE(next.bytesAvailable(), 0);
}

QTEST_MAIN(TestDirectWriter)
#include "tst_direct_writer.moc"
