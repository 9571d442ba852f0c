#include "ui/text/transport_text.h"

#include <QCoreApplication>
#include <QLocale>

namespace WsBench::Text {

namespace {

// The translation context of every sentence here.
struct TransportText
{
    Q_DECLARE_TR_FUNCTIONS(TransportText)
};

QString milliseconds(double ms)
{
    return ms < 0 ? QStringLiteral("–")
                  : TransportText::tr("%1 ms").arg(QLocale().toString(ms, 'f', ms < 10 ? 2 : 1));
}

QString count(quint64 value)
{
    return QLocale().toString(value);
}

} // namespace

QString transportName(Net::FeedTransport transport)
{
    switch (transport) {
    case Net::FeedTransport::ShortPolling:
        return TransportText::tr("Short polling");
    case Net::FeedTransport::LongPolling:
        return TransportText::tr("Long polling");
    case Net::FeedTransport::ServerSentEvents:
        return TransportText::tr("Server-Sent Events");
    case Net::FeedTransport::WebSocket:
        return TransportText::tr("WebSocket");
    }
    return {};
}

QString transportDescription(Net::FeedTransport transport)
{
    switch (transport) {
    case Net::FeedTransport::ShortPolling:
        return TransportText::tr(
            "The client asks GET /poll?after=SEQ every poll interval, and the server "
            "answers at once, often with nothing new.");
    case Net::FeedTransport::LongPolling:
        return TransportText::tr(
            "The client asks GET /long-poll?after=SEQ; the server holds the request until "
            "an update exists (or 25 s pass), and the client asks again at once.");
    case Net::FeedTransport::ServerSentEvents:
        return TransportText::tr(
            "One GET /sse whose text/event-stream response never ends: the server writes "
            "an \"id:\" and \"data:\" event per update.");
    case Net::FeedTransport::WebSocket:
        return TransportText::tr(
            "One handshake, then the server pushes each update as a text frame with a "
            "2-byte header.");
    }
    return {};
}

QString figureName(ComparisonFigure figure)
{
    switch (figure) {
    case ComparisonFigure::Requests:
        return TransportText::tr("Requests");
    case ComparisonFigure::BytesPerUpdate:
        return TransportText::tr("Bytes/update");
    case ComparisonFigure::DelayP50:
        return TransportText::tr("Delay p50");
    case ComparisonFigure::DelayP95:
        return TransportText::tr("Delay p95");
    case ComparisonFigure::Delivered:
        return TransportText::tr("Delivered");
    case ComparisonFigure::Missed:
        return TransportText::tr("Missed");
    case ComparisonFigure::Duplicated:
        return TransportText::tr("Duplicated");
    }
    return {};
}

QString figureExplanation(ComparisonFigure figure)
{
    switch (figure) {
    case ComparisonFigure::Requests:
        return TransportText::tr(
            "HTTP requests the server received during the run. A WebSocket or an event "
            "stream needs one for the whole run; short polling needs one per interval, "
            "new data or not.");
    case ComparisonFigure::BytesPerUpdate:
        return TransportText::tr(
            "Bytes on the wire in both directions, HTTP headers and WebSocket handshake "
            "and frame headers included, as the server counted them, divided by the "
            "updates delivered.");
    case ComparisonFigure::DelayP50:
        return TransportText::tr(
            "Half of the updates arrived within this time of being created (client and "
            "server read the same clock).");
    case ComparisonFigure::DelayP95:
        return TransportText::tr(
            "95% of the updates arrived within this time of being created. Polling waits "
            "for the next poll; pushing sends at once.");
    case ComparisonFigure::Delivered:
        return TransportText::tr("Distinct updates the client received.");
    case ComparisonFigure::Missed:
        return TransportText::tr("Updates made during the run that never reached the client.");
    case ComparisonFigure::Duplicated:
        return TransportText::tr(
            "Updates the client received more than once (by sequence number).");
    }
    return {};
}

QString figureValue(const Net::TransportFigures &f, ComparisonFigure figure)
{
    switch (figure) {
    case ComparisonFigure::Requests:
        return count(f.requests);
    case ComparisonFigure::BytesPerUpdate:
        return f.bytesPerUpdate < 0 ? QStringLiteral("–")
                                    : QLocale().toString(f.bytesPerUpdate, 'f', 1);
    case ComparisonFigure::DelayP50:
        return milliseconds(f.delayP50Ms);
    case ComparisonFigure::DelayP95:
        return milliseconds(f.delayP95Ms);
    case ComparisonFigure::Delivered:
        return count(f.delivered);
    case ComparisonFigure::Missed:
        return count(f.missed);
    case ComparisonFigure::Duplicated:
        return count(f.duplicated);
    }
    return {};
}

QString transportProblem(const Net::TransportFigures &f)
{
    const QString detail = QString::fromUtf8(f.problemDetail);
    switch (f.problem) {
    case Net::FeedProblem::None:
        return {};
    case Net::FeedProblem::NotReady:
        return TransportText::tr("Did not connect within 5 seconds.");
    case Net::FeedProblem::HttpStatus:
        return TransportText::tr("The server answered with HTTP status %1.").arg(detail);
    case Net::FeedProblem::NetworkError:
        return TransportText::tr("The request failed: %1").arg(detail);
    case Net::FeedProblem::StreamEnded:
        return TransportText::tr("The connection ended during the run: %1").arg(detail);
    case Net::FeedProblem::BadPayload:
        return TransportText::tr("The server sent something that is not an update: %1").arg(detail);
    }
    return {};
}

QString parameterProblem(Net::ParameterProblem problem)
{
    using P = Net::ComparisonParameters;
    switch (problem) {
    case Net::ParameterProblem::None:
        return {};
    case Net::ParameterProblem::Rate:
        return TransportText::tr("The rate must be from 1 to %1 updates a second.")
            .arg(P::kMaxRate);
    case Net::ParameterProblem::Duration:
        return TransportText::tr("The duration must be from 1 to %1 seconds.")
            .arg(P::kMaxDurationS);
    case Net::ParameterProblem::PollInterval:
        return TransportText::tr("The poll interval must be from %1 to %2 ms.")
            .arg(P::kMinPollIntervalMs)
            .arg(P::kMaxPollIntervalMs);
    }
    return {};
}

QString comparisonFailure(const Net::ComparisonResult &result)
{
    const Net::ParameterProblem problem = Net::checkParameters(result.parameters);
    if (problem != Net::ParameterProblem::None)
        return parameterProblem(problem);
    if (!result.serverError.isEmpty())
        return TransportText::tr("The demo server could not listen on loopback: %1")
            .arg(QString::fromUtf8(result.serverError));
    if (result.cancelled)
        return TransportText::tr("The run was stopped.");
    return {};
}

} // namespace WsBench::Text
