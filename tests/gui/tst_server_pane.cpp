// The server pane offscreen, with real clients over loopback: the log's peer column and
// per-peer filter, the Peers list, Kick with a code and reason, and the reply order.
#include "core/protocol/close_payload.h"
#include "core/protocol/opcode.h"
#include "core/traffic/connection_id.h"
#include "core/traffic/traffic_store.h"
#include "tests/support/test_window.h"
#include "ui/client/client_pane.h"
#include "ui/main_window.h"
#include "ui/models/log_model.h"
#include "ui/models/peer_model.h"
#include "ui/server/misbehave_button.h"
#include "ui/server/server_pane.h"
#include "ui/widgets/log_view.h"
#include "ui/widgets/ready_state_badge.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QSet>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace WsBench;
using namespace WsBench::Gui;
using Protocol::ReadyState;

namespace {
const std::optional<ReadyState> kOpen = ReadyState::Open;
const std::optional<ReadyState> kClosed = ReadyState::Closed;
} // namespace

class TestServerPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void logShowsEachPeerAndFiltersToTheSelectedOne();
    void peerListShowsTheLastEventAndTheWholeAddress();
    void kickSendsTheCodeAndReasonTheUserSet();
    void theReplyOrderIsShown();
    void misbehavingIsWarnedAndAppliesToOpenPeers();

private:
    // The peer numbers in the server log's rows that show messages.
    static QSet<QString> peersInLog(ServerPane *server);
    ClientPane *connectClient(ServerPane *server);

    std::unique_ptr<Testing::TestWindow> m_ui;
};

void TestServerPane::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestServerPane::init()
{
    m_ui = std::make_unique<Testing::TestWindow>();
}

void TestServerPane::cleanup()
{
    m_ui.reset();
}

QSet<QString> TestServerPane::peersInLog(ServerPane *server)
{
    LogModel *log = server->log()->model();
    QSet<QString> peers;
    for (int row = 0; row < log->rowCount(); ++row) {
        if (log->index(row, LogModel::TypeColumn).data().toString() == QLatin1String("Text"))
            peers.insert(log->index(row, LogModel::PeerColumn).data().toString());
    }
    return peers;
}

ClientPane *TestServerPane::connectClient(ServerPane *server)
{
    ClientPane *client = m_ui->window()->newClient();
    client->setUrl(server->url());
    client->connectToServer();
    return client;
}

