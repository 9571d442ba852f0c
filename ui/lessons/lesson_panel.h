#pragma once

#include "core/automation/lesson.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;

namespace WsBench {

namespace Automation {
class LessonRunner;
}

namespace Gui {

// Help → Lessons: the side panel that walks a lesson step by step. It reads the step's text in
// the interface's language, offers "Do it", says whether the step happened, and explains the
// concept the step points at. Lessons are files run by Automation::LessonRunner.
class LessonPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LessonPanel)

public:
    LessonPanel(Automation::LessonRunner *runner, QList<Automation::Lesson> lessons,
                QWidget *parent = nullptr);
    ~LessonPanel() override;

    // Starts the lesson at `index` of the list (its tabs open). False, with why shown, when it
    // cannot start.
    bool startLesson(int index);
    // Reads a lesson file from disk and adds it to the list. False, with why shown, when the
    // file does not read.
    bool addLessonFile(const QString &path);
    int lessonCount() const { return int(m_lessons.size()); }
    // The language lesson texts are shown in ("en", "zh").
    static QString language();

    Automation::LessonRunner *runner() const { return m_runner; }
    QPushButton *doItButton() const { return m_doIt; }
    QPushButton *nextButton() const { return m_next; }
    QString stepText() const; // what the step says, as plain text
    QString statusText() const; // whether it happened, as plain text
    QString problem() const; // why a lesson did not start or a file did not read, or empty

private:
    void refresh();
    void showProblem(const QString &text);

    Automation::LessonRunner *m_runner;
    QList<Automation::Lesson> m_lessons;
    QComboBox *m_choice;
    QPushButton *m_start;
    QLabel *m_title;
    QLabel *m_progress;
    QTextBrowser *m_text;
    QLabel *m_status;
    QLabel *m_concept;
    QLabel *m_problem;
    QPushButton *m_back;
    QPushButton *m_doIt;
    QPushButton *m_next;
};

} // namespace Gui
} // namespace WsBench
