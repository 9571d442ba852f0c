// wsbench replay: sends a HAR connection's sent messages again, as a client, with their
// original spacing or as fast as possible.
#include "app/cli/commands.h"
#include "app/cli/har_input.h"
#include "app/cli/ordered_args.h"
#include "core/net/client_endpoint.h"
#include "core/profiles/har_playback.h"
#include "core/profiles/profile_options.h"
#include "core/protocol/close_code.h"

#include <QTextStream>
#include <QTimer>

namespace WsBench::Cli {

using namespace Net;
using Spec = OrderedArgs::Spec;
using V = OrderedArgs::Value;

int runReplay(const QStringList &argList)
{
    const QList<Spec> specs = {
        {QStringLiteral("url"), V::Required},    {QStringLiteral("timing"), V::Required},
        {QStringLiteral("entry"), V::Required},  {QStringLiteral("wait"), V::Required},
        {QStringLiteral("insecure"), V::None},   {QStringLiteral("ca"), V::Required},
        {QStringLiteral("record"), V::Required}, {QStringLiteral("send-budget"), V::Required},
        {QStringLiteral("json"), V::None},
    };
    QTextStream err(stderr);
    QString error;
    const auto args = OrderedArgs::parse(argList, specs, &error);
    if (!args || args->positional().size() != 1) {
        err << "wsbench replay: " << (args ? QStringLiteral("replay needs one HAR file.") : error)
            << '\n';
        return UsageError;
    }
    const QString timing = args->value(QStringLiteral("timing"), QStringLiteral("original"));
    if (timing != QLatin1String("original") && timing != QLatin1String("fast")) {
        err << "wsbench replay: --timing takes original or fast, not \"" << timing << "\".\n";
        return UsageError;
    }
    bool ok = true;
    const int waitMs = args->value(QStringLiteral("wait"), QStringLiteral("1000")).toInt(&ok);
    if (!ok || waitMs < 0) {
        err << "wsbench replay: --wait needs a number of milliseconds.\n";
        return UsageError;
    }
    const auto connection
        = readHarEntry(args->positional().first(), args->value(QStringLiteral("entry")), &error);
    if (!connection) {
        err << "wsbench replay: " << error << '\n';
        return UsageError;
    }
    Session::ClientProfile profile = Profiles::clientProfileFromHar(*connection);
    profile.url = args->value(QStringLiteral("url"), profile.url);
    profile.insecure = args->has(QStringLiteral("insecure"));
    profile.caFile = args->value(QStringLiteral("ca"));
    const auto verbatim = [](const QString &text) {
        return text;
    };
    const std::optional<ClientOptions> options = Profiles::clientOptions(profile, verbatim, &error);
    if (!options) {
        err << "wsbench replay: " << error << '\n';
        return UsageError;
    }
    const QList<Profiles::TimedMessage> schedule
        = Profiles::replaySchedule(*connection, timing == QLatin1String("original"));

    // In the I/O thread: each message at its time, then the wait, then a normal close.
    return runClientUntilFinished(
        *options, *args, "replay", [schedule, waitMs](ClientEndpoint *client) {
            QObject::connect(client, &ClientEndpoint::opened, client, [client, schedule, waitMs]() {
                const int last = schedule.isEmpty() ? 0 : schedule.last().delayMs;
                for (const Profiles::TimedMessage &t : schedule) {
                    QTimer::singleShot(t.delayMs, client, [client, message = t.message]() {
                        if (PeerConnection *c = client->connection())
                            message.opcode == Protocol::toRaw(Protocol::Opcode::Text)
                                ? c->sendText(message.data)
                                : c->sendBinary(message.data);
                    });
                }
                QTimer::singleShot(last + waitMs, client,
                                   [client]() { client->close(Protocol::CloseCode::Normal); });
            });
        });
}

} // namespace WsBench::Cli
