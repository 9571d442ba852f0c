// wsbench mock: a server that plays the server's side of a HAR connection. Each peer gets the
// messages the recorded client received, in order: those before the client's first message at
// once, then after each message the client sends, the ones that followed it in the recording.
#include "app/cli/commands.h"
#include "app/cli/har_input.h"
#include "app/cli/ordered_args.h"
#include "core/net/server_endpoint.h"

#include <QHash>
#include <QTextStream>

#include <memory>

namespace WsBench::Cli {

using namespace Net;
using Session::HarMessage;
using Spec = OrderedArgs::Spec;
using V = OrderedArgs::Value;

namespace {

// The recording as turns: replies[0] goes out on connect, replies[i] after the i'th message
// the client sends.
QList<QList<HarMessage>> turnsOf(const QList<HarMessage> &messages)
{
    QList<QList<HarMessage>> turns(1);
    for (const HarMessage &m : messages) {
        if (m.type == HarMessage::Type::Send)
            turns.append(QList<HarMessage>());
        else if (m.type == HarMessage::Type::Receive && (m.opcode == 1 || m.opcode == 2))
            turns.last().append(m);
    }
    return turns;
}

void play(ServerEndpoint *server, quint32 peer, const QList<HarMessage> &replies)
{
    for (const HarMessage &m : replies)
        server->sendTo(peer, quint8(m.opcode), m.data);
}

} // namespace

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
    const QList<QList<HarMessage>> turns = turnsOf(connection->messages);
    auto position = std::make_shared<QHash<quint32, int>>(); // used in the I/O thread only
    return serveUntilSignalled(options, *args, "mock", [turns, position](ServerEndpoint *server) {
        QObject::connect(server, &ServerEndpoint::peerOpened, server, [=](quint32 peer) {
            position->insert(peer, 0);
            play(server, peer, turns.value(0));
        });
        QObject::connect(server, &ServerEndpoint::messageReceived, server,
                         [=](quint32 peer, quint8, const QByteArray &) {
                             const int next = position->value(peer) + 1;
                             position->insert(peer, next);
                             play(server, peer, turns.value(next));
                         });
        QObject::connect(server, &ServerEndpoint::peerFinished, server,
                         [=](quint32 peer) { position->remove(peer); });
    });
}

} // namespace WsBench::Cli