void TestServerPane::logShowsEachPeerAndFiltersToTheSelectedOne()
{
    const auto [server, first] = m_ui->window()->loopbackPair();
    QTRY_COMPARE_WITH_TIMEOUT(first->badge()->state(), kOpen, 10000);
    ClientPane *second = connectClient(server);
    QTRY_COMPARE_WITH_TIMEOUT(second->badge()->state(), kOpen, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(server->peers()->rowCount(), 2, 10000);
    first->composer()->setText(QStringLiteral("from the first"));
    first->composer()->send();
    second->composer()->setText(QStringLiteral("from the second"));
    second->composer()->send();

    // The column is there in a server tab (not in a client tab) and names both peers.
    QVERIFY(!server->log()->table()->isColumnHidden(LogModel::PeerColumn));
    QVERIFY(first->log()->table()->isColumnHidden(LogModel::PeerColumn));
    const QString p1 = server->peers()->index(0, PeerModel::IdColumn).data().toString();
    const QString p2 = server->peers()->index(1, PeerModel::IdColumn).data().toString();
    QVERIFY(p1 != p2);
    QTRY_COMPARE_WITH_TIMEOUT(peersInLog(server), (QSet<QString> {p1, p2}), 10000);
    QCOMPARE(server->log()->model()->headerData(LogModel::PeerColumn, Qt::Horizontal),
             QVariant(QStringLiteral("Peer")));

    // Selecting the second peer shows only its records, and says so on a button.
    server->peerTable()->setCurrentIndex(server->peers()->index(1, 0));
    QToolButton *all = server->log()->allConnectionsButton();
    QVERIFY(!all->isHidden());
    QVERIFY2(all->text().contains(p2), qPrintable(all->text()));
    QTRY_COMPARE_WITH_TIMEOUT(peersInLog(server), QSet<QString> {p2}, 10000);
    LogModel *log = server->log()->model();
    QTRY_VERIFY_WITH_TIMEOUT(!log->isFiltering(), 10000);
    for (int row = 0; row < log->rowCount(); ++row)
        QCOMPARE(log->index(row, LogModel::PeerColumn).data().toString(), p2);
    // New records of the other peer stay out while the filter is on.
    first->composer()->setText(QStringLiteral("again from the first"));
    first->composer()->send();
    QTRY_VERIFY_WITH_TIMEOUT(server->peers()
                                 ->index(0, PeerModel::LastEventColumn)
                                 .data()
                                 .toString()
                                 .contains(QLatin1String("again from the first")),
                             10000);
    QCOMPARE(peersInLog(server), QSet<QString> {p2});

    // The button goes back to every peer and clears the selection.
    all->click();
    QVERIFY(all->isHidden());
    QCOMPARE(server->selectedPeer(), 0u);
    QTRY_COMPARE_WITH_TIMEOUT(peersInLog(server), (QSet<QString> {p1, p2}), 10000);
}

void TestServerPane::peerListShowsTheLastEventAndTheWholeAddress()
{
    const auto [server, client] = m_ui->window()->loopbackPair();
    QTRY_COMPARE_WITH_TIMEOUT(client->badge()->state(), kOpen, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(server->peers()->rowCount(), 1, 10000);
    const QModelIndex lastEvent = server->peers()->index(0, PeerModel::LastEventColumn);
    // Open, before any message: its state change.
    QTRY_VERIFY_WITH_TIMEOUT(!lastEvent.data().toString().isEmpty(), 10000);
    client->composer()->setText(QStringLiteral("latest words"));
    client->composer()->send();
    // The echo goes out after the message came in: the newest is the outbound echo.
    QTRY_VERIFY_WITH_TIMEOUT(lastEvent.data().toString().contains(QLatin1String("latest words")),
                             10000);
    QVERIFY2(lastEvent.data().toString().contains(QLatin1String("Text")),
             qPrintable(lastEvent.data().toString()));

    // The Address column fits the address it shows, with the window at 1366 px.
    m_ui->window()->tabs()->setCurrentWidget(server);
    QTest::qWait(50);
    const QString address = server->peers()->index(0, PeerModel::AddressColumn).data().toString();
    QVERIFY(address.startsWith(QLatin1String("127.0.0.1:")));
    const int needed = server->peerTable()->fontMetrics().horizontalAdvance(address);
    QVERIFY2(server->peerTable()->columnWidth(PeerModel::AddressColumn) > needed,
             qPrintable(QString::number(server->peerTable()->columnWidth(PeerModel::AddressColumn))
                        + QLatin1String(" <= ") + QString::number(needed)));

    // Once it has closed, the row says how.
    client->disconnectFromServer();
    QTRY_VERIFY_WITH_TIMEOUT(lastEvent.data().toString().startsWith(QLatin1String("Closed")),
                             10000);
}

void TestServerPane::kickSendsTheCodeAndReasonTheUserSet()
{
    const auto [server, client] = m_ui->window()->loopbackPair();
    QTRY_COMPARE_WITH_TIMEOUT(client->badge()->state(), kOpen, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(server->peers()->rowCount(), 1, 10000);
    // No peer selected.
    QVERIFY(!server->kickSelected());
    QVERIFY(server->kickError().contains(QLatin1String("Select")));
    server->peerTable()->setCurrentIndex(server->peers()->index(0, 0));

    // Codes a server may not send, and a reason over 123 bytes, are refused with the reason.
    for (const QString &bad : {QStringLiteral("1005"), QStringLiteral("999"),
                               QStringLiteral("5000"), QStringLiteral("soon")}) {
        server->setKick(bad, QStringLiteral("x"));
        QVERIFY2(!server->kickSelected(), qPrintable(bad));
        QVERIFY2(server->kickError().contains(bad), qPrintable(server->kickError()));
    }
    server->setKick(QStringLiteral("4001"), QString(QStringLiteral("é")).repeated(62)); // 124
    QVERIFY(!server->kickSelected());
    QVERIFY2(server->kickError().contains(QLatin1String("124")), qPrintable(server->kickError()));
    QTest::qWait(100);
    QCOMPARE(client->badge()->state(), kOpen);

    // A typed code and reason go out as set.
    const QByteArray reason = QStringLiteral("maintenance 维护").toUtf8();
    server->setKick(QStringLiteral("4001"), QString::fromUtf8(reason));
    QVERIFY(server->kickSelected());
    QVERIFY(server->kickError().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(client->badge()->state(), kClosed, 10000);
    bool seen = false;
    for (const Traffic::TrafficRecord &r : m_ui->store()->since(0)) {
        if (r.connectionId == client->connectionId() && r.hasFrame()
            && r.direction == Traffic::Direction::Inbound
            && r.opcode == Protocol::toRaw(Protocol::Opcode::Close)) {
            const Protocol::ClosePayload close = Protocol::parseClosePayload(r.bytes).close;
            QCOMPARE(close.code, std::optional<quint16>(4001));
            QCOMPARE(close.reason, reason);
            seen = true;
        }
    }
    QVERIFY(seen);
}

void TestServerPane::theReplyOrderIsShown()
{
    ServerPane *server = m_ui->window()->newServer();
    Session::ServerProfile p = server->profile();
    p.echo = false;
    p.rules.clear();
    server->applyProfile(p);
    QVERIFY(server->replyOrder().contains(QLatin1String("no automatic answer")));
    p.echo = true;
    p.rules = {{QStringLiteral("^ping"), QStringLiteral("pong")},
               {QStringLiteral("ing"), QStringLiteral("second")}};
    server->applyProfile(p);
    const QString order = server->replyOrder();
    const qsizetype echo = order.indexOf(QLatin1String("1. the message comes back"));
    const qsizetype rules = order.indexOf(QLatin1String("2. the sender gets the reply of each of "
                                                        "the 2 rule"));
    QVERIFY2(echo >= 0 && rules > echo, qPrintable(order));
    server->setEcho(false);
    QVERIFY2(server->replyOrder().contains(QLatin1String("1. the sender gets the reply")),
             qPrintable(server->replyOrder()));
}

// The Misbehave menu: a warning on the pane while any rule is broken, the profile keeps the
// choice, and a message kind reaches a peer that is already open.
void TestServerPane::misbehavingIsWarnedAndAppliesToOpenPeers()
{
    const auto [server, client] = m_ui->window()->loopbackPair();
    QTRY_COMPARE_WITH_TIMEOUT(client->badge()->state(), kOpen, 10000);
    QVERIFY(server->misbehavingWarning().isEmpty());
    using Kind = Session::Misbehaviour::Kind;
    server->misbehave()->valueBox(Kind::Fragment)->setValue(3);
    server->misbehave()->checkBox(Kind::Fragment)->setChecked(true);
    server->misbehave()->checkBox(Kind::WrongAccept)->setChecked(true);
    QVERIFY2(server->misbehavingWarning().startsWith(
                 QLatin1String("Misbehaving: wrong Accept, 3 fragments")),
             qPrintable(server->misbehavingWarning()));
    QCOMPARE(server->profile().misbehaviours,
             (QList<Session::Misbehaviour> {{Kind::WrongAccept, 0}, {Kind::Fragment, 3}}));

    client->composer()->setText(QStringLiteral("split me"));
    client->composer()->send();
    const auto continuations = [this, server = server]() {
        int n = 0;
        for (const Traffic::TrafficRecord &r : m_ui->store()->since(0)) {
            const Traffic::ConnectionId id(r.connectionId);
            n += id.isServerPeer() && id.serverNumber() == server->serverId() && r.hasFrame()
                    && r.direction == Traffic::Direction::Outbound && r.opcode == 0x0
                ? 1
                : 0;
        }
        return n;
    };
    QTRY_COMPARE_WITH_TIMEOUT(continuations(), 2, 10000); // the echo, in three frames

    server->misbehave()->setMisbehaviours({});
    QVERIFY(server->misbehavingWarning().isEmpty());
    QVERIFY(server->profile().misbehaviours.isEmpty());
}

QTEST_MAIN(TestServerPane)
#include "tst_server_pane.moc"
