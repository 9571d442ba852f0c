// wsbench compare-transports: the update feed served by short polling, long polling,
// Server-Sent Events and WebSocket, measured side by side on loopback.
#include "app/cli/commands.h"
#include "app/cli/ordered_args.h"
#include "core/net/transport_comparison.h"
#include "core/traffic/clock.h"
#include "ui/text/transport_text.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

namespace WsBench::Cli {

using Spec = OrderedArgs::Spec;
using V = OrderedArgs::Value;

namespace {

bool parseParameters(const OrderedArgs &args, Net::ComparisonParameters *p, QString *error)
{
    if (!args.positional().isEmpty()) {
        *error = QStringLiteral("Unexpected argument \"%1\".").arg(args.positional().first());
        return false;
    }
    auto number = [&](const char *name, int *out) {
        if (!args.has(QLatin1String(name)))
            return true;
        bool ok = false;
        const QString text = args.value(QLatin1String(name));
        *out = text.toInt(&ok);
        if (!ok) {
            *error = QStringLiteral("--%1 needs a whole number, not \"%2\".")
                         .arg(QLatin1String(name), text.left(80));
            return false;
        }
        return true;
    };
    if (!number("rate", &p->ratePerSecond) || !number("duration", &p->durationS)
        || !number("poll-interval", &p->pollIntervalMs))
        return false;
    const Net::ParameterProblem problem = Net::checkParameters(*p);
    if (problem != Net::ParameterProblem::None) {
        *error = Text::parameterProblem(problem);
        return false;
    }
    return true;
}

void printTable(const Net::ComparisonResult &r, QTextStream &out)
{
    using Text::ComparisonFigure;
    out << "Updates: " << r.updatesCreated << " (" << r.parameters.ratePerSecond << "/s for "
        << r.parameters.durationS << " s), short polling every " << r.parameters.pollIntervalMs
        << " ms; all four transports at once on loopback.\n\n";
    constexpr int kNameWidth = 20;
    constexpr int kWidth = 13;
    out << QString().leftJustified(kNameWidth);
    for (int i = 0; i < Text::kComparisonFigureCount; ++i)
        out << Text::figureName(ComparisonFigure(i)).rightJustified(kWidth);
    out << '\n';
    for (const Net::TransportFigures &f : r.transports) {
        out << Text::transportName(f.transport).leftJustified(kNameWidth);
        for (int i = 0; i < Text::kComparisonFigureCount; ++i)
            out << Text::figureValue(f, ComparisonFigure(i)).rightJustified(kWidth);
        out << '\n';
    }
    for (const Net::TransportFigures &f : r.transports) {
        if (f.problem != Net::FeedProblem::None)
            out << Text::transportName(f.transport) << ": " << Text::transportProblem(f) << '\n';
    }
}

} // namespace

int runCompareTransports(const QStringList &rawArgs)
{
    QString error;
    const auto args = OrderedArgs::parse(rawArgs,
                                         {Spec {QStringLiteral("rate"), V::Required},
                                          Spec {QStringLiteral("duration"), V::Required},
                                          Spec {QStringLiteral("poll-interval"), V::Required},
                                          Spec {QStringLiteral("json"), V::None}},
                                         &error);
    Net::ComparisonParameters parameters;
    if (!args || !parseParameters(*args, &parameters, &error)) {
        QTextStream(stderr) << "wsbench compare-transports: " << error << '\n';
        return UsageError;
    }
    Traffic::SystemClock clock;
    Net::TransportComparison comparison(&clock);
    Net::ComparisonResult result;
    QEventLoop loop;
    QObject::connect(&comparison, &Net::TransportComparison::finished, &loop,
                     [&](const Net::ComparisonResult &r) {
                         result = r;
                         loop.quit();
                     });
    comparison.start(parameters);
    if (comparison.isRunning())
        loop.exec(); // bounded: connecting, the run and catching up each have a limit

    QTextStream out(stdout);
    if (args->has(QStringLiteral("json")))
        out << QJsonDocument(result.toJson()).toJson(QJsonDocument::Indented);
    else if (result.transports.isEmpty())
        QTextStream(stderr) << "wsbench compare-transports: " << Text::comparisonFailure(result)
                            << '\n';
    else
        printTable(result, out);
    return result.ok() ? Success : Failure;
}

} // namespace WsBench::Cli
