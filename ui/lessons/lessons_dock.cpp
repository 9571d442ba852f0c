#include "ui/lessons/lessons_dock.h"

#include "core/automation/lesson_runner.h"
#include "core/net/transport_comparison.h"
#include "core/net/update_feed_server.h"
#include "ui/dialogs/transport_comparison_dialog.h"
#include "ui/lessons/lesson_panel.h"
#include "ui/main_window.h"

#include <QDockWidget>

namespace WsBench {
namespace Gui {

namespace {

// A comparison's figures by name: "websocket.bytesPerUpdate", "short-polling.p50DelayMs", ...
QMap<QString, double> figuresOf(const Net::ComparisonResult &result)
{
    QMap<QString, double> figures;
    for (const Net::TransportFigures &t : result.transports) {
        if (t.problem != Net::FeedProblem::None || t.delivered == 0)
            continue; // a transport that failed has no figures to compare
        const QString key = QLatin1String(Net::feedTransportKey(t.transport)) + QLatin1Char('.');
        figures.insert(key + QStringLiteral("bytesPerUpdate"), t.bytesPerUpdate);
        figures.insert(key + QStringLiteral("p50DelayMs"), t.delayP50Ms);
        figures.insert(key + QStringLiteral("p95DelayMs"), t.delayP95Ms);
        figures.insert(key + QStringLiteral("requests"), double(t.requests));
        figures.insert(key + QStringLiteral("delivered"), double(t.delivered));
        figures.insert(key + QStringLiteral("missed"), double(t.missed));
        figures.insert(key + QStringLiteral("duplicated"), double(t.duplicated));
    }
    return figures;
}

} // namespace

QDockWidget *addLessonsDock(MainWindow *window, Traffic::TrafficStore *store)
{
    const auto compare = [window](const Automation::LessonAction &action, const auto &done) {
        TransportComparisonDialog *dialog = window->showTransportComparison();
        // Beside the lesson, not over it: the window's width left of the lessons panel.
        const QWidget *panel = window->lessonsDock();
        const int right = panel->isVisible() ? panel->mapToGlobal(QPoint(0, 0)).x()
                                             : window->geometry().right();
        const QPoint topLeft = window->mapToGlobal(QPoint(8, 48));
        dialog->resize(std::min(dialog->width(), right - topLeft.x() - 8), dialog->height());
        dialog->move(topLeft);
        Net::ComparisonParameters parameters;
        parameters.ratePerSecond = action.rate;
        parameters.durationS = action.durationS;
        parameters.pollIntervalMs = action.pollIntervalMs;
        auto once = std::make_shared<QMetaObject::Connection>();
        *once = QObject::connect(dialog, &TransportComparisonDialog::finished, window,
                                 [done, once](const Net::ComparisonResult &result) {
                                     QObject::disconnect(*once);
                                     QString error;
                                     if (!result.serverError.isEmpty())
                                         error = QString::fromUtf8(result.serverError);
                                     else if (result.cancelled)
                                         error = LessonPanel::tr("The measurement was stopped.");
                                     done(error, figuresOf(result));
                                 });
        dialog->run(parameters);
    };
    auto *dock = new QDockWidget(LessonPanel::tr("Lessons"), window);
    dock->setObjectName(QStringLiteral("lessonsDock"));
    auto *stage = new WindowStage(window, compare, dock);
    auto *runner = new Automation::LessonRunner(stage, store, dock);
    dock->setWidget(new LessonPanel(runner, Automation::bundledLessons()));
    return dock;
}

} // namespace Gui
} // namespace WsBench
