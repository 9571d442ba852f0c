// Faults: a peer that vanishes mid-frame, a slowloris handshake, a flood into a peer that
// never reads, and 2,000 concurrent clients on one server.
#include "core/net/client_endpoint.h"
#include "core/net/io_thread.h"
#include "core/traffic/clock.h"
#include "core/traffic/traffic_store.h"
#include "tests/integration/support/process_runner.h"

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTest>

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

private:
    static QString serve(ProcessRunner &server);
};

QString TestFaults::serve(ProcessRunner &server)
{
    return server.waitForLine(
        QRegularExpression(QStringLiteral("Listening on ws://127\\.0\\.0\\.1:(\\d+)/")));
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
    ProcessRunner server(
        ProcessRunner::wsbench(),
        {QStringLiteral("serve"), QStringLiteral("--echo"), QStringLiteral("--no-deflate")});
    const QString port = serve(server);
    QVERIFY(!port.isEmpty());
    ProcessRunner clients(ProcessRunner::python(),
                          {ProcessRunner::peersDir() + QStringLiteral("/many_clients.py"),
                           QStringLiteral("ws://127.0.0.1:%1/").arg(port), QStringLiteral("2000")});
    QCOMPARE(clients.finish(180000), 0);
    QVERIFY2(clients.output().contains(QLatin1String("ok 2000")),
             qPrintable(clients.output().right(2000)));
    server.terminate();
    QCOMPARE(server.finish(20000), 0);
}

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
