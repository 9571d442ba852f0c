// `wsbench serve --echo` against our raw-socket fuzzer over real loopback sockets: Autobahn
// categories 1–7 and 10 (the shared case table), 9 at sizes that fit CI, and 12/13 through a
// Python websockets client with each permessage-deflate parameter set.
#include "core/protocol/close_payload.h"
#include "core/protocol/frame_encoder.h"
#include "tests/integration/support/process_runner.h"
#include "tests/support/autobahn_cases.h"
#include "tests/support/decode_all.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace WsBench::Protocol;
using namespace WsBench::Testing;

class TestServerConformance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cases_data();
    void cases();
    void limits_data();
    void limits();
    void sequentialRoundTrips();
    void deflateParameters();
    void forbiddenBytesInAHeaderValue_data();
    void forbiddenBytesInAHeaderValue();

private:
    bool openSocket(QTcpSocket &socket);
    static QByteArray frame(quint8 opcode, const QByteArray &payload, bool fin = true,
                            quint8 rsv = 0);
    static QByteArray readUntilClosed(QTcpSocket &socket, int timeoutMs);

    std::unique_ptr<ProcessRunner> m_server;
    quint16 m_port = 0;
    quint32 m_mask = 0x0badf00d;
};

void TestServerConformance::initTestCase()
{
    m_server = std::make_unique<ProcessRunner>(
        ProcessRunner::wsbench(), QStringList {QStringLiteral("serve"), QStringLiteral("--echo")});
    m_port = m_server
                 ->waitForLine(QRegularExpression(
                     QStringLiteral("Listening on ws://127\\.0\\.0\\.1:(\\d+)/")))
                 .toUShort();
    QVERIFY2(m_port != 0, qPrintable(m_server->output()));
}

void TestServerConformance::cleanupTestCase()
{
    m_server->terminate();
    QCOMPARE(m_server->finish(), 0);
}

QByteArray TestServerConformance::frame(quint8 opcode, const QByteArray &payload, bool fin,
                                        quint8 rsv)
{
    static quint32 key = 0x12345678;
    FrameSpec spec;
    spec.opcode = opcode;
    spec.payload = payload;
    spec.fin = fin;
    spec.rsv = rsv;
    spec.maskKey = (key = key * 1664525u + 1013904223u); // a client masks every frame
    return FrameEncoder::encodeRaw(spec);
}

