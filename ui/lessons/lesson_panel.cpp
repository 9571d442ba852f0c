#include "ui/lessons/lesson_panel.h"

#include "core/automation/lesson_runner.h"
#include "ui/text/document_text.h"
#include "ui/text/glossary.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace WsBench {
namespace Gui {

namespace {

using Automation::LessonRunner;

QLabel *wrapping(QLabel *label)
{
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

LessonPanel::LessonPanel(LessonRunner *runner, QList<Automation::Lesson> lessons, QWidget *parent)
    : QWidget(parent)
    , m_runner(runner)
    , m_lessons(std::move(lessons))
    , m_choice(new QComboBox)
    , m_start(new QPushButton(tr("Start")))
    , m_title(wrapping(new QLabel))
    , m_progress(new QLabel)
    , m_text(new QTextBrowser)
    , m_status(wrapping(new QLabel))
    , m_concept(wrapping(new QLabel))
    , m_problem(wrapping(new QLabel))
    , m_back(new QPushButton(tr("Back")))
    , m_doIt(new QPushButton(tr("Do it")))
    , m_next(new QPushButton(tr("Next")))
{
    for (const Automation::Lesson &lesson : std::as_const(m_lessons))
        m_choice->addItem(lesson.title.in(language()));
    m_choice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_choice->setMinimumContentsLength(12);
    m_choice->setToolTip(tr("Each lesson opens the tabs it needs and walks through one concept "
                            "on live traffic."));
    m_start->setToolTip(tr("Open the lesson's tabs and begin at its first step (again)."));
    auto *open = new QToolButton;
    open->setText(tr("Open…"));
    open->setToolTip(tr("Add a lesson from a file (*.json)."));
    connect(open, &QToolButton::clicked, this, [this] {
        const QString path
            = QFileDialog::getOpenFileName(this, tr("Open a lesson"), {}, tr("Lessons (*.json)"));
        if (!path.isEmpty())
            addLessonFile(path);
    });
    connect(m_start, &QPushButton::clicked, this,
            [this] { startLesson(m_choice->currentIndex()); });

    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_title->setFont(big);
    m_text->setOpenLinks(false);
    m_text->setMinimumHeight(120);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();
    m_concept->setStyleSheet(QStringLiteral("background: palette(alternate-base); padding: 4px;"));
    m_doIt->setDefault(true);
    m_doIt->setToolTip(tr("Do what this step describes, in the lesson's tabs. You may also do "
                          "it yourself with the tabs' own buttons."));
    m_next->setToolTip(tr("Go on once this step has happened."));
    m_back->setToolTip(tr("Go back one step."));
    connect(m_doIt, &QPushButton::clicked, m_runner, &LessonRunner::doIt);
    connect(m_next, &QPushButton::clicked, m_runner, &LessonRunner::next);
    connect(m_back, &QPushButton::clicked, m_runner, &LessonRunner::back);
    connect(m_runner, &LessonRunner::changed, this, &LessonPanel::refresh);

    auto *choose = new QHBoxLayout;
    choose->addStretch(1);
    choose->addWidget(m_start);
    choose->addWidget(open);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(m_doIt);
    buttons->addWidget(m_next);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_choice);
    layout->addLayout(choose);
    layout->addWidget(m_problem);
    layout->addWidget(m_title);
    layout->addWidget(m_progress);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_concept);
    layout->addLayout(buttons);
    refresh();
}

LessonPanel::~LessonPanel() = default;

QString LessonPanel::language()
{
    return QCoreApplication::translate("LessonPanel", "en",
                                       "The language lesson files are shown in: en or zh");
}

bool LessonPanel::startLesson(int index)
{
    if (index < 0 || index >= m_lessons.size())
        return false;
    m_problem->hide();
    m_choice->setCurrentIndex(index);
    QString error;
    if (!m_runner->start(m_lessons.at(index), &error)) {
        showProblem(tr("The lesson could not start: %1").arg(error));
        refresh();
        return false;
    }
    return true;
}

bool LessonPanel::addLessonFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showProblem(tr("\"%1\" could not be read: %2").arg(path, file.errorString()));
        return false;
    }
    Automation::DocumentProblem problem;
    const auto lesson = Automation::lessonFromJson(file.readAll(), &problem);
    if (!lesson) {
        showProblem(
            tr("\"%1\" is not a lesson: %2").arg(path, Text::DocumentText::describe(problem)));
        return false;
    }
    m_lessons.append(*lesson);
    m_choice->addItem(lesson->title.in(language()));
    m_choice->setCurrentIndex(m_choice->count() - 1);
    m_problem->hide();
    return true;
}

