// The scenario runner against an echo server on loopback: a run goes on in the test's event
// loop, reports each step and then the whole result, and stops on request with the remaining
// steps skipped and its connection closed.
#include "core/automation/runner.h"
#include "core/net/io_thread.h"
#include "core/net/server_endpoint.h"
#include "core/traffic/clock.h"
#include "core/traffic/traffic_store.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace WsBench;
using namespace WsBench::Automation;
using Kind = Step::Kind;

Q_DECLARE_METATYPE(WsBench::Automation::Step)

namespace {

Step step(Kind kind, const QString &value = {}, int timeoutMs = 5000)
{
    Step s;
    s.kind = kind;
    s.value = value;
    s.timeoutMs = timeoutMs;
    if (kind == Kind::Connect)
        s.profile = QStringLiteral("echo");
    if (kind == Kind::ExpectClose)
        s.code = 0;
    return s;
}

} // namespace

class TestRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void runsStepByStepInTheEventLoop();
    void oneRunAtATime();
    void aScenarioWithoutStepsStillFinishesLater();
    void aFinishedHandlerMayStartTheNextRun();
    void cancelSkipsTheRestAndCloses_data();
    void cancelSkipsTheRestAndCloses();
    void cancelBeforeTheFirstStepConnectsNothing();
    void cancelFromAStepHandler();
    void destroyingTheRunnerClosesItsConnection();
    void anInvalidRegexFailsAtOnce();
    void aMismatchSaysWhy();

private:
    std::unique_ptr<Runner> makeRunner();

    Traffic::SystemClock m_clock;
    std::unique_ptr<Traffic::TrafficStore> m_store;
    std::unique_ptr<Net::IoThread> m_io;
    std::unique_ptr<Net::ServerEndpoint> m_server;
};

void TestRunner::init()
{
    m_store = std::make_unique<Traffic::TrafficStore>();
    m_io = std::make_unique<Net::IoThread>();
    Net::ServerOptions options;
    options.echo = true;
    m_server = std::make_unique<Net::ServerEndpoint>(1, options, m_store.get(), &m_clock);
    QString error;
    QVERIFY2(m_server->listen(&error), qPrintable(error));
}

void TestRunner::cleanup()
{
    m_server.reset();
    m_io.reset();
    m_store.reset();
}

std::unique_ptr<Runner> TestRunner::makeRunner()
{
    const QString url = m_server->url();
    const auto profiles
        = [url](const QString &name, QString *why) -> std::optional<Net::ClientOptions> {
        if (name != QLatin1String("echo")) {
            *why = QStringLiteral("no profile named %1").arg(name);
            return std::nullopt;
        }
        Net::ClientOptions options;
        options.url = url;
        return options;
    };
    const auto expand = [](const QString &text) {
        QString out = text;
        return out.replace(QStringLiteral("{{who}}"), QStringLiteral("runner"));
    };
    return std::make_unique<Runner>(m_io.get(), m_store.get(), &m_clock, profiles, expand);
}

void TestRunner::runsStepByStepInTheEventLoop()
{
    auto runner = makeRunner();
    QSignalSpy steps(runner.get(), &Runner::stepFinished);
    QSignalSpy finished(runner.get(), &Runner::finished);
    Step sameId = step(Kind::Expect);
    sameId.match = Step::Match::SameId;
    Step close = step(Kind::Close);
    close.code = 1000;
    Step closed = step(Kind::ExpectClose);
    closed.code = 1000;
    const Scenario scenario {QStringLiteral("round trip"),
                             {step(Kind::Connect), step(Kind::Send, QStringLiteral("hi {{who}}")),
                              step(Kind::Expect, QStringLiteral("hi runner")),
                              step(Kind::Send, QStringLiteral("{\"id\": 5, \"op\": \"x\"}")),
                              sameId, step(Kind::Ping, QStringLiteral("there?")),
                              step(Kind::ExpectNothing, {}, 100), close, closed}};
    QVERIFY(runner->start(scenario));
    // start() returns before anything runs.
    QVERIFY(runner->isRunning());
    QCOMPARE(steps.count(), 0);
    QCOMPARE(finished.count(), 0);
    QVERIFY(finished.wait(10000));
    QVERIFY(!runner->isRunning());
    QCOMPARE(steps.count(), 9);
    for (int i = 0; i < steps.count(); ++i) {
        QCOMPARE(steps.at(i).at(0).toInt(), i);
        const auto r = steps.at(i).at(1).value<StepResult>();
        QVERIFY2(r.passed(), stepOutcomeName(r.outcome));
        QCOMPARE(int(r.step.kind), int(scenario.steps[i].kind));
    }
    const auto result = finished.first().first().value<ScenarioResult>();
    QCOMPARE(result.name, QStringLiteral("round trip"));
    QCOMPARE(result.steps.size(), 9);
    QVERIFY(result.passed());
    QVERIFY(!result.cancelled);
    QCOMPARE(result.steps[6].closeCode, 0); // still open while expecting nothing
    QCOMPARE(result.steps[8].closeCode, 1000);
    QCOMPARE(runner->nextConnectionId(), 2u);
}