bool TestServerConformance::openSocket(QTcpSocket &socket)
{
    socket.connectToHost(QHostAddress::LocalHost, m_port);
    if (!socket.waitForConnected(5000))
        return false;
    socket.write(
        "GET /runCase HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
    QByteArray head;
    QDeadlineTimer deadline(5000);
    while (!head.contains("\r\n\r\n") && !deadline.hasExpired()) {
        socket.waitForReadyRead(100);
        head += socket.read(1); // byte by byte: do not swallow early frames
        while (socket.bytesAvailable() > 0 && !head.contains("\r\n\r\n"))
            head += socket.read(1);
    }
    return head.startsWith("HTTP/1.1 101");
}

QByteArray TestServerConformance::readUntilClosed(QTcpSocket &socket, int timeoutMs)
{
    QByteArray all;
    QDeadlineTimer deadline(timeoutMs);
    while (socket.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
        socket.waitForReadyRead(50);
        all += socket.readAll();
    }
    all += socket.readAll();
    return all;
}

void TestServerConformance::cases_data()
{
    QTest::addColumn<AutobahnFrames>("frames");
    QTest::addColumn<AutobahnReplies>("replies");
    QTest::addColumn<bool>("fails");
    QTest::addColumn<QList<int>>("codes");
    QTest::addColumn<int>("chop");
    for (const AutobahnCase &c : autobahnCases()) {
        QTest::addRow("%s", c.name.constData()) << c.frames << c.replies << c.fails << c.codes << 0;
        qsizetype bytes = 0;
        for (const AutobahnFrame &f : c.frames)
            bytes += f.payload.size();
        if (bytes < 4096)
            QTest::addRow("%s octet-wise", c.name.constData())
                << c.frames << c.replies << c.fails << c.codes << 1;
    }
}

void TestServerConformance::cases()
{
    QFETCH(AutobahnFrames, frames);
    QFETCH(AutobahnReplies, replies);
    QFETCH(bool, fails);
    QFETCH(QList<int>, codes);
    QFETCH(int, chop);
    QTcpSocket socket;
    QVERIFY(openSocket(socket));
    QByteArray wire;
    for (const AutobahnFrame &f : frames)
        wire += frame(f.opcode, f.payload, f.fin, f.rsv);
    if (!fails)
        wire += frame(0x8, QByteArray::fromHex("03e8"));
    if (chop == 0) {
        socket.write(wire);
    } else {
        for (qsizetype i = 0; i < wire.size(); i += chop) {
            socket.write(wire.mid(i, chop));
            socket.flush();
        }
    }
    const QByteArray answer = readUntilClosed(socket, 10000);
    // RFC 6455 §7.1.1: the server closes TCP, and it does so promptly.
    QCOMPARE(socket.state(), QAbstractSocket::UnconnectedState);
    const DecodeOutcome decoded = decodeAll(answer, Role::Client, ValidationPolicy::permissive());
    AutobahnReplies before;
    std::optional<int> closeCode;
    for (const DecodedFrame &f : decoded.frames) {
        QVERIFY2(!f.header.masked, "a server must not mask");
        if (f.header.opcode == toRaw(Opcode::Close)) {
            closeCode = parseClosePayload(f.payload).close.connectionCloseCode();
            break;
        }
        before.append({f.header.opcode, f.payload});
    }
    QCOMPARE(before, replies);
    QVERIFY2(closeCode.has_value(), "no Close frame from the server");
    QVERIFY2(codes.contains(*closeCode), qPrintable(QString::number(*closeCode)));
}

// Category 9 at sizes that fit CI: single frames up to 4 MiB and a 1 MiB message in small frames.
void TestServerConformance::limits_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("frameSize");
    QTest::addColumn<bool>("text");
    QTest::newRow("9.1.1 64 KiB text") << 65536 << 0 << true;
    QTest::newRow("9.1.3 1 MiB text") << (1 << 20) << 0 << true;
    QTest::newRow("9.1.4 4 MiB text") << (4 << 20) << 0 << true;
    QTest::newRow("9.2.3 1 MiB binary") << (1 << 20) << 0 << false;
    QTest::newRow("9.2.4 4 MiB binary") << (4 << 20) << 0 << false;
    QTest::newRow("9.3.1 1 MiB text in 64 B frames") << (1 << 20) << 64 << true;
    QTest::newRow("9.3.4 1 MiB text in 4 KiB frames") << (1 << 20) << 4096 << true;
    QTest::newRow("9.4.6 1 MiB binary in 64 KiB frames") << (1 << 20) << 65536 << false;
}

