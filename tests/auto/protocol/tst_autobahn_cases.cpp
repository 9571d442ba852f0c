// Autobahn|Testsuite categories 1–7, 10, 12 and 13, replayed in memory against our endpoint
// in both roles, with the reactions protocol-notes §1.3–1.4 require, plus the RFC violations
// Autobahn does not test. Each case is written in whole, frame by frame, and byte by byte.
#include "core/protocol/connection.h"
#include "tests/support/autobahn_cases.h"
#include "tests/support/connection_pair.h"
#include "tests/support/wire_peer.h"

#include <QTest>

using namespace WsBench::Protocol;
using namespace WsBench::Testing;

Q_DECLARE_METATYPE(WsBench::Protocol::Role)

namespace {

constexpr quint8 T = 0x1, B = 0x2, C = 0x0, CLOSE = 0x8, PING = 0x9, PONG = 0xA;

using Frame = AutobahnFrame;
using Frames = AutobahnFrames;
using Reply = QPair<quint8, QByteArray>;
using Replies = AutobahnReplies;

QByteArray hex(const char *h)
{
    return QByteArray::fromHex(h);
}

} // namespace

Q_DECLARE_METATYPE(Frames)
Q_DECLARE_METATYPE(Replies)

class TestAutobahnCases : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cases_data();
    void cases();
    void failFastUtf8_data();
    void failFastUtf8();
    void pingBetweenFragmentsAnsweredFirst();
    void closeThenMoreFrames_data();
    void closeThenMoreFrames();
    void validCloseCodesEchoed_data();
    void validCloseCodesEchoed();
    void violationsAutobahnMisses_data();
    void violationsAutobahnMisses();
    void deflateMessages_data();
    void deflateMessages();
    void deflateParameters_data();
    void deflateParameters();
};

// Columns: frames the fuzzer writes; what the endpoint must send back before closing (echoes
// and pongs, in order); the close codes it may send ({} = a clean 1000 echo of the fuzzer's
// Close, which the harness appends). "fails" = the endpoint must fail the connection itself.
void TestAutobahnCases::cases_data()
{
    QTest::addColumn<WsBench::Protocol::Role>("role");
    QTest::addColumn<Frames>("frames");
    QTest::addColumn<Replies>("replies");
    QTest::addColumn<bool>("fails");
    QTest::addColumn<QList<int>>("codes");

    for (const Role role : {Role::Server, Role::Client}) {
        for (const AutobahnCase &row : autobahnCases()) {
            QTest::addRow("%s as %s", row.name.constData(),
                          role == Role::Server ? "server" : "client")
                << role << row.frames << row.replies << row.fails << row.codes;
        }
    }
}
void TestAutobahnCases::cases()
{
    QFETCH(WsBench::Protocol::Role, role);
    QFETCH(Frames, frames);
    QFETCH(Replies, replies);
    QFETCH(bool, fails);
    QFETCH(QList<int>, codes);

    // 0 = one write, -1 = one write per frame, 1 = octet-wise (Autobahn's chop sizes).
    for (const qsizetype chopping : {qsizetype(0), qsizetype(-1), qsizetype(1)}) {
        WirePeer peer(role);
        QByteArray all;
        for (const Frame &f : frames) {
            const QByteArray wire = peer.frame(f.opcode, f.payload, f.fin, f.rsv);
            if (chopping == -1)
                peer.write(wire);
            else
                all += wire;
        }
        if (!fails)
            all += peer.close(1000);
        if (chopping != -1 && !all.isEmpty())
            peer.write(all, chopping);
        else if (!fails)
            peer.write(peer.close(1000));

        const Observed &seen = peer.observed();
        Replies before;
        for (const auto &f : seen.frames) {
            if (f.first == CLOSE)
                break;
            before.append(f);
        }
        QCOMPARE(before, replies);
        QVERIFY2(seen.sentClose, "the endpoint must answer or send a Close");
        QVERIFY2(codes.contains(int(*seen.closeCode)),
                 QByteArray("close code " + QByteArray::number(*seen.closeCode)).constData());
        QCOMPARE(peer.failed(), fails);
        // Clean cases: the close handshake is complete and nothing follows the Close.
        QCOMPARE(seen.frames.last().first, quint8(CLOSE));
        if (role == Role::Server || fails)
            QVERIFY(seen.wantsTransportClose); // the server closes TCP first; failures close
        else
            QVERIFY(!seen.wantsTransportClose); // a client waits for the server to close TCP
    }
}

