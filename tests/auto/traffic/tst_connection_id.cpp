// The bits of a connection id, in both directions.
#include "core/traffic/connection_id.h"

#include <QTest>

using WsBench::Traffic::ConnectionId;

class TestConnectionId : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serverPeers();
    void clientAttempts();
};

void TestConnectionId::serverPeers()
{
    const ConnectionId peer = ConnectionId::serverPeer(3, 65535);
    QCOMPARE(peer.raw(), quint32(3 << 16 | 65535));
    QVERIFY(peer.isServerSide());
    QVERIFY(peer.isServerPeer());
    QCOMPARE(peer.serverNumber(), 3u);
    QCOMPARE(peer.peerSerial(), 65535u);
    const ConnectionId server = ConnectionId::server(3);
    QVERIFY(server.isServerSide());
    QVERIFY(!server.isServerPeer()); // the server's own records
    QCOMPARE(server.serverNumber(), 3u);
    QCOMPARE(ConnectionId::serverPeer(1, 1).raw(), 65537u); // peers start above every client
}

void TestConnectionId::clientAttempts()
{
    const ConnectionId id = ConnectionId::clientAttempt(255, 255);
    QCOMPARE(id.raw(), 65535u);
    QVERIFY(!id.isServerSide());
    QVERIFY(!id.isServerPeer());
    QCOMPARE(id.clientPane(), 255u);
    QCOMPARE(id.attempt(), 255u);
    QCOMPARE(ConnectionId::clientAttempt(2, 1).clientPane(), 2u);
    QVERIFY(ConnectionId::clientAttempt(2, 1) != ConnectionId::clientAttempt(2, 2));
}

QTEST_GUILESS_MAIN(TestConnectionId)
#include "tst_connection_id.moc"