void TestServerConformance::limits()
{
    QFETCH(int, size);
    QFETCH(int, frameSize);
    QFETCH(bool, text);
    QByteArray payload(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        payload[i] = text ? char('a' + i % 26) : char(i * 7);
    QTcpSocket socket;
    QVERIFY(openSocket(socket));
    const quint8 opcode = text ? 0x1 : 0x2;
    QByteArray wire;
    if (frameSize == 0) {
        wire = frame(opcode, payload);
    } else {
        for (int at = 0; at < size; at += frameSize)
            wire += frame(at == 0 ? opcode : 0x0, payload.mid(at, frameSize),
                          at + frameSize >= size);
    }
    socket.write(wire);
    // Read the echo: one frame whose payload equals ours.
    QByteArray answer;
    QDeadlineTimer deadline(30000);
    DecodeOutcome decoded;
    while (!deadline.hasExpired()) {
        socket.waitForReadyRead(100);
        answer += socket.readAll();
        decoded = decodeAll(answer, Role::Client);
        if (!decoded.frames.isEmpty())
            break;
    }
    QCOMPARE(decoded.frames.size(), 1);
    QCOMPARE(decoded.frames[0].header.opcode, opcode);
    QVERIFY(decoded.frames[0].payload == payload);
    socket.write(frame(0x8, QByteArray::fromHex("03e8")));
    readUntilClosed(socket, 5000);
    QCOMPARE(socket.state(), QAbstractSocket::UnconnectedState);
}

// 9.7.x / 9.8.x: 1,000 sequential round trips.
void TestServerConformance::sequentialRoundTrips()
{
    for (const int size : {0, 64, 1024}) {
        QTcpSocket socket;
        QVERIFY(openSocket(socket));
        const QByteArray payload(size, 'r');
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 1000; ++i) {
            socket.write(frame(0x2, payload));
            QByteArray answer;
            DecodeOutcome decoded;
            QDeadlineTimer deadline(5000);
            while (decoded.frames.isEmpty() && !deadline.hasExpired()) {
                socket.waitForReadyRead(100);
                answer += socket.readAll();
                decoded = decodeAll(answer, Role::Client);
            }
            QCOMPARE(decoded.frames.size(), 1);
            QCOMPARE(decoded.frames[0].payload, payload);
        }
        qInfo("1000 round trips of %d bytes: %lld ms", size, timer.elapsed());
        socket.write(frame(0x8, QByteArray::fromHex("03e8")));
        readUntilClosed(socket, 5000);
    }
}

// 12.x/13.x over real sockets, driven by Python websockets with each parameter set.
void TestServerConformance::deflateParameters()
{
    ProcessRunner client(ProcessRunner::python(),
                         {ProcessRunner::peersDir() + QStringLiteral("/deflate_matrix.py"),
                          QStringLiteral("ws://127.0.0.1:%1/").arg(m_port)});
    QCOMPARE(client.finish(240000), 0);
    QVERIFY2(client.output().contains(QLatin1String("all deflate cases passed")),
             qPrintable(client.output()));
}

// RFC 9110 §5.5: a request with NUL or CR in a header value gets 400, and both the answer and
// the server's record name the header.
void TestServerConformance::forbiddenBytesInAHeaderValue_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("byteName");
    QTest::newRow("NUL") << QByteArray("X-Nul-Trace: ab\0cd", 19) << QStringLiteral("NUL");
    QTest::newRow("CR") << QByteArray("X-Cr-Trace: ab\rcd") << QStringLiteral("CR");
}

void TestServerConformance::forbiddenBytesInAHeaderValue()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, byteName);
    const QByteArray name = header.left(header.indexOf(':'));
    // A server of its own, so that its transcript holds only this connection.
    ProcessRunner server(ProcessRunner::wsbench(), {QStringLiteral("serve")});
    const quint16 port = server
                             .waitForLine(QRegularExpression(
                                 QStringLiteral("Listening on ws://127\\.0\\.0\\.1:(\\d+)/")))
                             .toUShort();
    QVERIFY2(port != 0, qPrintable(server.output()));
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(socket.waitForConnected(5000));
    socket.write(
        "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
        + header + "\r\n\r\n");
    const QByteArray answer = readUntilClosed(socket, 10000);
    QVERIFY2(answer.startsWith("HTTP/1.1 400 Bad Request\r\n"), answer.constData());
    const QByteArray named = "Header \"" + name + "\" has a " + byteName.toLatin1() + " byte";
    QVERIFY2(answer.contains(named), answer.constData());
    QVERIFY(!answer.contains("101 Switching Protocols"));
    // The transcript's error names the header too.
    const QString recorded = server.waitForLine(QRegularExpression(
        QStringLiteral("✗ Forbidden byte in a header: .*Header \"%1\" has a %2 byte")
            .arg(QString::fromLatin1(name), byteName)));
    QVERIFY2(!recorded.isEmpty(), qPrintable(server.output()));
    server.terminate();
    QCOMPARE(server.finish(), 0);
}

QTEST_GUILESS_MAIN(TestServerConformance)
#include "tst_server_conformance.moc"
