#include "app/cli/commands.h"

#include "app/cli/misbehave_option.h"
#include "app/cli/ordered_args.h"
#include "core/net/send_budget.h"
#include "core/traffic/recorder.h"
#include "core/traffic/traffic_store.h"

#include <QTextStream>

#include <cstdio>

namespace WsBench::Cli {

bool isCommand(const QString &name)
{
    return name == QLatin1String("serve") || name == QLatin1String("connect")
        || name == QLatin1String("replay") || name == QLatin1String("mock")
        || name == QLatin1String("run") || name == QLatin1String("compare-transports");
}

int runCommand(const QString &command, const QStringList &args)
{
    if (command == QLatin1String("serve"))
        return runServe(args);
    if (command == QLatin1String("replay"))
        return runReplay(args);
    if (command == QLatin1String("mock"))
        return runMock(args);
    if (command == QLatin1String("run"))
        return runScenarios(args);
    if (command == QLatin1String("compare-transports"))
        return runCompareTransports(args);
    return runConnect(args);
}

void printUsage(bool toStderr)
{
    QTextStream out(toStderr ? stderr : stdout);
    out << "Usage: wsbench [FILE.wsbench] [--loopback] [--recover] [--autosave SECONDS] "
           "[--lesson N]\n"
           "       wsbench [--version] [--help]\n"
           "       wsbench serve [--host H] [--port P] [--tls-cert F --tls-key F | "
           "--tls-self-signed]\n"
           "                     [--echo] [--broadcast] [--subprotocol S]... "
           "[--deflate|--no-deflate]\n"
           "                     [--max-message-size N] [--allow-origin O]... "
           "[--rule 'REGEX=>REPLY']...\n"
           "                     [--push 'MS:TEXT']... [--max-connections N] "
           "[--handshake-timeout MS]\n"
           "                     [--idle-timeout MS] [--capture frames|messages|none] [--record "
           "FILE]\n"
           "                     [--misbehave KIND[=VALUE]]... [--quiet] [--json]\n"
           "       wsbench connect URL [--header 'K: V']... [--subprotocol S]... [--origin O] "
           "[--deflate]\n"
           "                     [--send TEXT]... [--send-hex HEX]... [--ping [PAYLOAD]] "
           "[--echo]\n"
           "                     [--close CODE[:REASON]] [--wait MS] [--insecure | --ca F]\n"
           "                     [--cert F [--key F]] [--proxy URL] [--timeout MS] "
           "[--close-timeout MS]\n"
           "                     [--ping-interval MS] [--pong-timeout MS]\n"
           "                     [--continue-despite-handshake-errors] [--record FILE] "
           "[--json]\n"
           "       wsbench replay FILE.har [--url URL] [--timing original|fast] [--entry N]\n"
           "                     [--wait MS] [--insecure | --ca F] [--record FILE] [--json]\n"
           "       wsbench mock FILE.har [--host H] [--port P] [--entry N] [--record FILE]\n"
           "                     [--quiet] [--json]\n"
           "       wsbench run SESSION.wsbench [--scenario NAME]... [--env NAME] [--var N=V]...\n"
           "                     [--junit FILE] [--json]\n"
           "       wsbench compare-transports [--rate R] [--duration S] [--poll-interval MS] "
           "[--json]\n"
           "\n"
           "serve, connect, replay and mock also take --send-budget MIB: the most unsent data\n"
           "all connections together may queue (default 512); past it, the connection holding\n"
           "the most is dropped.\n"
           "\n"
           "serve --misbehave breaks a rule of RFC 6455 on purpose, to see what a client does\n"
           "about it; repeat it to combine kinds:\n"
        << misbehaveHelp()
        << "\n"
           "compare-transports serves one stream of updates (R a second, default 10, for S\n"
           "seconds, default 5) by short polling (every MS, default 1000), long polling,\n"
           "Server-Sent Events and WebSocket at once on loopback, and prints per transport the\n"
           "requests, bytes per update (both ways, headers included), delay p50/p95, and the\n"
           "updates delivered, missed and duplicated.\n"
           "serve and connect also simulate a slow or stalled link (each way; for serve, to\n"
           "every peer):\n"
           "  --latency MS        delay every byte sent and received by MS milliseconds\n"
           "  --rate BYTES/S      cap the bandwidth, e.g. 65536, 64k or 1M (k = 1024)\n"
           "  --pause-reading     do not read the socket: the peer's sends back up\n"
           "  --pause-writing     do not write to the socket: our sends wait in bufferedAmount\n"
           "\n"
           "Without a command, opens the WsBench workbench window:\n"
           "  FILE.wsbench        open this session\n"
           "  --loopback          start an echo server and connect a new client to it\n"
           "  --recover           reopen the session autosaved before a crash, without asking\n"
           "  --autosave SECONDS  autosave the session this often (default 60; 0 turns it off)\n"
           "  --lesson N          open Help > Lessons at lesson N (1: the opening handshake)\n"
           "\n"
           "Exit status: 0 after a clean close (run: every scenario passed), 1 after an abnormal\n"
           "one (run: a scenario failed; compare-transports: a transport failed), 2 for a usage\n"
           "error.\n";
}

bool sendBudgetOption(const OrderedArgs &args, const char *command, qint64 *bytes)
{
    *bytes = Net::SendBudget::kDefaultLimit;
    if (!args.has(QStringLiteral("send-budget")))
        return true;
    bool ok = false;
    const QString text = args.value(QStringLiteral("send-budget"));
    const qint64 mib = text.toLongLong(&ok);
    if (!ok || mib < 1 || mib > 1024 * 1024) {
        QTextStream(stderr) << "wsbench " << command
                            << ": --send-budget needs a number of MiB from 1 to 1048576, not \""
                            << text.left(80) << "\".\n";
        return false;
    }
    *bytes = mib * 1024 * 1024;
    return true;
}

bool attachRecorder(Traffic::TrafficStore &store, const OrderedArgs &args, const char *command)
{
    if (!args.has(QStringLiteral("record")))
        return true;
    const QString path = args.value(QStringLiteral("record"));
    auto recorder = std::make_unique<Traffic::Recorder>(path);
    if (!recorder->isOpen()) {
        QTextStream(stderr) << "wsbench " << command << ": cannot write " << path << ": "
                            << recorder->errorString() << '\n';
        return false;
    }
    store.setRecorder(std::move(recorder));
    return true;
}

} // namespace WsBench::Cli
