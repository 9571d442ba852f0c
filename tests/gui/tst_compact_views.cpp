// The Detail inspector's JSON tree, the live plot and the Scenarios panel's steps as a new user
// sees them in a 1366×768 window: the JSON as it was written, the plot's axes whole, each step
// on one line in a column wide enough to read it. The plot and the steps are checked in
// English and in Chinese.
#include "core/automation/scenario.h"
#include "core/net/io_thread.h"
#include "core/traffic/clock.h"
#include "core/traffic/traffic_store.h"
#include "ui/automation/scenario_panel.h"
#include "ui/client/client_pane.h"
#include "ui/inspectors/detail_view.h"
#include "ui/inspectors/inspector_panel.h"
#include "ui/inspectors/live_plot.h"
#include "ui/main_window.h"
#include "ui/models/log_model.h"
#include "ui/translations.h"
#include "ui/widgets/composer.h"
#include "ui/widgets/log_view.h"
#include "ui/workbench_engine.h"

#include <QChart>
#include <QChartView>
#include <QDockWidget>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QLineSeries>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <QValueAxis>

using namespace WsBench;
using namespace WsBench::Gui;

class TestCompactViews : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void theJsonTreeShowsTheMessageAsWritten();
    void thePlotsAxesReadWholeAt1366x768();
    void eachStepIsOneLineInAWideColumn();
    void theSameInChinese(); // last: the Chinese catalogue stays installed

private:
    // A 1366×768 window (less a 30 px panel), with or without the side panels.
    void openWindow(bool withPanels);
    void checkPlot(bool withPanels);
    void checkSteps();

    std::unique_ptr<Net::IoThread> m_io;
    std::unique_ptr<Traffic::TrafficStore> m_store;
    Traffic::SystemClock m_clock;
    std::unique_ptr<WorkbenchEngine> m_engine;
    std::unique_ptr<MainWindow> m_window;
};

void TestCompactViews::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QCOMPARE(installTranslations(qApp, QLocale(QLocale::English)), QStringLiteral("en"));
}

void TestCompactViews::init()
{
    m_io = std::make_unique<Net::IoThread>();
    m_store = std::make_unique<Traffic::TrafficStore>();
    m_engine = std::make_unique<WorkbenchEngine>(m_io.get(), m_store.get(), &m_clock);
}

void TestCompactViews::cleanup()
{
    m_window.reset();
    m_engine.reset();
    m_io.reset(); // stops the engine thread before the store goes
    m_store.reset();
    QSettings().clear();
}

void TestCompactViews::openWindow(bool withPanels)
{
    cleanup(); // a window on an engine and a store of its own
    init();
    m_window = std::make_unique<MainWindow>(m_engine.get());
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>())
        dock->setVisible(withPanels);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->resize(1366, 738);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->size(), QSize(1366, 738), 5000);
}

void TestCompactViews::theJsonTreeShowsTheMessageAsWritten()
{
    openWindow(false);
    const auto [server, client] = m_window->loopbackPair();
    QVERIFY(server && client);
    const QString json = QStringLiteral(
        R"({"type":"sub","id":1234567890123456789,"msg":"hi","type":"dup","f":1.50})");
    LogModel *log = client->log()->model();
    const auto sentRow = [log, &json]() {
        for (int row = 0; row < log->rowCount(); ++row) {
            if (log->index(row, LogModel::DirectionColumn).data().toString() == QStringLiteral("→")
                && log->index(row, LogModel::PreviewColumn).data().toString() == json)
                return row;
        }
        return -1;
    };
    QTRY_VERIFY_WITH_TIMEOUT(
        client->isConnected() && log->summary(client->connectionId()).openedAtUs > 0, 10000);
    client->composer()->setText(json);
    client->composer()->send();
    QTRY_VERIFY_WITH_TIMEOUT(sentRow() >= 0, 10000);
    client->log()->table()->selectRow(sentRow());
    DetailView *detail = client->inspectors()->detail();
    QVERIFY(detail->isTabEnabled(1));
    QTreeWidget *tree = detail->jsonTree();
    QCOMPARE(tree->topLevelItemCount(), 1);
    const QTreeWidgetItem *root = tree->topLevelItem(0);
    QCOMPARE(root->text(0), QStringLiteral("(root)"));
    QCOMPARE(root->text(1), QStringLiteral("{5 keys}"));
    QStringList members;
    for (int i = 0; i < root->childCount(); ++i)
        members << root->child(i)->text(0) + QLatin1Char('=') + root->child(i)->text(1);
    QCOMPARE(members,
             QStringList({QStringLiteral("type=\"sub\""), QStringLiteral("id=1234567890123456789"),
                          QStringLiteral("msg=\"hi\""), QStringLiteral("type=\"dup\""),
                          QStringLiteral("f=1.50")}));

    // Nested arrays and objects, with escapes decoded; text that is not an object or array
    // leaves the tab disabled.
    const QString nested = QStringLiteral(R"([{"\u00e9":[]}, -0.0e+1, null])");
    client->composer()->setText(nested);
    client->composer()->send();
    const auto nestedRow = [log, &nested]() {
        for (int row = 0; row < log->rowCount(); ++row) {
            if (log->index(row, LogModel::PreviewColumn).data().toString() == nested)
                return row;
        }
        return -1;
    };
    QTRY_VERIFY_WITH_TIMEOUT(nestedRow() >= 0, 10000);
    client->log()->table()->selectRow(nestedRow());
    const QTreeWidgetItem *array = tree->topLevelItem(0);
    QCOMPARE(array->text(1), QStringLiteral("[3 items]"));
    QCOMPARE(array->child(0)->text(0), QStringLiteral("[0]"));
    QCOMPARE(array->child(0)->text(1), QStringLiteral("{1 key}"));
    QCOMPARE(array->child(0)->child(0)->text(0), QStringLiteral("é"));
    QCOMPARE(array->child(0)->child(0)->text(1), QStringLiteral("[0 items]"));
    QCOMPARE(array->child(1)->text(1), QStringLiteral("-0.0e+1"));
    QCOMPARE(array->child(2)->text(1), QStringLiteral("null"));
    client->composer()->setText(QStringLiteral("42"));
    client->composer()->send();
    const int before = log->rowCount();
    QTRY_VERIFY_WITH_TIMEOUT(log->rowCount() > before, 10000);
    client->log()->table()->selectRow(log->rowCount() - 1);
    QCOMPARE(log->index(log->rowCount() - 1, LogModel::PreviewColumn).data().toString(),
             QStringLiteral("42"));
    QVERIFY(!detail->isTabEnabled(1));
    QCOMPARE(tree->topLevelItemCount(), 0);
}

