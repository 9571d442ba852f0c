// Help → "Polling vs WebSocket, measured…": a run started from code fills the table and the bar
// charts from the result it signals, in English and in Chinese, and the window stays free.
#include "ui/dialogs/transport_comparison_dialog.h"
#include "ui/text/transport_text.h"
#include "ui/translations.h"
#include "ui/widgets/transport_chart.h"

#include <QApplication>
#include <QBarSet>
#include <QHeaderView>
#include <QLabel>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace WsBench;
using Gui::TransportComparisonDialog;

class TestTransportComparisonDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aRunFillsTheTableAndTheCharts();
    void everyColumnAndRowExplainsItself();
    void chineseWordsInTheTable();

private:
    static Net::ComparisonResult runAndWait(TransportComparisonDialog &dialog);
};

Net::ComparisonResult TestTransportComparisonDialog::runAndWait(TransportComparisonDialog &dialog)
{
    QSignalSpy finished(&dialog, &TransportComparisonDialog::finished);
    dialog.run({20, 1, 200});
    if (!finished.wait(20000))
        return {};
    return finished.first().first().value<Net::ComparisonResult>();
}

void TestTransportComparisonDialog::initTestCase()
{
    Gui::installTranslations(qApp, QLocale(QLocale::English)); // its plural forms
}

void TestTransportComparisonDialog::aRunFillsTheTableAndTheCharts()
{
    TransportComparisonDialog dialog;
    dialog.resize(1366, 700);
    dialog.show();
    QSignalSpy finished(&dialog, &TransportComparisonDialog::finished);
    dialog.run({20, 1, 200});
    QVERIFY(dialog.isRunning());
    // The run is in its own thread: the dialog keeps painting and answering meanwhile.
    QVERIFY(finished.isEmpty());
    QVERIFY(finished.wait(20000));
    const auto result = finished.first().first().value<Net::ComparisonResult>();
    QVERIFY(!dialog.isRunning());
    QVERIFY(result.ok());
    QCOMPARE(result.updatesCreated, 20u);

    QTableWidget *table = dialog.table();
    for (const Net::TransportFigures &f : result.transports) {
        const int row = int(f.transport);
        QCOMPARE(table->item(row, int(Text::ComparisonFigure::Delivered))->text(),
                 QStringLiteral("20"));
        QCOMPARE(table->item(row, int(Text::ComparisonFigure::Requests))->text(),
                 QString::number(f.requests));
        QCOMPARE(dialog.chart()->bytesBars()->at(row), f.bytesPerUpdate);
        QCOMPARE(dialog.chart()->delayBars()->at(row), f.delayP95Ms);
    }
    QVERIFY(dialog.status()->text().contains(QLatin1String("20 updates made")));
    QCOMPARE(dialog.result().updatesCreated, result.updatesCreated);
}

void TestTransportComparisonDialog::everyColumnAndRowExplainsItself()
{
    TransportComparisonDialog dialog;
    QTableWidget *table = dialog.table();
    for (int c = 0; c < table->columnCount(); ++c)
        QVERIFY(table->horizontalHeaderItem(c)->toolTip().size() > 20);
    for (int r = 0; r < table->rowCount(); ++r)
        QVERIFY(table->verticalHeaderItem(r)->toolTip().size() > 20);
}

void TestTransportComparisonDialog::chineseWordsInTheTable()
{
    Gui::installTranslations(qApp, QLocale(QLocale::Chinese, QLocale::China));
    TransportComparisonDialog dialog;
    QCOMPARE(dialog.table()->verticalHeaderItem(0)->text(), QStringLiteral("短轮询"));
    QCOMPARE(dialog.table()->horizontalHeaderItem(1)->text(), QStringLiteral("字节/更新"));
    const auto result = runAndWait(dialog);
    QVERIFY(result.ok());
    QVERIFY2(dialog.table()
                 ->item(0, int(Text::ComparisonFigure::DelayP50))
                 ->text()
                 .endsWith(QStringLiteral("毫秒")),
             qPrintable(dialog.table()->item(0, 2)->text()));
    Gui::installTranslations(qApp, QLocale(QLocale::English));
}

QTEST_MAIN(TestTransportComparisonDialog)
#include "tst_transport_comparison_dialog.moc"
