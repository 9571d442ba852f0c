// The client pane's error line against a real plain HTTP server (Python's http.server): it
// leads with the status the server answered, stays on one line, and moves nothing.
#include "core/net/io_thread.h"
#include "core/traffic/clock.h"
#include "core/traffic/traffic_store.h"
#include "tests/integration/support/process_runner.h"
#include "ui/client/client_pane.h"
#include "ui/main_window.h"
#include "ui/text/explain.h"
#include "ui/widgets/error_line.h"
#include "ui/widgets/log_view.h"
#include "ui/widgets/ready_state_badge.h"
#include "ui/workbench_engine.h"

#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace WsBench;
using namespace WsBench::Gui;
using WsBench::Testing::ProcessRunner;

class TestClientErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aPlainHttpServerLeadsWithItsStatusOnOneLine();
};

void TestClientErrors::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestClientErrors::aPlainHttpServerLeadsWithItsStatusOnOneLine()
{
    // A directory listing long enough to fill several screens if it were shown.
    QTemporaryDir root;
    for (int i = 0; i < 40; ++i) {
        QFile f(root.filePath(QStringLiteral("a-rather-long-file-name-number-%1.html").arg(i)));
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    ProcessRunner http(ProcessRunner::python(),
                       {QStringLiteral("-u"), QStringLiteral("-m"), QStringLiteral("http.server"),
                        QStringLiteral("--bind"), QStringLiteral("127.0.0.1"), QStringLiteral("0")},
                       root.path());
    const QString port = http.waitForLine(QRegularExpression(QStringLiteral("port (\\d+)")));
    QVERIFY2(!port.isEmpty(), qPrintable(http.output()));

    Net::IoThread io;
    Traffic::TrafficStore store;
    Traffic::SystemClock clock;
    WorkbenchEngine engine(&io, &store, &clock);
    MainWindow window(&engine);
    window.resize(900, 600);
    window.show();
    ClientPane *client = window.newClient();
    auto *line = client->findChild<ErrorLine *>();
    QVERIFY(line);
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QSize windowSize = window.size();
    const int minimumWidth = window.minimumSizeHint().width();
    const QPoint logAt = client->log()->mapTo(&window, QPoint());
    const QRect lineAt = line->geometry();

    client->setUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(port));
    client->connectToServer();
    QTRY_VERIFY_WITH_TIMEOUT(!client->connectionError().isEmpty(), 10000);
    QCoreApplication::processEvents(); // let any relayout happen

    // The status leads: the failure's title, then what the server answered.
    const QString error = client->connectionError();
    const QString title = Text::Explain::failureTitle(Traffic::Failure::NotSwitchingProtocols);
    QVERIFY2(error.startsWith(title), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("The server answered 200 OK instead of 101 Switching "
                                          "Protocols")),
             qPrintable(error));
    QVERIFY2(!error.contains(QLatin1String("HTTP/1.0")), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1Char('\n')), qPrintable(error));
    // One line, elided to the pane's width; the whole message is in the tooltip.
    QVERIFY(line->height() < 2 * line->fontMetrics().lineSpacing());
    QVERIFY(line->fontMetrics().horizontalAdvance(line->text()) <= line->contentsRect().width());
    QTextDocument tip;
    tip.setHtml(line->toolTip());
    QVERIFY2(tip.toPlainText().contains(QLatin1String("200 OK instead of 101")),
             qPrintable(line->toolTip()));
    // Nothing moved and the window did not grow.
    QCOMPARE(window.size(), windowSize);
    QCOMPARE(window.minimumSizeHint().width(), minimumWidth);
    QCOMPARE(client->log()->mapTo(&window, QPoint()), logAt);
    QCOMPARE(line->geometry(), lineAt);

    // A message longer than the window is elided; the window and the line keep their size.
    line->showMessage(error + QStringLiteral(" (the server says: %1)").arg(QString(400, u'x')));
    QCoreApplication::processEvents();
    QVERIFY2(line->text().endsWith(QChar(0x2026)), qPrintable(line->text()));
    QVERIFY(line->message().endsWith(QLatin1String("xxx)"))); // the message itself is whole
    QCOMPARE(window.size(), windowSize);
    QCOMPARE(line->geometry(), lineAt);
    http.terminate();
}

QTEST_MAIN(TestClientErrors)
#include "tst_client_errors.moc"
