// wsbench serve: a WebSocket server on the command line, until SIGINT or SIGTERM.
#include "app/cli/commands.h"
#include "app/cli/link_options.h"
#include "app/cli/misbehave_option.h"
#include "app/cli/ordered_args.h"
#include "app/cli/signal_watcher.h"
#include "app/cli/transcript.h"
#include "core/net/io_thread.h"
#include "core/net/server_endpoint.h"
#include "core/profiles/profile_options.h"
#include "core/protocol/close_code.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <type_traits>

namespace WsBench::Cli {

using namespace Net;
using Spec = OrderedArgs::Spec;
using V = OrderedArgs::Value;

namespace {

// The command line as a server profile: the same path to the engine as the window's.
bool parseServe(const OrderedArgs &args, Session::ServerProfile &p, QString *error)
{
    if (!args.positional().isEmpty()) {
        *error = QStringLiteral("Unexpected argument \"%1\".").arg(args.positional().first());
        return false;
    }
    p.host = args.value(QStringLiteral("host"), p.host);
    auto number = [&](const char *name, qint64 min, qint64 max, auto *out) {
        if (!args.has(QLatin1String(name)))
            return true;
        bool ok = false;
        const qint64 v = args.value(QLatin1String(name)).toLongLong(&ok);
        if (!ok || v < min || v > max) {
            *error = QStringLiteral("--%1 needs a number from %2 to %3.")
                         .arg(QLatin1String(name))
                         .arg(min)
                         .arg(max);
            return false;
        }
        *out = std::remove_pointer_t<decltype(out)>(v);
        return true;
    };
    if (!number("port", 0, 65535, &p.port)
        || !number("max-message-size", 1, qint64(1) << 40, &p.maxMessageSize)
        || !number("max-connections", 1, 1000000, &p.maxConnections)
        || !number("handshake-timeout", 1, 3600000, &p.handshakeTimeoutMs)
        || !number("idle-timeout", 0, 86400000, &p.idleTimeoutMs))
        return false;
    const bool certGiven
        = args.has(QStringLiteral("tls-cert")) || args.has(QStringLiteral("tls-key"));
    if (certGiven && args.has(QStringLiteral("tls-self-signed"))) {
        *error = QStringLiteral("Use either --tls-cert/--tls-key or --tls-self-signed, not both.");
        return false;
    }
    if (args.has(QStringLiteral("tls-key")) && !args.has(QStringLiteral("tls-cert"))) {
        *error = QStringLiteral("--tls-key needs --tls-cert.");
        return false;
    }
    p.tls = certGiven || args.has(QStringLiteral("tls-self-signed"));
    p.certFile = args.value(QStringLiteral("tls-cert"));
    p.keyFile = args.value(QStringLiteral("tls-key"));
    // Keep what something will read: a quiet transcript prints no messages, so without a
    // recording file their payloads would only fill memory.
    const bool unread = args.has(QStringLiteral("quiet")) && !args.has(QStringLiteral("record"));
    const QString capture = args.value(QStringLiteral("capture"),
                                       unread ? QStringLiteral("none") : QStringLiteral("frames"));
    if (capture == QLatin1String("frames")) {
        p.capture = Session::Capture::Frames;
    } else if (capture == QLatin1String("messages")) {
        p.capture = Session::Capture::Messages;
    } else if (capture == QLatin1String("none")) {
        p.capture = Session::Capture::None;
    } else {
        *error
            = QStringLiteral("--capture takes frames, messages or none, not \"%1\".").arg(capture);
        return false;
    }
    p.echo = args.has(QStringLiteral("echo"));
    p.broadcast = args.has(QStringLiteral("broadcast"));
    p.subprotocols = args.values(QStringLiteral("subprotocol"));
    p.allowedOrigins = args.values(QStringLiteral("allow-origin"));
    p.deflate = !args.has(QStringLiteral("no-deflate"));
    const QStringList rules = args.values(QStringLiteral("rule"));
    for (const QString &rule : rules) {
        const qsizetype arrow = rule.indexOf(QLatin1String("=>"));
        if (arrow < 0) {
            *error = QStringLiteral("--rule needs the form 'REGEX=>REPLY', not \"%1\".").arg(rule);
            return false;
        }
        p.rules.append({rule.left(arrow), rule.mid(arrow + 2)});
    }
    const QStringList pushes = args.values(QStringLiteral("push"));
    for (const QString &push : pushes) {
        const qsizetype colon = push.indexOf(QLatin1Char(':'));
        bool ok = false;
        const int ms = push.left(colon).toInt(&ok);
        if (colon < 0 || !ok || ms < 1) {
            *error = QStringLiteral("--push needs the form 'MS:TEXT', not \"%1\".").arg(push);
            return false;
        }
        p.pushes.append({ms, push.mid(colon + 1), true});
    }
    return parseMisbehave(args.values(QStringLiteral("misbehave")), p.misbehaviours, error)
        && parseLinkOptions(args, &p.link, error);
}

} // namespace

int runServe(const QStringList &argList)
{
    QList<Spec> specs = {
        {QStringLiteral("host"), V::Required},
        {QStringLiteral("port"), V::Required},
        {QStringLiteral("tls-cert"), V::Required},
        {QStringLiteral("tls-key"), V::Required},
        {QStringLiteral("tls-self-signed"), V::None},
        {QStringLiteral("echo"), V::None},
        {QStringLiteral("broadcast"), V::None},
        {QStringLiteral("subprotocol"), V::Required},
        {QStringLiteral("deflate"), V::None},
        {QStringLiteral("no-deflate"), V::None},
        {QStringLiteral("max-message-size"), V::Required},
        {QStringLiteral("allow-origin"), V::Required},
        {QStringLiteral("rule"), V::Required},
        {QStringLiteral("push"), V::Required},
        {QStringLiteral("max-connections"), V::Required},
        {QStringLiteral("handshake-timeout"), V::Required},
        {QStringLiteral("idle-timeout"), V::Required},
        {QStringLiteral("record"), V::Required},
        {QStringLiteral("send-budget"), V::Required},
        {QStringLiteral("json"), V::None},
        {QStringLiteral("quiet"), V::None},
        {QStringLiteral("capture"), V::Required},
        {QStringLiteral("misbehave"), V::Required},
    };
    specs += linkOptionSpecs();
    QTextStream err(stderr);
    QString error;
    const auto args = OrderedArgs::parse(argList, specs, &error);
    Session::ServerProfile profile;
    if (!args || !parseServe(*args, profile, &error)) {
        err << "wsbench serve: " << error << '\n';
        return UsageError;
    }
    Profiles::ServerProfileProblem problem {};
    const std::optional<ServerOptions> options = Profiles::serverOptions(profile, &problem);
    if (!options) {
        err << "wsbench serve: " << Profiles::englishText(problem, profile.host) << '\n';
        return UsageError;
    }
    return serveUntilSignalled(*options, *args, "serve", {});
}

int serveUntilSignalled(const ServerOptions &options, const OrderedArgs &args, const char *command,
                        const std::function<void(ServerEndpoint *)> &install)
{
    qint64 sendBudget = 0;
    if (!sendBudgetOption(args, command, &sendBudget))
        return UsageError;
    QTextStream err(stderr);
    QString error;
    SignalWatcher signals; // before anything is printed: a script may signal at once
    Traffic::TrafficStore store(transcriptStoreLimits());
    if (!attachRecorder(store, args, command))
        return UsageError;
    Traffic::SystemClock clock;
    Transcript transcript(&store, args.has(QStringLiteral("json")),
                          args.has(QStringLiteral("quiet")));
    IoThread io;
    io.sendBudget().setLimit(sendBudget);
    ServerOptions budgeted = options;
    budgeted.peer.budget = &io.sendBudget();
    ServerEndpoint *server = nullptr;
    bool listening = false;
    io.call([&]() {
        server = new ServerEndpoint(1, budgeted, &store, &clock, io.context());
        if (install)
            install(server);
        listening = server->listen(&error);
    });
    transcript.drain();
    if (!listening) {
        err << "wsbench " << command << ": " << error << '\n';
        return Failure;
    }

    bool stopping = false;
    QObject::connect(&signals, &SignalWatcher::terminationRequested, qApp, [&](int) {
        if (stopping)
            return;
        stopping = true;
        // Close every peer with 1001 Going Away, then exit once they are gone (or in 5 s).
        io.post([server]() {
            server->closeAll(Protocol::CloseCode::GoingAway, "server shutting down");
        });
        QTimer::singleShot(5000, qApp, []() { QCoreApplication::exit(0); });
    });
    QObject::connect(
        server, &ServerEndpoint::allClosed, qApp,
        [&]() {
            if (stopping)
                QCoreApplication::exit(0);
        },
        Qt::QueuedConnection);
    const int rc = QCoreApplication::exec();
    transcript.drain();
    return rc;
}

} // namespace WsBench::Cli
