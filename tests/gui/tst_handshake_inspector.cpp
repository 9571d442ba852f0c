// The handshake inspector on the hand-written server of the handshake tutorial (seed 003), a
// real peer: every deviation listed with its verdict and section, the failure that ended the
// connection marked, no Accept verdict or negotiation for a connection that failed; and with
// "Continue despite handshake errors" the connection opens, marked as such.
#include "tests/integration/support/process_runner.h"
#include "tests/support/test_window.h"
#include "ui/client/client_pane.h"
#include "ui/inspectors/handshake_inspector.h"
#include "ui/inspectors/inspector_panel.h"
#include "ui/main_window.h"
#include "ui/models/log_model.h"
#include "ui/widgets/log_view.h"
#include "ui/widgets/ready_state_badge.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

using namespace WsBench;
using namespace WsBench::Gui;
using WsBench::Protocol::CheckVerdict;
using WsBench::Protocol::HandshakeCheck;
using WsBench::Testing::ProcessRunner;

class TestHandshakeInspector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyDeviationOfTheHandwrittenServer();
    void continuingDespiteTheErrorsIsMarked();
};

namespace {

struct Row
{
    CheckVerdict verdict;
    bool ended;
    QString result;
    QString reason;
    QString section;
};

// The response side's rows, by check.
QHash<int, Row> responseRows(const HandshakeInspector *inspector)
{
    QHash<int, Row> rows;
    const QTreeWidgetItem *side = inspector->checks()->topLevelItem(1);
    for (int i = 0; side && i < side->childCount(); ++i) {
        const QTreeWidgetItem *item = side->child(i);
        rows.insert(item->data(0, Qt::UserRole).toInt(),
                    {CheckVerdict(item->data(0, HandshakeInspector::VerdictRole).toInt()),
                     item->data(0, HandshakeInspector::EndedRole).toBool(), item->text(1),
                     item->text(3), item->text(2)});
    }
    return rows;
}

// Every check row is as tall as its wrapped reason: nothing of the Why text is cut.
void verifyEveryReasonIsWhole(HandshakeInspector *inspector)
{
    QTreeWidget *tree = inspector->checks();
    tree->expandAll();
    QCoreApplication::processEvents();
    const int why = tree->header()->sectionSize(3);
    QVERIFY(why > 100);
    int rows = 0;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *side = tree->topLevelItem(i);
        for (int c = 0; c < side->childCount(); ++c, ++rows) {
            const QTreeWidgetItem *item = side->child(c);
            const QFontMetrics fm(item->font(3));
            const QRect need
                = fm.boundingRect(QRect(0, 0, why - 8, 100000), Qt::TextWordWrap, item->text(3));
            const QRect row = tree->visualItemRect(item);
            QVERIFY2(row.height() >= need.height(), qPrintable(item->text(3)));
            QVERIFY2(fm.horizontalAdvance(item->text(0)) <= tree->header()->sectionSize(0),
                     qPrintable(item->text(0)));
        }
    }
    QVERIFY(rows > 20); // both sides
}

QString startSeed(ProcessRunner &server)
{
    return server.waitForLine(QRegularExpression(QStringLiteral("^ready (\\d+)")));
}

} // namespace

void TestHandshakeInspector::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestHandshakeInspector::everyDeviationOfTheHandwrittenServer()
{
    ProcessRunner seed(ProcessRunner::python(),
                       {ProcessRunner::peersDir() + QStringLiteral("/handwritten_seed_server.py"),
                        QStringLiteral("0")});
    const QString port = startSeed(seed);
    QVERIFY2(!port.isEmpty(), qPrintable(seed.output()));

    Testing::TestWindow ui;
    ClientPane *client = ui.window()->newClient();
    client->setUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(port));
    client->connectToServer();
    QTRY_VERIFY_WITH_TIMEOUT(!client->connectionError().isEmpty(), 10000);
    HandshakeInspector *inspector = client->inspectors()->handshake();
    QTRY_VERIFY_WITH_TIMEOUT(responseRows(inspector).size() > 10, 5000);

    const QHash<int, Row> rows = responseRows(inspector);
    const Row start = rows.value(int(HandshakeCheck::StartLine));
    QCOMPARE(start.verdict, CheckVerdict::Fail);
    QVERIFY(start.ended);
    QVERIFY2(start.result.contains(QLatin1String("fail")), qPrintable(start.result));
    QVERIFY2(start.reason.startsWith(QLatin1String("this ended the connection")),
             qPrintable(start.reason));
    QVERIFY2(start.reason.contains(QLatin1String("case-sensitive")), qPrintable(start.reason));
    QVERIFY2(start.reason.contains(QLatin1String("Browsers")), qPrintable(start.reason));
    QCOMPARE(start.section, QStringLiteral("RFC 9112 §2.3"));
    const Row spacing = rows.value(int(HandshakeCheck::HeaderSpacing));
    QCOMPARE(spacing.verdict, CheckVerdict::Note);
    QCOMPARE(spacing.section, QStringLiteral("RFC 9112 §5.1"));
    const Row legacy = rows.value(int(HandshakeCheck::LegacyHeaders));
    QCOMPARE(legacy.verdict, CheckVerdict::Note);
    QVERIFY2(legacy.reason.contains(QLatin1String("hixie-76")), qPrintable(legacy.reason));
    // Past the failure, the rest was checked too; only one failure, and only it is marked.
    for (const HandshakeCheck check : {HandshakeCheck::Status, HandshakeCheck::Upgrade,
                                       HandshakeCheck::Connection, HandshakeCheck::Accept})
        QCOMPARE(rows.value(int(check)).verdict, CheckVerdict::Pass);
    int failed = 0;
    int ended = 0;
    for (const Row &row : rows) {
        failed += row.verdict == CheckVerdict::Fail ? 1 : 0;
        ended += row.ended ? 1 : 0;
        QVERIFY(!row.section.isEmpty());
    }
    QCOMPARE(failed, 1);
    QCOMPARE(ended, 1);

    // The Accept computation as it was, but no "matches" and no negotiation: it never opened.
    QCOMPARE(inspector->acceptStep(4), inspector->acceptStep(3));
    QCOMPARE(inspector->acceptVerdict(), QStringLiteral("match-but-failed"));
    const QList<QLabel *> labels = inspector->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        QVERIFY2(!label->text().contains(QLatin1String("Accept matches")),
                 qPrintable(label->text()));
    }
    QVERIFY(inspector->negotiated().isEmpty());
    QVERIFY2(inspector->outcome().contains(QLatin1String("The connection failed here")),
             qPrintable(inspector->outcome()));
    // Shown at 1366×768: every reason reads whole, and the checks have the inspector's width.
    client->inspectors()->setCurrentIndex(InspectorPanel::HandshakeTab);
    QVERIFY(QTest::qWaitForWindowExposed(ui.window()));
    QVERIFY2(inspector->checks()->width() > inspector->width() * 9 / 10,
             qPrintable(QString::number(inspector->checks()->width())));
    verifyEveryReasonIsWhole(inspector);
    // Nothing says it opened: the badge is plain.
    QVERIFY(client->badge()->failedChecks().isEmpty());
    QVERIFY(!client->badge()->text().contains(QLatin1String("checks failed")));
    seed.terminate();
}

