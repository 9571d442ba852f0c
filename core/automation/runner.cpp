#include "core/automation/runner.h"

#include "core/net/io_thread.h"

#include <memory>
#include <utility>

namespace WsBench::Automation {

namespace {

// Unrolls repeats. Each body is unrolled once and the total checked before it is copied, so a
// file with huge or nested counts is refused at once instead of looping.
bool flatten(const QList<Step> &steps, QList<Step> *out)
{
    for (const Step &s : steps) {
        if (s.kind != Step::Kind::Repeat) {
            out->append(s);
        } else if (s.count > 0) {
            QList<Step> body;
            if (!flatten(s.body, &body))
                return false;
            if (qint64(body.size()) * s.count > kMaxSteps - out->size())
                return false;
            for (int i = 0; i < s.count; ++i)
                out->append(body);
        }
        if (out->size() > kMaxSteps)
            return false;
    }
    return true;
}

QString shown(const QByteArray &payload)
{
    const QString text = QString::fromUtf8(payload);
    return text.size() > 200 ? text.left(200) + QStringLiteral("…") : text;
}

} // namespace

Runner::Runner(Net::IoThread *io, Traffic::TrafficStore *store, const Traffic::Clock *clock,
               ProfileResolver profiles, Expander expand, QObject *parent)
    : QObject(parent)
    , m_io(io)
    , m_store(store)
    , m_clock(clock)
    , m_profiles(std::move(profiles))
    , m_expand(std::move(expand))
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &Runner::onTimeout);
    m_advance.setSingleShot(true);
    m_advance.setInterval(0);
    connect(&m_advance, &QTimer::timeout, this, &Runner::startStep);
}

Runner::~Runner()
{
    release("scenario stopped");
}

void Runner::track(Net::ClientEndpoint *endpoint)
{
    ++m_closing;
    const auto settled = std::make_shared<bool>(false);
    const auto settle = [this, settled]() {
        if (std::exchange(*settled, true))
            return;
        if (--m_closing == 0)
            Q_EMIT connectionsClosed();
    };
    connect(endpoint, &Net::ClientEndpoint::finished, this, settle, Qt::QueuedConnection);
    connect(endpoint, &QObject::destroyed, this, settle, Qt::QueuedConnection);
}

void Runner::release(const QByteArray &reason)
{
    QPointer<Net::ClientEndpoint> ep = m_endpoint;
    m_endpoint = nullptr;
    m_connection = 0;
    if (ep) {
        ep->disconnect(this);
        // Counted until it has closed, or is gone (whichever the runner hears of first),
        // unless it has ended already.
        if (!m_closed)
            track(ep);
        m_io->post([ep, reason]() {
            if (!ep)
                return;
            ep->close(1001, reason);
            QTimer::singleShot(2000, ep, &QObject::deleteLater);
        });
    }
}

bool Runner::start(const Scenario &scenario)
{
    if (m_running)
        return false;
    m_steps.clear();
    m_result = ScenarioResult();
    m_result.name = scenario.name;
    m_inbox.clear();
    m_lastSent.clear();
    m_closed = false;
    m_closeCode = 0;
    m_closeFailure = Traffic::Failure::None;
    m_closeDetail.clear();
    m_current = 0;
    m_stepActive = false;
    m_runClock.start();
    m_stepClock.start();
    if (!flatten(scenario.steps, &m_steps)) {
        m_steps.clear();
        StepResult tooMany;
        tooMany.outcome = StepOutcome::TooManySteps;
        m_result.steps.append(tooMany);
    } else {
        for (const Step &s : std::as_const(m_steps)) {
            StepResult r;
            r.step = s;
            m_result.steps.append(r);
        }
    }
    ++m_run;
    m_running = true;
    m_advance.start(); // the first step, or the end of a run without steps
    return true;
}

void Runner::cancel()
{
    if (!m_running || m_cancelling || m_ending)
        return; // not running, already stopping, or ending after its last step anyway
    m_cancelling = true; // start() and cancel() do nothing from the stepFinished handler
    m_timeout.stop();
    m_advance.stop();
    m_result.cancelled = true;
    if (m_current < m_steps.size()) {
        // The step under way, or the next one when it has not begun yet.
        StepResult &r = m_result.steps[m_current];
        r.outcome = StepOutcome::Cancelled;
        if (m_closed) {
            r.closeCode = m_closeCode;
            r.failure = m_closeFailure;
            r.failureDetail = m_closeDetail;
        }
        r.ms = m_stepActive ? m_stepClock.elapsed() : 0;
        m_stepActive = false;
        const StepResult reported = r;
        Q_EMIT stepFinished(m_current, reported);
    }
    finishRun();
}