void LessonPanel::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->show();
}

QString LessonPanel::problem() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

QString LessonPanel::stepText() const
{
    return m_text->toPlainText();
}

QString LessonPanel::statusText() const
{
    return m_status->text();
}

void LessonPanel::refresh()
{
    const QString lang = language();
    const bool running = m_runner->isRunning();
    m_start->setText(running ? tr("Restart") : tr("Start"));
    m_back->setEnabled(running && m_runner->stepIndex() > 0);
    if (!running) {
        m_title->setText(tr("Lessons"));
        m_progress->clear();
        m_text->setHtml(tr("<p>Choose a lesson and press <b>Start</b>. Each lesson opens the "
                           "tabs it needs, walks you through one concept on live traffic, and "
                           "checks that each step really happened.</p>"));
        m_status->clear();
        m_concept->hide();
        m_doIt->setEnabled(false);
        m_next->setEnabled(false);
        return;
    }
    const Automation::Lesson &lesson = m_runner->lesson();
    const Automation::LessonStep &step = m_runner->step();
    const int index = m_runner->stepIndex();
    m_title->setText(lesson.title.in(lang));
    m_progress->setText(tr("Step %1 of %2").arg(index + 1).arg(lesson.steps.size()));
    QString html = step.text.in(lang);
    if (index == 0 && !lesson.summary.isEmpty())
        html = QStringLiteral("<p><i>%1</i></p>").arg(lesson.summary.in(lang)) + html;
    m_text->setHtml(html);

    using State = LessonRunner::State;
    const State state = m_runner->state();
    QString status;
    QString colour = QStringLiteral("palette(text)");
    switch (state) {
    case State::Idle:
        break;
    case State::Ready:
        status = step.check ? tr("Waiting: %1").arg(step.hint.in(lang)) : tr("Press \"Do it\".");
        break;
    case State::Doing:
        status = tr("Doing it… %1").arg(step.hint.in(lang));
        break;
    case State::Passed:
    case State::Finished:
        colour = QStringLiteral("#1b7f3b");
        status = step.outcome.isEmpty() ? tr("✓ Done.") : tr("✓ %1").arg(step.outcome.in(lang));
        if (state == State::Finished)
            status += QLatin1Char(' ') + tr("This was the last step of the lesson.");
        break;
    case State::Failed:
        colour = QStringLiteral("#b00020");
        status = m_runner->error().isEmpty()
            ? tr("✗ It has not happened: %1 Press \"Do it\" to try again.").arg(step.hint.in(lang))
            : tr("✗ This could not be done: %1").arg(m_runner->error());
        break;
    }
    m_status->setText(status);
    m_status->setStyleSheet(QStringLiteral("color: %1;").arg(colour));

    const auto explanation = Text::Glossary::explain(step.pointer.topic);
    m_concept->setVisible(!step.pointer.topic.isEmpty() && !explanation.isNull());
    if (!explanation.isNull())
        m_concept->setText(QStringLiteral("<b>%1</b> (%2)<br>%3")
                               .arg(explanation.title.toHtmlEscaped(),
                                    explanation.section.toHtmlEscaped(),
                                    explanation.text.toHtmlEscaped()));
    m_doIt->setEnabled(
        !step.actions.isEmpty()
        && (state == State::Ready || state == State::Failed || state == State::Passed));
    m_next->setEnabled(state == State::Passed);
}

} // namespace Gui
} // namespace WsBench
