// Echo load on loopback, measured as a user's load test measures a server: the server pinned to
// core 0, the load generator (Node `ws` 8 with bufferutil, bench/node/echo_load.js) pinned to
// core 1, fresh processes, the servers interleaved round by round, medians over the rounds.
//
//   echo_bench [--seconds S] [--rounds R] [--hold N] [--baseline WSBENCH]
//
// Servers: `wsbench serve --echo` (recording every frame, its transcript read as a terminal
// would), `wsbench serve --echo --quiet`, QWebSocketServer, Node `ws` and Python `websockets`;
// and a raw TCP echo server for what loopback itself gives. For each:
//   - echo 32 B text, 8 connections x 32 messages in flight: server CPU µs per message
//     (utime + stime from /proc) and messages per second;
//   - echo 64 KiB binary, 8 connections x 8 in flight: MB/s and CPU µs per message, and how
//     busy the generator was: near 100%, the MB/s is the generator's ceiling, not the server's;
//   - RTT: one connection, one 32 B message in flight: p50 and p99;
//   - RSS per idle connection: 1000 connections opened, each echoes once, then idle.
// Then each wsbench mode holds N (10,000) connections and every one of them echoes.
// --baseline adds another wsbench build as two more servers, and a line of ratios to it.
// The last line says, for both modes, how each figure stands against its goal.
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>

#include <sys/resource.h>

#include <sched.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <functional>
#include <future>
#include <map>
#include <memory>
#include <thread>
#include <tuple>
#include <vector>