void TestCompactViews::checkPlot(bool withPanels)
{
    openWindow(withPanels);
    ClientPane *client = m_window->newClient();
    client->inspectors()->setCurrentIndex(InspectorPanel::PlotTab);
    LivePlot *plot = client->inspectors()->plot();
    plot->setWindowSeconds(0); // since the connection opened: labels up to 4 digits
    for (int i = 0; i <= 12000; i += 10) // 20 minutes, up to 60 KiB buffered
        plot->addSample(i / 10.0, quint64(i % 600) * 100, quint64(i / 4));
    QTRY_VERIFY_WITH_TIMEOUT(plot->isVisible() && plot->chart()->plotArea().width() > 0, 5000);
    QTest::qWait(50); // the chart lays its axes out when the plot area settles
    const QString where = QStringLiteral("plot %1×%2").arg(plot->width()).arg(plot->height());
    // Every text the chart shows is whole: Qt Charts cuts a text that has no room with "...".
    QStringList texts;
    QStringList cut;
    QStringList timeLabels;
    qreal timeLabelsWidth = 0;
    const QString secondsSuffix = plot->timeAxis()->labelFormat().section(QLatin1Char('f'), 1);
    QVERIFY(!secondsSuffix.trimmed().isEmpty());
    for (QGraphicsItem *item : plot->findChild<QChartView *>()->scene()->items()) {
        auto *text = dynamic_cast<QGraphicsTextItem *>(item);
        if (!text || !text->isVisible() || text->toPlainText().isEmpty())
            continue;
        const QString shown = text->toPlainText();
        texts << shown;
        if (shown.contains(QLatin1String("...")) || shown.contains(QChar(0x2026)))
            cut << shown;
        if (shown.endsWith(secondsSuffix)) {
            timeLabels << shown;
            timeLabelsWidth += text->boundingRect().width();
        }
    }
    QVERIFY2(cut.isEmpty(),
             qPrintable(where + QStringLiteral(": cut ") + cut.join(QLatin1Char('|'))
                        + QStringLiteral(" among ") + texts.join(QLatin1Char('|'))));
    // The legend names each line with its unit, and the time labels fit side by side.
    const QString buffered = plot->bufferedSeries()->name();
    QVERIFY2(buffered.contains(LivePlot::tr("KiB")), qPrintable(buffered));
    for (const QString &name : {buffered, plot->rateSeries()->name()})
        QVERIFY2(texts.contains(name),
                 qPrintable(name + QStringLiteral(" among ") + texts.join(QLatin1Char('|'))));
    QVERIFY2(timeLabels.size() >= 3,
             qPrintable(where + QLatin1Char(' ') + timeLabels.join(QLatin1Char('|'))));
    QVERIFY2(timeLabels.contains(QStringLiteral("0") + secondsSuffix),
             qPrintable(timeLabels.join(QLatin1Char('|'))));
    QVERIFY2(timeLabelsWidth < plot->chart()->plotArea().width() * 0.8,
             qPrintable(where + QStringLiteral(": %1 px of labels").arg(timeLabelsWidth)));
    // A round step between them.
    const double step = plot->timeAxis()->tickInterval();
    QVERIFY2(step >= 1 && std::fmod(step, 1.0) == 0, qPrintable(QString::number(step)));
}

