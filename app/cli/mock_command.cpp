// wsbench mock: a server that plays the server's side of a HAR connection. Each peer gets the
// messages the recorded client received, in order: those before the client's first message at
// once, then after each message the client sends, the ones that followed it in the recording.
#include "app/cli/commands.h"
#include "app/cli/har_input.h"
#include "app/cli/ordered_args.h"
#include "core/net/scripted_replies.h"
#include "core/net/server_endpoint.h"
#include "core/profiles/har_playback.h"
#include "core/profiles/profile_options.h"

#include <QTextStream>

namespace WsBench::Cli {

using namespace Net;
using Spec = OrderedArgs::Spec;
using V = OrderedArgs::Value;

int runMock(const QStringList &argList)
{
    const QList<Spec> specs = {
        {QStringLiteral("host"), V::Required},
        {QStringLiteral("port"), V::Required},
        {QStringLiteral("entry"), V::Required},
        {QStringLiteral("record"), V::Required},
        {QStringLiteral("send-budget"), V::Required},
        {QStringLiteral("quiet"), V::None},
        {QStringLiteral("json"), V::None},
    };
    QTextStream err(stderr);
    QString error;
    const auto args = OrderedArgs::parse(argList, specs, &error);
    if (!args || args->positional().size() != 1) {
        err << "wsbench mock: " << (args ? QStringLiteral("mock needs one HAR file.") : error)
            << '\n';
        return UsageError;
    }
    const auto connection
        = readHarEntry(args->positional().first(), args->value(QStringLiteral("entry")), &error);
    if (!connection) {
        err << "wsbench mock: " << error << '\n';
        return UsageError;
    }
    // The recorded subprotocol and compression, so clients that ask for them get them.
    Session::ServerProfile profile = Profiles::serverProfileFromHar(*connection);
    bool ok = true;
    profile.port = int(args->value(QStringLiteral("port"), QStringLiteral("0")).toUInt(&ok));
    if (!ok || profile.port > 65535) {
        err << "wsbench mock: --port needs a number from 0 to 65535.\n";
        return UsageError;
    }
    profile.host = args->value(QStringLiteral("host"), profile.host);
    Profiles::ServerProfileProblem problem {};
    const std::optional<ServerOptions> options = Profiles::serverOptions(profile, &problem);
    if (!options) {
        err << "wsbench mock: " << Profiles::englishText(problem, profile.host) << '\n';
        return UsageError;
    }
    const ScriptedReplies::Turns turns = Profiles::mockTurns(*connection);
    return serveUntilSignalled(*options, *args, "mock", [turns](ServerEndpoint *server) {
        new ScriptedReplies(server, turns);
    });
}

} // namespace WsBench::Cli
