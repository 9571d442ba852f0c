// Link conditions against real peers on loopback: a bandwidth cap on our client sending to the
// Python `websockets` echo server, reading paused on our server under a Qt WebSockets client,
// writing paused on our client, and the command line's flags. Every wait is bounded.
#include "core/net/client_endpoint.h"
#include "core/net/io_thread.h"
#include "core/net/server_endpoint.h"
#include "core/traffic/clock.h"
#include "core/traffic/traffic_store.h"
#include "tests/integration/support/process_runner.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QWebSocket>

#include <memory>

using namespace WsBench;
using namespace WsBench::Testing;

class TestLinkPeers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rateCapDrainsBufferedAmountOnItsSlope();
    void pauseWritingHoldsOurSendsUntilResumed();
    void pauseReadingOnOurServerHoldsTheClientBack();
    void readingResumesOnlyWhenNeitherPauseAsks();
    void connectFlagsDelayTheLinkEachWay();
    void serveFlagsApplyToEveryPeer();
    void badFlagValuesAreUsageErrors_data();
    void badFlagValuesAreUsageErrors();

private:
    // Our client against the Python echo server; opened, or the test fails.
    struct EchoClient
    {
        std::unique_ptr<ProcessRunner> peer;
        Traffic::TrafficStore store;
        Traffic::SystemClock clock;
        Net::IoThread io;
        Net::ClientEndpoint *client = nullptr;
        QList<QByteArray> echoes;
        quint64 buffered()
        {
            quint64 amount = 0;
            io.call([&]() {
                if (client->connection())
                    amount = client->connection()->bufferedAmount();
            });
            return amount;
        }
        void setLink(const Net::LinkConditions &link)
        {
            io.call([&]() { client->setLinkConditions(link); });
        }
        void sendBinary(const QByteArray &payload)
        {
            io.call([&]() { client->connection()->sendBinary(payload); });
        }
    };
    bool openEchoClient(EchoClient &e, const Net::LinkConditions &link);
};

bool TestLinkPeers::openEchoClient(EchoClient &e, const Net::LinkConditions &link)
{
    e.peer = std::make_unique<ProcessRunner>(
        ProcessRunner::python(),
        QStringList {ProcessRunner::peersDir() + QStringLiteral("/py_echo_server.py"),
                     QStringLiteral("--no-deflate")});
    const QString port = e.peer->waitForLine(QRegularExpression(QStringLiteral("^ready (\\d+)")));
    if (port.isEmpty())
        return false;
    Net::ClientOptions options;
    options.url = QStringLiteral("ws://127.0.0.1:%1/").arg(port);
    options.peer.link = link;
    bool opened = false;
    e.io.call([&]() {
        e.client = new Net::ClientEndpoint(1, options, &e.store, &e.clock, e.io.context());
        connect(e.client, &Net::ClientEndpoint::opened, this, [&opened]() { opened = true; });
        connect(e.client, &Net::ClientEndpoint::messageReceived, this,
                [&e](quint8, const QByteArray &payload) { e.echoes.append(payload); });
        e.client->open();
    });
    QElapsedTimer wait;
    wait.start();
    while (!opened && wait.elapsed() < 10000)
        QTest::qWait(10);
    return opened;
}

