// wsbench connect: a scriptable WebSocket client. Actions run in the order given.
#include "app/cli/commands.h"
#include "app/cli/link_options.h"
#include "app/cli/ordered_args.h"
#include "app/cli/signal_watcher.h"
#include "app/cli/transcript.h"
#include "core/net/client_endpoint.h"
#include "core/net/io_thread.h"
#include "core/profiles/profile_options.h"
#include "core/protocol/close_code.h"
#include "core/protocol/close_payload.h"
#include "core/protocol/utf8_validator.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace WsBench::Cli {

using namespace Net;
using Spec = OrderedArgs::Spec;
using V = OrderedArgs::Value;

namespace {

struct Action
{
    enum Kind { Text, Binary, Ping } kind;
    QByteArray payload;
};

struct ConnectPlan
{
    Session::ClientProfile client; // the same path to the engine as the window's
    ClientOptions options;
    QList<Action> actions;
    std::optional<quint16> closeCode = Protocol::CloseCode::Normal;
    QByteArray closeReason;
    int waitMs = 1000;
    bool waitGiven = false;
    bool echo = false;
};

std::optional<QByteArray> parseHex(const QString &text, QString *error)
{
    QByteArray compact;
    for (const QChar c : text) {
        if (c.isSpace() || c == QLatin1Char(':'))
            continue;
        if (!isxdigit(c.toLatin1())) {
            *error = QStringLiteral("--send-hex: \"%1\" is not a hexadecimal digit.").arg(c);
            return std::nullopt;
        }
        compact.append(char(c.toLatin1()));
    }
    if (compact.size() % 2 != 0) {
        *error = QStringLiteral("--send-hex: odd number of hex digits in \"%1\".").arg(text);
        return std::nullopt;
    }
    return QByteArray::fromHex(compact);
}

bool parseConnect(const OrderedArgs &args, ConnectPlan &plan, QString *error)
{
    if (args.positional().size() != 1) {
        *error = args.positional().isEmpty() ? QStringLiteral("connect needs a URL.")
                                             : QStringLiteral("connect takes one URL.");
        return false;
    }
    Session::ClientProfile &c = plan.client;
    c.url = args.positional().first();
    for (const auto &[name, value] : args.options()) {
        if (name == QLatin1String("header")) {
            const qsizetype colon = value.indexOf(QLatin1Char(':'));
            if (colon <= 0) {
                *error = QStringLiteral("--header needs 'Name: value', not \"%1\".").arg(value);
                return false;
            }
            const QString header = value.left(colon).trimmed();
            c.headers.append(
                {header, value.mid(colon + 1).trimmed(), Session::isSecretHeader(header)});
        } else if (name == QLatin1String("subprotocol")) {
            c.subprotocols.append(value);
        } else if (name == QLatin1String("origin")) {
            c.origin = value;
        } else if (name == QLatin1String("deflate")) {
            c.deflate = true;
        } else if (name == QLatin1String("send")) {
            plan.actions.append({Action::Text, value.toUtf8()});
        } else if (name == QLatin1String("send-hex")) {
            const auto bytes = parseHex(value, error);
            if (!bytes)
                return false;
            plan.actions.append({Action::Binary, *bytes});
        } else if (name == QLatin1String("ping")) {
            if (value.toUtf8().size() > Protocol::kMaxControlPayloadSize) {
                *error = QStringLiteral("--ping: a Ping payload is at most 125 bytes.");
                return false;
            }
            plan.actions.append({Action::Ping, value.toUtf8()});
        } else if (name == QLatin1String("echo")) {
            plan.echo = true;
        } else if (name == QLatin1String("close")) {
            const qsizetype colon = value.indexOf(QLatin1Char(':'));
            bool ok = false;
            const int code = (colon < 0 ? value : value.left(colon)).toInt(&ok);
            const QByteArray reason = colon < 0 ? QByteArray() : value.mid(colon + 1).toUtf8();
            // The Close payload the connection will build, checked now.
            const Protocol::CloseEncodeError problem = ok && code >= 0 && code <= 65535
                ? Protocol::encodeClosePayload(quint16(code), reason, Protocol::Role::Client).error
                : Protocol::CloseEncodeError::InvalidCode;
            if (problem == Protocol::CloseEncodeError::InvalidCode
                || problem == Protocol::CloseEncodeError::CodeNotForSender) {
                *error = QStringLiteral("--close: %1 is not a close code a client may send "
                                        "(1000–1003, 1007–1011, 3000–4999).")
                             .arg(colon < 0 ? value : value.left(colon));
                return false;
            }
            if (problem == Protocol::CloseEncodeError::ReasonTooLong) {
                *error = QStringLiteral("--close: the reason is longer than 123 bytes.");
                return false;
            }
            plan.closeCode = quint16(code);
            plan.closeReason = reason;
        } else if (name == QLatin1String("wait") || name == QLatin1String("timeout")
                   || name == QLatin1String("close-timeout")
                   || name == QLatin1String("ping-interval")
                   || name == QLatin1String("pong-timeout")) {
            bool ok = false;
            const int ms = value.toInt(&ok);
            if (!ok || ms < 0) {
                *error = QStringLiteral("--%1 needs a number of milliseconds.").arg(name);
                return false;
            }
            if (name == QLatin1String("wait")) {
                plan.waitMs = ms;
                plan.waitGiven = true;
            } else if (name == QLatin1String("close-timeout")) {
                c.closeTimeoutMs = ms;
            } else if (name == QLatin1String("ping-interval")) {
                c.pingIntervalMs = ms;
            } else if (name == QLatin1String("pong-timeout")) {
                c.pongTimeoutMs = ms;
            } else {
                c.connectTimeoutMs = ms;
            }
        } else if (name == QLatin1String("insecure")) {
            c.insecure = true;
        } else if (name == QLatin1String("ca")) {
            c.caFile = value;
        } else if (name == QLatin1String("cert")) {
            c.clientCertFile = value;
        } else if (name == QLatin1String("key")) {
            c.clientKeyFile = value;
        } else if (name == QLatin1String("proxy")) {
            c.proxy = value;
        } else if (name == QLatin1String("continue-despite-handshake-errors")) {
            c.continueDespiteHandshakeErrors = true;
        }
    }
    if (!parseLinkOptions(args, &c.link, error))
        return false;
    if (c.insecure && !c.caFile.isEmpty()) {
        *error = QStringLiteral("Use either --insecure or --ca, not both.");
        return false;
    }
    const auto verbatim = [](const QString &text) {
        return text;
    };
    const std::optional<ClientOptions> options = Profiles::clientOptions(c, verbatim, error);
    if (!options)
        return false;
    plan.options = *options;
    return true;
}

} // namespace