void TestRunner::oneRunAtATime()
{
    auto runner = makeRunner();
    QSignalSpy finished(runner.get(), &Runner::finished);
    const Scenario wait {QStringLiteral("wait"), {step(Kind::Wait, {}, 200)}};
    QVERIFY(runner->start(wait));
    QVERIFY(!runner->start({QStringLiteral("other"), {step(Kind::Wait, {}, 10)}}));
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().value<ScenarioResult>().name, QStringLiteral("wait"));
    QTest::qWait(50);
    QCOMPARE(finished.count(), 1);
    QVERIFY(runner->start(wait)); // and again once it has ended
    QVERIFY(finished.wait(10000));
}

void TestRunner::aScenarioWithoutStepsStillFinishesLater()
{
    auto runner = makeRunner();
    QSignalSpy finished(runner.get(), &Runner::finished);
    QVERIFY(runner->start({QStringLiteral("empty"), {}}));
    QCOMPARE(finished.count(), 0);
    QVERIFY(finished.wait(10000));
    QVERIFY(finished.first().first().value<ScenarioResult>().steps.isEmpty());

    // Repeats that unroll to too many steps end with one result that says so.
    Step repeat = step(Kind::Repeat);
    repeat.count = kMaxSteps + 1;
    repeat.body = {step(Kind::Wait, {}, 0)};
    QVERIFY(runner->start({QStringLiteral("too many"), {repeat}}));
    QCOMPARE(finished.count(), 1);
    QVERIFY(finished.wait(10000));
    const auto result = finished.at(1).first().value<ScenarioResult>();
    QCOMPARE(result.steps.size(), 1);
    QCOMPARE(stepOutcomeName(result.steps.first().outcome), "TooManySteps");
    QVERIFY(!result.passed());

    // Nested repeats of two billion each are refused at once, not unrolled.
    Step inner = step(Kind::Repeat);
    inner.count = 2000000000;
    inner.body = {step(Kind::Wait, {}, 0)};
    Step outer = step(Kind::Repeat);
    outer.count = 2000000000;
    outer.body = {inner};
    QVERIFY(runner->start({QStringLiteral("nested"), {outer}}));
    QVERIFY(finished.wait(10000));
    QCOMPARE(stepOutcomeName(finished.at(2).first().value<ScenarioResult>().steps.first().outcome),
             "TooManySteps");
}

void TestRunner::aFinishedHandlerMayStartTheNextRun()
{
    auto runner = makeRunner();
    const QList<Scenario> scenarios {
        {QStringLiteral("first"),
         {step(Kind::Connect), step(Kind::Send, QStringLiteral("a")),
          step(Kind::Expect, QStringLiteral("a"))}},
        {QStringLiteral("second"),
         {step(Kind::Connect), step(Kind::Send, QStringLiteral("b")),
          step(Kind::Expect, QStringLiteral("b"))}},
    };
    QList<ScenarioResult> results;
    connect(runner.get(), &Runner::finished, this, [&](const ScenarioResult &r) {
        results.append(r);
        if (results.size() < scenarios.size())
            QVERIFY(runner->start(scenarios[results.size()]));
    });
    QVERIFY(runner->start(scenarios.first()));
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 2, 10000);
    QCOMPARE(results[0].name, QStringLiteral("first"));
    QCOMPARE(results[1].name, QStringLiteral("second"));
    QVERIFY(results[0].passed());
    QVERIFY(results[1].passed());
    QCOMPARE(runner->nextConnectionId(), 3u); // one connection each
}

