// The window as a new user meets it: it fits a 1366×768 laptop with every panel open, nothing
// moves when an option is ticked, no value is cut off, counts read as English, sizes use one
// unit style, the plot is honest about time and rates, and each tab numbers its own rows.
#include "core/net/io_thread.h"
#include "core/traffic/clock.h"
#include "core/traffic/traffic_store.h"
#include "tests/support/record_builders.h"
#include "ui/client/client_pane.h"
#include "ui/inspectors/handshake_inspector.h"
#include "ui/inspectors/inspector_panel.h"
#include "ui/inspectors/live_plot.h"
#include "ui/main_window.h"
#include "ui/models/log_model.h"
#include "ui/server/server_pane.h"
#include "ui/text/byte_size.h"
#include "ui/text/record_text.h"
#include "ui/translations.h"
#include "ui/widgets/composer.h"
#include "ui/widgets/log_view.h"
#include "ui/workbench_engine.h"

#include <QDockWidget>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextEdit>
#include <QValueAxis>

using namespace WsBench;
using namespace WsBench::Gui;
using Traffic::Direction;
using Traffic::RecordKind;
using Traffic::TrafficRecord;

class TestLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void everyPanelOpenFitsA1366x768Screen();
    void aSavedGeometryLargerThanTheScreenComesBackWithinIt();
    void tickingRawFrameMovesNothing();
    void logColumnsFitTheirValues();
    void theAcceptDerivationIsShownWhole();
    void countsReadAsEnglish();
    void bufferedAmountUsesBinaryUnitsAndSaysWhatItIs();
    void thePlotCountsFromTheOpeningAndPerSecond();
    void theCloseLineSaysWhatWasNeverSent();
    void eachTabNumbersItsOwnRows();
    void theLogShowsConnectingAndHelpIsTheLastMenu();

private:
    std::unique_ptr<Net::IoThread> m_io;
    std::unique_ptr<Traffic::TrafficStore> m_store;
    Traffic::SystemClock m_clock;
    std::unique_ptr<WorkbenchEngine> m_engine;
};

void TestLayout::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QCOMPARE(installTranslations(qApp, QLocale(QLocale::English)), QStringLiteral("en"));
}

void TestLayout::init()
{
    m_io = std::make_unique<Net::IoThread>();
    m_store = std::make_unique<Traffic::TrafficStore>();
    m_engine = std::make_unique<WorkbenchEngine>(m_io.get(), m_store.get(), &m_clock);
}

void TestLayout::cleanup()
{
    m_engine.reset();
    m_io.reset();
    m_store.reset();
    QSettings().clear();
}

void TestLayout::everyPanelOpenFitsA1366x768Screen()
{
    MainWindow window(m_engine.get());
    ClientPane *client = window.newClient();
    ServerPane *server = window.newServer();
    window.tabs()->setCurrentWidget(client);
    const QList<QDockWidget *> docks = window.findChildren<QDockWidget *>();
    QCOMPARE(docks.size(), 4); // scenarios, library, "What is this?", lessons
    for (QDockWidget *dock : docks)
        dock->show();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QSize needed = window.minimumSizeHint().expandedTo(window.minimumSize());
    QString parts; // what needs the width, when it is too much
    QList<QWidget *> widgets = {window.centralWidget(), client, client->composer(),  client->log(),
                                client->inspectors(),   server, server->inspectors()};
    widgets += QList<QWidget *>(docks.begin(), docks.end());
    for (QObject *child : server->findChild<QSplitter *>()->children()) {
        if (child->isWidgetType())
            widgets << static_cast<QWidget *>(child);
    }
    for (QWidget *w : widgets)
        parts += QStringLiteral(" %1 %2")
                     .arg(QLatin1String(w->metaObject()->className()))
                     .arg(w->minimumSizeHint().width());
    QVERIFY2(needed.width() <= 1366 && needed.height() <= 738, // 30 px for a panel
             qPrintable(QStringLiteral("%1×%2:").arg(needed.width()).arg(needed.height()) + parts));
    // The side panels share one column as tabs.
    QCOMPARE(window.tabifiedDockWidgets(docks.first()), docks.mid(1));

    // At that size the log still shows a dozen rows.
    window.resize(1366, 738);
    QTRY_COMPARE_WITH_TIMEOUT(window.size(), QSize(1366, 738), 5000);
    QTableView *table = client->log()->table();
    const int rows = table->viewport()->height() / table->verticalHeader()->defaultSectionSize();
    QVERIFY2(rows >= 12, qPrintable(QString::number(rows)));
    // No filter control is squeezed below its text.
    for (QWidget *w : client->log()->findChildren<QWidget *>()) {
        if (w->isVisible() && !qobject_cast<QTableView *>(w) && w->parent() == client->log())
            QVERIFY2(w->width() >= w->minimumSizeHint().width(), w->metaObject()->className());
    }
}

