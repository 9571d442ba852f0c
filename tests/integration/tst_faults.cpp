// Faults: a peer that vanishes mid-frame, a slowloris handshake, a flood into a peer that
// never reads, 2,000 concurrent clients on one server, a server out of file descriptors, and
// 16 peers that never read under echo and under push, against the process's send budget.
#include "core/net/client_endpoint.h"
#include "core/net/io_thread.h"
#include "core/traffic/clock.h"
#include "core/traffic/traffic_store.h"
#include "tests/integration/support/process_runner.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <sys/resource.h>
#include <vector>

using namespace WsBench;
using namespace WsBench::Testing;

class TestFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void peerVanishesMidFrame();
    void slowlorisIsCutOff();
    void floodIntoPeerThatNeverReads();
    void twoThousandConcurrentClients();
    void runningOutOfFilesIsReportedAndOutlived();
    void nonReadingPeersUnderEchoAreHeldBack();
    void nonReadingPeersUnderPushStayWithinTheBudget();

private:
    static QString serve(ProcessRunner &server);
    static QStringList budgetedServe(const QStringList &options);
    static void againstNonReaders(ProcessRunner &server, const QString &mode);
    // `wsbench ARGS` started by a shell that first sets the open-file limit with `ulimit LIMIT`.
    static QStringList withFileLimit(const QString &limit, const QStringList &args);
};

QString TestFaults::serve(ProcessRunner &server)
{
    return server.waitForLine(
        QRegularExpression(QStringLiteral("Listening on ws://127\\.0\\.0\\.1:(\\d+)/")));
}

QStringList TestFaults::withFileLimit(const QString &limit, const QStringList &args)
{
    return QStringList {QStringLiteral("-c"),
                        QStringLiteral("ulimit %1 && exec \"$0\" \"$@\"").arg(limit),
                        ProcessRunner::wsbench()}
    + args;
}

static const QByteArray kRequest
    = "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
      "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
      "Sec-WebSocket-Version: 13\r\n\r\n";

void TestFaults::peerVanishesMidFrame()
{
    ProcessRunner server(ProcessRunner::wsbench(),
                         {QStringLiteral("serve"), QStringLiteral("--json")});
    const QString port = serve(server);
    QVERIFY2(!port.isEmpty(), qPrintable(server.output()));
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port.toUShort());
    QVERIFY(socket.waitForConnected(5000));
    socket.write(kRequest);
    QVERIFY(socket.waitForReadyRead(5000));
    QVERIFY(socket.readAll().startsWith("HTTP/1.1 101"));
    // A masked binary frame announcing 1000 bytes, cut after 100 of them.
    socket.write(QByteArray::fromHex("82fe03e8"
                                     "11223344")
                 + QByteArray(100, 'x'));
    QVERIFY(socket.waitForBytesWritten(5000));
    socket.abort();
    const QString close
        = server.waitForLine(QRegularExpression(QStringLiteral("^(.*\"kind\":\"close\".*)$")));
    QVERIFY2(close.contains(QLatin1String("\"code\":1006")), qPrintable(server.output()));
    QVERIFY(close.contains(QLatin1String("\"wasClean\":false")));
    // The server is still serving.
    ProcessRunner client(ProcessRunner::wsbench(),
                         {QStringLiteral("connect"), QStringLiteral("ws://127.0.0.1:%1/").arg(port),
                          QStringLiteral("--wait"), QStringLiteral("50")});
    QCOMPARE(client.finish(), 0);
}

void TestFaults::slowlorisIsCutOff()
{
    ProcessRunner server(ProcessRunner::wsbench(),
                         {QStringLiteral("serve"), QStringLiteral("--handshake-timeout"),
                          QStringLiteral("800"), QStringLiteral("--json")});
    const QString port = serve(server);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port.toUShort());
    QVERIFY(socket.waitForConnected(5000));
    QElapsedTimer timer;
    timer.start();
    // One byte every 100 ms, for at most 10 s.
    qsizetype sent = 0;
    while (socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < 10000
           && sent < kRequest.size()) {
        socket.write(kRequest.mid(sent++, 1));
        socket.waitForBytesWritten(100);
        socket.waitForDisconnected(100);
    }
    QCOMPARE(socket.state(), QAbstractSocket::UnconnectedState);
    QVERIFY(sent < kRequest.size()); // cut off before the whole request went out
    QVERIFY(
        !server.waitForLine(QRegularExpression(QStringLiteral("(\"error\":\"HandshakeTimeout\")")))
             .isEmpty());
}

