#pragma once

#include "core/automation/lesson_stage.h"

#include <QObject>
#include <QTimer>

#include <deque>
#include <vector>

namespace WsBench::Traffic {
class TrafficStore;
}

namespace WsBench::Automation {

// Walks a lesson one step at a time on a stage: "Do it" performs the step's actions in order,
// and the step is done when its check passes over what the lesson's connections recorded since
// the step began (whether the actions or the student did it). Nothing blocks; checks are
// looked at a few times a second while a step waits. One runner for every lesson: a lesson is
// a file, not code.
class LessonRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LessonRunner)

public:
    enum class State : quint8 {
        Idle, // no lesson
        Ready, // the step waits for "Do it" (or for the student to do it by hand)
        Doing, // its actions run
        Passed, // its check passed, or it has none: "Next" goes on
        Failed, // an action could not be done, or the check did not pass in time
        Finished, // the last step passed
    };

    LessonRunner(LessonStage *stage, Traffic::TrafficStore *store, QObject *parent = nullptr);
    ~LessonRunner() override;

    // Sets the stage up and enters the first step. False, with why, when the stage cannot.
    bool start(const Lesson &lesson, QString *error);
    void stop(); // tears the stage down
    void doIt(); // performs the step's actions (again, after a failure)
    void next(); // the next step, once this one passed
    void back(); // the step before (its check looks at what happens from now on)

    bool isRunning() const { return m_state != State::Idle; }
    const Lesson &lesson() const { return m_lesson; }
    int stepIndex() const { return m_step; }
    const LessonStep &step() const { return m_lesson.steps.at(m_step); }
    State state() const { return m_state; }
    QString error() const { return m_error; } // why the step failed, in the stage's words

Q_SIGNALS:
    // The step, its state or its error changed.
    void changed();

private:
    void enterStep(int index);
    void setState(State state, const QString &error = {});
    void performNext();
    void evaluate();
    void collect();
    void pointAtOutcome();
    // The step is done: point at what it is about, then Passed (Finished after the last).
    void pass();

    LessonStage *m_stage;
    Traffic::TrafficStore *m_store;
    Lesson m_lesson;
    int m_step = 0;
    State m_state = State::Idle;
    QString m_error;
    std::deque<LessonAction> m_queue; // actions of "Do it" still to perform
    quint64 m_run = 0; // counts "Do it"s and steps, so late callbacks of an old one are ignored
    quint64 m_lastSeen = 0; // the last record id looked at
    std::vector<Traffic::TrafficRecord> m_records; // the lesson's records, in order
    std::size_t m_stepFrom = 0; // the first of m_records since the step began
    QTimer m_poll;
    QTimer m_deadline;
};

} // namespace WsBench::Automation
