#include "core/automation/runner.h"

#include "core/net/io_thread.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace WsBench::Automation {

namespace {

bool flatten(const QList<Step> &steps, QList<Step> *out)
{
    for (const Step &s : steps) {
        if (s.kind != Step::Kind::Repeat) {
            out->append(s);
        } else {
            for (int i = 0; i < s.count; ++i) {
                if (!flatten(s.body, out))
                    return false;
            }
        }
        if (out->size() > kMaxSteps)
            return false;
    }
    return true;
}

// RFC 6901.
std::optional<QJsonValue> pointerValue(const QJsonValue &root, const QString &pointer)
{
    if (pointer.isEmpty())
        return root;
    if (!pointer.startsWith(QLatin1Char('/')))
        return std::nullopt;
    QJsonValue v = root;
    for (QString token : pointer.mid(1).split(QLatin1Char('/'))) {
        token.replace(QStringLiteral("~1"), QStringLiteral("/"))
            .replace(QStringLiteral("~0"), QStringLiteral("~"));
        if (v.isObject() && v.toObject().contains(token)) {
            v = v.toObject().value(token);
        } else if (v.isArray()) {
            bool ok = false;
            const int index = token.toInt(&ok);
            if (!ok || index < 0 || index >= v.toArray().size())
                return std::nullopt;
            v = v.toArray().at(index);
        } else {
            return std::nullopt;
        }
    }
    return v;
}

// The step's value as JSON when it parses as JSON ("42", "true", "\"text\""), else as a string.
QJsonValue expectedJson(const QString &value)
{
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[" + value.toUtf8() + "]"));
    return doc.isArray() && doc.array().size() == 1 ? doc.array().first() : QJsonValue(value);
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
    connect(&m_timeout, &QTimer::timeout, this, [this]() {
        const Step &step = m_steps[m_current];
        switch (step.kind) {
        case Step::Kind::ExpectNothing:
        case Step::Kind::Wait:
            finishStep(StepOutcome::Passed);
            break;
        case Step::Kind::Expect:
            if (m_lastSeen.isEmpty())
                finishStep(StepOutcome::NoMessage);
            else
                finishStep(StepOutcome::NoMatchingMessage, m_lastSeen);
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
        case Step::Kind::Close:
        case Step::Kind::Repeat:
            break; // they finish without waiting
        }
    });
}

Runner::~Runner()
{
    release();
}

void Runner::release()
{
    QPointer<Net::ClientEndpoint> ep = m_endpoint;
    m_endpoint = nullptr;
    if (ep) {
        ep->disconnect(this);
        m_io->post([ep]() {
            if (!ep)
                return;
            ep->close(1001, "scenario finished");
            QTimer::singleShot(2000, ep, &QObject::deleteLater);
        });
    }
}

ScenarioResult Runner::run(const Scenario &scenario)
{
    m_steps.clear();
    m_result = ScenarioResult();
    m_result.name = scenario.name;
    m_inbox.clear();
    m_closed = false;
    m_closeFailure = Traffic::Failure::None;
    m_current = 0;
    QElapsedTimer clock;
    clock.start();
    if (!flatten(scenario.steps, &m_steps)) {
        StepResult tooMany;
        tooMany.outcome = StepOutcome::TooManySteps;
        m_result.steps.append(tooMany);
        return m_result;
    }
    for (const Step &s : std::as_const(m_steps)) {
        StepResult r;
        r.step = s;
        m_result.steps.append(r);
    }
    if (m_steps.isEmpty())
        return m_result;
    QEventLoop loop;
    m_running = true;
    connect(this, &Runner::stepFinished, &loop, [&loop, this](int index) {
        if (index + 1 >= m_steps.size() || m_result.steps[index].failed())
            loop.quit();
    });
    QTimer::singleShot(0, this, &Runner::start);
    loop.exec();
    m_running = false;
    m_timeout.stop();
    release();
    m_result.ms = clock.elapsed();
    return m_result;
}

void Runner::start()
{
    const Step &step = m_steps[m_current];
    m_stepClock.start();
    m_lastSeen.clear();
    switch (step.kind) {
    case Step::Kind::Connect: {
        QString error;
        const auto options = m_profiles(step.profile, &error);
        if (!options) {
            finishStep(StepOutcome::ProfileUnusable, error);
            return;
        }
        release();
        m_inbox.clear();
        m_closed = false;
        m_closeFailure = Traffic::Failure::None;
        const quint32 id = m_nextConnection++;
        Net::ClientEndpoint *ep = nullptr;
        m_io->call([&]() {
            ep = new Net::ClientEndpoint(id, *options, m_store, m_clock, m_io->context());
            connect(ep, &Net::ClientEndpoint::opened, this, [this]() {
                if (m_running && m_steps[m_current].kind == Step::Kind::Connect)
                    finishStep(StepOutcome::Passed);
            });
            connect(ep, &Net::ClientEndpoint::messageReceived, this, &Runner::onMessage);
            connect(ep, &Net::ClientEndpoint::pongReceived, this, [this]() {
                if (m_running && m_steps[m_current].kind == Step::Kind::Ping)
                    finishStep(StepOutcome::Passed);
            });
            connect(
                ep, &Net::ClientEndpoint::finished, this,
                [this](quint16 code, bool, Traffic::Failure failure) { onClosed(code, failure); });
            if (!ep->open()) {
                ep->deleteLater();
                ep = nullptr;
            }
        });
        m_endpoint = ep;
        if (!ep) {
            finishStep(StepOutcome::ConnectionNotStarted);
            return;
        }
        m_timeout.start(step.timeoutMs);
        return;
    }
    case Step::Kind::Send:
    case Step::Kind::Ping:
    case Step::Kind::Close: {
        if (!m_endpoint || m_closed) {
            finishStep(m_closed ? StepOutcome::AlreadyClosed : StepOutcome::NotConnected);
            return;
        }
        const QByteArray value = m_expand(step.value).toUtf8();
        QPointer<Net::ClientEndpoint> ep = m_endpoint;
        const Step::Kind kind = step.kind;
        const int code = step.code;
        m_io->post([ep, value, kind, code]() {
            if (!ep || !ep->connection())
                return;
            if (kind == Step::Kind::Send)
                ep->connection()->sendText(value);
            else if (kind == Step::Kind::Ping)
                ep->connection()->sendPing(value.left(125));
            else
                ep->close(quint16(code));
        });
        if (kind == Step::Kind::Send) {
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
        m_timeout.start(step.timeoutMs);
        checkInbox();
        return;
    case Step::Kind::ExpectNothing:
        m_inbox.clear(); // only what arrives during this step counts
        m_timeout.start(step.timeoutMs);
        return;
    case Step::Kind::ExpectClose:
        if (m_closed) {
            onClosed(m_closeCode, m_closeFailure);
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

void Runner::finishStep(StepOutcome outcome, const QString &text)
{
    m_timeout.stop();
    StepResult &r = m_result.steps[m_current];
    r.outcome = outcome;
    r.text = text;
    if (m_closed) {
        r.closeCode = m_closeCode;
        r.failure = m_closeFailure;
    }
    r.ms = m_stepClock.elapsed();
    const int index = m_current;
    Q_EMIT stepFinished(index, r);
    if (r.failed() || index + 1 >= m_steps.size())
        return;
    ++m_current;
    QTimer::singleShot(0, this, [this]() {
        if (m_running)
            start();
    });
}

void Runner::onMessage(quint8 opcode, const QByteArray &payload)
{
    if (!m_running)
        return;
    m_inbox.push_back({opcode, payload});
    const Step &step = m_steps[m_current];
    if (step.kind == Step::Kind::ExpectNothing && m_timeout.isActive()) {
        finishStep(StepOutcome::UnexpectedMessage, shown(payload));
        return;
    }
    if (step.kind == Step::Kind::Expect && m_timeout.isActive())
        checkInbox();
}

void Runner::checkInbox()
{
    const Step &step = m_steps[m_current];
    while (!m_inbox.empty()) {
        const Incoming m = m_inbox.front();
        m_inbox.pop_front();
        m_lastSeen = shown(m.payload);
        if (matches(step, m.payload)) {
            finishStep(StepOutcome::Passed);
            return;
        }
    }
}

bool Runner::matches(const Step &step, const QByteArray &payload) const
{
    const QString value = m_expand(step.value);
    switch (step.match) {
    case Step::Match::Text:
        return payload == value.toUtf8();
    case Step::Match::Regex:
        return QRegularExpression(value).match(QString::fromUtf8(payload)).hasMatch();
    case Step::Match::JsonPointer:
    case Step::Match::SameId: {
        const QJsonDocument doc = QJsonDocument::fromJson(payload);
        if (doc.isNull())
            return false;
        const QJsonValue root = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
        const QString pointer = step.pointer.isEmpty() && step.match == Step::Match::SameId
            ? QStringLiteral("/id")
            : step.pointer;
        const auto got = pointerValue(root, pointer);
        if (!got)
            return false;
        if (step.match == Step::Match::JsonPointer)
            return *got == expectedJson(value);
        const QJsonDocument sent = QJsonDocument::fromJson(m_lastSent);
        const auto want = pointerValue(
            sent.isObject() ? QJsonValue(sent.object()) : QJsonValue(sent.array()), pointer);
        return want && *got == *want;
    }
    }
    return false;
}

void Runner::onClosed(quint16 code, Traffic::Failure failure)
{
    m_closed = true;
    m_closeCode = code;
    m_closeFailure = failure;
    if (!m_running)
        return;
    const Step &step = m_steps[m_current];
    if (step.kind == Step::Kind::ExpectClose) {
        finishStep(step.code == 0 || step.code == code ? StepOutcome::Passed
                                                       : StepOutcome::WrongCloseCode);
    } else if (step.kind == Step::Kind::Connect || step.kind == Step::Kind::Expect
               || step.kind == Step::Kind::Ping) {
        if (m_timeout.isActive() || step.kind == Step::Kind::Connect)
            finishStep(StepOutcome::ConnectionClosed);
    }
}

} // namespace WsBench::Automation