void TestLinkPeers::rateCapDrainsBufferedAmountOnItsSlope()
{
    // 64 KiB/s each way; 1 MiB in 16 messages of 64 KiB, each different.
    constexpr qint64 kRate = 64 * 1024;
    constexpr qint64 kTotal = 1024 * 1024;
    EchoClient e;
    Net::LinkConditions link;
    link.rateBytesPerSec = kRate;
    QVERIFY(openEchoClient(e, link));
    QList<QByteArray> sent;
    for (int i = 0; i < 16; ++i)
        sent.append(QByteArray(64 * 1024, char('a' + i)));
    QElapsedTimer clock;
    e.io.call([&]() {
        for (const QByteArray &m : std::as_const(sent))
            e.client->connection()->sendBinary(m);
    });
    clock.start();
    // bufferedAmount sampled every 50 ms until it is empty (at most 40 s).
    QList<QPair<qint64, quint64>> samples;
    quint64 buffered = kTotal;
    while (buffered > 0 && clock.elapsed() < 40000) {
        QTest::qWait(50);
        buffered = e.buffered();
        samples.append({clock.elapsed(), buffered});
    }
    const qint64 took = clock.elapsed();
    QCOMPARE(buffered, quint64(0));
    QVERIFY2(took >= 14000 && took <= 18000, qPrintable(QString::number(took)));
    // On the way down, bufferedAmount follows the cap's straight line: at a quarter, half and
    // three quarters of the time it is within 64 KiB + 8% of where the line says.
    for (const double part : {0.25, 0.5, 0.75}) {
        const auto at = std::find_if(samples.begin(), samples.end(),
                                     [&](const auto &s) { return s.first >= part * took; });
        QVERIFY(at != samples.end());
        const double line = double(kTotal) - double(kRate) * double(at->first) / 1000.0;
        const double off = std::abs(double(at->second) - line);
        qInfo("1 MiB at 64 KiB/s: drained in %lld ms; at %lld ms %llu bytes buffered, the line "
              "says %.0f",
              took, at->first, at->second, line);
        QVERIFY2(off <= 64 * 1024 + 0.08 * kTotal,
                 qPrintable(QStringLiteral("at %1 ms: %2 buffered, the line says %3")
                                .arg(at->first)
                                .arg(at->second)
                                .arg(line)));
    }
    // Every byte got there and came back (through the same cap), in order.
    QElapsedTimer back;
    back.start();
    while (e.echoes.size() < sent.size() && back.elapsed() < 20000)
        QTest::qWait(50);
    QCOMPARE(e.echoes, sent);
}

void TestLinkPeers::pauseWritingHoldsOurSendsUntilResumed()
{
    EchoClient e;
    QVERIFY(openEchoClient(e, {}));
    Net::LinkConditions paused;
    paused.pauseWriting = true;
    e.setLink(paused);
    const QList<QByteArray> sent = {"first", QByteArray(100000, 'x'), "third"};
    for (const QByteArray &m : sent)
        e.sendBinary(m);
    // Not sent yet: all of it in bufferedAmount, and it stays there.
    const quint64 total = 5 + 100000 + 5;
    QCOMPARE(e.buffered(), total);
    QTest::qWait(500);
    QCOMPARE(e.buffered(), total);
    QVERIFY(e.echoes.isEmpty()); // the echo server got nothing to echo
    e.setLink({});
    QTRY_COMPARE_WITH_TIMEOUT(e.echoes.size(), sent.size(), 10000);
    QCOMPARE(e.echoes, sent);
    QCOMPARE(e.buffered(), quint64(0));
}

void TestLinkPeers::pauseReadingOnOurServerHoldsTheClientBack()
{
    Traffic::TrafficStore store;
    Traffic::SystemClock clock;
    Net::IoThread io;
    Net::ServerOptions options;
    Net::ServerEndpoint *server = nullptr;
    QList<QByteArray> received;
    quint32 peerId = 0;
    io.call([&]() {
        server = new Net::ServerEndpoint(1, options, &store, &clock, io.context());
        connect(server, &Net::ServerEndpoint::messageReceived, this,
                [&](quint32, quint8, const QByteArray &payload) { received.append(payload); });
        connect(server, &Net::ServerEndpoint::peerOpened, this, [&](quint32 id) { peerId = id; });
    });
    QString error, url;
    bool listening = false;
    io.call([&]() {
        listening = server->listen(&error);
        url = server->url();
    });
    QVERIFY2(listening, qPrintable(error));

    QWebSocket client; // Qt WebSockets: a client we did not write
    client.open(QUrl(url));
    QTRY_VERIFY_WITH_TIMEOUT(client.state() == QAbstractSocket::ConnectedState && peerId != 0,
                             10000);
    client.sendTextMessage(QStringLiteral("before"));
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 10000);

    // Reading paused for this peer: it keeps sending, we take none of it.
    bool found = false;
    Net::LinkConditions paused;
    paused.pauseReading = true;
    bool other = true;
    io.call([&]() {
        found = server->setPeerLinkConditions(peerId, paused);
        other = server->setPeerLinkConditions(peerId + 1000, paused);
    });
    QVERIFY(found);
    QVERIFY(!other); // no such peer
    qint64 written = 0;
    connect(&client, &QWebSocket::bytesWritten, this, [&](qint64 n) { written += n; });
    QList<QByteArray> sent;
    for (int i = 0; i < 40; ++i) {
        sent.append(QByteArray::number(i) + ' ' + QByteArray(16 * 1024, char('a' + i % 26)));
        client.sendTextMessage(QString::fromLatin1(sent.last()));
    }
    // The client's socket handed some of it to the kernel, which holds it for us...
    QTRY_VERIFY_WITH_TIMEOUT(written > 0, 10000);
    QTest::qWait(500);
    QCOMPARE(received.size(), 1); // ...and the server recorded nothing new.
    QList<Net::PeerInfo> peers;
    io.call([&]() { peers = server->peers(); });
    QCOMPARE(peers.size(), 1);
    QVERIFY(peers.first().link.pauseReading);
    QCOMPARE(peers.first().messagesIn, quint64(1));

    // Resumed: everything, in the order sent.
    io.call([&]() { server->setLinkConditions({}); });
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1 + sent.size(), 20000);
    QCOMPARE(received.mid(1), sent);
    client.close();
}