void TestCompactViews::thePlotsAxesReadWholeAt1366x768()
{
    checkPlot(false);
    checkPlot(true); // the side panels take a third of the width
}

void TestCompactViews::checkSteps()
{
    openWindow(true);
    ScenarioPanel *panel = m_window->scenarios();
    for (QWidget *w = panel; w; w = w->parentWidget()) {
        if (auto *dock = qobject_cast<QDockWidget *>(w))
            dock->raise();
    }
    // A scenario recorded from a client that sent a multi-line message, run against its server.
    const auto [server, client] = m_window->loopbackPair();
    QVERIFY(server && client);
    LogModel *log = client->log()->model();
    QTRY_VERIFY_WITH_TIMEOUT(
        client->isConnected() && log->summary(client->connectionId()).openedAtUs > 0, 10000);
    const QString multiLine = QStringLiteral("{\n    \"type\": \"sub\",\n    \"msg\": \"hi\"\n}");
    client->composer()->setText(multiLine);
    client->composer()->send();
    QTRY_COMPARE_WITH_TIMEOUT(log->summary(client->connectionId()).messagesIn, quint64(1), 10000);
    QString error;
    QVERIFY2(m_window->recordScenario(&error), qPrintable(error));
    panel->select(panel->scenarios().size() - 1);
    QSignalSpy done(panel, &ScenarioPanel::finished);
    QVERIFY(panel->runSelected());
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 10000);
    QTreeWidget *table = panel->results();
    QTRY_VERIFY_WITH_TIMEOUT(table->isVisible(), 5000);
    QCOMPARE(done.first().first().toBool(), true);
    QCOMPARE(table->topLevelItemCount(), 4); // connect, send, expect, close
    const int lineHeight = table->fontMetrics().height();
    for (int row = 0; row < 4; ++row) {
        const QTreeWidgetItem *item = table->topLevelItem(row);
        QVERIFY2(!item->text(0).contains(QLatin1Char('\n')), qPrintable(item->text(0)));
        QVERIFY2(table->visualItemRect(item).height() < 2 * lineHeight,
                 qPrintable(QString::number(table->visualItemRect(item).height())));
    }
    // The step reads on its line: the payload's lines joined, the whole text in the tooltip.
    const QTreeWidgetItem *sendRow = table->topLevelItem(1);
    QVERIFY2(
        sendRow->text(0).startsWith(QStringLiteral("2. "))
            && sendRow->text(0).endsWith(QStringLiteral("{ \"type\": \"sub\", \"msg\": \"hi\" }")),
        qPrintable(sendRow->text(0)));
    QVERIFY2(sendRow->toolTip(0).endsWith(multiLine), qPrintable(sendRow->toolTip(0)));
    // Nothing failed: what a step expected and got has no column.
    QVERIFY(table->isColumnHidden(2) && table->isColumnHidden(3));
    // The Step column has the room: most of the width, and the first step whole.
    const int stepWidth = table->header()->sectionSize(0);
    const int viewWidth = table->viewport()->width();
    QString sections;
    for (int i = 0; i < table->header()->count(); ++i)
        sections += QStringLiteral(" %1").arg(table->header()->sectionSize(i));
    QVERIFY2(stepWidth * 2 >= viewWidth,
             qPrintable(QStringLiteral("%1 of %2 px:").arg(stepWidth).arg(viewWidth) + sections));
    const QTreeWidgetItem *first = table->topLevelItem(0);
    QVERIFY2(table->fontMetrics().horizontalAdvance(first->text(0)) + 2 * lineHeight <= stepWidth,
             qPrintable(QStringLiteral("\"%1\" in %2 px").arg(first->text(0)).arg(stepWidth)));

    // A failed step brings the two columns in, and the step keeps a third of the width.
    Automation::Step connect;
    connect.kind = Automation::Step::Kind::Connect;
    connect.profile = QStringLiteral("no such tab");
    panel->addScenario({QStringLiteral("fails"), {connect}});
    panel->select(panel->scenarios().size() - 1);
    QVERIFY(panel->runSelected());
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 2, 10000);
    QCOMPARE(table->topLevelItemCount(), 1);
    QVERIFY(!table->isColumnHidden(2) && !table->isColumnHidden(3));
    QVERIFY(!table->topLevelItem(0)->text(2).isEmpty());
    QVERIFY2(table->header()->sectionSize(0) * 3 >= table->viewport()->width(),
             qPrintable(QStringLiteral("%1 of %2 px")
                            .arg(table->header()->sectionSize(0))
                            .arg(table->viewport()->width())));
}

void TestCompactViews::eachStepIsOneLineInAWideColumn()
{
    checkSteps();
}

void TestCompactViews::theSameInChinese()
{
    QCOMPARE(installTranslations(qApp, QLocale(QLocale::Chinese, QLocale::China)),
             QStringLiteral("zh_CN"));
    checkPlot(false);
    checkPlot(true);
    checkSteps();
}

QTEST_MAIN(TestCompactViews)
#include "tst_compact_views.moc"
