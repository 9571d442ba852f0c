// Preferences: the send budget is shown as set, applied to the engine's budget at once, and kept
// for the next start; a value never set reads as the default.
#include "core/net/send_budget.h"
#include "ui/dialogs/preferences_dialog.h"

#include <QCoreApplication>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace WsBench;

class TestPreferences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // settings of their own, not the user's
        QCoreApplication::setOrganizationName(QStringLiteral("WsBenchTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_preferences"));
        QSettings().clear();
    }

    void theSendBudgetDefaultsTo512MiB()
    {
        QCOMPARE(Gui::PreferencesDialog::sendBudgetBytes(), qint64(512) * 1024 * 1024);
    }

    void theSendBudgetAppliesAtOnceAndIsKept()
    {
        Net::SendBudget budget;
        {
            Gui::PreferencesDialog dialog(&budget);
            auto *spin = dialog.findChild<QSpinBox *>();
            QVERIFY(spin);
            QCOMPARE(spin->value(), 512);
            spin->setValue(96);
            dialog.accept();
        }
        QCOMPARE(budget.limit(), qint64(96) * 1024 * 1024);
        QCOMPARE(Gui::PreferencesDialog::sendBudgetBytes(), qint64(96) * 1024 * 1024);
        Gui::PreferencesDialog again(&budget);
        QCOMPARE(again.findChild<QSpinBox *>()->value(), 96);
    }

    void cancellingChangesNothing()
    {
        Net::SendBudget budget(qint64(96) * 1024 * 1024);
        Gui::PreferencesDialog dialog(&budget);
        dialog.findChild<QSpinBox *>()->setValue(300);
        dialog.reject();
        QCOMPARE(budget.limit(), qint64(96) * 1024 * 1024);
        QCOMPARE(Gui::PreferencesDialog::sendBudgetBytes(), qint64(96) * 1024 * 1024);
    }

    void cleanupTestCase() { QSettings().clear(); }
};

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
