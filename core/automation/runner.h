#pragma once

#include "core/automation/expectation.h"
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

// Runs scenarios against real servers, one at a time, in the caller's event loop: each step
// moves on when the engine reports (opened, a message, a Pong, the end of the connection) or
// when its timeout fires. Nothing blocks and no event loop is nested. Endpoints live in the
// engine's I/O thread; the runner lives in the caller's thread. Delete a runner from one of
// its own signals with deleteLater(), not delete.
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

    // `io` must outlive the runner: the runner closes its connection there when it ends.
    Runner(Net::IoThread *io, Traffic::TrafficStore *store, const Traffic::Clock *clock,
           ProfileResolver profiles, Expander expand, QObject *parent = nullptr);
    // A run still going stops without signals; its connection closes.
    ~Runner() override;

    // Starts running `scenario` and returns at once. stepFinished reports each step as it
    // ends, then finished reports the whole result, always after start() has returned (also
    // for a scenario without steps). Returns false, and changes nothing, while a run is going
    // on. A finished handler may start the next scenario.
    bool start(const Scenario &scenario);
    // Stops the run: the step under way ends as Cancelled, the steps after it are Skipped, the
    // connection closes (1001), and stepFinished (for that step) and finished come before
    // cancel() returns. Does nothing when no run is going on.
    void cancel();
    bool isRunning() const { return m_running; }
    // Connections of finished runs still closing (a Close sent, the server's awaited; at most
    // two seconds each). connectionsClosed() follows when the last one has ended.
    int closingConnections() const { return m_closing; }

    // Connection ids for the scenario's connections: first, first + 1, ... (so a caller can
    // tell its traffic apart in a shared store).
    void setFirstConnectionId(quint32 id) { m_nextConnection = id; }
    quint32 nextConnectionId() const { return m_nextConnection; }

Q_SIGNALS:
    void stepFinished(int index, const WsBench::Automation::StepResult &result);
    void finished(const WsBench::Automation::ScenarioResult &result);
    void connectionsClosed();

private:
    struct Incoming
    {
        quint8 opcode;
        QByteArray payload;
    };
    void startStep();
    void startConnect(const Step &step);
    void startExpect(const Step &step);
    void onTimeout();
    void track(Net::ClientEndpoint *endpoint);
    void finishStep(StepOutcome outcome, const QString &text = {});
    void finishRun();
    void checkInbox();
    void onOpened(quint32 connection);
    void onMessage(quint32 connection, quint8 opcode, const QByteArray &payload);
    void onPong(quint32 connection);
    void onClosed(quint32 connection, quint16 code, Traffic::Failure failure,
                  const QByteArray &detail);
    void release(const QByteArray &reason);

    Net::IoThread *m_io;
    Traffic::TrafficStore *m_store;
    const Traffic::Clock *m_clock;
    ProfileResolver m_profiles;
    Expander m_expand;
    QList<Step> m_steps; // flattened
    int m_current = 0; // the step under way, or the next one to start
    bool m_stepActive = false; // m_steps[m_current] has started and not finished
    bool m_ending = false; // the last step has finished: the run ends next
    bool m_cancelling = false;
    quint64 m_run = 0; // counts start()s, so a handler that starts another run is noticed
    ScenarioResult m_result;
    QTimer m_timeout; // the current step's
    QTimer m_advance; // starts the next step from the event loop, not from a deep call chain
    QElapsedTimer m_runClock;
    QElapsedTimer m_stepClock;
    QPointer<Net::ClientEndpoint> m_endpoint;
    quint32 m_connection = 0; // m_endpoint's id; events from other connections are stale
    quint32 m_nextConnection = 1;
    std::deque<Incoming> m_inbox;
    Expectation m_expectation; // the current expect step's, expanded once when it starts
    QByteArray m_lastSent;
    QString m_lastSeen;
    MatchResult m_lastMismatch;
    bool m_closed = false;
    quint16 m_closeCode = 0;
    Traffic::Failure m_closeFailure = Traffic::Failure::None;
    QByteArray m_closeDetail;
    bool m_running = false;
    int m_closing = 0;
};

} // namespace WsBench::Automation