void Runner::finishRun()
{
    m_timeout.stop();
    m_advance.stop();
    m_stepActive = false;
    m_running = false;
    m_cancelling = false;
    m_ending = false;
    release(m_result.cancelled ? "scenario stopped" : "scenario finished");
    m_result.ms = m_runClock.elapsed();
    const ScenarioResult result = m_result; // a handler may start the next run
    Q_EMIT finished(result);
}

void Runner::startStep()
{
    if (!m_running)
        return;
    if (m_current >= m_steps.size()) {
        finishRun();
        return;
    }
    const Step &step = m_steps[m_current];
    m_stepClock.start();
    m_stepActive = true;
    m_lastSeen.clear();
    m_lastMismatch = MatchResult();
    switch (step.kind) {
    case Step::Kind::Connect:
        startConnect(step);
        return;
    case Step::Kind::Send:
    case Step::Kind::SendBinary:
    case Step::Kind::Ping:
    case Step::Kind::Close: {
        if (!m_endpoint || m_closed) {
            finishStep(m_closed ? StepOutcome::AlreadyClosed : StepOutcome::NotConnected);
            return;
        }
        // Binary is base64 in the document (checked when it was read), sent byte for byte.
        const QByteArray value = step.kind == Step::Kind::SendBinary
            ? QByteArray::fromBase64(step.value.toLatin1())
            : m_expand(step.value).toUtf8();
        QPointer<Net::ClientEndpoint> ep = m_endpoint;
        const Step::Kind kind = step.kind;
        const int code = step.code;
        m_io->post([ep, value, kind, code]() {
            if (!ep || !ep->connection())
                return;
            if (kind == Step::Kind::Send)
                ep->connection()->sendText(value);
            else if (kind == Step::Kind::SendBinary)
                ep->connection()->sendBinary(value);
            else if (kind == Step::Kind::Ping)
                ep->connection()->sendPing(value.left(125));
            else
                ep->close(quint16(code));
        });
        if (kind == Step::Kind::Send || kind == Step::Kind::SendBinary) {
            m_lastSent = value;
            finishStep(StepOutcome::Passed);
        } else if (kind == Step::Kind::Close) {
            finishStep(StepOutcome::Passed);
        } else {
            m_timeout.start(step.timeoutMs);
        }
        return;
    }
    case Step::Kind::Expect:
        startExpect(step);
        return;
    case Step::Kind::ExpectNothing:
        m_inbox.clear(); // only what arrives during this step counts
        m_timeout.start(step.timeoutMs);
        return;
    case Step::Kind::ExpectClose:
        if (m_closed) {
            finishStep(step.code == 0 || step.code == m_closeCode ? StepOutcome::Passed
                                                                  : StepOutcome::WrongCloseCode);
            return;
        }
        m_timeout.start(step.timeoutMs);
        return;
    case Step::Kind::Wait:
        m_timeout.start(step.timeoutMs);
        return;
    case Step::Kind::Repeat:
        finishStep(StepOutcome::Passed); // unrolled before running
        return;
    }
}

void Runner::startConnect(const Step &step)
{
    QString error;
    auto options = m_profiles(step.profile, &error);
    if (!options) {
        finishStep(StepOutcome::ProfileUnusable, error);
        return;
    }
    release("scenario connects again");
    m_inbox.clear();
    m_closed = false;
    m_closeCode = 0;
    m_closeFailure = Traffic::Failure::None;
    options->peer.budget = &m_io->sendBudget();
    m_closeDetail.clear();
    const quint32 id = m_nextConnection++;
    Net::ClientEndpoint *ep = nullptr;
    // Creating the endpoint in its thread takes a moment and does no network I/O; what the
    // connection does later comes back as queued signals, tagged with its id.
    m_io->call([&]() {
        ep = new Net::ClientEndpoint(id, *options, m_store, m_clock, m_io->context());
        connect(ep, &Net::ClientEndpoint::opened, this, [this, id]() { onOpened(id); });
        connect(ep, &Net::ClientEndpoint::messageReceived, this,
                [this, id](quint8 opcode, const QByteArray &payload) {
                    onMessage(id, opcode, payload);
                });
        connect(ep, &Net::ClientEndpoint::pongReceived, this, [this, id]() { onPong(id); });
        connect(ep, &Net::ClientEndpoint::finished, this,
                [this, id](quint16 code, bool, Traffic::Failure failure, const QByteArray &detail) {
                    onClosed(id, code, failure, detail);
                });
        if (!ep->open()) {
            ep->deleteLater();
            ep = nullptr;
        }
    });
    if (!ep) {
        finishStep(StepOutcome::ConnectionNotStarted);
        return;
    }
    m_endpoint = ep;
    m_connection = id;
    m_timeout.start(step.timeoutMs);
}