void TestLayout::aSavedGeometryLargerThanTheScreenComesBackWithinIt()
{
    const QSize screen = QGuiApplication::primaryScreen()->availableGeometry().size();
    {
        MainWindow window(m_engine.get());
        window.show();
        window.setGeometry(0, 0, screen.width() + 600, screen.height() + 400);
        window.close(); // saves the geometry
    }
    QVERIFY(QSettings().contains(QStringLiteral("window/geometry")));
    MainWindow again(m_engine.get());
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QVERIFY2(again.width() <= screen.width() && again.height() <= screen.height(),
             qPrintable(QStringLiteral("%1×%2 on %3×%4")
                            .arg(again.width())
                            .arg(again.height())
                            .arg(screen.width())
                            .arg(screen.height())));
}

void TestLayout::tickingRawFrameMovesNothing()
{
    MainWindow window(m_engine.get());
    ClientPane *client = window.newClient();
    window.resize(1366, 738);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *split = client->findChild<QSplitter *>(QStringLiteral("settingsAndLog"));
    QVERIFY(split);
    QGroupBox *raw = nullptr;
    for (QGroupBox *box : client->composer()->findChildren<QGroupBox *>()) {
        if (box->isCheckable())
            raw = box;
    }
    QVERIFY(raw);
    const QList<int> before = split->sizes();
    const int minimum = client->composer()->minimumSizeHint().width();
    raw->setChecked(true);
    QCoreApplication::processEvents();
    QCOMPARE(client->composer()->minimumSizeHint().width(), minimum);
    QCOMPARE(split->sizes(), before);
    raw->setChecked(false);
    QCoreApplication::processEvents();
    QCOMPARE(split->sizes(), before);
}

