#include "core/automation/lesson_runner.h"

#include "core/traffic/traffic_store.h"

namespace WsBench::Automation {

namespace {
constexpr int kPollMs = 150;
}

LessonRunner::LessonRunner(LessonStage *stage, Traffic::TrafficStore *store, QObject *parent)
    : QObject(parent)
    , m_stage(stage)
    , m_store(store)
{
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &LessonRunner::evaluate);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        if (m_state == State::Ready || m_state == State::Doing) {
            evaluate();
            if (m_state != State::Passed && m_state != State::Finished)
                setState(State::Failed, {});
        }
    });
}

// The stage's owner closes what it opened (the window's tabs go with the window).
LessonRunner::~LessonRunner() = default;

bool LessonRunner::start(const Lesson &lesson, QString *error)
{
    stop();
    if (lesson.steps.isEmpty())
        return false;
    m_lastSeen = m_store->stats().appended;
    m_records.clear();
    if (!m_stage->setUp(lesson, error)) {
        m_stage->tearDown();
        return false;
    }
    m_lesson = lesson;
    enterStep(0);
    return true;
}

void LessonRunner::stop()
{
    if (m_state == State::Idle)
        return;
    ++m_run;
    m_queue.clear();
    m_poll.stop();
    m_deadline.stop();
    m_stage->tearDown();
    m_state = State::Idle;
    Q_EMIT changed();
}

void LessonRunner::enterStep(int index)
{
    ++m_run;
    m_queue.clear();
    m_deadline.stop();
    collect();
    m_step = index;
    m_stepFrom = m_records.size();
    const LessonStep &s = step();
    if (!s.check && s.actions.isEmpty()) {
        m_poll.stop();
        pass();
        return;
    }
    m_poll.start();
    setState(State::Ready);
}

void LessonRunner::next()
{
    if (m_state == State::Passed && m_step + 1 < m_lesson.steps.size())
        enterStep(m_step + 1);
}

void LessonRunner::back()
{
    if (m_state != State::Idle && m_step > 0)
        enterStep(m_step - 1);
}

void LessonRunner::doIt()
{
    if (m_state != State::Ready && m_state != State::Failed && m_state != State::Passed)
        return;
    if (step().actions.isEmpty())
        return;
    ++m_run;
    // What the actions cause is looked for from now on.
    collect();
    m_stepFrom = m_records.size();
    m_queue.assign(step().actions.begin(), step().actions.end());
    setState(State::Doing);
    m_poll.start();
    m_deadline.start(step().timeoutMs);
    performNext();
}

void LessonRunner::performNext()
{
    if (m_state != State::Doing)
        return;
    if (m_queue.empty()) {
        evaluate();
        if (m_state == State::Doing && !step().check)
            pass();
        return;
    }
    const LessonAction action = m_queue.front();
    m_queue.pop_front();
    const quint64 run = m_run;
    if (action.kind == LessonAction::Kind::Step && action.step.kind == Step::Kind::Repeat) {
        // One round at a time: the body, then the repeat with one round less (a file's count
        // never becomes that many queued actions at once).
        if (action.step.count > 1) {
            LessonAction rest = action;
            --rest.step.count;
            m_queue.push_front(rest);
        }
        if (action.step.count > 0) {
            for (auto it = action.step.body.rbegin(); it != action.step.body.rend(); ++it) {
                LessonAction inner = action;
                inner.step = *it;
                m_queue.push_front(inner);
            }
        }
        return performNext();
    }
    if (action.kind == LessonAction::Kind::Step && action.step.kind == Step::Kind::Wait) {
        QTimer::singleShot(action.step.timeoutMs, this, [this, run] {
            if (run == m_run)
                performNext();
        });
        return;
    }
    m_stage->perform(action, [this, run](const QString &error) {
        if (run != m_run)
            return;
        if (!error.isEmpty()) {
            m_queue.clear();
            setState(State::Failed, error);
            return;
        }
        // After the caller's stack unwinds: perform() may have called back at once.
        QTimer::singleShot(0, this, [this, run] {
            if (run == m_run)
                performNext();
        });
    });
}

void LessonRunner::collect()
{
    m_lastSeen = m_store->visit(m_lastSeen, -1, [this](const Traffic::TrafficRecord &r) {
        if (m_stage->ownsConnection(r.connectionId))
            m_records.push_back(r);
    });
}

void LessonRunner::evaluate()
{
    if (m_state != State::Ready && m_state != State::Doing)
        return;
    collect();
    const LessonStep &s = step();
    if (!s.check)
        return;
    const std::size_t from = s.checkSinceLesson ? 0 : m_stepFrom;
    const std::vector<Traffic::TrafficRecord> since(m_records.begin() + qsizetype(from),
                                                    m_records.end());
    if (!s.check->passes(since, m_stage->figures()))
        return;
    // A check that passes while actions still run waits for them (a close after a send).
    if (m_state == State::Doing && !m_queue.empty())
        return;
    ++m_run;
    m_queue.clear();
    m_deadline.stop();
    m_poll.stop();
    pass();
}

void LessonRunner::pass()
{
    pointAtOutcome();
    setState(m_step + 1 == m_lesson.steps.size() ? State::Finished : State::Passed);
}

void LessonRunner::pointAtOutcome()
{
    const LessonPointer &pointer = step().pointer;
    std::optional<Traffic::TrafficRecord> record;
    if (pointer.record) {
        for (auto it = m_records.rbegin(); it != m_records.rend() && !record; ++it) {
            if (pointer.record->matches(*it))
                record = *it;
        }
    }
    m_stage->point(pointer, record);
}

void LessonRunner::setState(State state, const QString &error)
{
    m_state = state;
    m_error = error;
    if (state == State::Failed || state == State::Passed || state == State::Finished)
        m_deadline.stop();
    Q_EMIT changed();
}

} // namespace WsBench::Automation
