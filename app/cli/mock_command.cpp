// wsbench mock: a server that plays the server's side of a HAR connection. Each peer gets the
// messages the recorded client received, in order: those before the client's first message at
// once, then after each message the client sends, the ones that followed it in the recording.
#include "app/cli/commands.h"
#include "app/cli/har_input.h"
#include "app/cli/ordered_args.h"
#include "core/net/scripted_replies.h"
#include "core/net/server_endpoint.h"
#include "core/session/har_playback.h"

#include <QTextStream>

namespace WsBench::Cli {

using namespace Net;
using Spec = OrderedArgs::Spec;
using V = OrderedArgs::Value;

int runMock(const QStringList &argList)
{
    const QList<Spec> specs = {
        {QStringLiteral("host"), V::Required},  {QStringLiteral("port"), V::Required},
        {QStringLiteral("entry"), V::Required}, {QStringLiteral("record"), V::Required},
        {QStringLiteral("quiet"), V::None},     {QStringLiteral("json"), V::None},
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
    ServerOptions options;
    bool ok = true;
    options.port = quint16(args->value(QStringLiteral("port"), QStringLiteral("0")).toUInt(&ok));
    if (!ok) {
        err << "wsbench mock: --port needs a number from 0 to 65535.\n";
        return UsageError;
    }
    if (args->has(QStringLiteral("host")))
        options.host = QHostAddress(args->value(QStringLiteral("host")));
    // The recorded subprotocol, so clients that ask for it get it.
    const QString subprotocol
        = connection->responseHeader(QStringLiteral("Sec-WebSocket-Protocol"));
    if (!subprotocol.isEmpty())
        options.handshake.subprotocols.append(subprotocol.toUtf8());
    const ScriptedReplies::Turns turns = Session::mockTurns(*connection);
    return serveUntilSignalled(options, *args, "mock", [turns](ServerEndpoint *server) {
        new ScriptedReplies(server, turns);
    });
}

} // namespace WsBench::Cli
