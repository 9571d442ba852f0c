// The flow diagram in the real window, offscreen: its selection is the log's and the
// inspectors', both ways, in a client tab and in a loopback pair's dock; and its export.
#include "tests/support/test_window.h"
#include "ui/client/client_pane.h"
#include "ui/inspectors/detail_view.h"
#include "ui/inspectors/flow_canvas.h"
#include "ui/inspectors/flow_export.h"
#include "ui/inspectors/flow_painter.h"
#include "ui/inspectors/flow_view.h"
#include "ui/inspectors/inspector_panel.h"
#include "ui/main_window.h"
#include "ui/models/log_model.h"
#include "ui/server/server_pane.h"
#include "ui/widgets/composer.h"
#include "ui/widgets/log_view.h"
#include "ui/widgets/ready_state_badge.h"

#include <QDockWidget>
#include <QFile>
#include <QImage>
#include <QItemSelectionModel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace WsBench;
using namespace WsBench::Gui;

class TestFlowView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void selectionLinksBothWays();
    void loopbackDockShowsBothEnds();
    void exportsSvgAndPng();
    void aNarrowDockShowsTheCloseAndTheLegendWhole();

private:
    std::unique_ptr<Testing::TestWindow> m_ui;
};

void TestFlowView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestFlowView::init()
{
    m_ui = std::make_unique<Testing::TestWindow>();
}

void TestFlowView::cleanup()
{
    m_ui.reset();
}

void TestFlowView::selectionLinksBothWays()
{
    const auto [server, client] = m_ui->window()->loopbackPair();
    QVERIFY(client);
    QTRY_COMPARE_WITH_TIMEOUT(client->badge()->state(),
                              std::optional<Protocol::ReadyState>(Protocol::ReadyState::Open),
                              10000);
    const quint64 first = Testing::sendAndFind(client, QStringLiteral("first"));
    const quint64 second = Testing::sendAndFind(client, QStringLiteral("second"));
    QVERIFY(first && second);
    InspectorPanel *inspectors = client->inspectors();
    inspectors->setCurrentIndex(InspectorPanel::FlowTab);
    FlowView *flow = inspectors->flow();
    QTRY_VERIFY_WITH_TIMEOUT(flow->model()->rowOfId(second).has_value(), 10000);

    // The log to the diagram: selecting a row highlights its arrow and scrolls to it.
    LogView *log = client->log();
    log->selectRecord(first);
    QCOMPARE(flow->canvas()->selectedRecord(), first);
    const QRect arrow = flow->canvas()->rowRect(first);
    QVERIFY(flow->canvas()->viewport()->rect().intersects(arrow));

    // The diagram to the log and the inspectors: clicking an arrow selects its record.
    // (Scrolled into view by hand, as a user would, where the inspector is short.)
    QScrollBar *bar = flow->canvas()->verticalScrollBar();
    bar->setValue(bar->value() + flow->canvas()->rowRect(second).center().y()
                  - flow->canvas()->viewport()->height() / 2);
    const QRect target = flow->canvas()->rowRect(second);
    QVERIFY(flow->canvas()->viewport()->rect().contains(target.center()));
    QTest::mouseClick(flow->canvas()->viewport(), Qt::LeftButton, {}, target.center());
    QCOMPARE(flow->canvas()->selectedRecord(), second);
    const QModelIndex current = log->table()->selectionModel()->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(log->model()->recordId(current.row()), second);
    QCOMPARE(inspectors->detail()->textView()->toPlainText(), QStringLiteral("second"));
    QCOMPARE(inspectors->currentIndex(), int(InspectorPanel::FlowTab)); // the diagram stays

    // The handshake's 101 arrow: selected in the log, and the diagram keeps its tab.
    const auto response = flow->model()->rowOfId(
        log->model()->summary(log->model()->connections().value(0)).handshakeResponseId);
    QVERIFY(response);
    const quint64 responseId = flow->model()->item(*response).id;
    log->selectRecord(responseId);
    QCOMPARE(flow->canvas()->selectedRecord(), responseId);
    QCOMPARE(inspectors->currentIndex(), int(InspectorPanel::FlowTab));
}

void TestFlowView::loopbackDockShowsBothEnds()
{
    const auto [server, client] = m_ui->window()->loopbackPair();
    QVERIFY(client);
    auto *dock = m_ui->window()->findChild<QDockWidget *>(QStringLiteral("loopbackFlowDock"));
    QVERIFY(dock);
    auto *flow = qobject_cast<FlowView *>(dock->widget());
    QVERIFY(flow);
    const quint64 sent = Testing::sendAndFind(client, QStringLiteral("across"));
    QVERIFY(sent);
    // Sent by the client, received by the server: the same arrow from both ends.
    const auto bothEnds = [&]() {
        bool fromClient = false, atServer = false;
        for (std::size_t i = 0; i < flow->model()->count(); ++i) {
            const FlowModel::Item &it = flow->model()->item(i);
            if (it.from != 0 || it.to != 1 || it.kind == FlowModel::Kind::Connect)
                continue;
            fromClient |= it.recordedAt == 0 && it.id == sent;
            atServer |= it.recordedAt == 1 && it.id > sent && it.length == 6;
        }
        return fromClient && atServer;
    };
    QTRY_VERIFY_WITH_TIMEOUT(bothEnds(), 10000);
    // Clicking in the dock selects the record in the log that holds it.
    m_ui->window()->resizeDocks({dock}, {600}, Qt::Horizontal);
    QVERIFY(!client->log()->table()->selectionModel()->currentIndex().isValid());
    flow->selectRecord(sent); // scrolled into view
    const QRect arrow = flow->canvas()->rowRect(sent);
    QVERIFY(flow->canvas()->viewport()->rect().contains(arrow.center()));
    QTest::mouseClick(flow->canvas()->viewport(), Qt::LeftButton, {}, arrow.center());
    const QModelIndex current = client->log()->table()->selectionModel()->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(client->log()->model()->recordId(current.row()), sent);
    // Closing a pane takes the dock away.
    m_ui->window()->closeTab(m_ui->window()->tabs()->indexOf(client));
    QTRY_VERIFY_WITH_TIMEOUT(
        !m_ui->window()->findChild<QDockWidget *>(QStringLiteral("loopbackFlowDock")), 5000);
}

