#pragma once

#include "core/automation/scenario.h"
#include "core/automation/step_result.h"
#include "core/net/client_endpoint.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <functional>

namespace WsBench::Net {
class IoThread;
}

namespace WsBench::Automation {

// Runs scenarios against real servers. Endpoints live in the engine's I/O thread; the runner
// lives in the caller's, and every step is bounded by its timeout.
class Runner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Runner)

public:
    // A connect step's profile, resolved to endpoint options (variables expanded), or nullopt
    // with the reason.
    using ProfileResolver
        = std::function<std::optional<Net::ClientOptions>(const QString &profile, QString *error)>;
    using Expander = std::function<QString(const QString &)>; // {{variables}} in sent values

    Runner(Net::IoThread *io, Traffic::TrafficStore *store, const Traffic::Clock *clock,
           ProfileResolver profiles, Expander expand, QObject *parent = nullptr);
    ~Runner() override;

    // Runs one scenario to its end (a local event loop), then returns its result.
    ScenarioResult run(const Scenario &scenario);
    // Connection ids for the scenario's connections: first, first + 1, ... (so a caller can
    // tell its traffic apart in a shared store).
    void setFirstConnectionId(quint32 id) { m_nextConnection = id; }
    quint32 nextConnectionId() const { return m_nextConnection; }

Q_SIGNALS:
    void stepFinished(int index, const WsBench::Automation::StepResult &result);

private:
    struct Incoming
    {
        quint8 opcode;
        QByteArray payload;
    };
    void start();
    void finishStep(StepOutcome outcome, const QString &text = {});
    void checkInbox();
    void onMessage(quint8 opcode, const QByteArray &payload);
    void onClosed(quint16 code, Traffic::Failure failure);
    bool matches(const Step &step, const QByteArray &payload) const;
    void release();

    Net::IoThread *m_io;
    Traffic::TrafficStore *m_store;
    const Traffic::Clock *m_clock;
    ProfileResolver m_profiles;
    Expander m_expand;
    QList<Step> m_steps; // flattened
    int m_current = 0;
    ScenarioResult m_result;
    QTimer m_timeout;
    QElapsedTimer m_stepClock;
    QPointer<Net::ClientEndpoint> m_endpoint;
    quint32 m_nextConnection = 1;
    std::deque<Incoming> m_inbox;
    QByteArray m_lastSent;
    QString m_lastSeen;
    bool m_closed = false;
    quint16 m_closeCode = 0;
    Traffic::Failure m_closeFailure = Traffic::Failure::None;
    bool m_running = false;
};

} // namespace WsBench::Automation