// Autobahn 6.4.1–6.4.4: fail as soon as the invalid byte arrives, not before and not at the end.
void TestAutobahnCases::failFastUtf8_data()
{
    QTest::addColumn<WsBench::Protocol::Role>("role");
    QTest::addColumn<bool>("tcpChops"); // the parts are TCP chops of one frame (6.4.3/6.4.4)
    QTest::addColumn<int>("split"); // 11: after kosme (6.4.1/6.4.3); 12: after f4 (6.4.2/6.4.4)
    for (const Role role : {Role::Server, Role::Client}) {
        const char *r = role == Role::Server ? "server" : "client";
        QTest::addRow("6.4.1 as %s", r) << role << false << 11;
        QTest::addRow("6.4.2 as %s", r) << role << false << 12;
        QTest::addRow("6.4.3 as %s", r) << role << true << 11;
        QTest::addRow("6.4.4 as %s", r) << role << true << 12;
    }
}

void TestAutobahnCases::failFastUtf8()
{
    QFETCH(WsBench::Protocol::Role, role);
    QFETCH(bool, tcpChops);
    QFETCH(int, split);
    const QByteArray payload = hex("cebae1bdb9cf83cebcceb5f4908080") + "edited";
    WirePeer peer(role);
    QByteArray part1, part2, part3;
    if (tcpChops) {
        const QByteArray wire = peer.frame(T, payload);
        const int header = role == Role::Server ? 6 : 2;
        part1 = wire.left(header + split);
        part2 = wire.mid(header + split, split == 11 ? 4 : 1);
        part3 = wire.mid(part1.size() + part2.size());
    } else {
        part1 = peer.frame(T, payload.left(split), false);
        part2 = peer.frame(C, payload.mid(split, split == 11 ? 4 : 1), false);
        part3 = peer.frame(C, payload.mid(split + (split == 11 ? 4 : 1)));
    }
    peer.write(part1);
    QVERIFY2(!peer.failed(), "a valid prefix must not fail the connection");
    peer.write(part2);
    QVERIFY2(peer.failed(), "the invalid byte must fail the connection at once");
    QCOMPARE(peer.observed().closeCode, std::optional<quint16>(1007));
    peer.write(part3);
    QCOMPARE(peer.observed().frames.size(), 1); // just the Close
}

void TestAutobahnCases::pingBetweenFragmentsAnsweredFirst()
{
    // 5.19: the pong for a ping inside a fragmented message goes out before the message ends.
    for (const Role role : {Role::Server, Role::Client}) {
        WirePeer peer(role);
        peer.write(peer.frame(T, "fragment1", false) + peer.frame(PING, "pongme 1!"));
        QCOMPARE(peer.observed().frames.size(), 1);
        QCOMPARE(peer.observed().frames[0], Reply(PONG, "pongme 1!"));
    }
}

// 7.1.2–7.1.5, 7.3.1: after the fuzzer's Close nothing else is processed.
void TestAutobahnCases::closeThenMoreFrames_data()
{
    QTest::addColumn<WsBench::Protocol::Role>("role");
    QTest::addColumn<int>("variant");
    for (const Role role : {Role::Server, Role::Client}) {
        const char *r = role == Role::Server ? "server" : "client";
        QTest::addRow("7.1.2 second close as %s", r) << role << 2;
        QTest::addRow("7.1.3 ping after close as %s", r) << role << 3;
        QTest::addRow("7.1.4 text after close as %s", r) << role << 4;
        QTest::addRow("7.1.5 fragment, close, fragment as %s", r) << role << 5;
        QTest::addRow("7.3.1 empty close as %s", r) << role << 31;
    }
}

