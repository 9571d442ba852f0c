#include "ui/automation/scenario_panel.h"

#include "core/automation/runner.h"
#include "core/profiles/profile_options.h"
#include "core/profiles/variables.h"
#include "ui/models/log_model.h"
#include "ui/text/document_text.h"
#include "ui/text/step_text.h"
#include "ui/widgets/log_view.h"
#include "ui/widgets/pane_layout.h"
#include "ui/workbench_engine.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace WsBench {
namespace Gui {

using namespace Automation;

namespace {

enum Column { StepColumn, ResultColumn, ExpectedColumn, GotColumn, MsColumn };

// A text on one line: each line break, with the indentation around it, becomes one space.
QString oneLine(const QString &text)
{
    static const QRegularExpression lineBreak(QStringLiteral("\\s*[\\r\\n]\\s*"));
    return QString(text).replace(lineBreak, QStringLiteral(" "));
}

// A row of the Steps table: each text on one line, and whole in its tooltip.
QTreeWidgetItem *addStepRow(QTreeWidget *table, const QStringList &texts)
{
    auto *item = new QTreeWidgetItem(table);
    for (int column = 0; column < texts.size(); ++column) {
        item->setText(column, oneLine(texts[column]));
        if (column != MsColumn)
            item->setToolTip(column, texts[column]);
    }
    return item;
}

} // namespace

ScenarioPanel::ScenarioPanel(WorkbenchEngine *engine, std::function<Session::Workspace()> workspace,
                             QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_workspace(std::move(workspace))
    , m_list(new QListWidget)
    , m_editor(new QPlainTextEdit)
    , m_error(errorLabel())
    , m_run(new QPushButton(tr("Run")))
    , m_results(new QTreeWidget)
    , m_summary(new QLabel)
    , m_log(new LogView(engine->store()))
{
    // The log shows the connections of the latest run only.
    m_log->model()->setConnectionFilter(
        [this](quint32 c) { return c >= m_runFirst && c < m_runEnd; });
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setPlaceholderText(tr("The selected scenario's steps, as JSON"));
    auto *apply = new QPushButton(tr("Apply"));
    apply->setToolTip(tr("Check the edited steps and keep them"));
    m_results->setHeaderLabels({tr("Step"), tr("Result"), tr("Expected"), tr("Got"), tr("ms")});
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true); // one line a step
    // The step takes the room. What a failed step expected and got gets a column only when a
    // step failed (whole in the tooltips; the user can widen them).
    QHeaderView *header = m_results->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(StepColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ResultColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(MsColumn, QHeaderView::ResizeToContents);
    showFailureColumns(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(apply);
    buttons->addStretch();
    buttons->addWidget(m_run);
    auto *editing = new QWidget;
    auto *editLayout = new QVBoxLayout(editing);
    editLayout->setContentsMargins(0, 0, 0, 0);
    editLayout->addWidget(m_editor, 1);
    editLayout->addWidget(m_error);
    editLayout->addLayout(buttons);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_list);
    split->addWidget(editing);
    auto *output = new QTabWidget;
    output->addTab(m_results, tr("Steps"));
    output->addTab(m_log, tr("Log of the run"));
    split->addWidget(output);
    split->setSizes({120, 260, 260});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(split, 1);
    layout->addWidget(m_summary);
    connect(m_list, &QListWidget::currentRowChanged, this, &ScenarioPanel::showSelected);
    connect(apply, &QPushButton::clicked, this, &ScenarioPanel::applyEdits);
    connect(m_run, &QPushButton::clicked, this, [this]() {
        if (m_runner)
            stop();
        else
            runSelected();
    });
    m_run->setEnabled(false);
}

ScenarioPanel::~ScenarioPanel()
{
    // Without signals to this half-destroyed panel; the runner closes its connection.
    delete m_runner;
}

QString ScenarioPanel::summary() const
{
    return m_summary->text();
}

void ScenarioPanel::setScenarios(const QList<Scenario> &scenarios)
{
    stop(); // another session: its profiles are not the ones the run started with
    m_scenarios = scenarios;
    m_list->clear();
    for (const Scenario &s : scenarios)
        m_list->addItem(s.name);
    select(scenarios.isEmpty() ? -1 : 0);
}

void ScenarioPanel::addScenario(const Scenario &scenario)
{
    m_scenarios.append(scenario);
    m_list->addItem(scenario.name);
    select(int(m_scenarios.size()) - 1);
}

void ScenarioPanel::select(int index)
{
    m_list->setCurrentRow(index);
    showSelected();
}

void ScenarioPanel::showSelected()
{
    const int row = m_list->currentRow();
    m_run->setEnabled(m_runner || row >= 0);
    m_error->hide();
    m_editor->setPlainText(
        row < 0
            ? QString()
            : QString::fromUtf8(
                QJsonDocument(scenarioToJson(m_scenarios[row])).toJson(QJsonDocument::Indented)));
}

QString ScenarioPanel::editorError() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

bool ScenarioPanel::applyEdits()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return false;
    const QByteArray json = m_editor->toPlainText().toUtf8();
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parse);
    DocumentProblem problem;
    std::optional<Scenario> scenario;
    if (parse.error != QJsonParseError::NoError)
        problem = DocumentProblem::notJson(json, parse);
    else
        scenario = scenarioFromJson(doc.object(), QStringLiteral("scenario"), &problem);
    m_error->setText(scenario ? QString() : Text::DocumentText::describe(problem));
    m_error->setVisible(!scenario);
    if (!scenario)
        return false;
    m_scenarios[row] = *scenario;
    m_list->item(row)->setText(scenario->name);
    return true;
}