int runConnect(const QStringList &argList)
{
    QList<Spec> specs = {
        {QStringLiteral("header"), V::Required},
        {QStringLiteral("subprotocol"), V::Required},
        {QStringLiteral("origin"), V::Required},
        {QStringLiteral("deflate"), V::None},
        {QStringLiteral("send"), V::Required},
        {QStringLiteral("send-hex"), V::Required},
        {QStringLiteral("ping"), V::Optional},
        {QStringLiteral("echo"), V::None},
        {QStringLiteral("close"), V::Required},
        {QStringLiteral("wait"), V::Required},
        {QStringLiteral("insecure"), V::None},
        {QStringLiteral("ca"), V::Required},
        {QStringLiteral("cert"), V::Required},
        {QStringLiteral("key"), V::Required},
        {QStringLiteral("proxy"), V::Required},
        {QStringLiteral("continue-despite-handshake-errors"), V::None},
        {QStringLiteral("timeout"), V::Required},
        {QStringLiteral("close-timeout"), V::Required},
        {QStringLiteral("ping-interval"), V::Required},
        {QStringLiteral("pong-timeout"), V::Required},
        {QStringLiteral("record"), V::Required},
        {QStringLiteral("send-budget"), V::Required},
        {QStringLiteral("json"), V::None},
    };
    specs += linkOptionSpecs();
    QTextStream err(stderr);
    QString error;
    const auto args = OrderedArgs::parse(argList, specs, &error);
    ConnectPlan plan;
    if (!args || !parseConnect(*args, plan, &error)) {
        err << "wsbench connect: " << error << '\n';
        return UsageError;
    }

    // Everything below runs in the I/O thread, where the client lives.
    const bool stayForEcho = plan.echo && !plan.waitGiven;
    return runClientUntilFinished(
        plan.options, *args, "connect", [&plan, stayForEcho](ClientEndpoint *client) {
            QObject::connect(client, &ClientEndpoint::opened, client,
                             [client, &plan, stayForEcho]() {
                                 PeerConnection *c = client->connection();
                                 for (const Action &a : std::as_const(plan.actions)) {
                                     if (a.kind == Action::Text)
                                         c->sendText(a.payload);
                                     else if (a.kind == Action::Binary)
                                         c->sendBinary(a.payload);
                                     else
                                         c->sendPing(a.payload);
                                 }
                                 if (stayForEcho)
                                     return; // until the peer closes
                                 QTimer::singleShot(plan.waitMs, client, [client, &plan]() {
                                     client->close(plan.closeCode, plan.closeReason);
                                 });
                             });
            if (plan.echo) {
                QObject::connect(client, &ClientEndpoint::messageReceived, client,
                                 [client](quint8 opcode, const QByteArray &payload) {
                                     if (PeerConnection *c = client->connection())
                                         opcode == Protocol::toRaw(Protocol::Opcode::Text)
                                             ? c->sendText(payload)
                                             : c->sendBinary(payload);
                                 });
            }
        });
}

int runClientUntilFinished(const ClientOptions &options, const OrderedArgs &args,
                           const char *command,
                           const std::function<void(ClientEndpoint *)> &install)
{
    qint64 sendBudget = 0;
    if (!sendBudgetOption(args, command, &sendBudget))
        return UsageError;
    SignalWatcher signals; // before anything is printed: a script may signal at once
    Traffic::TrafficStore store(transcriptStoreLimits());
    if (!attachRecorder(store, args, command))
        return UsageError;
    Traffic::SystemClock clock;
    Transcript transcript(&store, args.has(QStringLiteral("json")));
    IoThread io;
    io.sendBudget().setLimit(sendBudget);
    ClientOptions budgeted = options;
    budgeted.peer.budget = &io.sendBudget();
    ClientEndpoint *client = nullptr;
    io.call([&]() {
        client = new ClientEndpoint(1, budgeted, &store, &clock, io.context());
        install(client);
    });
    int exitCode = Failure;
    QObject::connect(
        client, &ClientEndpoint::finished, qApp,
        [&](quint16, bool wasClean) {
            exitCode = wasClean ? Success : Failure;
            QCoreApplication::exit(exitCode);
        },
        Qt::QueuedConnection);
    QObject::connect(&signals, &SignalWatcher::terminationRequested, qApp, [&](int) {
        io.post([client]() { client->close(Protocol::CloseCode::GoingAway, "interrupted"); });
    });
    io.post([client]() { client->open(); });
    QCoreApplication::exec();
    transcript.drain();
    return exitCode;
}

} // namespace WsBench::Cli