void TestAutobahnCases::closeThenMoreFrames()
{
    QFETCH(WsBench::Protocol::Role, role);
    QFETCH(int, variant);
    for (const qsizetype chop : {qsizetype(0), qsizetype(1)}) {
        WirePeer peer(role);
        QByteArray wire;
        switch (variant) {
        case 2:
            wire = peer.close(1000) + peer.close(1001);
            break;
        case 3:
            wire = peer.close(1000) + peer.frame(PING, "ping");
            break;
        case 4:
            wire = peer.close(1000) + peer.frame(T, "Hello World!");
            break;
        case 5:
            wire
                = peer.frame(T, "fragment1", false) + peer.close(1000) + peer.frame(C, "fragment2");
            break;
        case 31:
            wire = peer.close(std::nullopt);
            break;
        }
        peer.write(wire, chop);
        QCOMPARE(peer.observed().frames.size(), 1);
        QCOMPARE(peer.observed().frames[0].first, quint8(CLOSE));
        QCOMPARE(peer.observed().closeCode, std::optional<quint16>(variant == 31 ? 0 : 1000));
        QVERIFY(!peer.failed());
        QCOMPARE(peer.connection().closeInfo().closeReceived, true);
        QCOMPARE(peer.connection().closeInfo().receivedCode.value_or(1005),
                 quint16(variant == 31 ? 1005 : 1000));
    }
}

// 7.3.3–7.3.5 and 7.7.1–7.7.13: valid codes and reasons are answered with the same code.
void TestAutobahnCases::validCloseCodesEchoed_data()
{
    QTest::addColumn<WsBench::Protocol::Role>("role");
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArray>("reason");
    for (const Role role : {Role::Server, Role::Client}) {
        const char *r = role == Role::Server ? "server" : "client";
        for (int code : {1000, 1001, 1002, 1003, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014,
                         3000, 3999, 4000, 4999})
            QTest::addRow("7.7 code %d as %s", code, r) << role << code << QByteArray();
        QTest::addRow("7.3.4 reason as %s", r) << role << 1000 << QByteArray("Hello World!");
        QTest::addRow("7.3.5 123-byte reason as %s", r) << role << 1000 << QByteArray(123, '*');
    }
}

void TestAutobahnCases::validCloseCodesEchoed()
{
    QFETCH(WsBench::Protocol::Role, role);
    QFETCH(int, code);
    QFETCH(QByteArray, reason);
    WirePeer peer(role);
    peer.write(peer.close(quint16(code), reason));
    QVERIFY(!peer.failed());
    QCOMPARE(peer.observed().closeCode, std::optional<quint16>(quint16(code)));
    QCOMPARE(peer.connection().closeInfo().receivedReason, reason);
}

// RFC MUST-violations that Autobahn never sends.
void TestAutobahnCases::violationsAutobahnMisses_data()
{
    QTest::addColumn<WsBench::Protocol::Role>("role");
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<int>("code");
    QTest::newRow("unmasked frame to a server") << Role::Server << hex("810548656c6c6f") << 1002;
    QTest::newRow("masked frame to a client")
        << Role::Client << hex("818537fa213d7f9f4d5158") << 1002;
    QTest::newRow("non-minimal 16-bit length")
        << Role::Client << (hex("817e0005") + "Hello") << 1002;
    QTest::newRow("non-minimal 64-bit length")
        << Role::Client << (hex("817f0000000000000005") + "Hello") << 1002;
    QTest::newRow("64-bit length with MSB") << Role::Client << hex("827f8000000000000001") << 1002;
    QTest::newRow("text ends inside a code point") << Role::Client << hex("8101ce") << 1007;
    QTest::newRow("masked pong from a server")
        << Role::Client << hex("8a8537fa213d7f9f4d5158") << 1002;
}

void TestAutobahnCases::violationsAutobahnMisses()
{
    QFETCH(WsBench::Protocol::Role, role);
    QFETCH(QByteArray, wire);
    QFETCH(int, code);
    for (const qsizetype chop : {qsizetype(0), qsizetype(1)}) {
        WirePeer peer(role);
        peer.write(wire, chop);
        QVERIFY(peer.failed());
        QCOMPARE(peer.observed().closeCode, std::optional<quint16>(quint16(code)));
        QCOMPARE(peer.observed().frames.size(), 1);
    }
}

// 12.x: permessage-deflate payloads of Autobahn's sizes, whole and auto-fragmented; the peer
// echoes and the echo must match.
void TestAutobahnCases::deflateMessages_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("frameSize"); // 0: unfragmented
    QTest::addColumn<bool>("text");
    for (int size : {16, 64, 256, 1024, 4096, 8192, 16384, 32768, 65536, 131072}) {
        QTest::addRow("12.1 %d text", size) << size << 0 << true;
        QTest::addRow("12.2 %d binary", size) << size << 0 << false;
    }
    for (int size : {8192, 16384, 32768, 65536, 131072})
        QTest::addRow("12.1 %d in 256-byte frames", size) << size << 256 << true;
    for (int frameSize : {1024, 4096, 32768})
        QTest::addRow("12.2 131072 in %d-byte frames", frameSize) << 131072 << frameSize << false;
}