bool ScenarioPanel::runSelected()
{
    const int row = m_list->currentRow();
    if (m_runner || row < 0 || !applyEdits())
        return false;
    const Session::Workspace w = m_workspace();
    // The window's variables: the session's, overridden by the selected environment.
    const auto expand = [engine = m_engine](const QString &text) {
        return engine->expand(text);
    };
    const auto profiles
        = [w, expand](const QString &name, QString *why) -> std::optional<Net::ClientOptions> {
        const Session::ClientProfile *p = w.client(name);
        if (!p) {
            *why = tr("there is no client named \"%1\" (a tab's name)").arg(name);
            return std::nullopt;
        }
        return Profiles::clientOptions(*p, expand, why);
    };
    m_runner
        = new Runner(m_engine->io(), m_engine->store(), m_engine->clock(), profiles, expand, this);
    if (m_nextId > 200)
        m_nextId = 1;
    m_runner->setFirstConnectionId(m_nextId);
    m_runFirst = m_nextId;
    m_runEnd = 256; // while running: everything this run may open
    m_log->model()->clear();
    m_results->clear();
    showFailureColumns(false);
    connect(m_runner, &Runner::stepFinished, this, &ScenarioPanel::showStep);
    connect(m_runner, &Runner::finished, this, &ScenarioPanel::onRunFinished);
    m_runner->start(m_scenarios[row]);
    m_run->setText(tr("Stop"));
    m_run->setToolTip(tr("Stop the run: the remaining steps are skipped and its connection "
                         "closes"));
    m_summary->setText(tr("Running %1…").arg(m_scenarios[row].name));
    return true;
}

void ScenarioPanel::stop()
{
    if (m_runner)
        m_runner->cancel(); // finished comes before this returns
}

void ScenarioPanel::showStep(int index, const StepResult &r)
{
    QTreeWidgetItem *item
        = addStepRow(m_results,
                     {QStringLiteral("%1. %2").arg(index + 1).arg(Text::StepText::description(r)),
                      Text::StepText::verdict(r), Text::StepText::expected(r),
                      Text::StepText::got(r), QString::number(r.ms)});
    item->setForeground(ResultColumn,
                        r.passed() ? QColor(0x2f, 0x85, 0x5a) : QColor(0xc5, 0x30, 0x30));
    if (!r.passed() && !r.skipped())
        showFailureColumns(true);
    m_results->scrollToItem(item);
}

void ScenarioPanel::showFailureColumns(bool shown)
{
    for (const int column : {ExpectedColumn, GotColumn}) {
        if (shown && m_results->isColumnHidden(column))
            m_results->header()->resizeSection(column, m_results->viewport()->width() / 6);
        m_results->setColumnHidden(column, !shown);
    }
}

void ScenarioPanel::onRunFinished(const ScenarioResult &result)
{
    m_nextId = m_runner->nextConnectionId();
    m_runEnd = m_nextId;
    m_runner->disconnect(this);
    m_runner->deleteLater(); // it is emitting this signal
    m_runner = nullptr;
    for (int i = m_results->topLevelItemCount(); i < result.steps.size(); ++i)
        addStepRow(
            m_results,
            {QStringLiteral("%1. %2").arg(i + 1).arg(Text::StepText::description(result.steps[i])),
             Text::StepText::verdict(result.steps[i])});
    m_summary->setText(result.passed() ? tr("✓ %1 passed in %2 ms").arg(result.name).arg(result.ms)
                           : result.cancelled
                           ? tr("■ %1 stopped after %2 ms").arg(result.name).arg(result.ms)
                           : tr("✗ %1 failed").arg(result.name));
    m_run->setText(tr("Run"));
    m_run->setToolTip(QString());
    m_run->setEnabled(m_list->currentRow() >= 0);
    Q_EMIT finished(result.passed());
}

} // namespace Gui
} // namespace WsBench