namespace {

struct Settings
{
    int seconds = 3;
    int rounds = 3;
    int hold = 10000;
    int idleConnections = 1000;
};

struct Server
{
    QString name;
    QString program;
    QStringList arguments;
    QRegularExpression ready;
    bool ours = false; // a wsbench build: also held at `hold` connections
    bool rawTcp = false; // no WebSocket: the loopback baseline
};

// One figure of one server, over the rounds.
using Figures = std::map<QString, std::vector<double>>;

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

qint64 rssKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

[[noreturn]] void fail(const QString &why)
{
    std::fprintf(stderr, "echo_bench: %s\n", qPrintable(why));
    std::exit(1);
}

// A server on core 0. A thread of its own reads its output as it comes, as a terminal would,
// so a server that prints every message never waits on a full pipe.
class RunningServer
{
public:
    explicit RunningServer(const Server &server)
    {
        std::promise<std::pair<quint16, qint64>> started; // port and pid, or port 0
        std::future<std::pair<quint16, qint64>> ready = started.get_future();
        m_reader = std::thread([this, server, &started]() {
            QProcess process;
            process.setProcessChannelMode(QProcess::MergedChannels);
            process.start(QStringLiteral("taskset"),
                          QStringList {QStringLiteral("-c"), QStringLiteral("0"), server.program}
                              + server.arguments);
            QByteArray seen;
            quint16 port = 0;
            QElapsedTimer wait;
            wait.start();
            while (port == 0 && wait.elapsed() < 15000 && process.state() != QProcess::NotRunning) {
                process.waitForReadyRead(200);
                seen += process.readAll();
                for (const QByteArray &line : seen.split('\n')) {
                    const auto m = server.ready.match(QString::fromUtf8(line));
                    if (m.hasMatch())
                        port = m.captured(1).toUShort();
                }
            }
            m_startOutput = QString::fromUtf8(seen);
            started.set_value({port, process.processId()});
            while (port != 0 && !m_stop.load()) {
                process.waitForReadyRead(50);
                process.readAll();
            }
            process.terminate();
            if (!process.waitForFinished(5000))
                process.kill();
            process.waitForFinished(2000);
        });
        std::tie(m_port, m_pid) = ready.get();
        if (m_port == 0) {
            m_reader.join();
            fail(server.name + QStringLiteral(" did not start: ") + m_startOutput);
        }
    }
    ~RunningServer()
    {
        m_stop.store(true);
        m_reader.join();
    }
    quint16 port() const { return m_port; }
    qint64 pid() const { return m_pid; }

private:
    std::thread m_reader;
    std::atomic<bool> m_stop {false};
    QString m_startOutput;
    quint16 m_port = 0;
    qint64 m_pid = 0;
};

// The generator on core 1; its JSON lines go to `onLine`, and a line on its stdin when
// `onLine` returns true.
QJsonObject generate(const QString &nodeDir, const QStringList &arguments, RunningServer &server,
                     const std::function<bool(const QJsonObject &)> &onLine = {})
{
    QProcess load;
    load.setWorkingDirectory(nodeDir);
    load.setProcessChannelMode(QProcess::SeparateChannels);
    load.start(QStringLiteral("taskset"),
               QStringList {QStringLiteral("-c"), QStringLiteral("1"), QStringLiteral("node"),
                            nodeDir + QStringLiteral("/echo_load.js")}
                   + arguments
                   + QStringList {QStringLiteral("--port"), QString::number(server.port()),
                                  QStringLiteral("--pid"), QString::number(server.pid())});
    QJsonObject last;
    QByteArray pending;
    QElapsedTimer limit;
    limit.start();
    while (limit.elapsed() < 300000) {
        const bool more = load.waitForReadyRead(100);
        pending += load.readAllStandardOutput();
        qsizetype nl;
        while ((nl = pending.indexOf('\n')) >= 0) {
            last = QJsonDocument::fromJson(pending.left(nl)).object();
            pending.remove(0, nl + 1);
            if (onLine && onLine(last))
                load.write("go\n");
        }
        if (!more && load.state() == QProcess::NotRunning)
            break;
    }
    load.waitForFinished(5000);
    if (load.exitCode() != 0 || last.isEmpty())
        fail(QStringLiteral("the load generator failed (%1): %2")
                 .arg(arguments.join(QLatin1Char(' ')),
                      QString::fromUtf8(load.readAllStandardError())));
    return last;
}

void ensureGenerator(const QString &nodeDir)
{
    if (QFile::exists(nodeDir + QStringLiteral("/node_modules/ws/package.json")))
        return;
    std::fprintf(stderr, "echo_bench: installing the load generator (npm ci) in %s\n",
                 qPrintable(nodeDir));
    QProcess npm;
    npm.setWorkingDirectory(nodeDir);
    npm.setProcessChannelMode(QProcess::ForwardedChannels);
    npm.start(QStringLiteral("npm"),
              {QStringLiteral("ci"), QStringLiteral("--no-audit"), QStringLiteral("--no-fund")});
    if (!npm.waitForFinished(300000) || npm.exitCode() != 0)
        fail(QStringLiteral("npm ci failed in ") + nodeDir);
}

QString verdict(bool met)
{
    return met ? QStringLiteral("met") : QStringLiteral("NOT MET");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Settings settings;
    QString baseline;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--seconds"))
            settings.seconds = std::max(1, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--rounds"))
            settings.rounds = std::max(1, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--hold"))
            settings.hold = std::max(1, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--baseline"))
            baseline = args[i + 1];
    }
    // Every process here inherits this: 10,000 connections are 20,000 descriptors on loopback.
    rlimit files {};
    getrlimit(RLIMIT_NOFILE, &files);
    files.rlim_cur = files.rlim_max;
    setrlimit(RLIMIT_NOFILE, &files);

    // This process (and the threads reading the servers' output) stays off the server's core.
    cpu_set_t generatorCore;
    CPU_ZERO(&generatorCore);
    CPU_SET(1, &generatorCore);
    sched_setaffinity(0, sizeof generatorCore, &generatorCore);

    const QString dir = QCoreApplication::applicationDirPath();
    const QString nodeDir = dir + QStringLiteral("/node");
    ensureGenerator(nodeDir);
    const QRegularExpression listening(QStringLiteral("Listening on ws://127\\.0\\.0\\.1:(\\d+)/"));
    const QRegularExpression ready(QStringLiteral("^ready (\\d+)"));
    const QStringList serve
        = {QStringLiteral("serve"), QStringLiteral("--echo"), QStringLiteral("--no-deflate")};
    QList<Server> servers = {
        {QStringLiteral("wsbench"), QStringLiteral(WSBENCH_BINARY), serve, listening, true},
        {QStringLiteral("wsbench --quiet"), QStringLiteral(WSBENCH_BINARY),
         serve + QStringList {QStringLiteral("--quiet")}, listening, true},
        {QStringLiteral("QWebSocketServer"), dir + QStringLiteral("/qt_echo_server"), {}, ready},
        {QStringLiteral("Node ws"),
         QStringLiteral("node"),
         {nodeDir + QStringLiteral("/echo_server.js")},
         ready},
        {QStringLiteral("Python websockets"),
         QStringLiteral("/usr/bin/python3"),
         {QStringLiteral(WSBENCH_PEERS_DIR "/py_echo_server.py"), QStringLiteral("--no-deflate")},
         ready},
        {QStringLiteral("raw TCP"),
         dir + QStringLiteral("/tcp_echo_server"),
         {},
         ready,
         false,
         true},
    };
    const QStringList peerNames = {QStringLiteral("QWebSocketServer"), QStringLiteral("Node ws"),
                                   QStringLiteral("Python websockets")};
    if (!baseline.isEmpty()) {
        servers.append({QStringLiteral("baseline"), baseline, serve, listening, true});
        servers.append({QStringLiteral("baseline --quiet"), baseline,
                        serve + QStringList {QStringLiteral("--quiet")}, listening, true});
    }
    const QString secs = QString::number(settings.seconds);
    const QStringList small = {QStringLiteral("--connections"), QStringLiteral("8"),
                               QStringLiteral("--window"),      QStringLiteral("32"),
                               QStringLiteral("--size"),        QStringLiteral("32"),
                               QStringLiteral("--seconds"),     secs};
    const QStringList large = {QStringLiteral("--connections"),
                               QStringLiteral("8"),
                               QStringLiteral("--window"),
                               QStringLiteral("8"),
                               QStringLiteral("--size"),
                               QStringLiteral("65536"),
                               QStringLiteral("--binary"),
                               QStringLiteral("--seconds"),
                               secs};
    const QStringList single = {QStringLiteral("--connections"), QStringLiteral("1"),
                                QStringLiteral("--window"),      QStringLiteral("1"),
                                QStringLiteral("--size"),        QStringLiteral("32"),
                                QStringLiteral("--seconds"),     secs};
    std::printf("echo on loopback: server on core 0, Node ws %s generator on core 1, %d s per "
                "figure, median of %d rounds\n",
                "8.23.0 + bufferutil 4.1.0", settings.seconds, settings.rounds);
    std::fflush(stdout);

    std::map<QString, Figures> figures; // server -> figure -> one value per round
    for (int round = 0; round < settings.rounds; ++round) {
        for (const Server &server : servers) {
            Figures &f = figures[server.name];
            const QString mode = server.rawTcp ? QStringLiteral("tcp") : QStringLiteral("echo");
            const auto echo = [&](const QStringList &load) {
                RunningServer running(server); // fresh for every figure
                return generate(nodeDir, QStringList {mode} + load, running);
            };
            const QJsonObject s = echo(small);
            f[QStringLiteral("32B msg/s")].push_back(s[QLatin1String("perSecond")].toDouble());
            f[QStringLiteral("32B cpu")].push_back(
                s[QLatin1String("serverCpuUsPerMessage")].toDouble());
            const QJsonObject l = echo(large);
            f[QStringLiteral("64K MB/s")].push_back(l[QLatin1String("mbPerSecond")].toDouble());
            f[QStringLiteral("64K cpu")].push_back(
                l[QLatin1String("serverCpuUsPerMessage")].toDouble());
            f[QStringLiteral("64K gen")].push_back(
                l[QLatin1String("generatorBusyPercent")].toDouble());
            const QJsonObject r = echo(single);
            f[QStringLiteral("p50")].push_back(r[QLatin1String("p50Us")].toDouble());
            f[QStringLiteral("p99")].push_back(r[QLatin1String("p99Us")].toDouble());
            if (!server.rawTcp) {
                RunningServer running(server);
                const qint64 before = rssKiB(running.pid());
                qint64 held = -1;
                generate(nodeDir,
                         {QStringLiteral("hold"), QStringLiteral("--connections"),
                          QString::number(settings.idleConnections)},
                         running, [&](const QJsonObject &line) {
                             if (!line.contains(QLatin1String("held")))
                                 return false;
                             held = rssKiB(running.pid());
                             return true;
                         });
                f[QStringLiteral("idle KiB")].push_back(double(held - before)
                                                        / settings.idleConnections);
            }
        }
        std::fprintf(stderr, "round %d of %d done\n", round + 1, settings.rounds);
    }
    // 10,000 connections, held and echoing, once per wsbench mode.
    std::map<QString, bool> heldAll;
    for (const Server &server : servers) {
        if (!server.ours)
            continue;
        RunningServer running(server);
        int held = 0, echoed = 0;
        generate(nodeDir,
                 {QStringLiteral("hold"), QStringLiteral("--connections"),
                  QString::number(settings.hold)},
                 running, [&](const QJsonObject &line) {
                     held = std::max(held, line[QLatin1String("held")].toInt());
                     echoed = std::max(echoed, line[QLatin1String("echoed")].toInt());
                     return line.contains(QLatin1String("held"));
                 });
        heldAll[server.name] = held == settings.hold && echoed == settings.hold;
    }

    const auto m = [&](const QString &server, const QString &figure) {
        return median(figures[server][figure]);
    };
    std::printf("%-20s %10s %9s %10s %10s %8s %9s %9s %10s\n", "server (core 0)", "32B msg/s",
                "32B us", "64KiB MB/s", "64KiB us", "gen busy", "RTT p50", "RTT p99", "idle KiB");
    for (const Server &server : servers) {
        const QString &n = server.name;
        std::printf("%-20s %10.0f %9.2f %10.0f %10.1f %7.0f%% %9.0f %9.0f %10s\n", qPrintable(n),
                    m(n, QStringLiteral("32B msg/s")), m(n, QStringLiteral("32B cpu")),
                    m(n, QStringLiteral("64K MB/s")), m(n, QStringLiteral("64K cpu")),
                    m(n, QStringLiteral("64K gen")), m(n, QStringLiteral("p50")),
                    m(n, QStringLiteral("p99")),
                    server.rawTcp
                        ? "-"
                        : qPrintable(QString::number(m(n, QStringLiteral("idle KiB")), 'f', 1)));
    }
    double bestCpu = 1e300, bestRate = 0;
    QString bestCpuName, bestRateName;
    for (const QString &peer : peerNames) {
        if (m(peer, QStringLiteral("32B cpu")) < bestCpu) {
            bestCpu = m(peer, QStringLiteral("32B cpu"));
            bestCpuName = peer;
        }
        if (m(peer, QStringLiteral("64K MB/s")) > bestRate) {
            bestRate = m(peer, QStringLiteral("64K MB/s"));
            bestRateName = peer;
        }
    }
    const double loopback = m(QStringLiteral("raw TCP"), QStringLiteral("64K MB/s"));
    const double rawRtt = m(QStringLiteral("raw TCP"), QStringLiteral("p50"));
    const auto ratio = [](double x) {
        QString text = QString::number(x, 'f', 2);
        text.append(QLatin1Char('x'));
        return text;
    };
    std::printf("best peer: %s at 32 B CPU (%.2f us/msg), %s at 64 KiB (%.0f MB/s); loopback "
                "%.0f MB/s, raw TCP RTT %.0f us\n",
                qPrintable(bestCpuName), bestCpu, qPrintable(bestRateName), bestRate, loopback,
                rawRtt);
    if (!baseline.isEmpty()) {
        QStringList vs;
        for (const QString &mode : {QString(), QStringLiteral(" --quiet")}) {
            const QString a = QStringLiteral("wsbench") + mode;
            const QString b = QStringLiteral("baseline") + mode;
            vs << QStringLiteral("%1: 32B cpu %2, 64KiB MB/s %3")
                      .arg(a,
                           ratio(m(a, QStringLiteral("32B cpu")) / m(b, QStringLiteral("32B cpu"))),
                           ratio(m(a, QStringLiteral("64K MB/s"))
                                 / m(b, QStringLiteral("64K MB/s"))));
        }
        std::printf("vs baseline: %s\n", qPrintable(vs.join(QStringLiteral("; "))));
    }
    QStringList goals;
    bool all = true;
    const auto goal = [&](const QString &text, bool met) {
        goals << text + QLatin1Char(' ') + verdict(met);
        all = all && met;
    };
    for (const QString &mode : {QStringLiteral("wsbench"), QStringLiteral("wsbench --quiet")}) {
        const double cpu = m(mode, QStringLiteral("32B cpu")) / bestCpu;
        const double rate = m(mode, QStringLiteral("64K MB/s"));
        const double rtt = m(mode, QStringLiteral("p50")) / rawRtt;
        const double idle = m(mode, QStringLiteral("idle KiB"));
        goal(QStringLiteral("[%1] 32B cpu %2 best (<=0.6x)").arg(mode, ratio(cpu)), cpu <= 0.6);
        // A generator at its core's limit measures itself: say so beside the ratio.
        const double generator = m(mode, QStringLiteral("64K gen"));
        goal(QStringLiteral("64KiB %1 best (>=1.3x%2)")
                 .arg(ratio(rate / bestRate),
                      generator >= 95
                          ? QStringLiteral("; generator %1% busy, at its limit").arg(int(generator))
                          : QString()),
             rate >= 1.3 * bestRate);
        goal(QStringLiteral("%1% of loopback (>=50%)").arg(int(100 * rate / loopback)),
             rate >= 0.5 * loopback);
        goal(QStringLiteral("RTT %1 raw TCP (<=1.2x)").arg(ratio(rtt)), rtt <= 1.2);
        goal(QStringLiteral("idle %1 KiB/conn (<=8)").arg(idle, 0, 'f', 1), idle <= 8);
        goal(QStringLiteral("%1 conns held+echoing").arg(settings.hold), heldAll[mode]);
    }
    const double recording = m(QStringLiteral("wsbench"), QStringLiteral("64K cpu"))
        / m(QStringLiteral("wsbench --quiet"), QStringLiteral("64K cpu"));
    goal(QStringLiteral("recording 64KiB costs %1 of --quiet (<=1.15x)").arg(ratio(recording)),
         recording <= 1.15);
    std::printf("goals: %s; %s\n", qPrintable(goals.join(QStringLiteral("; "))),
                all ? "all met" : "NOT ALL MET");
    return 0;
}
