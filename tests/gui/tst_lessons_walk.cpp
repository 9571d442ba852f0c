// Every bundled lesson walked to its end in the window, offscreen, as a student would: "Do it"
// on each step that has actions, then "Next" once the step's check has passed. The language
// comes from WSBENCH_LESSON_LANGUAGE (en or zh_CN), so CTest walks them in both.
#include "core/automation/lesson_runner.h"
#include "tests/support/test_window.h"
#include "ui/lessons/lesson_panel.h"
#include "ui/main_window.h"
#include "ui/text/glossary.h"
#include "ui/translations.h"
#include "ui/widgets/log_view.h"
#include "ui/workbench_pane.h"

#include <QDockWidget>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace WsBench;
using Automation::LessonRunner;

namespace {

const QRegularExpression kHan(QStringLiteral("\\p{Han}"));

bool chinese()
{
    return qEnvironmentVariable("WSBENCH_LESSON_LANGUAGE").startsWith(QLatin1String("zh"));
}

QString stateName(LessonRunner::State state)
{
    static const char *const names[] = {"Idle", "Ready", "Doing", "Passed", "Failed", "Finished"};
    return QLatin1String(names[int(state)]);
}

} // namespace

class TestLessonsWalk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString language = chinese() ? QStringLiteral("zh_CN") : QStringLiteral("en");
        QCOMPARE(Gui::installTranslations(qApp, QLocale(language)), language);
        QCOMPARE(Gui::LessonPanel::language(),
                 chinese() ? QStringLiteral("zh") : QStringLiteral("en"));
    }

    void everyLessonWalksToItsEnd_data()
    {
        QTest::addColumn<int>("index");
        const QList<Automation::Lesson> lessons = Automation::bundledLessons();
        QCOMPARE(lessons.size(), 9);
        for (int i = 0; i < lessons.size(); ++i)
            QTest::newRow(qPrintable(lessons.at(i).id)) << i;
    }

    void everyLessonWalksToItsEnd()
    {
        QFETCH(int, index);
        Testing::TestWindow tw;
        Gui::MainWindow *window = tw.window();
        window->lessonsDock()->show();
        Gui::LessonPanel *panel = window->lessons();
        QVERIFY(panel);
        QVERIFY2(panel->startLesson(index), qPrintable(panel->problem()));
        LessonRunner *runner = panel->runner();
        const Automation::Lesson &lesson = runner->lesson();
        for (int i = 0; i < lesson.steps.size(); ++i) {
            const Automation::LessonStep &step = lesson.steps.at(i);
            const QString where = QStringLiteral("%1, step %2").arg(lesson.id).arg(i + 1);
            QCOMPARE(runner->stepIndex(), i);
            // The step reads in the interface's language.
            QVERIFY2(panel->stepText().contains(kHan) == chinese(), qPrintable(where));
            if (!step.pointer.topic.isEmpty())
                QVERIFY2(!Text::Glossary::explain(step.pointer.topic).isNull(),
                         qPrintable(where + QStringLiteral(": unknown topic ")
                                    + QString::fromLatin1(step.pointer.topic)));
            if (!step.actions.isEmpty()) {
                QVERIFY2(panel->doItButton()->isEnabled(), qPrintable(where));
                QTest::mouseClick(panel->doItButton(), Qt::LeftButton);
            }
            const auto settled = [runner] {
                const auto s = runner->state();
                return s == LessonRunner::State::Passed || s == LessonRunner::State::Finished
                    || s == LessonRunner::State::Failed;
            };
            QTRY_VERIFY_WITH_TIMEOUT(settled(), step.timeoutMs + 10000);
            QVERIFY2(runner->state() != LessonRunner::State::Failed,
                     qPrintable(where + QStringLiteral(" failed: ") + panel->statusText()));
            // It points at where it happened: the record is selected in its tab's log.
            if (step.pointer.record) {
                auto *pane = window->currentPane();
                QVERIFY2(pane, qPrintable(where));
                QTRY_VERIFY2(pane->log()->table()->selectionModel()->hasSelection(),
                             qPrintable(where + QStringLiteral(": nothing selected")));
            }
            // What it says once the step happened is in the same language.
            QVERIFY2(panel->statusText().contains(kHan) == chinese(),
                     qPrintable(where + QStringLiteral(": ") + panel->statusText()));
            if (i + 1 < lesson.steps.size()) {
                QVERIFY2(panel->nextButton()->isEnabled(), qPrintable(where));
                QTest::mouseClick(panel->nextButton(), Qt::LeftButton);
            }
        }
        QCOMPARE(stateName(runner->state()), stateName(LessonRunner::State::Finished));
        QVERIFY(!panel->nextButton()->isEnabled());
    }

    void aFailedStepSaysWhyAndCanBeDoneAgain()
    {
        Testing::TestWindow tw;
        Gui::LessonPanel *panel = tw.window()->lessons();
        QVERIFY(panel->startLesson(0));
        // The student closes the lesson's client tab: "Do it" cannot connect it.
        Gui::MainWindow *window = tw.window();
        window->closeTab(window->tabs()->count() - 1);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QTest::mouseClick(panel->doItButton(), Qt::LeftButton);
        QTRY_COMPARE(stateName(panel->runner()->state()), stateName(LessonRunner::State::Failed));
        QVERIFY2(panel->statusText().contains(QLatin1String("Lesson client")),
                 qPrintable(panel->statusText()));
        QVERIFY(panel->doItButton()->isEnabled());
        QVERIFY(!panel->nextButton()->isEnabled());
        // Restarting the lesson opens its tabs again and the step then passes.
        QVERIFY(panel->startLesson(0));
        QTest::mouseClick(panel->doItButton(), Qt::LeftButton);
        QTRY_COMPARE(stateName(panel->runner()->state()), stateName(LessonRunner::State::Passed));
    }
};

QTEST_MAIN(TestLessonsWalk)
#include "tst_lessons_walk.moc"
