#include "core/net/transport_comparison.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <unordered_set>

namespace WsBench::Net {

namespace {

constexpr int kConnectLimitMs = 5000;
constexpr int kProgressMs = 100;

// Nearest-rank percentile of sorted values.
double percentile(const std::vector<qint64> &sorted, double p)
{
    if (sorted.empty())
        return -1;
    const auto rank = size_t(std::ceil(p / 100.0 * double(sorted.size())));
    return double(sorted[std::clamp<size_t>(rank, 1, sorted.size()) - 1]) / 1000.0;
}

QJsonValue number(double value)
{
    return value < 0 ? QJsonValue() : QJsonValue(std::round(value * 100.0) / 100.0);
}

} // namespace

ParameterProblem checkParameters(const ComparisonParameters &p)
{
    if (p.ratePerSecond < 1 || p.ratePerSecond > ComparisonParameters::kMaxRate)
        return ParameterProblem::Rate;
    if (p.durationS < 1 || p.durationS > ComparisonParameters::kMaxDurationS)
        return ParameterProblem::Duration;
    if (p.pollIntervalMs < ComparisonParameters::kMinPollIntervalMs
        || p.pollIntervalMs > ComparisonParameters::kMaxPollIntervalMs)
        return ParameterProblem::PollInterval;
    return ParameterProblem::None;
}

TransportFigures figuresFor(const FeedReader &reader, const FeedTraffic &traffic,
                            quint64 updatesCreated)
{
    TransportFigures f;
    f.transport = reader.transport();
    f.problem = reader.problem();
    f.problemDetail = reader.problemDetail();
    f.requests = traffic.requests;
    f.bytesToServer = traffic.bytesIn;
    f.bytesToClient = traffic.bytesOut;
    std::unordered_set<quint64> seen;
    std::vector<qint64> delays;
    quint64 highest = 0;
    for (const FeedArrival &a : reader.arrivals()) {
        if (!seen.insert(a.seq).second) {
            ++f.duplicated;
            continue;
        }
        if (a.seq < highest)
            ++f.outOfOrder;
        highest = qMax(highest, a.seq);
        delays.push_back(a.delayUs);
    }
    f.delivered = seen.size();
    quint64 inRun = 0;
    for (quint64 seq : seen)
        inRun += seq <= updatesCreated ? 1 : 0;
    f.missed = updatesCreated - inRun;
    std::sort(delays.begin(), delays.end());
    f.delayP50Ms = percentile(delays, 50);
    f.delayP95Ms = percentile(delays, 95);
    if (f.delivered > 0)
        f.bytesPerUpdate = double(f.bytesToServer + f.bytesToClient) / double(f.delivered);
    return f;
}

QJsonObject ComparisonResult::toJson() const
{
    QJsonObject params {{QStringLiteral("rate"), parameters.ratePerSecond},
                        {QStringLiteral("durationS"), parameters.durationS},
                        {QStringLiteral("pollIntervalMs"), parameters.pollIntervalMs},
                        {QStringLiteral("longPollTimeoutMs"), parameters.longPollTimeoutMs}};
    QJsonArray list;
    for (const TransportFigures &t : transports) {
        QJsonObject o {{QStringLiteral("transport"), QLatin1String(feedTransportKey(t.transport))},
                       {QStringLiteral("requests"), qint64(t.requests)},
                       {QStringLiteral("bytesToServer"), qint64(t.bytesToServer)},
                       {QStringLiteral("bytesToClient"), qint64(t.bytesToClient)},
                       {QStringLiteral("bytesPerUpdate"), number(t.bytesPerUpdate)},
                       {QStringLiteral("delayP50Ms"), number(t.delayP50Ms)},
                       {QStringLiteral("delayP95Ms"), number(t.delayP95Ms)},
                       {QStringLiteral("delivered"), qint64(t.delivered)},
                       {QStringLiteral("missed"), qint64(t.missed)},
                       {QStringLiteral("duplicated"), qint64(t.duplicated)},
                       {QStringLiteral("outOfOrder"), qint64(t.outOfOrder)}};
        if (t.problem != FeedProblem::None) {
            o.insert(QStringLiteral("problem"), QLatin1String(feedProblemKey(t.problem)));
            o.insert(QStringLiteral("problemDetail"), QString::fromUtf8(t.problemDetail));
        }
        list.append(o);
    }
    QJsonObject out {{QStringLiteral("parameters"), params},
                     {QStringLiteral("updatesCreated"), qint64(updatesCreated)},
                     {QStringLiteral("transports"), list},
                     {QStringLiteral("ok"), ok()}};
    if (cancelled)
        out.insert(QStringLiteral("cancelled"), true);
    if (!serverError.isEmpty())
        out.insert(QStringLiteral("serverError"), QString::fromUtf8(serverError));
    return out;
}

// ---------------------------------------------------------------------------------------------

TransportComparison::TransportComparison(const Traffic::Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_phaseTimer(this) // children, so they move to the object's thread with it
    , m_progressTimer(this)
{
    qRegisterMetaType<ComparisonParameters>();
    qRegisterMetaType<ComparisonResult>();
    m_phaseTimer.setSingleShot(true);
    connect(&m_phaseTimer, &QTimer::timeout, this, &TransportComparison::onPhaseTimeout);
    m_progressTimer.setInterval(kProgressMs);
    connect(&m_progressTimer, &QTimer::timeout, this, [this] {
        Q_EMIT progress(m_elapsed.elapsed(),
                        qint64(m_parameters.durationS) * 1000 + m_parameters.pollIntervalMs);
    });
}

TransportComparison::~TransportComparison()
{
    delete m_server;
}

void TransportComparison::start(const ComparisonParameters &parameters)
{
    if (m_server)
        return;
    m_parameters = parameters;
    const ParameterProblem problem = checkParameters(parameters);
    if (problem != ParameterProblem::None) {
        ComparisonResult result;
        result.parameters = parameters;
        result.serverError = problem == ParameterProblem::Rate ? "invalid rate"
            : problem == ParameterProblem::Duration            ? "invalid duration"
                                                               : "invalid poll interval";
        Q_EMIT finished(result);
        return;
    }
    UpdateFeedOptions options;
    options.intervalMs = std::max(1, 1000 / parameters.ratePerSecond);
    options.longPollTimeoutMs = parameters.longPollTimeoutMs;
    m_server = new UpdateFeedServer(options, m_clock, this);
    QString error;
    if (!m_server->listen(&error)) {
        delete m_server;
        m_server = nullptr;
        ComparisonResult result;
        result.parameters = parameters;
        result.serverError = error.toUtf8();
        Q_EMIT finished(result);
        return;
    }
    const QString http = m_server->httpUrl();
    m_readers
        = {new ShortPollReader(http, parameters.pollIntervalMs, m_clock, this),
           new LongPollReader(http, m_clock, this), new EventStreamReader(http, m_clock, this),
           new WebSocketReader(m_server->webSocketUrl(), m_clock, this)};
    for (FeedReader *reader : std::as_const(m_readers)) {
        connect(reader, &FeedReader::ready, this, &TransportComparison::onReaderChanged);
        connect(reader, &FeedReader::failed, this, &TransportComparison::onReaderChanged);
        connect(reader, &FeedReader::arrived, this, &TransportComparison::onReaderChanged);
    }
    connect(m_server, &UpdateFeedServer::tickerStopped, this, [this] {
        m_phase = Phase::CatchingUp;
        m_phaseTimer.start(int(catchUpMs()));
        onReaderChanged();
    });
    m_phase = Phase::Connecting;
    m_elapsed.start();
    m_progressTimer.start();
    m_phaseTimer.start(kConnectLimitMs);
    for (FeedReader *reader : std::as_const(m_readers))
        reader->start();
    onReaderChanged();
}

void TransportComparison::cancel()
{
    if (m_server)
        finish(true);
}

qint64 TransportComparison::catchUpMs() const
{
    return qint64(m_parameters.pollIntervalMs) + 1000;
}

bool TransportComparison::allCaughtUp() const
{
    for (const FeedReader *reader : m_readers) {
        if (reader->isReady() && reader->problem() == FeedProblem::None
            && reader->highestSeq() < m_server->lastSeq())
            return false;
    }
    return true;
}

void TransportComparison::onReaderChanged()
{
    if (!m_server)
        return;
    if (m_phase == Phase::Connecting) {
        const bool allSettled
            = std::all_of(m_readers.cbegin(), m_readers.cend(), [](const FeedReader *r) {
                  return r->isReady() || r->problem() != FeedProblem::None;
              });
        if (allSettled)
            startTicking();
    } else if (m_phase == Phase::CatchingUp && allCaughtUp()) {
        finish(false);
    }
}

void TransportComparison::onPhaseTimeout()
{
    if (!m_server)
        return;
    if (m_phase == Phase::Connecting) {
        for (FeedReader *reader : std::as_const(m_readers)) {
            if (!reader->isReady())
                reader->stop();
        }
        startTicking();
    } else if (m_phase == Phase::CatchingUp) {
        finish(false);
    }
}

void TransportComparison::startTicking()
{
    m_phase = Phase::Ticking;
    m_phaseTimer.stop();
    m_server->start(quint64(m_parameters.ratePerSecond) * quint64(m_parameters.durationS));
}

void TransportComparison::finish(bool cancelled)
{
    m_phaseTimer.stop();
    m_progressTimer.stop();
    m_server->stop();
    ComparisonResult result;
    result.parameters = m_parameters;
    result.cancelled = cancelled;
    result.updatesCreated = m_server->lastSeq();
    // The figures first, then the teardown: closing handshakes are not part of the stream.
    for (const FeedReader *reader : std::as_const(m_readers)) {
        TransportFigures f
            = figuresFor(*reader, m_server->traffic(reader->transport()), result.updatesCreated);
        if (f.problem == FeedProblem::None && !reader->isReady())
            f.problem = FeedProblem::NotReady;
        result.transports.append(f);
    }
    for (FeedReader *reader : std::as_const(m_readers)) {
        reader->stop();
        reader->deleteLater();
    }
    m_readers.clear();
    m_server->deleteLater();
    m_server = nullptr;
    Q_EMIT progress(m_elapsed.elapsed(), m_elapsed.elapsed());
    Q_EMIT finished(result);
}

} // namespace WsBench::Net