void TestFlowView::exportsSvgAndPng()
{
    const auto [server, client] = m_ui->window()->loopbackPair();
    QVERIFY(client);
    QVERIFY(Testing::sendAndFind(client, QStringLiteral("export me")));
    FlowView *flow = client->inspectors()->flow();
    client->inspectors()->setCurrentIndex(InspectorPanel::FlowTab);
    QTRY_VERIFY_WITH_TIMEOUT(flow->model()->count() >= 4, 10000);
    QTemporaryDir dir;
    const QString svg = dir.filePath(QStringLiteral("flow.svg"));
    QCOMPARE(flow->exportTo(svg), QString());
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.contains("<svg"));
    QVERIFY(content.contains("export me"));
    const QString png = dir.filePath(QStringLiteral("flow.png"));
    QCOMPARE(flow->exportTo(png), QString());
    const QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.width(), 1000);
    // A name without a known suffix, and a folder that does not exist: said, nothing written.
    QVERIFY(
        flow->exportTo(dir.filePath(QStringLiteral("flow.txt"))).contains(QLatin1String(".svg")));
    QVERIFY(!flow->exportTo(dir.filePath(QStringLiteral("missing/flow.svg"))).isEmpty());
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("flow.txt"))));
}

// The loopback dock at its narrowest useful width, after a close from the server: each end's
// close summary is wrapped into its band, a sentence a line, nothing elided, and the legend
// has the lines it needs; the same in the SVG export.
void TestFlowView::aNarrowDockShowsTheCloseAndTheLegendWhole()
{
    const auto [server, client] = m_ui->window()->loopbackPair();
    QVERIFY(server && client);
    auto *dock = m_ui->window()->findChild<QDockWidget *>(QStringLiteral("loopbackFlowDock"));
    auto *flow = qobject_cast<FlowView *>(dock->widget());
    QVERIFY(flow);
    QVERIFY(Testing::sendAndFind(client, QStringLiteral("hi")));
    QTRY_VERIFY_WITH_TIMEOUT(server->peerTable()->model()->rowCount() > 0, 5000);
    server->peerTable()->selectRow(0);
    server->setKick(QStringLiteral("1001"), QStringLiteral("class is over"));
    QVERIFY(server->kickSelected());
    const auto closes = [flow]() {
        QList<std::size_t> rows;
        for (std::size_t i = 0; i < flow->model()->count(); ++i)
            if (flow->model()->item(i).kind == FlowModel::Kind::Close)
                rows << i;
        return rows;
    };
    QTRY_COMPARE_WITH_TIMEOUT(closes().size(), 2, 10000); // one per end
    m_ui->window()->resizeDocks({dock}, {340}, Qt::Horizontal);
    QCoreApplication::processEvents();
    const int width = flow->canvas()->viewport()->width();
    QVERIFY2(width < 400, qPrintable(QString::number(width)));
    const FlowPainter painter(flow->model(), flow->canvas()->font(), flow->canvas()->palette());
    for (const std::size_t row : closes()) {
        const QStringList sentences = painter.closeSentences(row);
        QVERIFY2(sentences.first().contains(QLatin1String("Server (ours) sent Close first, with "
                                                          "code 1001 and reason \"class is "
                                                          "over\".")),
                 qPrintable(sentences.join(QLatin1Char('|'))));
        bool fits = false;
        const QStringList lines = painter.closeLines(row, width, &fits);
        QVERIFY2(fits, qPrintable(lines.join(QLatin1Char('|'))));
        QCOMPARE(lines.join(QLatin1Char(' ')), sentences.join(QLatin1Char(' ')));
        QVERIFY(lines.size() > sentences.size()); // wrapped, not cut
        for (const QString &line : lines)
            QVERIFY2(QFontMetrics(flow->canvas()->font()).horizontalAdvance(line) < width,
                     qPrintable(line));
    }
    // The legend: as many lines as its entries need at this width, all of them shown.
    auto *legend = flow->findChild<QWidget *>(QStringLiteral("flowLegend"));
    QVERIFY(legend);
    QTRY_COMPARE(legend->height(), painter.legendHeight(legend->width()));
    QVERIFY(painter.legendHeight(legend->width()) > painter.legendHeight(2000));
    // The export wraps the same way, and holds every sentence and the whole legend.
    QTemporaryDir dir;
    const QString svg = dir.filePath(QStringLiteral("narrow.svg"));
    QCOMPARE(FlowExport::write(*flow->model(), 0, flow->model()->count() - 1, svg,
                               flow->canvas()->font(), flow->canvas()->palette(), 360),
             QString());
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    for (const char *words : {"sent Close first, with", "class is over", "wasClean is true.",
                              "The close code is", "Control between fragments", "Error"})
        QVERIFY2(content.contains(words), words);
    for (const std::size_t row : closes()) {
        bool fits = false;
        painter.closeLines(row, 360, &fits);
        QVERIFY(fits);
    }
}

QTEST_MAIN(TestFlowView)
#include "tst_flow_view.moc"