void TestLinkPeers::readingResumesOnlyWhenNeitherPauseAsks()
{
    // An echo server whose peer's writing is paused: echoes pile up until back-pressure (over
    // 1 MiB unsent) stops reading. Then the link pauses reading and writing resumes: the echoes
    // drain, back-pressure would read again, but the link still says no.
    Traffic::TrafficStore store;
    Traffic::SystemClock clock;
    Net::IoThread io;
    Net::ServerOptions options;
    options.echo = true;
    Net::ServerEndpoint *server = nullptr;
    quint32 peerId = 0;
    io.call([&]() {
        server = new Net::ServerEndpoint(1, options, &store, &clock, io.context());
        connect(server, &Net::ServerEndpoint::peerOpened, this, [&](quint32 id) { peerId = id; });
    });
    QString error, url;
    bool listening = false;
    io.call([&]() {
        listening = server->listen(&error);
        url = server->url();
    });
    QVERIFY2(listening, qPrintable(error));
    const auto peer = [&]() {
        QList<Net::PeerInfo> peers;
        io.call([&]() { peers = server->peers(); });
        return peers.value(0);
    };
    const auto setLink = [&](bool pauseReading, bool pauseWriting) {
        Net::LinkConditions link;
        link.pauseReading = pauseReading;
        link.pauseWriting = pauseWriting;
        io.call([&]() { server->setPeerLinkConditions(peerId, link); });
    };

    QWebSocket client;
    QList<QByteArray> echoes;
    connect(&client, &QWebSocket::binaryMessageReceived, this,
            [&](const QByteArray &m) { echoes.append(m); });
    client.open(QUrl(url));
    QTRY_VERIFY_WITH_TIMEOUT(client.state() == QAbstractSocket::ConnectedState && peerId != 0,
                             10000);
    setLink(false, true);
    QList<QByteArray> sent;
    for (int i = 0; i < 24; ++i) {
        sent.append(QByteArray(64 * 1024, char('A' + i)));
        client.sendBinaryMessage(sent.last());
    }
    QTRY_VERIFY_WITH_TIMEOUT(peer().bufferedAmount > 1024 * 1024, 10000); // back-pressure
    setLink(true, false);
    QTRY_COMPARE_WITH_TIMEOUT(peer().bufferedAmount, quint64(0), 10000); // echoes went out
    const quint64 taken = peer().messagesIn;
    QVERIFY2(taken < quint64(sent.size()), qPrintable(QString::number(taken)));
    QTRY_COMPARE_WITH_TIMEOUT(echoes.size(), int(taken), 10000);
    QTest::qWait(300);
    QCOMPARE(peer().messagesIn, taken); // the link's pause still holds
    setLink(false, false);
    QTRY_COMPARE_WITH_TIMEOUT(echoes.size(), sent.size(), 20000);
    QCOMPARE(echoes, sent);
    client.close();
}