void TestAutobahnCases::deflateMessages()
{
    QFETCH(int, size);
    QFETCH(int, frameSize);
    QFETCH(bool, text);
    ConnectionConfig c = ConnectionPair::clientDefaults();
    ConnectionConfig s = ConnectionPair::serverDefaults();
    c.client.deflate.enabled = true;
    s.server.deflate.enabled = true;
    ConnectionPair pair(c, s);
    pair.pump();
    QVERIFY(pair.client.deflateParams());
    QByteArray payload;
    quint32 x = 2463534242u;
    while (payload.size() < size) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        payload += text ? "{\"id\":" + QByteArray::number(x % 1000) + ",\"v\":\"abc\"}"
                        : QByteArray(1, char(x % 7));
    }
    payload.truncate(size);
    for (int round = 0; round < 10; ++round) { // Autobahn sends many; context carries over
        SendOptions options;
        if (frameSize > 0)
            options.fragments = std::max(1, size / frameSize);
        text ? pair.client.sendText(payload, options) : pair.client.sendBinary(payload, options);
        pair.pump();
        const auto got = ConnectionPair::ofType(pair.serverEvents, EventType::Message);
        QCOMPARE(got.size(), size_t(round + 1));
        QCOMPARE(got.back().payload, payload);
        text ? pair.server.sendText(got.back().payload)
             : pair.server.sendBinary(got.back().payload);
        pair.pump();
        const auto echoed = ConnectionPair::ofType(pair.clientEvents, EventType::Message);
        QCOMPARE(echoed.back().payload, payload);
    }
}

// 13.x: the parameter matrix (client offer × server acceptance), each with messages both ways.
void TestAutobahnCases::deflateParameters_data()
{
    QTest::addColumn<bool>("clientNoContext");
    QTest::addColumn<int>("clientBits");
    QTest::addColumn<bool>("serverNoContext");
    QTest::addColumn<int>("serverBits");
    QTest::newRow("13.1 (False,0)") << false << 15 << false << 15;
    QTest::newRow("13.2 (True,0)") << true << 15 << true << 15;
    QTest::newRow("13.3 (False,9)") << false << 9 << false << 9;
    QTest::newRow("13.4 (False,15)") << false << 15 << false << 15;
    QTest::newRow("13.5 (True,9)") << true << 9 << true << 9;
    QTest::newRow("13.6 (True,15)") << true << 15 << true << 15;
    QTest::newRow("13.7 mixed") << true << 9 << false << 15;
}

void TestAutobahnCases::deflateParameters()
{
    QFETCH(bool, clientNoContext);
    QFETCH(int, clientBits);
    QFETCH(bool, serverNoContext);
    QFETCH(int, serverBits);
    ConnectionConfig c = ConnectionPair::clientDefaults();
    ConnectionConfig s = ConnectionPair::serverDefaults();
    c.client.deflate
        = DeflateConfig {true, serverNoContext, clientNoContext, serverBits, clientBits, 6};
    s.server.deflate
        = DeflateConfig {true, serverNoContext, clientNoContext, serverBits, clientBits, 6};
    ConnectionPair pair(c, s);
    pair.pump();
    QVERIFY(pair.client.deflateParams());
    QCOMPARE(pair.client.deflateParams()->serverNoContextTakeover, serverNoContext);
    QCOMPARE(pair.server.deflateParams()->serverMaxWindowBits, serverBits);
    QByteArray json;
    for (int i = 0; i < 400; ++i)
        json += "{\"n\":" + QByteArray::number(i * 7919 % 1000) + "}";
    for (int i = 0; i < 20; ++i) {
        pair.client.sendText(json);
        pair.server.sendText(json);
    }
    pair.pump();
    const auto atServer = ConnectionPair::ofType(pair.serverEvents, EventType::Message);
    const auto atClient = ConnectionPair::ofType(pair.clientEvents, EventType::Message);
    QCOMPARE(atServer.size(), size_t(20));
    QCOMPARE(atClient.size(), size_t(20));
    for (const Event &e : atServer)
        QCOMPARE(e.payload, json);
    for (const Event &e : atClient)
        QCOMPARE(e.payload, json);
}

QTEST_APPLESS_MAIN(TestAutobahnCases)
#include "tst_autobahn_cases.moc"
