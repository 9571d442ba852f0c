// Echo load on loopback against three servers in one run: `wsbench serve --echo`, a
// QWebSocketServer echo server and the Python `websockets` echo server. For 32-byte and 64 KiB
// messages: throughput, p50/p99 round trip, and server CPU µs per message (from
// /proc/PID/stat), as ratios to the best peer. The generator reports its own CPU use so a
// saturated generator is visible.
//
//   echo_bench [--seconds S] [--connections N] [--window W] [--rounds R] [--baseline WSBENCH]
//
// --baseline adds another wsbench build (say, the last release) as two more servers, and a
// line with this build's ratios to it, so a change is measured against what it replaces in one
// run.
// Each figure is the median over the rounds.
#include "core/protocol/frame_decoder.h"
#include "core/protocol/frame_encoder.h"
#include "core/protocol/handshake.h"
#include "core/protocol/handshake_parser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <deque>
#include <memory>
#include <vector>

using namespace WsBench::Protocol;

namespace {

struct Settings
{
    int seconds = 3;
    int connections = 8;
    int window = 16;
    int rounds = 3; // every server once per round, in turn, so drift on a busy machine is shared
};

qint64 processCpuUs(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    // After the command: state is field 3; utime and stime are fields 14 and 15.
    const qint64 ticks = fields.value(11).toLongLong() + fields.value(12).toLongLong();
    return ticks * 1000000 / sysconf(_SC_CLK_TCK);
}

qint64 selfCpuUs()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return qint64(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1000000 + u.ru_utime.tv_usec
        + u.ru_stime.tv_usec;
}

struct Result
{
    double messagesPerSecond = 0;
    double p50Us = 0, p99Us = 0;
    double serverCpuUsPerMessage = 0;
    double generatorCpuShare = 0; // of one core
    qint64 messages = 0;
};

class Load
{
public:
    Load(quint16 port, int size, const Settings &s)
        : m_port(port)
        , m_payload(size, 'x')
        , m_settings(s)
    { }

    Result run(qint64 serverPid)
    {
        for (int i = 0; i < m_settings.connections; ++i)
            m_clients.push_back(std::make_unique<Client>(this));
        QElapsedTimer clock;
        clock.start();
        m_clock = &clock;
        // Wait until every connection is open (bounded), then measure.
        {
            QEventLoop loop;
            QTimer poll;
            QObject::connect(&poll, &QTimer::timeout, &loop, [&]() {
                if (m_open >= m_settings.connections || clock.elapsed() > 10000)
                    loop.quit();
            });
            poll.start(10);
            loop.exec();
        }
        const qint64 serverStart = processCpuUs(serverPid);
        const qint64 selfStart = selfCpuUs();
        const qint64 start = clock.nsecsElapsed();
        m_running = true;
        m_completed = 0;
        for (auto &c : m_clients)
            c->fill();
        {
            QEventLoop loop;
            QTimer::singleShot(m_settings.seconds * 1000, &loop, &QEventLoop::quit);
            loop.exec();
        }
        m_running = false;
        const double elapsed = double(clock.nsecsElapsed() - start) / 1e9;
        const qint64 serverCpu = processCpuUs(serverPid) - serverStart;
        const qint64 selfCpu = selfCpuUs() - selfStart;
        Result r;
        r.messages = m_completed;
        r.messagesPerSecond = double(m_completed) / elapsed;
        r.serverCpuUsPerMessage = m_completed ? double(serverCpu) / double(m_completed) : 0;
        r.generatorCpuShare = double(selfCpu) / (elapsed * 1e6);
        std::sort(m_rtts.begin(), m_rtts.end());
        if (!m_rtts.empty()) {
            r.p50Us = double(m_rtts[m_rtts.size() / 2]) / 1000.0;
            r.p99Us
                = double(m_rtts[std::min(m_rtts.size() - 1, m_rtts.size() * 99 / 100)]) / 1000.0;
        }
        m_clients.clear();
        return r;
    }

private:
    // A lean client: the handshake through the engine's builder and parser, then pre-encoded
    // masked frames out and a bare frame decoder in, so the generator stays cheap per message.
    struct Client
    {
        explicit Client(Load *load)
            : load(load)
            , decoder(Role::Client)
        {
            ValidationPolicy policy;
            policy.maxFramePayload = 1 << 26;
            decoder.setPolicy(policy);
            FrameSpec spec;
            spec.opcode = toRaw(Opcode::Binary);
            spec.payload = load->m_payload;
            spec.maskKey = QRandomGenerator::global()->generate();
            frame = FrameEncoder::encodeRaw(spec);
            QObject::connect(&socket, &QTcpSocket::connected, [this]() {
                socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
                ClientHandshakeOptions options;
                options.host = "127.0.0.1";
                request = buildClientRequest(
                    options, []() { return QRandomGenerator::global()->generate(); });
                socket.write(request.head.raw);
            });
            QObject::connect(&socket, &QTcpSocket::readyRead, [this]() { onRead(); });
            socket.connectToHost(QHostAddress::LocalHost, load->m_port);
        }
        void send()
        {
            sent.push_back(load->m_clock->nsecsElapsed());
            socket.write(frame);
        }
        void fill()
        {
            while (qsizetype(sent.size()) < load->m_settings.window)
                send();
        }
        void onRead()
        {
            QByteArray data = socket.readAll();
            if (!open) {
                if (parser.feed(data) != HandshakeParser::Status::Complete)
                    return;
                if (!validateResponse(parser.head(), request, ClientHandshakeOptions()).ok())
                    qFatal("echo_bench: the server's handshake failed validation");
                open = true;
                ++load->m_open;
                data = parser.takeLeftover();
            }
            const char *p = data.constData();
            qsizetype n = data.size();
            for (;;) {
                const auto step = decoder.decode(p, n);
                p += step.consumed;
                n -= step.consumed;
                if (step.status == FrameDecoder::Status::NeedMore)
                    break;
                if (step.status == FrameDecoder::Status::Failed)
                    qFatal("echo_bench: bad frame from the server: %s",
                           decoder.failure().detail.constData());
                if (step.status != FrameDecoder::Status::FrameComplete)
                    continue;
                decoder.takePayload();
                if (!decoder.header().fin || sent.empty())
                    continue;
                const qint64 now = load->m_clock->nsecsElapsed();
                if (load->m_running) {
                    load->m_rtts.push_back(now - sent.front());
                    ++load->m_completed;
                }
                sent.pop_front();
                if (load->m_running)
                    send();
            }
        }
        Load *load;
        QTcpSocket socket;
        HandshakeParser parser;
        ClientRequest request;
        FrameDecoder decoder;
        QByteArray frame;
        std::deque<qint64> sent;
        bool open = false;
    };

