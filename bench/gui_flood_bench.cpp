// The real window, offscreen, while a peer floods it: 100,000 messages/s of 32 bytes for 10 s.
// Measures the GUI thread's event-loop stalls (p99), messages lost on the way to the store,
// resident memory once the log holds 1,000,000 records, and a regex filter over them. The same
// measurements for a plain log (QWebSocket in the GUI thread feeding a QStandardItemModel,
// filtered through QSortFilterProxyModel) give the baseline. The workbench runs a second time
// with the flow diagram shown beside the log. Each side runs in its own process. Last, the
// application's cold start: from launching `wsbench` (fresh settings) to its first painted
// window, the median of several launches.
//
//   gui_flood_bench [--seconds S] [--rate N] [--starts N] [--mode cold-start]
// The last line:
//   gui-flood: p99 stall N ms, flow p99 stall N ms, lost N, rss-1M N MB, regex-1M N ms,
//   cold-start N ms
#include "core/net/io_thread.h"
#include "core/protocol/frame_encoder.h"
#include "core/protocol/handshake.h"
#include "core/protocol/handshake_parser.h"
#include "core/traffic/clock.h"
#include "core/traffic/traffic_store.h"
#include "ui/client/client_pane.h"
#include "ui/inspectors/inspector_panel.h"
#include "ui/main_window.h"
#include "ui/models/log_model.h"
#include "ui/widgets/log_view.h"
#include "ui/workbench_engine.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHeaderView>
#include <QProcess>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace WsBench;

namespace {

struct Settings
{
    int seconds = 10;
    int rate = 100000;
    int starts = 7;
    qint64 total() const { return qint64(seconds) * rate; }
};

// Text payloads of exactly 32 bytes, each different, so a filter has something to find.
QByteArray payload(qint64 i)
{
    QByteArray p = "flood " + QByteArray::number(i).rightJustified(10, '0') + " ";
    return p.leftJustified(32, 'x', true);
}

// The flooding peer: a WebSocket server in its own thread that answers the handshake with the
// engine's builder, then writes server frames at a fixed pace.
class FloodPeer final : public QObject
{
public:
    explicit FloodPeer(const Settings &s)
        : m_settings(s)
    { }
    // Call in the peer's thread.
    quint16 start()
    {
        m_server = new QTcpServer(this);
        m_server->listen(QHostAddress::LocalHost, 0);
        QObject::connect(m_server, &QTcpServer::newConnection, this, [this]() {
            m_socket = m_server->nextPendingConnection();
            QObject::connect(m_socket, &QTcpSocket::readyRead, this, [this]() { onRead(); });
        });
        return m_server->serverPort();
    }
    qint64 sent() const { return m_sent.loadAcquire(); }
    bool finished() const { return m_done.loadAcquire() != 0; }

private:
    void onRead()
    {
        if (m_open) {
            m_socket->readAll(); // a Close at the end, nothing else expected
            return;
        }
        if (m_parser.feed(m_socket->readAll()) != Protocol::HandshakeParser::Status::Complete)
            return;
        const auto answer = Protocol::answerRequest(m_parser.head(), {});
        m_socket->write(answer.response.wireBytes());
        m_open = true;
        m_clock.start();
        auto *tick = new QTimer(this);
        tick->setTimerType(Qt::PreciseTimer);
        QObject::connect(tick, &QTimer::timeout, this, [this, tick]() {
            const qint64 due = std::min(m_settings.total(),
                                        m_clock.nsecsElapsed() * m_settings.rate / 1000000000);
            QByteArray out;
            out.reserve((due - m_sent) * 34);
            for (qint64 i = m_sent; i < due; ++i) {
                out.append(char(0x81)).append(char(32)).append(payload(i));
            }
            m_socket->write(out);
            m_sent.storeRelease(due);
            if (due >= m_settings.total()) {
                tick->stop();
                m_done.storeRelease(1);
            }
        });
        tick->start(1);
    }

    Settings m_settings;
    QTcpServer *m_server = nullptr;
    QTcpSocket *m_socket = nullptr;
    Protocol::HandshakeParser m_parser;
    bool m_open = false;
    QElapsedTimer m_clock;
    QAtomicInteger<qint64> m_sent {0};
    QAtomicInt m_done {0};
};

// The flood peer in its own thread, listening until this goes out of scope.
class PeerThread final
{
public:
    explicit PeerThread(const Settings &s)
        : m_peer(s)
    {
        m_peer.moveToThread(&m_thread);
        m_thread.start();
        QMetaObject::invokeMethod(
            &m_peer, [this]() { m_port = m_peer.start(); }, Qt::BlockingQueuedConnection);
    }
    ~PeerThread()
    {
        m_thread.quit();
        m_thread.wait();
    }
    const FloodPeer &peer() const { return m_peer; }
    QString url() const { return QStringLiteral("ws://127.0.0.1:%1/").arg(m_port); }

private:
    QThread m_thread;
    FloodPeer m_peer;
    quint16 m_port = 0;
};

qint64 residentMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() / 1024;
    }
    return -1;
}

