#include "ui/lessons/lessons_dock.h"

#include "core/automation/lesson_runner.h"
#include "ui/lessons/lesson_panel.h"
#include "ui/main_window.h"

#include <QDockWidget>

namespace WsBench {
namespace Gui {

QDockWidget *addLessonsDock(MainWindow *window, Traffic::TrafficStore *store,
                            WindowStage::Comparison compare)
{
    auto *dock = new QDockWidget(LessonPanel::tr("Lessons"), window);
    dock->setObjectName(QStringLiteral("lessonsDock"));
    auto *stage = new WindowStage(window, std::move(compare), dock);
    auto *runner = new Automation::LessonRunner(stage, store, dock);
    dock->setWidget(new LessonPanel(runner, Automation::bundledLessons()));
    return dock;
}

} // namespace Gui
} // namespace WsBench