void Runner::startExpect(const Step &step)
{
    // The value is expanded once per step, so {{counter}} or {{uuid}} in it do not change
    // from one message to the next.
    m_expectation = Expectation::fromStep(
        step, step.match == Step::Match::SameId ? step.value : m_expand(step.value));
    if (const auto error = expectationError(m_expectation, m_lastSent)) {
        m_result.steps[m_current].match = *error;
        finishStep(StepOutcome::InvalidExpectation);
        return;
    }
    m_timeout.start(step.timeoutMs);
    checkInbox();
}

void Runner::onTimeout()
{
    if (!m_running || !m_stepActive)
        return;
    switch (m_steps[m_current].kind) {
    case Step::Kind::ExpectNothing:
    case Step::Kind::Wait:
        finishStep(StepOutcome::Passed);
        break;
    case Step::Kind::Expect:
        if (m_lastSeen.isEmpty()) {
            finishStep(StepOutcome::NoMessage);
        } else {
            m_result.steps[m_current].match = m_lastMismatch;
            finishStep(StepOutcome::NoMatchingMessage, m_lastSeen);
        }
        break;
    case Step::Kind::Connect:
        finishStep(StepOutcome::NotOpenInTime);
        break;
    case Step::Kind::Ping:
        finishStep(StepOutcome::NoPong);
        break;
    case Step::Kind::ExpectClose:
        finishStep(StepOutcome::StillOpen);
        break;
    case Step::Kind::Send:
    case Step::Kind::SendBinary:
    case Step::Kind::Close:
    case Step::Kind::Repeat:
        break; // they finish without waiting
    }
}

void Runner::finishStep(StepOutcome outcome, const QString &text)
{
    m_timeout.stop();
    m_stepActive = false;
    StepResult &r = m_result.steps[m_current];
    r.outcome = outcome;
    r.text = text;
    if (m_closed) {
        r.closeCode = m_closeCode;
        r.failure = m_closeFailure;
        r.failureDetail = m_closeDetail;
    }
    r.ms = m_stepClock.elapsed();
    const StepResult reported = r;
    const int index = m_current++;
    m_ending = reported.failed() || m_current >= m_steps.size();
    const quint64 run = m_run;
    Q_EMIT stepFinished(index, reported);
    if (run != m_run || !m_running)
        return; // a handler stopped the run (and may have started another)
    if (m_ending) {
        finishRun();
        return;
    }
    m_advance.start();
}

void Runner::onOpened(quint32 connection)
{
    if (connection != m_connection || !m_running || !m_stepActive)
        return;
    if (m_steps[m_current].kind == Step::Kind::Connect)
        finishStep(StepOutcome::Passed);
}

void Runner::onPong(quint32 connection)
{
    if (connection != m_connection || !m_running || !m_stepActive)
        return;
    if (m_steps[m_current].kind == Step::Kind::Ping)
        finishStep(StepOutcome::Passed);
}

void Runner::onMessage(quint32 connection, quint8 opcode, const QByteArray &payload)
{
    if (connection != m_connection || !m_running)
        return;
    m_inbox.push_back({opcode, payload});
    if (!m_stepActive)
        return; // kept for the next step
    const Step &step = m_steps[m_current];
    if (step.kind == Step::Kind::ExpectNothing) {
        finishStep(StepOutcome::UnexpectedMessage, shown(payload));
        return;
    }
    if (step.kind == Step::Kind::Expect)
        checkInbox();
}

void Runner::checkInbox()
{
    while (!m_inbox.empty()) {
        const Incoming m = m_inbox.front();
        m_inbox.pop_front();
        m_lastSeen = shown(m.payload);
        m_lastMismatch = matchMessage(m_expectation, m_lastSent, m.payload);
        if (m_lastMismatch.matched()) {
            finishStep(StepOutcome::Passed);
            return;
        }
    }
}

void Runner::onClosed(quint32 connection, quint16 code, Traffic::Failure failure,
                      const QByteArray &detail)
{
    if (connection != m_connection)
        return;
    m_closed = true;
    m_closeCode = code;
    m_closeFailure = failure;
    m_closeDetail = detail;
    if (!m_running || !m_stepActive)
        return;
    const Step &step = m_steps[m_current];
    switch (step.kind) {
    case Step::Kind::ExpectClose:
        finishStep(step.code == 0 || step.code == code ? StepOutcome::Passed
                                                       : StepOutcome::WrongCloseCode);
        break;
    case Step::Kind::Connect:
    case Step::Kind::Expect:
    case Step::Kind::Ping:
        finishStep(StepOutcome::ConnectionClosed);
        break;
    case Step::Kind::Send:
    case Step::Kind::SendBinary:
    case Step::Kind::ExpectNothing:
    case Step::Kind::Close:
    case Step::Kind::Wait:
    case Step::Kind::Repeat:
        break;
    }
}

} // namespace WsBench::Automation