// Gaps between 5 ms ticks of a timer in the GUI thread, beyond the 5 ms.
class StallMeter final : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this]() {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last > 0)
                m_stallsUs.push_back(std::max<qint64>(0, (now - m_last) / 1000 - 5000));
            m_last = now;
        });
    }
    void start()
    {
        m_clock.start();
        m_timer.start(5);
    }
    void stop() { m_timer.stop(); }
    double p99Ms()
    {
        if (m_stallsUs.empty())
            return 0;
        std::sort(m_stallsUs.begin(), m_stallsUs.end());
        return double(m_stallsUs[m_stallsUs.size() * 99 / 100]) / 1000.0;
    }
    double maxMs() const
    {
        return m_stallsUs.empty()
            ? 0
            : double(*std::max_element(m_stallsUs.begin(), m_stallsUs.end())) / 1000.0;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    std::vector<qint64> m_stallsUs;
};

void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

struct Outcome
{
    double p99 = 0, worst = 0;
    qint64 lost = 0, rss = 0, regexMs = 0, rows = 0;
};

void report(const Outcome &o)
{
    std::printf("result %.1f %.1f %lld %lld %lld %lld\n", o.p99, o.worst, qint64(o.lost),
                qint64(o.rss), qint64(o.regexMs), qint64(o.rows));
    std::fflush(stdout);
}

// The workbench: a client pane connected to the flood, through the engine and the store; with
// `flow`, its inspectors show the flow diagram (following the flood) instead of the detail.
int runWorkbench(const Settings &s, bool flow)
{
    PeerThread flood(s);
    const FloodPeer &peer = flood.peer();
    Net::IoThread io;
    Traffic::TrafficStore store;
    Traffic::SystemClock clock;
    Gui::WorkbenchEngine engine(&io, &store, &clock);
    Gui::MainWindow window(&engine);
    window.show();
    Gui::ClientPane *client = window.newClient();
    if (flow)
        client->inspectors()->setCurrentIndex(Gui::InspectorPanel::FlowTab);
    StallMeter stalls;
    stalls.start();
    client->setUrl(flood.url());
    client->connectToServer();
    QElapsedTimer wait;
    wait.start();
    Gui::LogModel *log = client->log()->model();
    while (wait.elapsed() < (s.seconds + 60) * 1000
           && !(peer.finished()
                && log->summary(client->connectionId()).messagesIn >= quint64(peer.sent())))
        spin(50);
    stalls.stop();
    Outcome o;
    o.p99 = stalls.p99Ms();
    o.worst = stalls.maxMs();
    o.lost = peer.sent() - qint64(log->summary(client->connectionId()).messagesIn);
    spin(300); // the log catches up with its last batch
    o.rss = residentMb();
    o.rows = log->rowCount();
    Gui::LogFilter filter;
    filter.pattern = QStringLiteral("flood 00000\\d{3}7");
    QSignalSpy done(log, &Gui::LogModel::filteringFinished);
    log->setFilter(filter);
    if (done.wait(60000))
        o.regexMs = done.first().at(0).toLongLong();
    report(o);
    return 0;
}

// The plain way: QWebSocket in the GUI thread, one QStandardItemModel row per message.
int runBaseline(const Settings &s)
{
    PeerThread flood(s);
    const FloodPeer &peer = flood.peer();
    QStandardItemModel model(0, 4);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterKeyColumn(3);
    QTableView view;
    view.setModel(&proxy);
    view.verticalHeader()->hide();
    view.resize(1200, 700);
    view.show();
    QWebSocket socket;
    qint64 received = 0;
    QElapsedTimer clock;
    clock.start();
    QObject::connect(&socket, &QWebSocket::textMessageReceived, &view, [&](const QString &text) {
        ++received;
        model.appendRow({new QStandardItem(QString::number(clock.elapsed())),
                         new QStandardItem(QStringLiteral("←")),
                         new QStandardItem(QString::number(text.size())), new QStandardItem(text)});
        view.scrollToBottom();
    });
    StallMeter stalls;
    stalls.start();
    socket.open(QUrl(flood.url()));
    QElapsedTimer wait;
    wait.start();
    while (wait.elapsed() < (s.seconds + 60) * 1000
           && !(peer.finished() && received >= peer.sent()))
        spin(50);
    stalls.stop();
    Outcome o;
    o.p99 = stalls.p99Ms();
    o.worst = stalls.maxMs();
    o.lost = peer.sent() - received;
    o.rss = residentMb();
    o.rows = model.rowCount();
    QElapsedTimer regex;
    regex.start();
    proxy.setFilterRegularExpression(QStringLiteral("flood 00000\\d{3}7"));
    o.regexMs = regex.elapsed();
    report(o);
    return 0;
}

