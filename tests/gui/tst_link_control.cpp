// The panes' Link control offscreen, over a loopback pair: set while connected, it changes the
// live connection, an orange indicator says so while the link is not neutral, and the server
// sets it for every peer or for one.
#include "tests/support/test_window.h"
#include "ui/client/client_pane.h"
#include "ui/main_window.h"
#include "ui/models/log_model.h"
#include "ui/models/peer_model.h"
#include "ui/server/server_pane.h"
#include "ui/text/byte_size.h"
#include "ui/widgets/composer.h"
#include "ui/widgets/link_control.h"
#include "ui/widgets/log_view.h"
#include "ui/widgets/ready_state_badge.h"

#include <QCheckBox>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace WsBench;
using namespace WsBench::Gui;

namespace {

const std::optional<Protocol::ReadyState> kOpen = Protocol::ReadyState::Open;

QCheckBox *box(LinkControl *link, const QString &text)
{
    const QList<QCheckBox *> boxes = link->form()->findChildren<QCheckBox *>();
    for (QCheckBox *b : boxes) {
        if (b->text() == text)
            return b;
    }
    return nullptr;
}

QSpinBox *spin(LinkControl *link, int index) // 0: latency, 1: rate (KiB/s)
{
    return link->form()->findChildren<QSpinBox *>().value(index);
}

bool logHas(LogModel *log, const QString &text)
{
    for (int row = 0; row < log->rowCount(); ++row) {
        if (log->index(row, LogModel::PreviewColumn).data().toString().contains(text))
            return true;
    }
    return false;
}

} // namespace

class TestLinkControl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void clientPauseWritingHoldsSendsWhileShown();
    void serverLinkForEveryPeerAndForOne();

private:
    std::unique_ptr<Testing::TestWindow> m_ui;
};

void TestLinkControl::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestLinkControl::init()
{
    m_ui = std::make_unique<Testing::TestWindow>();
}

void TestLinkControl::cleanup()
{
    m_ui.reset();
}

void TestLinkControl::clientPauseWritingHoldsSendsWhileShown()
{
    const auto [server, client] = m_ui->window()->loopbackPair();
    QTRY_COMPARE_WITH_TIMEOUT(client->badge()->state(), kOpen, 10000);
    LinkControl *link = client->link();
    QVERIFY(link->indicator()->isHidden());

    // Writing paused from the popup, while connected.
    QCheckBox *pauseWriting = box(link, QStringLiteral("Pause writing"));
    QVERIFY(pauseWriting);
    pauseWriting->setChecked(true);
    QVERIFY(!link->indicator()->isHidden());
    QCOMPARE(link->indicator()->text(), QStringLiteral("Link: writing paused"));
    QVERIFY(client->profile().link.pauseWriting);
    QTRY_VERIFY_WITH_TIMEOUT(
        logHas(client->log()->model(), QStringLiteral("Link conditions: writing paused")), 10000);

    // A message sent now waits in bufferedAmount; the server hears nothing of it.
    client->composer()->setText(QStringLiteral("held back"));
    client->composer()->send();
    QTRY_VERIFY2_WITH_TIMEOUT(client->bufferedLabel()->text().contains(
                                  QStringLiteral("bufferedAmount ") + Text::byteSize(9)),
                              qPrintable(client->bufferedLabel()->text()), 10000);
    QTest::qWait(300);
    QVERIFY(!logHas(server->log()->model(), QStringLiteral("held back")));

    // Resumed: it goes, and the indicator goes away.
    pauseWriting->setChecked(false);
    QVERIFY(link->indicator()->isHidden());
    QTRY_VERIFY_WITH_TIMEOUT(logHas(server->log()->model(), QStringLiteral("held back")), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(client->bufferedLabel()->text().contains(
                                 QStringLiteral("bufferedAmount ") + Text::byteSize(0)),
                             10000);
}

void TestLinkControl::serverLinkForEveryPeerAndForOne()
{
    const auto [server, client] = m_ui->window()->loopbackPair();
    QTRY_COMPARE_WITH_TIMEOUT(client->badge()->state(), kOpen, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(server->peers()->rowCount(), 1, 10000);
    LinkControl *link = server->link();
    QSpinBox *latency = spin(link, 0);
    QVERIFY(latency);
    latency->setValue(200); // the spin box's edit is done
    QCOMPARE(link->indicator()->text(), QStringLiteral("Link: +200 ms"));
    QCOMPARE(server->profile().link.latencyMs, 200);
    // The connected peer takes it at once: its readyState cell turns orange, its tooltip says.
    const QModelIndex state = server->peers()->index(0, PeerModel::StateColumn);
    QTRY_VERIFY_WITH_TIMEOUT(server->peers()->data(state, Qt::BackgroundRole).isValid(), 10000);
    QVERIFY(server->peers()
                ->data(state, Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("Link: +200 ms")));

    // One peer gets its own, said in the same indicator.
    const quint32 peer = server->peers()->peer(0)->id;
    Session::LinkConditions own;
    own.pauseReading = true;
    QVERIFY(server->setPeerLink(peer, own));
    QCOMPARE(link->indicator()->text(),
             QStringLiteral("Link: +200 ms · peer %1: reading paused").arg(peer & 0xFFFF));
    QVERIFY(!server->setPeerLink(peer + 77, own)); // no such peer
    QTRY_VERIFY_WITH_TIMEOUT(server->peers()
                                 ->data(state, Qt::ToolTipRole)
                                 .toString()
                                 .contains(QLatin1String("Link: reading paused")),
                             10000);

    // The server's own conditions set again apply to every peer, and nothing is left to say.
    latency->setValue(0);
    QVERIFY(link->indicator()->isHidden());
    QTRY_VERIFY_WITH_TIMEOUT(!server->peers()->data(state, Qt::BackgroundRole).isValid(), 10000);
}

QTEST_MAIN(TestLinkControl)
#include "tst_link_control.moc"