void TestRunner::cancelSkipsTheRestAndCloses_data()
{
    QTest::addColumn<Step>("blocking");
    QTest::newRow("wait") << step(Kind::Wait, {}, 60000);
    QTest::newRow("expect") << step(Kind::Expect, QStringLiteral("never"), 60000);
    QTest::newRow("expectNothing") << step(Kind::ExpectNothing, {}, 60000);
    QTest::newRow("expectClose") << step(Kind::ExpectClose, {}, 60000);
}

void TestRunner::cancelSkipsTheRestAndCloses()
{
    QFETCH(Step, blocking);
    auto runner = makeRunner();
    QSignalSpy steps(runner.get(), &Runner::stepFinished);
    QSignalSpy finished(runner.get(), &Runner::finished);
    QSignalSpy received(m_server.get(), &Net::ServerEndpoint::messageReceived);
    QSignalSpy peerFinished(m_server.get(), &Net::ServerEndpoint::peerFinished);
    const Scenario scenario {QStringLiteral("long"),
                             {step(Kind::Connect), step(Kind::Send, QStringLiteral("before")),
                              step(Kind::Expect, QStringLiteral("before")), blocking,
                              step(Kind::Send, QStringLiteral("after")), step(Kind::Close)}};
    QVERIFY(runner->start(scenario));
    QTRY_COMPARE_WITH_TIMEOUT(steps.count(), 3, 10000);
    QTest::qWait(100); // well into the blocking step
    QVERIFY(runner->isRunning());
    QCOMPARE(finished.count(), 0);

    runner->cancel();
    // It has ended by the time cancel() returns.
    QVERIFY(!runner->isRunning());
    QCOMPARE(steps.count(), 4);
    QCOMPARE(steps.last().at(0).toInt(), 3);
    QCOMPARE(stepOutcomeName(steps.last().at(1).value<StepResult>().outcome), "Cancelled");
    QCOMPARE(finished.count(), 1);
    const auto result = finished.first().first().value<ScenarioResult>();
    QVERIFY(result.cancelled);
    QVERIFY(!result.passed());
    QCOMPARE(result.steps.size(), 6);
    for (int i = 0; i < 3; ++i)
        QVERIFY(result.steps[i].passed());
    QCOMPARE(stepOutcomeName(result.steps[3].outcome), "Cancelled");
    QVERIFY(result.steps[4].skipped());
    QVERIFY(result.steps[5].skipped());
    QVERIFY(result.ms < 60000);
    runner->cancel(); // nothing more to stop
    QCOMPARE(finished.count(), 1);

    // The server sees the connection close with 1001 Going Away, and nothing after "before".
    QTRY_COMPARE_WITH_TIMEOUT(peerFinished.count(), 1, 10000);
    QCOMPARE(peerFinished.first().at(1).toUInt(), 1001u);
    QCOMPARE(received.count(), 1);
    QCOMPARE(received.first().at(2).toByteArray(), QByteArray("before"));
    // No late step or result comes after the stop.
    QTest::qWait(100);
    QCOMPARE(steps.count(), 4);
    QCOMPARE(finished.count(), 1);
}

void TestRunner::cancelBeforeTheFirstStepConnectsNothing()
{
    auto runner = makeRunner();
    QSignalSpy steps(runner.get(), &Runner::stepFinished);
    QSignalSpy finished(runner.get(), &Runner::finished);
    QSignalSpy opened(m_server.get(), &Net::ServerEndpoint::peerOpened);
    QVERIFY(runner->start(
        {QStringLiteral("never"), {step(Kind::Connect), step(Kind::Send, QStringLiteral("x"))}}));
    runner->cancel();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(steps.count(), 1);
    const auto result = finished.first().first().value<ScenarioResult>();
    QCOMPARE(stepOutcomeName(result.steps[0].outcome), "Cancelled");
    QCOMPARE(result.steps[0].ms, 0);
    QVERIFY(result.steps[1].skipped());
    QTest::qWait(200);
    QCOMPARE(opened.count(), 0);
    QCOMPARE(runner->nextConnectionId(), 1u);
}

