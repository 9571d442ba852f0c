#pragma once

#include "core/automation/scenario.h"
#include "core/session/workspace.h"

#include <QWidget>

#include <functional>

namespace WsBench::Automation {
class Runner;
struct ScenarioResult;
struct StepResult;
} // namespace WsBench::Automation

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace WsBench {
namespace Gui {

class LogView;
class WorkbenchEngine;

// The session's scenarios: pick one, edit its steps (JSON, checked on Apply), run it against
// the real server and see each step pass or fail with what was expected and what came. A run
// goes on in the window's event loop: Run becomes Stop while it lasts, each step's result shows
// when it ends, and the summary at the end. A run still going when the panel is destroyed
// stops, and its connection closes.
class ScenarioPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScenarioPanel)

public:
    // `workspace` gives the current profiles and variables when a run starts.
    ScenarioPanel(WorkbenchEngine *engine, std::function<Session::Workspace()> workspace,
                  QWidget *parent = nullptr);
    ~ScenarioPanel() override;

    const QList<Automation::Scenario> &scenarios() const { return m_scenarios; }
    void setScenarios(const QList<Automation::Scenario> &scenarios);
    void addScenario(const Automation::Scenario &scenario);
    void select(int index);
    bool applyEdits(); // false (with the error shown) when the JSON is not a scenario
    QString editorError() const;
    QTreeWidget *results() const { return m_results; }
    LogView *log() const { return m_log; } // the traffic of the last run
    QPushButton *runButton() const { return m_run; } // Run, or Stop while a run goes on
    bool isRunning() const { return m_runner != nullptr; }
    QString summary() const; // the line under the results ("✓ echo passed in 12 ms")

public Q_SLOTS:
    // Starts the selected scenario; false when none is selected, its steps do not apply, or a
    // run is already going on. finished() follows when it ends.
    bool runSelected();
    // Stops the run going on: the step under way and the ones after it do not run, and its
    // connection closes. finished() follows at once.
    void stop();

Q_SIGNALS:
    void finished(bool passed);

private:
    void showSelected();
    void showStep(int index, const Automation::StepResult &result);
    // The Expected and Got columns, shown once a step has failed.
    void showFailureColumns(bool shown);
    void onRunFinished(const Automation::ScenarioResult &result);

    WorkbenchEngine *m_engine;
    std::function<Session::Workspace()> m_workspace;
    QList<Automation::Scenario> m_scenarios;
    QListWidget *m_list;
    QPlainTextEdit *m_editor;
    QLabel *m_error;
    QPushButton *m_run;
    QTreeWidget *m_results;
    QLabel *m_summary;
    LogView *m_log;
    Automation::Runner *m_runner = nullptr; // while a run goes on
    quint32 m_runFirst = 1; // this run's connection ids: [m_runFirst, m_runEnd)
    quint32 m_runEnd = 1;
    quint32 m_nextId = 1; // scenario connections use ids 1–255, which no pane uses
};

} // namespace Gui
} // namespace WsBench