Outcome runChild(const QString &mode, const Settings &s)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--mode"), mode, QStringLiteral("--seconds"),
                 QString::number(s.seconds), QStringLiteral("--rate"), QString::number(s.rate)});
    child.waitForFinished(-1);
    Outcome o;
    for (const QByteArray &line : child.readAllStandardOutput().split('\n')) {
        if (!line.startsWith("result "))
            continue;
        const QList<QByteArray> f = line.split(' ');
        o = {f.value(1).toDouble(),   f.value(2).toDouble(),   f.value(3).toLongLong(),
             f.value(4).toLongLong(), f.value(5).toLongLong(), f.value(6).toLongLong()};
    }
    return o;
}

// Milliseconds from launching the application until it reports its first paint, as a new user
// would start it (no settings, no recovery file); -1 if it did not.
qint64 coldStartMs(const QString &program)
{
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("WSBENCH_STARTUP_PROBE"), QStringLiteral("1"));
    QProcess app;
    app.setProcessEnvironment(env);
    app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer clock;
    clock.start();
    app.start(program, {});
    qint64 painted = -1;
    while (painted < 0 && app.waitForReadyRead(30000)) {
        if (app.readAllStandardOutput().contains("painted"))
            painted = clock.elapsed();
    }
    if (!app.waitForFinished(30000))
        app.kill();
    return painted;
}

// The median cold start of `starts` launches (the first one also warms the file cache, as any
// second launch of a desktop application finds it).
qint64 coldStart(int starts)
{
    const QString program
        = QCoreApplication::applicationDirPath() + QStringLiteral("/../app/wsbench");
    std::vector<qint64> times;
    for (int i = 0; i < starts; ++i) {
        const qint64 ms = coldStartMs(program);
        if (ms < 0)
            return -1;
        times.push_back(ms);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    Settings s;
    QString mode;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--seconds"))
            s.seconds = std::max(1, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--rate"))
            s.rate = std::max(1, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--starts"))
            s.starts = std::max(1, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--mode"))
            mode = args[i + 1];
    }
    if (mode == QLatin1String("wsbench"))
        return runWorkbench(s, false);
    if (mode == QLatin1String("wsbench-flow"))
        return runWorkbench(s, true);
    if (mode == QLatin1String("baseline"))
        return runBaseline(s);
    if (mode == QLatin1String("cold-start")) { // this figure alone
        std::printf("cold-start %lld ms\n", qint64(coldStart(s.starts)));
        return 0;
    }
    std::printf("flood: %d messages/s of 32 bytes for %d s into the window (offscreen)\n", s.rate,
                s.seconds);
    const Outcome ours = runChild(QStringLiteral("wsbench"), s);
    const Outcome flow = runChild(QStringLiteral("wsbench-flow"), s);
    const Outcome base = runChild(QStringLiteral("baseline"), s);
    std::printf("%-34s %10s %10s %10s %10s %12s %10s\n", "log", "p99 stall", "max stall", "lost",
                "rows", "RSS MB", "regex ms");
    for (const auto &[name, o] : {std::pair {"wsbench (store + LogModel)", ours},
                                  std::pair {"wsbench, flow diagram shown", flow},
                                  std::pair {"QStandardItemModel baseline", base}})
        std::printf("%-34s %10.1f %10.1f %10lld %10lld %12lld %10lld\n", name, o.p99, o.worst,
                    qint64(o.lost), qint64(o.rows), qint64(o.rss), qint64(o.regexMs));
    const auto ratio = [](double baseline, double ours) {
        return ours > 0 ? baseline / ours : 0.0;
    };
    std::printf("baseline ÷ wsbench: p99 stall %.1fx, RSS %.1fx, regex %.1fx\n",
                ratio(base.p99, ours.p99), ratio(double(base.rss), double(ours.rss)),
                ratio(double(base.regexMs), double(ours.regexMs)));
    const qint64 start = coldStart(s.starts);
    std::printf("cold start to a painted window: %lld ms (median of %d launches)\n", qint64(start),
                s.starts);
    std::printf("gui-flood: p99 stall %.0f ms, flow p99 stall %.0f ms, lost %lld, rss-1M %lld MB, "
                "regex-1M %lld ms, cold-start %lld ms\n",
                ours.p99, flow.p99, qint64(ours.lost), qint64(ours.rss), qint64(ours.regexMs),
                qint64(start));
    return 0;
}