    quint16 m_port;
    QByteArray m_payload;
    Settings m_settings;
    std::vector<std::unique_ptr<Client>> m_clients;
    QElapsedTimer *m_clock = nullptr;
    std::vector<qint64> m_rtts;
    qint64 m_completed = 0;
    int m_open = 0;
    bool m_running = false;
};

// Each figure's median over the rounds, taken separately.
Result median(std::vector<Result> runs)
{
    const auto mid = [&runs](double Result::*field) {
        std::vector<double> v;
        for (const Result &r : runs)
            v.push_back(r.*field);
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    Result m;
    m.messagesPerSecond = mid(&Result::messagesPerSecond);
    m.p50Us = mid(&Result::p50Us);
    m.p99Us = mid(&Result::p99Us);
    m.serverCpuUsPerMessage = mid(&Result::serverCpuUsPerMessage);
    m.generatorCpuShare = mid(&Result::generatorCpuShare);
    return m;
}

struct Peer
{
    QString name;
    QString program;
    QStringList arguments;
    QRegularExpression ready;
};

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
        else if (args[i] == QLatin1String("--connections"))
            settings.connections = std::max(1, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--window"))
            settings.window = std::max(1, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--rounds"))
            settings.rounds = std::max(1, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--baseline"))
            baseline = args[i + 1];
    }
    const QString dir = QCoreApplication::applicationDirPath();
    QList<Peer> peers = {
        {QStringLiteral("wsbench"),
         QStringLiteral(WSBENCH_BINARY),
         {QStringLiteral("serve"), QStringLiteral("--echo"), QStringLiteral("--no-deflate"),
          QStringLiteral("--quiet")},
         QRegularExpression(QStringLiteral("Listening on ws://127\\.0\\.0\\.1:(\\d+)/"))},
        {QStringLiteral("wsbench (all frames)"),
         QStringLiteral(WSBENCH_BINARY),
         {QStringLiteral("serve"), QStringLiteral("--echo"), QStringLiteral("--no-deflate"),
          QStringLiteral("--quiet"), QStringLiteral("--capture"), QStringLiteral("frames")},
         QRegularExpression(QStringLiteral("Listening on ws://127\\.0\\.0\\.1:(\\d+)/"))},
        {QStringLiteral("QWebSocketServer"),
         dir + QStringLiteral("/qt_echo_server"),
         {},
         QRegularExpression(QStringLiteral("^ready (\\d+)"))},
        {QStringLiteral("python websockets"),
         QStringLiteral("/usr/bin/python3"),
         {QStringLiteral(WSBENCH_PEERS_DIR "/py_echo_server.py"), QStringLiteral("--no-deflate")},
         QRegularExpression(QStringLiteral("^ready (\\d+)"))},
    };
    const int otherPeers = 2; // rows 2 and 3: the servers we did not write
    if (!baseline.isEmpty()) {
        for (int ours = 0; ours < 2; ++ours) {
            Peer b = peers[ours];
            b.name
                = ours == 0 ? QStringLiteral("baseline") : QStringLiteral("baseline (all frames)");
            b.program = baseline;
            peers.append(b);
        }
    }
    const int sizes[] = {32, 64 * 1024};
    std::printf("echo on loopback: %d connections x %d in flight, %d s per run, median of %d "
                "rounds\n",
                settings.connections, settings.window, settings.seconds, settings.rounds);
    // runs[peer][size][round]
    std::vector<std::vector<std::vector<Result>>> runs(
        std::size_t(peers.size()), std::vector<std::vector<Result>>(std::size(sizes)));
    for (int round = 0; round < settings.rounds; ++round) {
        for (qsizetype p = 0; p < peers.size(); ++p) {
            const Peer &peer = peers[p];
            QProcess process;
            process.setProcessChannelMode(QProcess::MergedChannels);
            process.start(peer.program, peer.arguments);
            quint16 port = 0;
            QByteArray seen;
            QElapsedTimer wait;
            wait.start();
            while (port == 0 && wait.elapsed() < 10000 && process.waitForReadyRead(200)) {
                seen += process.readAll();
                for (const QByteArray &line : seen.split('\n')) {
                    const auto m = peer.ready.match(QString::fromUtf8(line));
                    if (m.hasMatch())
                        port = m.captured(1).toUShort();
                }
            }
            if (port == 0) {
                std::fprintf(stderr, "%s did not start: %s\n", qPrintable(peer.name),
                             seen.constData());
                return 1;
            }
            for (std::size_t s = 0; s < std::size(sizes); ++s) {
                Load load(port, sizes[s], settings);
                runs[std::size_t(p)][s].push_back(load.run(process.processId()));
                process.readAll(); // keep the pipe drained
            }
            process.terminate();
            process.waitForFinished(5000);
        }
        std::fprintf(stderr, "round %d of %d done\n", round + 1, settings.rounds);
    }
    std::printf("%-22s %8s %12s %10s %10s %10s %12s %10s\n", "server", "size", "msg/s", "MB/s",
                "p50 us", "p99 us", "srv us/msg", "gen CPU");
    QList<QList<Result>> results;
    for (qsizetype p = 0; p < peers.size(); ++p) {
        QList<Result> row;
        for (std::size_t s = 0; s < std::size(sizes); ++s) {
            const Result r = median(runs[std::size_t(p)][s]);
            row.append(r);
            std::printf("%-22s %8d %12.0f %10.1f %10.0f %10.0f %12.2f %9.0f%%\n",
                        qPrintable(peers[p].name), sizes[s], r.messagesPerSecond,
                        r.messagesPerSecond * sizes[s] / 1e6, r.p50Us, r.p99Us,
                        r.serverCpuUsPerMessage, r.generatorCpuShare * 100);
        }
        results.append(row);
    }
    // Ratios to the best other peer: throughput (higher is better) and CPU per message (lower),
    // for `serve --echo --quiet` as it is and with every frame recorded in memory.
    QStringList summary;
    for (int ours = 0; ours < 2; ++ours) {
        for (int s = 0; s < 2; ++s) {
            const Result &r = results[ours][s];
            double bestRate = 0, bestCpu = 1e300;
            for (int p = 2; p < 2 + otherPeers; ++p) {
                bestRate = std::max(bestRate, results[p][s].messagesPerSecond);
                bestCpu = std::min(bestCpu, results[p][s].serverCpuUsPerMessage);
            }
            summary << QStringLiteral("%1 %2 throughput %3x best peer, cpu/msg %4x")
                           .arg(ours == 0 ? QStringLiteral("wsbench")
                                          : QStringLiteral("all-frames"))
                           .arg(s == 0 ? QStringLiteral("32B") : QStringLiteral("64KiB"))
                           .arg(r.messagesPerSecond / bestRate, 0, 'f', 2)
                           .arg(bestCpu / r.serverCpuUsPerMessage, 0, 'f', 2);
        }
    }
    std::printf("echo: %s\n", qPrintable(summary.join(QStringLiteral("; "))));
    if (!baseline.isEmpty()) {
        QStringList vs;
        for (int ours = 0; ours < 2; ++ours) {
            for (int s = 0; s < 2; ++s) {
                const Result &r = results[ours][s];
                const Result &b = results[2 + otherPeers + ours][s];
                vs << QStringLiteral("%1 %2 throughput %3x, cpu/msg %4x")
                          .arg(ours == 0 ? QStringLiteral("wsbench") : QStringLiteral("all-frames"))
                          .arg(s == 0 ? QStringLiteral("32B") : QStringLiteral("64KiB"))
                          .arg(r.messagesPerSecond / b.messagesPerSecond, 0, 'f', 2)
                          .arg(b.serverCpuUsPerMessage / r.serverCpuUsPerMessage, 0, 'f', 2);
            }
        }
        std::printf("vs baseline: %s\n", qPrintable(vs.join(QStringLiteral("; "))));
    }
    return 0;
}
