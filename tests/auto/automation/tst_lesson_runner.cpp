// The lesson runner on a stage that only remembers what it was asked: actions in order (a
// repeat one round at a time), a failed action stops the step with its reason, and a step is
// done when its check finds the records, whoever made them, only among the lesson's connections.
#include "core/automation/lesson_runner.h"
#include "core/traffic/connection_id.h"
#include "core/traffic/traffic_store.h"
#include "tests/support/record_builders.h"

#include <QSignalSpy>
#include <QTest>

using namespace WsBench;
using namespace WsBench::Automation;
using State = LessonRunner::State;

namespace {

const quint32 kOurs = Traffic::ConnectionId::clientAttempt(1, 1).raw();
const quint32 kOthers = Traffic::ConnectionId::clientAttempt(2, 1).raw();

class RecordingStage final : public LessonStage
{
public:
    bool setUp(const Lesson &, QString *) override
    {
        ++setUps;
        return true;
    }
    void perform(const LessonAction &action, const Done &done) override
    {
        performed << (action.step.kind == Step::Kind::Send ? action.step.value
                                                           : QStringLiteral("other"));
        done(performed.last() == QLatin1String("refuse") ? QStringLiteral("refused") : QString());
    }
    bool ownsConnection(quint32 connection) const override { return connection == kOurs; }
    QMap<QString, double> figures() const override { return {}; }
    void point(const LessonPointer &, const std::optional<Traffic::TrafficRecord> &record) override
    {
        if (record)
            pointedAt << record->id;
    }
    void tearDown() override { ++tearDowns; }

    int setUps = 0;
    int tearDowns = 0;
    QStringList performed;
    QList<quint64> pointedAt;
};

Lesson lesson(const QByteArray &steps)
{
    DocumentProblem problem;
    const auto l = lessonFromJson(R"({"id": "t", "title": {"en": "T", "zh": "测"},
        "clients": [{"name": "C"}], "steps": )"
                                      + steps + "}",
                                  &problem);
    if (!l)
        qWarning() << problem.path << problem.args;
    return l.value_or(Lesson());
}

QStringList words(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *w : list)
        out << QLatin1String(w);
    return out;
}

} // namespace

class TestLessonRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void actionsRunInOrderAndRepeatsOneRoundAtATime()
    {
        Traffic::TrafficStore store;
        RecordingStage stage;
        LessonRunner runner(&stage, &store);
        QString error;
        QVERIFY(runner.start(lesson(R"([{"text": {"en": "a", "zh": "甲"}, "do": [
            {"kind": "send", "value": "first"},
            {"kind": "repeat", "count": 3, "body": [{"kind": "send", "value": "x"},
                                                   {"kind": "send", "value": "y"}]},
            {"kind": "send", "value": "last"}]},
            {"text": {"en": "b", "zh": "乙"}}])"),
                             &error));
        QCOMPARE(stage.setUps, 1);
        QCOMPARE(runner.state(), State::Ready);
        runner.doIt();
        QTRY_COMPARE(runner.state(), State::Passed);
        QCOMPARE(stage.performed, words({"first", "x", "y", "x", "y", "x", "y", "last"}));
        runner.next();
        // A step with nothing to do and nothing to check is done at once; it is the last.
        QCOMPARE(runner.stepIndex(), 1);
        QCOMPARE(runner.state(), State::Finished);
        runner.stop();
        QCOMPARE(stage.tearDowns, 1);
    }

    void aFailedActionStopsTheStepWithItsReason()
    {
        Traffic::TrafficStore store;
        RecordingStage stage;
        LessonRunner runner(&stage, &store);
        QString error;
        QVERIFY(runner.start(lesson(R"([{"text": {"en": "a", "zh": "甲"}, "do": [
            {"kind": "send", "value": "one"}, {"kind": "send", "value": "refuse"},
            {"kind": "send", "value": "never"}]}])"),
                             &error));
        runner.doIt();
        QTRY_COMPARE(runner.state(), State::Failed);
        QCOMPARE(runner.error(), QStringLiteral("refused"));
        QCOMPARE(stage.performed, words({"one", "refuse"}));
    }

    void aCheckPassesOnTheLessonsRecordsOnly()
    {
        Traffic::TrafficStore store;
        RecordingStage stage;
        LessonRunner runner(&stage, &store);
        QString error;
        QVERIFY(runner.start(lesson(R"([{"text": {"en": "a", "zh": "甲"},
            "check": {"see": {"kind": "message", "direction": "in", "contains": "hello"}},
            "hint": {"en": "h", "zh": "提"},
            "show": {"view": "log", "record": {"kind": "message"}}}])"),
                             &error));
        QCOMPARE(runner.state(), State::Ready);
        // The same message on a connection that is not the lesson's does not count.
        store.append(
            {TestSupport::messageRecord(kOthers, Traffic::Direction::Inbound, 0x1, "hello")});
        QTest::qWait(400); // several of the runner's looks at the store
        QCOMPARE(runner.state(), State::Ready);
        // Done by hand (no "Do it"): the check finds it, and the step points at it.
        store.append(
            {TestSupport::messageRecord(kOurs, Traffic::Direction::Inbound, 0x1, "hello there")});
        QTRY_COMPARE(runner.state(), State::Finished);
        QCOMPARE(stage.pointedAt, QList<quint64>({2}));
    }
};

QTEST_GUILESS_MAIN(TestLessonRunner)
#include "tst_lesson_runner.moc"
