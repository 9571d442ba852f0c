#pragma once

#include "core/net/feed_readers.h"
#include "core/net/update_feed_server.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace WsBench::Traffic {
class Clock;
} // namespace WsBench::Traffic

namespace WsBench::Net {

// What a comparison run does: `ratePerSecond` updates a second for `durationS` seconds, short
// polling every `pollIntervalMs` (default 1000: "poll every second", the usual choice).
struct ComparisonParameters
{
    int ratePerSecond = 10;
    int durationS = 5;
    int pollIntervalMs = 1000;
    int longPollTimeoutMs = 25000;

    static constexpr int kMaxRate = 200;
    static constexpr int kMaxDurationS = 600;
    static constexpr int kMinPollIntervalMs = 10;
    static constexpr int kMaxPollIntervalMs = 60000;
};

enum class ParameterProblem : quint8 { None, Rate, Duration, PollInterval };
ParameterProblem checkParameters(const ComparisonParameters &parameters);

// The figures of one transport for one run.
struct TransportFigures
{
    FeedTransport transport = FeedTransport::WebSocket;
    FeedProblem problem = FeedProblem::None;
    QByteArray problemDetail; // untranslated
    quint64 requests = 0; // HTTP requests the server answered or held; WebSocket handshakes
    quint64 bytesToServer = 0; // headers included
    quint64 bytesToClient = 0;
    quint64 delivered = 0; // distinct updates received
    quint64 missed = 0; // updates made during the run that never arrived
    quint64 duplicated = 0; // arrivals of an update already received
    quint64 outOfOrder = 0; // arrivals of an update older than one already received
    double bytesPerUpdate = -1; // (to server + to client) / delivered; -1 when none arrived
    double delayP50Ms = -1; // creation to arrival; -1 when none arrived
    double delayP95Ms = -1;
};

struct ComparisonResult
{
    ComparisonParameters parameters;
    bool cancelled = false;
    QByteArray serverError; // the demo server could not listen (untranslated); no figures then
    quint64 updatesCreated = 0;
    QList<TransportFigures> transports; // in FeedTransport order

    bool ok() const
    {
        if (cancelled || !serverError.isEmpty() || transports.size() != kFeedTransportCount)
            return false;
        for (const TransportFigures &t : transports) {
            if (t.problem != FeedProblem::None)
                return false;
        }
        return true;
    }
    QJsonObject toJson() const;
};

// The figures of one reader against what the server made and counted.
TransportFigures figuresFor(const FeedReader &reader, const FeedTraffic &traffic,
                            quint64 updatesCreated);

// Runs the demo feed and its four clients at the same time in the calling thread, on one stream
// of updates, so every transport sees the same updates at the same moments: the clients
// connect (at most 5 s), the ticker makes rate × duration updates, the clients get at most one
// poll interval plus a second to catch up, then the figures are taken (before any client
// closes) and everything is torn down. Live in a thread with an event loop; start() returns at
// once.
class TransportComparison final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransportComparison)

public:
    explicit TransportComparison(const Traffic::Clock *clock, QObject *parent = nullptr);
    ~TransportComparison() override;

    bool isRunning() const { return m_server != nullptr; }

public Q_SLOTS:
    // Ignored while a run is going on. Parameters that checkParameters() refuses finish at
    // once, with serverError saying which.
    void start(const WsBench::Net::ComparisonParameters &parameters);
    void cancel();

Q_SIGNALS:
    // Elapsed and expected milliseconds of the run.
    void progress(qint64 elapsedMs, qint64 totalMs);
    void finished(const WsBench::Net::ComparisonResult &result);

private:
    enum class Phase : quint8 { Connecting, Ticking, CatchingUp };
    void onReaderChanged();
    void onPhaseTimeout();
    void startTicking();
    void finish(bool cancelled);
    bool allCaughtUp() const;
    qint64 catchUpMs() const;

    const Traffic::Clock *m_clock;
    ComparisonParameters m_parameters;
    UpdateFeedServer *m_server = nullptr;
    QList<FeedReader *> m_readers;
    Phase m_phase = Phase::Connecting;
    QTimer m_phaseTimer; // the bound of the current phase
    QTimer m_progressTimer;
    QElapsedTimer m_elapsed;
};

} // namespace WsBench::Net

Q_DECLARE_METATYPE(WsBench::Net::ComparisonParameters)
Q_DECLARE_METATYPE(WsBench::Net::ComparisonResult)