void TestFaults::floodIntoPeerThatNeverReads()
{
    ProcessRunner peer(ProcessRunner::python(),
                       {ProcessRunner::peersDir() + QStringLiteral("/raw_misbehaving_server.py"),
                        QStringLiteral("never-reads")});
    const QString port = peer.waitForLine(QRegularExpression(QStringLiteral("^ready (\\d+)")));
    QVERIFY(!port.isEmpty());
    Traffic::TrafficStore store;
    Traffic::SystemClock clock;
    Net::IoThread io;
    Net::ClientOptions options;
    options.url = QStringLiteral("ws://127.0.0.1:%1/").arg(port);
    options.peer.maxBufferedBytes = 16 * 1024 * 1024; // the policy under test
    Net::ClientEndpoint *client = nullptr;
    io.call([&]() { client = new Net::ClientEndpoint(1, options, &store, &clock, io.context()); });
    bool opened = false, finished = false;
    quint16 code = 0;
    connect(client, &Net::ClientEndpoint::opened, this, [&]() { opened = true; });
    connect(client, &Net::ClientEndpoint::finished, this, [&](quint16 c, bool) {
        code = c;
        finished = true;
    });
    io.post([client]() { client->open(); });
    QTRY_VERIFY_WITH_TIMEOUT(opened, 5000);
    // Send 64 KiB messages from the I/O thread until the policy ends it (bounded: 1,000).
    io.post([client]() {
        const QByteArray chunk(64 * 1024, 'f');
        for (int i = 0; i < 1000 && client->connection(); ++i)
            client->connection()->sendBinary(chunk);
    });
    QTRY_VERIFY_WITH_TIMEOUT(finished, 20000);
    QCOMPARE(code, quint16(1006));
    quint64 maxBuffered = 0;
    bool abortedByPolicy = false;
    for (const auto &r : store.since(0)) {
        maxBuffered = std::max(maxBuffered, r.bufferedAmount);
        abortedByPolicy = abortedByPolicy
            || (r.kind == Traffic::RecordKind::Error
                && r.failure == Traffic::Failure::BufferLimitExceeded
                && r.text.contains("exceeds the limit"));
    }
    QVERIFY(abortedByPolicy);
    // bufferedAmount grew while the peer did not read, and stopped at the limit.
    QVERIFY(maxBuffered > 8 * 1024 * 1024);
    QVERIFY(maxBuffered <= quint64(options.peer.maxBufferedBytes) + 64 * 1024);
}

void TestFaults::twoThousandConcurrentClients()
{
    // Started the way many systems start programs: a soft limit of 1,024 open files, which
    // wsbench raises to the hard limit. Each end needs some 2,100 descriptors.
    rlimit files {};
    QVERIFY(getrlimit(RLIMIT_NOFILE, &files) == 0);
    if (files.rlim_max != RLIM_INFINITY && files.rlim_max < 2300)
        QSKIP(qPrintable(QStringLiteral("The hard open-file limit here is %1; 2,000 clients, "
                                        "and their server, need some 2,100 each.")
                             .arg(qulonglong(files.rlim_max))));
    ProcessRunner server(QStringLiteral("/bin/sh"),
                         withFileLimit(QStringLiteral("-Sn 1024"),
                                       {QStringLiteral("serve"), QStringLiteral("--echo"),
                                        QStringLiteral("--no-deflate")}));
    const QString port = serve(server);
    QVERIFY(!port.isEmpty());
    ProcessRunner clients(ProcessRunner::python(),
                          {ProcessRunner::peersDir() + QStringLiteral("/many_clients.py"),
                           QStringLiteral("ws://127.0.0.1:%1/").arg(port), QStringLiteral("2000")});
    const int exitCode = clients.finish(180000);
    QVERIFY2(exitCode == 0 && clients.output().contains(QLatin1String("ok 2000")),
             qPrintable(clients.output().right(2000)));
    server.terminate();
    QCOMPARE(server.finish(20000), 0);
}

void TestFaults::runningOutOfFilesIsReportedAndOutlived()
{
    // A hard limit of 64 files: the server says why it cannot take more, answers the clients it
    // cannot take with a 503 that says why, does not spin, and accepts again once connections end.
    ProcessRunner server(QStringLiteral("/bin/sh"),
                         withFileLimit(QStringLiteral("-n 64"),
                                       {QStringLiteral("serve"), QStringLiteral("--json")}));
    const QString port = serve(server);
    QVERIFY2(!port.isEmpty(), qPrintable(server.output()));
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < 80; ++i) { // more than the limit; the kernel completes each TCP connect
        sockets.push_back(std::make_unique<QTcpSocket>());
        sockets.back()->connectToHost(QHostAddress::LocalHost, port.toUShort());
        QVERIFY(sockets.back()->waitForConnected(5000));
    }
    const QString error = server.waitForLine(
        QRegularExpression(QStringLiteral("^(.*\"error\":\"AcceptFailed\".*)$")));
    QVERIFY2(error.contains(QLatin1String("all the open files it may (64,")),
             qPrintable(error.isEmpty() ? server.output().right(800) : error));
    // The last clients, past the limit, were refused in words.
    QTcpSocket &last = *sockets.back();
    last.write(kRequest);
    QTRY_VERIFY_WITH_TIMEOUT(
        last.state() == QAbstractSocket::UnconnectedState || last.bytesAvailable() > 0, 5000);
    const QByteArray refusal = last.readAll();
    QVERIFY2(refusal.startsWith("HTTP/1.1 503 Service Unavailable"), refusal.constData());
    QVERIFY(refusal.contains("no file descriptors left"));
    sockets.clear();
    ProcessRunner client(ProcessRunner::wsbench(),
                         {QStringLiteral("connect"), QStringLiteral("ws://127.0.0.1:%1/").arg(port),
                          QStringLiteral("--wait"), QStringLiteral("50")});
    QCOMPARE(client.finish(30000), 0);
}