void TestHandshakeInspector::continuingDespiteTheErrorsIsMarked()
{
    ProcessRunner seed(ProcessRunner::python(),
                       {ProcessRunner::peersDir() + QStringLiteral("/handwritten_seed_server.py"),
                        QStringLiteral("0")});
    const QString port = startSeed(seed);
    QVERIFY2(!port.isEmpty(), qPrintable(seed.output()));

    Testing::TestWindow ui;
    ClientPane *client = ui.window()->newClient();
    Session::ClientProfile profile = client->profile();
    QVERIFY(!profile.continueDespiteHandshakeErrors); // off by default
    profile.url = QStringLiteral("ws://127.0.0.1:%1/").arg(port);
    profile.continueDespiteHandshakeErrors = true;
    client->applyProfile(profile);
    QVERIFY(client->profile().continueDespiteHandshakeErrors);
    // Marked in the pane before anything is sent.
    bool marked = false;
    for (const QLabel *label : client->findChildren<QLabel *>())
        marked = marked || label->text().contains(QLatin1String("CONTINUES DESPITE HANDSHAKE"));
    QVERIFY(marked);

    client->connectToServer();
    QTRY_VERIFY_WITH_TIMEOUT(client->isConnected(), 10000);
    HandshakeInspector *inspector = client->inspectors()->handshake();
    QTRY_VERIFY_WITH_TIMEOUT(!inspector->negotiated().isEmpty(), 5000);
    QVERIFY2(inspector->outcome().contains(QLatin1String("Opened only because")),
             qPrintable(inspector->outcome()));
    const Row start = responseRows(inspector).value(int(HandshakeCheck::StartLine));
    QVERIFY(start.ended);
    QVERIFY2(start.reason.startsWith(QLatin1String("a browser fails the connection here")),
             qPrintable(start.reason));
    // The badge says it is open despite failed checks, and the tooltip says which, wrapped.
    QTRY_VERIFY_WITH_TIMEOUT(client->badge()->text().contains(QLatin1String("checks failed")),
                             5000);
    QCOMPARE(client->badge()->text(), QStringLiteral("1 OPEN (checks failed)"));
    QVERIFY2(client->badge()->styleSheet().contains(QLatin1String("#975a16")),
             qPrintable(client->badge()->styleSheet()));
    const QString tip = client->badge()->toolTip();
    QVERIFY2(tip.contains(QLatin1String("opened despite failed handshake checks")),
             qPrintable(tip));
    QVERIFY2(tip.contains(QLatin1String("Start line")), qPrintable(tip));
    QVERIFY2(tip.contains(QLatin1String("case-sensitive")), qPrintable(tip));
    QVERIFY(Qt::mightBeRichText(tip)); // rich text wraps in a tooltip
    QCOMPARE(client->badge()->failedChecks().size(), 1);
    // The warning above the checks wraps to the inspector's width instead of being cut.
    client->inspectors()->setCurrentIndex(InspectorPanel::HandshakeTab);
    QVERIFY(QTest::qWaitForWindowExposed(ui.window()));
    QLabel *warning = nullptr;
    for (QLabel *label : inspector->findChildren<QLabel *>())
        if (label->text() == inspector->outcome())
            warning = label;
    QVERIFY(warning);
    QTRY_VERIFY(warning->width() <= inspector->width());
    QVERIFY(warning->wordWrap());
    QVERIFY2(warning->height() >= warning->heightForWidth(warning->width()),
             qPrintable(QString::number(warning->height())));
    verifyEveryReasonIsWhole(inspector);
    // And in the log, as a note.
    LogModel *log = client->log()->model();
    bool noted = false;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&]() {
            for (int row = 0; row < log->rowCount() && !noted; ++row) {
                for (int column = 0; column < log->columnCount() && !noted; ++column)
                    noted = log->index(row, column)
                                .data()
                                .toString()
                                .contains(QLatin1String("Continuing anyway"));
            }
            return noted;
        }(),
        5000);
    client->disconnectFromServer();
    seed.terminate();
}

QTEST_MAIN(TestHandshakeInspector)
#include "tst_handshake_inspector.moc"