void TestLayout::logColumnsFitTheirValues()
{
    // Two records 13.8 s apart, and a handshake response: the widest values of their columns.
    m_store->append(
        {TestSupport::stateRecord(1, Protocol::ReadyState::Open, 1'000'000),
         TestSupport::handshakeRecord(1, RecordKind::HandshakeResponse, Direction::Inbound,
                                      "HTTP/1.1 101 Switching Protocols\r\n\r\n", 13'839'400'000)});
    LogView log(m_store.get());
    log.resize(900, 400);
    log.show();
    QVERIFY(QTest::qWaitForWindowExposed(&log));
    QTRY_COMPARE_WITH_TIMEOUT(log.model()->rowCount(), 2, 5000);
    QHeaderView *header = log.table()->horizontalHeader();
    const QFontMetrics metrics = log.table()->fontMetrics();
    for (int column : {int(LogModel::IdColumn), int(LogModel::TimeColumn),
                       int(LogModel::DeltaColumn), int(LogModel::TypeColumn)}) {
        for (int row = 0; row < 2; ++row) {
            const QString text = log.model()->index(row, column).data().toString();
            QVERIFY2(header->sectionSize(column) > metrics.horizontalAdvance(text) + 4,
                     qPrintable(text));
        }
        const QString title = log.model()->headerData(column, Qt::Horizontal).toString();
        QVERIFY2(header->sectionSize(column) > header->fontMetrics().horizontalAdvance(title),
                 qPrintable(title));
    }
    QCOMPARE(log.model()->index(1, LogModel::DeltaColumn).data().toString(),
             QStringLiteral("+13838400.000"));
}

void TestLayout::theAcceptDerivationIsShownWhole()
{
    HandshakeInspector inspector;
    inspector.resize(700, 500);
    inspector.show();
    QVERIFY(QTest::qWaitForWindowExposed(&inspector));
    // RFC 6455 §1.3's key and accept.
    inspector.setHandshake("GET / HTTP/1.1\r\nHost: a\r\nUpgrade: websocket\r\nConnection: "
                           "Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                           "Sec-WebSocket-Version: 13\r\n\r\n",
                           "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                           "Connection: Upgrade\r\nSec-WebSocket-Accept: "
                           "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n\r\n");
    QCOMPARE(inspector.acceptStep(1),
             QStringLiteral("dGhlIHNhbXBsZSBub25jZQ==258EAFA5-E914-47DA-95CA-C5AB0DC85B11"));
    // On its own tab, each value under its label.
    auto *parts = inspector.findChild<QTabWidget *>(QStringLiteral("handshakeParts"));
    QVERIFY(parts);
    parts->setCurrentIndex(parts->count() - 1);
    QCoreApplication::processEvents();
    const QList<QTextEdit *> steps = inspector.findChildren<QTextEdit *>();
    QVERIFY(steps.first()->isVisible());
    QCOMPARE(steps.size(), 5);
    for (QTextEdit *step : steps) {
        // Every line of the value is inside the field: wrapped, not cut, no scrolling needed.
        QVERIFY2(step->document()->size().height() <= step->viewport()->height() + 1,
                 qPrintable(step->toPlainText()));
        QVERIFY(step->document()->size().width() <= step->viewport()->width() + 1);
    }
}

void TestLayout::countsReadAsEnglish()
{
    QCOMPARE(ClientPane::tr("%n message(s)", nullptr, 1), QStringLiteral("1 message"));
    QCOMPARE(ClientPane::tr("%n message(s)", nullptr, 2), QStringLiteral("2 messages"));
    QCOMPARE(LogView::tr("%n row(s)", nullptr, 1), QStringLiteral("1 row"));
    QCOMPARE(Text::exactBytes(1), QStringLiteral("1 byte"));
    QCOMPARE(Text::exactBytes(11534336), QStringLiteral("11,534,336 bytes"));
}

void TestLayout::bufferedAmountUsesBinaryUnitsAndSaysWhatItIs()
{
    QCOMPARE(Text::byteSize(512), QStringLiteral("512 bytes"));
    QCOMPARE(Text::byteSize(1536), QStringLiteral("1.5 KiB"));
    QCOMPARE(Text::byteSize(11534336), QStringLiteral("11.0 MiB"));

    MainWindow window(m_engine.get());
    window.show();
    const auto [server, client] = window.loopbackPair();
    QVERIFY(server && client);
    QTRY_VERIFY_WITH_TIMEOUT(
        client->isConnected()
            && client->log()->model()->summary(client->connectionId()).openedAtUs > 0,
        10000);
    client->composer()->setText(QStringLiteral("hello"));
    client->composer()->send();
    QTRY_COMPARE_WITH_TIMEOUT(client->log()->model()->summary(client->connectionId()).messagesIn,
                              quint64(1), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(client->bufferedLabel()->text().contains(QLatin1String("bytes")),
                             5000);
    QVERIFY(client->bufferedLabel()->text().startsWith(QLatin1String("bufferedAmount 0 bytes")));
    const QString tip = client->bufferedLabel()->toolTip();
    QVERIFY2(tip.contains(QLatin1String("0 bytes")) && tip.contains(QLatin1String("send()")),
             qPrintable(tip));
    // The counters beside it: one message each way, in words that agree with the count.
    const auto statsText = [client = client]() {
        QStringList texts;
        for (QLabel *l : client->findChildren<QLabel *>())
            texts << l->text();
        return texts.join(QLatin1Char('|'));
    };
    QTRY_VERIFY2_WITH_TIMEOUT(statsText().contains(QStringLiteral("↑ 1 message (5 bytes)")),
                              qPrintable(statsText()), 5000);
}

void TestLayout::thePlotCountsFromTheOpeningAndPerSecond()
{
    LivePlot plot;
    plot.addSample(0.0, 0, 0);
    plot.addSample(0.4, 0, 1); // one message, in the first second
    plot.addSample(1.5, 11534336, 1);
    plot.addSample(2.2, 0, 1);
    // A single message is one message in its second, not 10 per second.
    qreal busiest = 0;
    for (const QPointF &p : plot.rateSeries()->points())
        busiest = std::max(busiest, p.y());
    QCOMPARE(busiest, 1.0);
    QCOMPARE(plot.rateSeries()->at(0), QPointF(0, 1));
    // bufferedAmount in MiB, with the unit in the line's name in the legend.
    QVERIFY2(plot.bufferedSeries()->name().contains(QLatin1String("MiB")),
             qPrintable(plot.bufferedSeries()->name()));
    QVERIFY(plot.bytesAxis()->max() >= 11.0 && plot.bytesAxis()->max() <= 20.0);
    // Time since the connection opened, in a window the user picks.
    QCOMPARE(plot.timeAxis()->min(), 0.0);
    plot.setWindowSeconds(60);
    plot.addSample(200.0, 0, 1);
    QCOMPARE(plot.timeAxis()->min(), 140.0);
    QCOMPARE(plot.timeAxis()->max(), 200.0);
    plot.setWindowSeconds(0); // everything
    QCOMPARE(plot.timeAxis()->min(), 0.0);
    plot.setPaused(true);
    plot.addSample(300.0, 0, 1);
    QCOMPARE(plot.timeAxis()->max(), 200.0);
    QCOMPARE(plot.sampleCount(), 6); // still sampling
    plot.setPaused(false);
    QCOMPARE(plot.timeAxis()->max(), 300.0);
}

void TestLayout::theCloseLineSaysWhatWasNeverSent()
{
    TrafficRecord close;
    close.kind = RecordKind::Close;
    close.connectionId = 1;
    close.closeCode = 1006;
    close.bufferedAmount = 5000;
    m_store->append({close});
    LogModel model(m_store.get());
    model.poll();
    QCOMPARE(model.rowCount(), 1);
    const QString line = model.index(0, LogModel::PreviewColumn).data().toString();
    QVERIFY2(line.contains(QLatin1String("4.9 KiB still buffered, never sent")), qPrintable(line));
    close.bufferedAmount = 0;
    QVERIFY(!Text::RecordText::summary(close).contains(QLatin1String("never sent")));
}

void TestLayout::eachTabNumbersItsOwnRows()
{
    std::vector<TrafficRecord> records;
    for (int i = 0; i < 6; ++i)
        records.push_back(TestSupport::messageRecord(quint32(1 + i % 2), Direction::Inbound, 1,
                                                     QByteArray::number(i), i));
    m_store->append(records);
    LogModel first(m_store.get());
    first.setConnectionFilter([](quint32 c) { return c == 1; });
    LogModel second(m_store.get());
    second.setConnectionFilter([](quint32 c) { return c == 2; });
    for (LogModel *model : {&first, &second}) {
        QTRY_VERIFY_WITH_TIMEOUT(!model->isFiltering(), 5000);
        model->poll();
        QCOMPARE(model->rowCount(), 3);
        for (int row = 0; row < 3; ++row)
            QCOMPARE(model->index(row, LogModel::IdColumn).data().toString(),
                     QString::number(row + 1));
    }
    // A filter hides rows but keeps each record's number.
    LogFilter onlyLast;
    onlyLast.pattern = QStringLiteral("^5$");
    second.setFilter(onlyLast);
    QTRY_VERIFY_WITH_TIMEOUT(!second.isFiltering(), 5000);
    QCOMPARE(second.rowCount(), 1);
    QCOMPARE(second.index(0, LogModel::IdColumn).data().toString(), QStringLiteral("3"));
}

void TestLayout::theLogShowsConnectingAndHelpIsTheLastMenu()
{
    MainWindow window(m_engine.get());
    const QList<QAction *> menus = window.menuBar()->actions();
    QCOMPARE(menus.last()->text(), QStringLiteral("&Help"));
    QCOMPARE(menus.first()->text(), QStringLiteral("&File"));

    window.show();
    const auto [server, client] = window.loopbackPair();
    QVERIFY(server && client);
    LogModel *log = client->log()->model();
    QTRY_VERIFY_WITH_TIMEOUT(client->isConnected() && log->rowCount() > 2, 10000);
    QStringList previews;
    for (int row = 0; row < log->rowCount(); ++row)
        previews << log->index(row, LogModel::PreviewColumn).data().toString();
    QVERIFY2(previews.first().startsWith(QStringLiteral("0 CONNECTING · Connecting to ws://")),
             qPrintable(previews.join(QLatin1Char('\n'))));
    QTRY_VERIFY_WITH_TIMEOUT(
        [&]() {
            for (int row = 0; row < log->rowCount(); ++row) {
                if (log->index(row, LogModel::PreviewColumn).data().toString()
                    == QLatin1String("1 OPEN"))
                    return true;
            }
            return false;
        }(),
        10000);
}

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