void TestLinkPeers::connectFlagsDelayTheLinkEachWay()
{
    ProcessRunner peer(ProcessRunner::python(),
                       {ProcessRunner::peersDir() + QStringLiteral("/py_echo_server.py")});
    const QString port = peer.waitForLine(QRegularExpression(QStringLiteral("^ready (\\d+)")));
    QVERIFY(!port.isEmpty());
    ProcessRunner client(ProcessRunner::wsbench(),
                         {QStringLiteral("connect"), QStringLiteral("ws://127.0.0.1:%1/").arg(port),
                          QStringLiteral("--latency"), QStringLiteral("300"),
                          QStringLiteral("--rate"), QStringLiteral("1M"), QStringLiteral("--send"),
                          QStringLiteral("hello"), QStringLiteral("--wait"), QStringLiteral("1500"),
                          QStringLiteral("--json")});
    QCOMPARE(client.finish(30000), 0);
    // The note says what the link does; the records' times show it.
    QJsonObject note, request, open, out, in;
    for (const QString &line : client.lines()) {
        const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
        const QString kind = o.value(QStringLiteral("kind")).toString();
        const bool outbound = o.value(QStringLiteral("dir")).toString() == QLatin1String("out");
        if (o.value(QStringLiteral("note")).toString() == QLatin1String("LinkConditions"))
            note = o;
        else if (o.value(QStringLiteral("note")).toString() == QLatin1String("Open"))
            open = o;
        else if (kind == QLatin1String("handshakeRequest"))
            request = o;
        else if (kind == QLatin1String("message") && outbound && out.isEmpty())
            out = o;
        else if (kind == QLatin1String("message") && !outbound && in.isEmpty())
            in = o;
    }
    QVERIFY2(!note.isEmpty() && !open.isEmpty() && !out.isEmpty() && !in.isEmpty(),
             qPrintable(client.output()));
    QCOMPARE(note.value(QStringLiteral("text")).toString(),
             QStringLiteral("Link conditions: +300 ms, 1.0 MiB/s"));
    const auto us = [](const QJsonObject &o) {
        return qint64(o.value(QStringLiteral("t_us")).toDouble());
    };
    // 300 ms out, 300 ms back: the handshake and the echo each take at least 600 ms.
    QVERIFY2(us(open) - us(request) >= 600000, qPrintable(client.output()));
    QVERIFY2(us(in) - us(out) >= 600000, qPrintable(client.output()));
}

void TestLinkPeers::serveFlagsApplyToEveryPeer()
{
    ProcessRunner server(ProcessRunner::wsbench(),
                         {QStringLiteral("serve"), QStringLiteral("--echo"),
                          QStringLiteral("--latency"), QStringLiteral("150"),
                          QStringLiteral("--rate"), QStringLiteral("64k"),
                          QStringLiteral("--pause-writing"), QStringLiteral("--json")});
    const QString port = server.waitForLine(
        QRegularExpression(QStringLiteral("Listening on ws://127\\.0\\.0\\.1:(\\d+)/")));
    QVERIFY2(!port.isEmpty(), qPrintable(server.output()));
    // Writing paused: the server's answer to the handshake never leaves, so the client gives up.
    ProcessRunner client(ProcessRunner::wsbench(),
                         {QStringLiteral("connect"), QStringLiteral("ws://127.0.0.1:%1/").arg(port),
                          QStringLiteral("--timeout"), QStringLiteral("1000")});
    QCOMPARE(client.finish(), 1);
    const QString note = server.waitForLine(
        QRegularExpression(QStringLiteral("^(.*\"note\":\"LinkConditions\".*)$")));
    QVERIFY2(note.contains(QLatin1String("+150 ms, 64.0 KiB/s, writing paused")),
             qPrintable(server.output()));
}

void TestLinkPeers::badFlagValuesAreUsageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    const QString url = QStringLiteral("ws://127.0.0.1:9/");
    QTest::newRow("negative latency")
        << QStringList {QStringLiteral("connect"), url, QStringLiteral("--latency"),
                        QStringLiteral("-5")}
        << QStringLiteral("--latency needs a number of milliseconds from 0 to 600000, not \"-5\"");
    QTest::newRow("latency word") << QStringList {
        QStringLiteral("serve"), QStringLiteral("--latency"),
        QStringLiteral("slow")} << QStringLiteral("--latency needs a number of milliseconds");
    QTest::newRow("rate unit") << QStringList {QStringLiteral("serve"), QStringLiteral("--rate"),
                                               QStringLiteral("64q")}
                               << QStringLiteral("--rate needs bytes per second, like 65536, 64k "
                                                 "or 1M (k = 1024), from 0 (no cap) to 1T, not "
                                                 "\"64q\"");
    QTest::newRow("negative rate") << QStringList {QStringLiteral("connect"), url,
                                                   QStringLiteral("--rate"), QStringLiteral("-1k")}
                                   << QStringLiteral("--rate needs bytes per second");
}

void TestLinkPeers::badFlagValuesAreUsageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    ProcessRunner run(ProcessRunner::wsbench(), args);
    QCOMPARE(run.finish(), 2);
    QVERIFY2(run.output().contains(expected), qPrintable(run.output()));
}

QTEST_MAIN(TestLinkPeers)
#include "tst_link_peers.moc"