void TestRunner::cancelFromAStepHandler()
{
    auto runner = makeRunner();
    QSignalSpy finished(runner.get(), &Runner::finished);
    QList<int> reported;
    connect(runner.get(), &Runner::stepFinished, this, [&](int index, const StepResult &) {
        reported.append(index);
        if (index == 0)
            runner->cancel(); // the next step has not begun: it is the one stopped
    });
    QVERIFY(runner->start(
        {QStringLiteral("stopped early"),
         {step(Kind::Connect), step(Kind::Send, QStringLiteral("x")), step(Kind::Wait, {}, 10)}}));
    QVERIFY(finished.wait(10000));
    QCOMPARE(reported, (QList<int> {0, 1}));
    const auto result = finished.first().first().value<ScenarioResult>();
    QVERIFY(result.steps[0].passed());
    QCOMPARE(stepOutcomeName(result.steps[1].outcome), "Cancelled");
    QVERIFY(result.steps[2].skipped());
    QTest::qWait(100);
    QCOMPARE(finished.count(), 1);
}

void TestRunner::destroyingTheRunnerClosesItsConnection()
{
    auto runner = makeRunner();
    QSignalSpy steps(runner.get(), &Runner::stepFinished);
    QSignalSpy peerFinished(m_server.get(), &Net::ServerEndpoint::peerFinished);
    QVERIFY(runner->start(
        {QStringLiteral("dropped"), {step(Kind::Connect), step(Kind::Wait, {}, 60000)}}));
    QTRY_COMPARE_WITH_TIMEOUT(steps.count(), 1, 10000);
    runner.reset();
    QTRY_COMPARE_WITH_TIMEOUT(peerFinished.count(), 1, 10000);
    QCOMPARE(peerFinished.first().at(1).toUInt(), 1001u);
}

void TestRunner::anInvalidRegexFailsAtOnce()
{
    auto runner = makeRunner();
    QSignalSpy finished(runner.get(), &Runner::finished);
    Step expect = step(Kind::Expect, QStringLiteral("(unclosed"), 60000);
    expect.match = Step::Match::Regex;
    QVERIFY(runner->start({QStringLiteral("bad regex"),
                           {step(Kind::Connect), step(Kind::Send, QStringLiteral("(unclosed")),
                            expect, step(Kind::Close)}}));
    QVERIFY(finished.wait(10000));
    const auto result = finished.first().first().value<ScenarioResult>();
    const StepResult &r = result.steps[2];
    QCOMPARE(stepOutcomeName(r.outcome), "InvalidExpectation");
    QCOMPARE(matchReasonName(r.match.reason), "InvalidRegex");
    QCOMPARE(r.match.detail, QStringLiteral("missing closing parenthesis"));
    QVERIFY(result.steps[3].skipped());
}

void TestRunner::aMismatchSaysWhy()
{
    auto runner = makeRunner();
    QSignalSpy finished(runner.get(), &Runner::finished);
    Step expect = step(Kind::Expect, QStringLiteral("2"), 300);
    expect.match = Step::Match::JsonPointer;
    expect.pointer = QStringLiteral("/n");
    QVERIFY(runner->start(
        {QStringLiteral("wrong value"),
         {step(Kind::Connect), step(Kind::Send, QStringLiteral("{\"n\":1}")), expect}}));
    QVERIFY(finished.wait(10000));
    const StepResult r = finished.first().first().value<ScenarioResult>().steps[2];
    QCOMPARE(stepOutcomeName(r.outcome), "NoMatchingMessage");
    QCOMPARE(r.text, QStringLiteral("{\"n\":1}"));
    QCOMPARE(matchReasonName(r.match.reason), "ValueDiffers");
    QCOMPARE(r.match.detail, QStringLiteral("1"));
}

QTEST_GUILESS_MAIN(TestRunner)
#include "tst_runner.moc"