// The server's peak resident memory, from /proc (VmHWM), in bytes; -1 if unreadable.
static qint64 peakRss(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QRegularExpression hwm(QStringLiteral("VmHWM:\\s+(\\d+) kB"));
    const QRegularExpressionMatch m = hwm.match(QString::fromLatin1(status.readAll()));
    return m.hasMatch() ? m.captured(1).toLongLong() * 1024 : -1;
}

namespace {
constexpr qint64 kMiB = 1024 * 1024;
constexpr qint64 kBudget = 64 * kMiB;
// The process itself (code, Qt, the I/O thread) and, per connection, up to 1 MiB read ahead
// plus a message being assembled: what a server holds beyond its budget.
constexpr qint64 kOverhead = 128 * kMiB;
} // namespace

// `wsbench serve --send-budget 64 --capture none --json --echo` plus `options`, with 16 peers
// that never read (non_reading_clients.py in `mode`) and, beside them, one in its own process
// that reads and measures the echo's round trip. Checks that the reading peer got every echo
// and that the server's peak RSS stayed under the budget plus the overhead; leaves the server
// running for the caller to read its output.
void TestFaults::againstNonReaders(ProcessRunner &server, const QString &mode)
{
    const QString port = serve(server);
    QVERIFY(!port.isEmpty());
    const QString script = ProcessRunner::peersDir() + QStringLiteral("/non_reading_clients.py");
    const QString url = QStringLiteral("ws://127.0.0.1:%1/").arg(port);
    ProcessRunner misbehaving(ProcessRunner::python(),
                              {script, url, mode, QStringLiteral("16"), QStringLiteral("6")});
    QVERIFY(!misbehaving.waitForLine(QRegularExpression(QStringLiteral("^(misbehaving 16)")), 30000)
                 .isEmpty());
    ProcessRunner wellBehaved(ProcessRunner::python(),
                              {script, url, mode, QStringLiteral("0"), QStringLiteral("4")});
    QVERIFY2(wellBehaved.finish(60000) == 0, qPrintable(wellBehaved.output()));
    QCOMPARE(misbehaving.finish(60000), 0);
    const qint64 peak = peakRss(server.pid());
    qInfo("%s: peak RSS %.1f MiB with 16 non-reading peers; the peer that reads: %s",
          qPrintable(mode), double(peak) / kMiB, qPrintable(wellBehaved.output().trimmed()));
    QVERIFY(peak > 0);
    QVERIFY2(peak < kBudget + kOverhead, qPrintable(QString::number(peak)));
}

QStringList TestFaults::budgetedServe(const QStringList &options)
{
    return QStringList {QStringLiteral("serve"),         QStringLiteral("--echo"),
                        QStringLiteral("--no-deflate"),  QStringLiteral("--capture"),
                        QStringLiteral("none"),          QStringLiteral("--json"),
                        QStringLiteral("--send-budget"), QString::number(kBudget / kMiB)}
    + options;
}

void TestFaults::nonReadingPeersUnderEchoAreHeldBack()
{
    // 16 peers send 1 MiB messages to an echo and never read the echoes. The server stops
    // reading from each while 1 MiB waits for it, so TCP holds their sends back: nothing
    // near the budget is queued, and a well-behaved peer's echo keeps coming.
    ProcessRunner server(ProcessRunner::wsbench(), budgetedServe({}));
    againstNonReaders(server, QStringLiteral("echo"));
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!server.waitForLine(QRegularExpression(QStringLiteral("(\"note\":\"ReadingPaused\")")))
                 .isEmpty());
    QVERIFY(!server.output().contains(QLatin1String("SendBudgetExceeded")));
    server.terminate();
    QCOMPARE(server.finish(20000), 0);
}

void TestFaults::nonReadingPeersUnderPushStayWithinTheBudget()
{
    // A 100 kB push every 10 ms to 16 peers that never read: 160 MB/s with nowhere to go.
    // Past the 64 MiB budget the server drops whoever holds the most, says so, and keeps
    // pushing to and echoing for the peer that reads.
    ProcessRunner server(
        ProcessRunner::wsbench(),
        budgetedServe({QStringLiteral("--push"),
                       QStringLiteral("10:") + QString(100 * 1000, QLatin1Char('p'))}));
    againstNonReaders(server, QStringLiteral("push"));
    if (QTest::currentTestFailed())
        return;
    const QString dropped = server.waitForLine(
        QRegularExpression(QStringLiteral("^(.*\"error\":\"SendBudgetExceeded\".*)$")));
    QVERIFY2(dropped.contains(QLatin1String("budget of 64.0 MiB for unsent data is used up")),
             qPrintable(dropped));
    server.terminate();
    QCOMPARE(server.finish(20000), 0);
}

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
