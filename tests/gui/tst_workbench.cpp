// Drives the real window offscreen: a server pane and a client pane in one window, talking
// over loopback through the engine.
#include "core/net/io_thread.h"
#include "core/net/server_endpoint.h"
#include "core/protocol/opcode.h"
#include "core/traffic/clock.h"
#include "core/traffic/traffic_store.h"
#include "tests/support/memory_secret_store.h"
#include "tests/support/profile_fields.h"
#include "ui/automation/library_panel.h"
#include "ui/automation/scenario_panel.h"
#include "ui/client/client_pane.h"
#include "ui/inspectors/detail_view.h"
#include "ui/inspectors/frame_inspector.h"
#include "ui/inspectors/handshake_inspector.h"
#include "ui/inspectors/inspector_panel.h"
#include "ui/inspectors/live_plot.h"
#include "ui/main_window.h"
#include "ui/models/field_tree_model.h"
#include "ui/models/log_model.h"
#include "ui/models/peer_model.h"
#include "ui/server/server_pane.h"
#include "ui/widgets/hex_view.h"
#include "ui/widgets/log_view.h"
#include "ui/widgets/ready_state_badge.h"
#include "ui/workbench_engine.h"

#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QTreeWidgetItem>

using namespace WsBench;
using namespace WsBench::Gui;
using Protocol::ReadyState;

namespace {

const std::optional<ReadyState> kOpen = ReadyState::Open;
const std::optional<ReadyState> kClosed = ReadyState::Closed;

} // namespace

class TestWorkbench : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void loopbackPairExchangesTextAndBinary();
    void badUrlShowsAnErrorAndTheWindowStaysUsable();
    void everyRecordOfARefusedConnectionCanBeInspected();
    void serverRefusesAPortInUse();
    void paneLayoutPersists();
    void harExportReplayAndMock();
    void sessionSaveOpenAndABadFile();
    void everySettingSurvivesSaveAndReopen();
    void harMockFromTheWindowKeepsTheSubprotocol();
    void secretsComeBackFromTheKeychain();
    void recordAScenarioAndRunItInTheWindow();
    void librarySendsASequence();
    void variablesFillUrlsAndMessages();
    void stopARunningScenario();
    void closeTheWindowDuringARun();
    void serverSendsPingAndRawFrameToAClient();

private:
    // The first row showing a record of this kind, direction and preview, or -1.
    static int findRow(LogModel *log, const QString &type, const QString &direction,
                       const QString &preview);
    // Connects to the client tab's server, exchanges one message, then waits 60 s and would
    // send and close after that.
    static Automation::Scenario longScenario(const QString &profile);
    // The close code of the connection's Close record, or -1 while it has none.
    int closeCode(quint32 connection) const;

    std::unique_ptr<Net::IoThread> m_io;
    std::unique_ptr<Traffic::TrafficStore> m_store;
    Traffic::SystemClock m_clock;
    std::unique_ptr<WorkbenchEngine> m_engine;
    std::unique_ptr<MainWindow> m_window;
};

void TestWorkbench::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings go to a scratch location
    QSettings().clear();
}

void TestWorkbench::init()
{
    m_io = std::make_unique<Net::IoThread>();
    m_store = std::make_unique<Traffic::TrafficStore>();
    m_engine = std::make_unique<WorkbenchEngine>(m_io.get(), m_store.get(), &m_clock);
    m_window = std::make_unique<MainWindow>(m_engine.get());
    m_window->show();
}

void TestWorkbench::cleanup()
{
    m_window.reset();
    m_engine.reset();
    m_io.reset(); // stops the engine thread before the store goes
    m_store.reset();
}

int TestWorkbench::findRow(LogModel *log, const QString &type, const QString &direction,
                           const QString &preview)
{
    for (int row = 0; row < log->rowCount(); ++row) {
        if (log->index(row, LogModel::TypeColumn).data().toString() == type
            && log->index(row, LogModel::DirectionColumn).data().toString() == direction
            && log->index(row, LogModel::PreviewColumn).data().toString() == preview)
            return row;
    }
    return -1;
}

void TestWorkbench::loopbackPairExchangesTextAndBinary()
{
    const auto [server, client] = m_window->loopbackPair();
    QVERIFY(server->isListening());
    QVERIFY(server->url().startsWith(QLatin1String("ws://127.0.0.1:")));
    QVERIFY(client);
    QTRY_COMPARE_WITH_TIMEOUT(client->badge()->state(), kOpen, 10000);
    QCOMPARE(client->badge()->text(), QStringLiteral("1 OPEN"));

    // Text, typed and sent with Ctrl+Enter.
    client->composer()->setText(QStringLiteral("hello over loopback"));
    QTest::keyClick(client->composer()->editor(), Qt::Key_Return, Qt::ControlModifier);
    LogModel *log = client->log()->model();
    QTRY_VERIFY_WITH_TIMEOUT(findRow(log, QStringLiteral("Text"), QStringLiteral("←"),
                                     QStringLiteral("hello over loopback"))
                                 >= 0,
                             10000);
    QVERIFY(findRow(log, QStringLiteral("Text"), QStringLiteral("→"),
                    QStringLiteral("hello over loopback"))
            >= 0);
    // The server's log saw the same message arrive.
    QTRY_VERIFY_WITH_TIMEOUT(findRow(server->log()->model(), QStringLiteral("Text"),
                                     QStringLiteral("←"), QStringLiteral("hello over loopback"))
                                 >= 0,
                             10000);
    QTRY_COMPARE_WITH_TIMEOUT(server->peers()->rowCount(), 1, 10000);

    // Binary from hex.
    client->composer()->setMode(Composer::Mode::Hex);
    client->composer()->setText(QStringLiteral("00 ff 10 20"));
    client->composer()->send();
    QVERIFY(client->composer()->errorText().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(
        findRow(log, QStringLiteral("Binary"), QStringLiteral("←"), QStringLiteral("00 ff 10 20"))
            >= 0,
        10000);
    // Bad hex is refused beside the editor, and nothing is sent.
    const int rowsBefore = log->rowCount();
    client->composer()->setText(QStringLiteral("0g"));
    client->composer()->send();
    QVERIFY(client->composer()->errorText().contains(QLatin1String("position 2")));
    QTest::qWait(200);
    QCOMPARE(log->rowCount(), rowsBefore);

    // The handshake inspector checked the server's Accept.
    HandshakeInspector *handshake = client->inspectors()->handshake();
    QTRY_COMPARE_WITH_TIMEOUT(handshake->acceptVerdict(), QStringLiteral("match"), 10000);
    QCOMPARE(handshake->acceptStep(4), handshake->acceptStep(3));
    QCOMPARE(handshake->acceptStep(2).size(), 40); // SHA-1 in hex

    // The frame inspector on the client's masked text frame.
    const int sent = findRow(log, QStringLiteral("Text"), QStringLiteral("→"),
                             QStringLiteral("hello over loopback"));
    client->log()->table()->selectRow(sent);
    FrameInspector *frames = client->inspectors()->frames();
    QCOMPARE(frames->frameCount(), 1);
    QVERIFY(frames->selectField("websocket.mask"));
    FieldTreeModel *fields = frames->fields();
    const QModelIndex mask = frames->tree()->currentIndex();
    QCOMPARE(fields->data(fields->index(mask.row(), FieldTreeModel::ValueColumn, mask.parent()))
                 .toString(),
             QStringLiteral("1 (True)"));
    QVERIFY(frames->selectField("websocket.masking_key"));
    QCOMPARE(frames->hex()->highlightOffset(), 2);
    QCOMPARE(frames->hex()->highlightLength(), 4);
    // Clicking the last byte in the hex view selects the (unmasked) payload's field.
    Q_EMIT frames->hex()->byteClicked(frames->hex()->data().size() - 1);
    const Protocol::FieldSpan *payload = fields->field(frames->tree()->currentIndex());
    QVERIFY(payload);
    QVERIFY2(payload->key.contains("payload"), payload->key.constData());
    QCOMPARE(payload->length, qsizetype(19));
    QCOMPARE(frames->hex()->highlightLength(), qsizetype(19));

    // A message sent as 3 fragments: the frame inspector lists its 3 frames.
    client->composer()->setMode(Composer::Mode::Text);
    client->composer()->setFragments(3);
    client->composer()->setText(QStringLiteral("in three parts"));
    client->composer()->send();
    QTRY_VERIFY_WITH_TIMEOUT(
        findRow(log, QStringLiteral("Text"), QStringLiteral("←"), QStringLiteral("in three parts"))
            >= 0,
        10000);
    client->log()->table()->selectRow(findRow(log, QStringLiteral("Text"), QStringLiteral("→"),
                                              QStringLiteral("in three parts")));
    QCOMPARE(frames->frameCount(), 3);
    const auto finOf = [&](int frame) {
        frames->showFrame(frame);
        frames->selectField("websocket.fin");
        const QModelIndex fin = frames->tree()->currentIndex();
        return fields->index(fin.row(), FieldTreeModel::ValueColumn, fin.parent())
            .data()
            .toString();
    };
    QCOMPARE(finOf(0), QStringLiteral("0 (False)"));
    QCOMPARE(finOf(1), QStringLiteral("0 (False)"));
    QCOMPARE(finOf(2), QStringLiteral("1 (True)"));
    // The live plot has been sampling this connection.
    QTRY_VERIFY_WITH_TIMEOUT(client->inspectors()->plot()->sampleCount() > 3, 5000);

    // Close from the client: 0 → 1 → 2 → 3, cleanly.
    client->disconnectFromServer();
    QTRY_COMPARE_WITH_TIMEOUT(client->badge()->state(), kClosed, 10000);
    QCOMPARE(client->badge()->history(),
             (QList<ReadyState> {ReadyState::Connecting, ReadyState::Open, ReadyState::Closing,
                                 ReadyState::Closed}));
    // The server keeps the peer's row, CLOSED, with how it ended.
    QTRY_COMPARE_WITH_TIMEOUT(server->peers()->index(0, PeerModel::StateColumn).data().toString(),
                              QStringLiteral("3 CLOSED"), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(server->peers()
                                 ->index(0, PeerModel::LastEventColumn)
                                 .data()
                                 .toString()
                                 .startsWith(QLatin1String("Closed: 1000 Normal Closure, clean")),
                             10000);
}

void TestWorkbench::badUrlShowsAnErrorAndTheWindowStaysUsable()
{
    ClientPane *client = m_window->newClient();
    for (const QString &bad : {QStringLiteral("http://example.com/"), QStringLiteral("ws://"),
                               QStringLiteral("ws://host:99999/"), QString()}) {
        client->setUrl(bad);
        client->connectToServer();
        QVERIFY2(!client->urlError().isEmpty(), qPrintable(bad));
        QVERIFY(!client->badge()->state()); // nothing started
    }
    client->setUrl(QStringLiteral("http://example.com/"));
    client->connectToServer();
    QVERIFY(client->urlError().contains(QLatin1String("ws://")));
    // Typing clears the error; a good URL then connects.
    ServerPane *server = m_window->newServer();
    QVERIFY(server->start());
    client->setUrl(server->url());
    QVERIFY(client->urlError().isEmpty());
    client->connectToServer();
    QTRY_COMPARE_WITH_TIMEOUT(client->badge()->state(), kOpen, 10000);
}

void TestWorkbench::everyRecordOfARefusedConnectionCanBeInspected()
{
    QTcpServer probe; // a port where nothing listens once it is closed
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    ClientPane *client = m_window->newClient();
    client->setUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(port));
    client->connectToServer();
    QTRY_COMPARE_WITH_TIMEOUT(client->badge()->state(), kClosed, 10000);
    // Selecting each record (the error and the close among them) shows its explanation.
    int errors = 0;
    for (const Traffic::TrafficRecord &r : m_store->since(0)) {
        if (r.connectionId != client->connectionId())
            continue;
        client->inspectors()->showRecord(r.id);
        const QString text = client->inspectors()->detail()->textView()->toPlainText();
        QVERIFY2(!text.isEmpty(), qPrintable(QString::number(int(r.kind))));
        if (r.kind == Traffic::RecordKind::Error) {
            ++errors;
            QVERIFY2(text.startsWith(QLatin1String("Connection refused")), qPrintable(text));
        }
    }
    QCOMPARE(errors, 1);
}

void TestWorkbench::serverRefusesAPortInUse()
{
    ServerPane *first = m_window->newServer();
    QVERIFY(first->start());
    const int port
        = first->url().section(QLatin1Char(':'), 2).section(QLatin1Char('/'), 0, 0).toInt();
    ServerPane *second = m_window->newServer();
    second->setPort(port);
    QVERIFY(!second->start());
    QVERIFY(second->listenError().contains(QString::number(port)));
    QVERIFY(!second->isListening());
    // A connection refused by nobody listening: the error shows under the URL bar.
    first->stop();
    ClientPane *client = m_window->newClient();
    client->setUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(port));
    client->connectToServer();
    QTRY_COMPARE_WITH_TIMEOUT(client->badge()->state(), kClosed, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!client->connectionError().isEmpty(), 5000);
}

void TestWorkbench::paneLayoutPersists()
{
    ClientPane *client = m_window->newClient();
    auto *split = client->findChild<QSplitter *>(QStringLiteral("settingsAndLog"));
    QVERIFY(split);
    split->setSizes({250, 1000});
    const QList<int> chosen = split->sizes();
    m_window->closeTab(m_window->tabs()->indexOf(client));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    ClientPane *again = m_window->newClient();
    QCOMPARE(again->findChild<QSplitter *>(QStringLiteral("settingsAndLog"))->sizes(), chosen);
}

void TestWorkbench::harExportReplayAndMock()
{
    const auto [server, client] = m_window->loopbackPair();
    QTRY_COMPARE_WITH_TIMEOUT(client->badge()->state(), kOpen, 10000);
    for (const QString &text : {QStringLiteral("first"), QStringLiteral("second")}) {
        client->composer()->setText(text);
        client->composer()->send();
    }
    LogModel *log = client->log()->model();
    QTRY_VERIFY_WITH_TIMEOUT(
        findRow(log, QStringLiteral("Text"), QStringLiteral("←"), QStringLiteral("second")) >= 0,
        10000);
    QTemporaryDir dir;
    const QString har = dir.filePath(QStringLiteral("session.har"));
    QString error;
    QVERIFY2(m_window->exportHar(har, &error), qPrintable(error));
    // One connection alone, and one the tab does not have.
    const QString one = dir.filePath(QStringLiteral("one.har"));
    QVERIFY2(m_window->exportHar(one, &error, client->connectionId()), qPrintable(error));
    QVERIFY(!m_window->exportHar(one, &error, 424242));
    // The traffic beside a session: one JSON record per line, the messages among them.
    QVERIFY2(m_window->saveTraffic(dir.filePath(QStringLiteral("work.wsbench")), &error),
             qPrintable(error));
    QFile traffic(MainWindow::trafficPath(dir.filePath(QStringLiteral("work.wsbench"))));
    QVERIFY(traffic.open(QIODevice::ReadOnly));
    const QByteArray lines = traffic.readAll();
    QVERIFY(lines.contains("\"data\":\"second\""));
    QVERIFY(traffic.fileName().endsWith(QLatin1String("work.traffic.jsonl")));

    // Replayed as a client: the same two messages go to the same server again.
    QVERIFY2(m_window->importHar(har, false, &error), qPrintable(error));
    auto *replay = qobject_cast<ClientPane *>(m_window->tabs()->currentWidget());
    QVERIFY(replay && replay != client);
    QCOMPARE(replay->url(), client->url());
    replay->connectToServer();
    QTRY_VERIFY_WITH_TIMEOUT(findRow(replay->log()->model(), QStringLiteral("Text"),
                                     QStringLiteral("←"), QStringLiteral("second"))
                                 >= 0,
                             10000);
    QVERIFY(findRow(replay->log()->model(), QStringLiteral("Text"), QStringLiteral("→"),
                    QStringLiteral("first"))
            >= 0);

    // As a mock server: the recording was send, send, receive, receive, so a new client's
    // second message gets both recorded replies.
    QVERIFY2(m_window->importHar(har, true, &error), qPrintable(error));
    auto *mock = qobject_cast<ServerPane *>(m_window->tabs()->currentWidget());
    QVERIFY(mock && mock->isListening());
    ClientPane *probe = m_window->newClient();
    probe->setUrl(mock->url());
    probe->connectToServer();
    QTRY_COMPARE_WITH_TIMEOUT(probe->badge()->state(), kOpen, 10000);
    for (const QString &text : {QStringLiteral("one"), QStringLiteral("two")}) {
        probe->composer()->setText(text);
        probe->composer()->send();
    }
    QTRY_VERIFY_WITH_TIMEOUT(findRow(probe->log()->model(), QStringLiteral("Text"),
                                     QStringLiteral("←"), QStringLiteral("first"))
                                 >= 0,
                             10000);
    QTRY_VERIFY_WITH_TIMEOUT(findRow(probe->log()->model(), QStringLiteral("Text"),
                                     QStringLiteral("←"), QStringLiteral("second"))
                                 >= 0,
                             10000);

    // A file that is not HAR is refused with the reason, and nothing is opened.
    const int tabs = m_window->tabs()->count();
    const QString bad = dir.filePath(QStringLiteral("bad.har"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"log\": {\"entries\": 5}}");
    f.close();
    QVERIFY(!m_window->importHar(bad, false, &error));
    QVERIFY2(error.contains(QLatin1String("log.entries")), qPrintable(error));
    QCOMPARE(m_window->tabs()->count(), tabs);
}

void TestWorkbench::sessionSaveOpenAndABadFile()
{
    ClientPane *client = m_window->newClient();
    client->setUrl(QStringLiteral("ws://saved.test:9000/feed"));
    ServerPane *server = m_window->newServer();
    server->setEcho(true);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("work.wsbench"));
    QString error;
    QVERIFY2(m_window->saveSession(path, &error), qPrintable(error));
    const int tabs = m_window->tabs()->count();

    // A corrupt file is refused with its line, and the current work stays.
    const QString bad = dir.filePath(QStringLiteral("bad.wsbench"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\n  \"schemaVersion\": 2,\n  \"clients\": [\n");
    f.close();
    QVERIFY(!m_window->openSession(bad, &error));
    QVERIFY2(error.contains(QLatin1String("line")), qPrintable(error));
    QCOMPARE(m_window->tabs()->count(), tabs);
    QCOMPARE(m_window->sessionPath(), path);

    // Opening the saved file gives the same profiles back.
    QVERIFY2(m_window->openSession(path, &error), qPrintable(error));
    const Session::Workspace w = m_window->workspace();
    QCOMPARE(w.servers.size(), 1);
    QVERIFY(w.servers.first().echo);
    bool found = false;
    for (const Session::ClientProfile &c : w.clients)
        found |= c.url == QLatin1String("ws://saved.test:9000/feed");
    QVERIFY(found);
}

void TestWorkbench::everySettingSurvivesSaveAndReopen()
{
    // A client tab first, then a server tab, each with every setting changed from its default.
    Session::ClientProfile client = TestSupport::everyClientField();
    Session::ServerProfile server = TestSupport::everyServerField();
    m_window->newClient()->applyProfile(client);
    m_window->newServer()->applyProfile(server);
    // What a pane shows and keeps is its whole profile, names aside (the window names tabs).
    const Session::Workspace before = m_window->workspace();
    client.name = before.clients.value(0).name;
    server.name = before.servers.value(0).name;
    QVERIFY(TestSupport::sameClient(before.clients.value(0), client));
    QVERIFY(TestSupport::sameServer(before.servers.value(0), server));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("every.wsbench"));
    QString error;
    QVERIFY2(m_window->saveSession(path, &error), qPrintable(error));
    m_window->newClient(); // changes after saving are dropped by opening the file again
    QVERIFY2(m_window->openSession(path, &error), qPrintable(error));

    // The same tabs in the same order, every setting back, secrets named as left out.
    QCOMPARE(m_window->tabs()->count(), 2);
    QVERIFY(qobject_cast<ClientPane *>(m_window->tabs()->widget(0)));
    QVERIFY(qobject_cast<ServerPane *>(m_window->tabs()->widget(1)));
    QCOMPARE(m_window->tabs()->tabText(0), client.name);
    const Session::Workspace after = m_window->workspace();
    client.headers[1].value.clear(); // Authorization: left out of the file
    client.keyPassphrase.clear();
    server.keyPassphrase.clear();
    QVERIFY(TestSupport::sameClient(after.clients.value(0), client));
    QVERIFY(TestSupport::sameServer(after.servers.value(0), server));
    QVERIFY2(m_window->notice().contains(QLatin1String("Authorization")),
             qPrintable(m_window->notice()));
    QVERIFY(m_window->notice().contains(client.name + QStringLiteral(": the TLS key passphrase")));
    QVERIFY(m_window->notice().contains(server.name + QStringLiteral(": the TLS key passphrase")));
}

void TestWorkbench::secretsComeBackFromTheKeychain()
{
    TestSupport::MemorySecretStore keychain;
    MainWindow window(m_engine.get(), &keychain);
    Session::ClientProfile client = TestSupport::everyClientField();
    window.newClient()->applyProfile(client);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("secret.wsbench"));
    QString error;
    QVERIFY2(window.saveSession(path, &error), qPrintable(error));
    QVERIFY2(window.notice().isEmpty(), qPrintable(window.notice()));
    QCOMPARE(keychain.entries.size(), 2); // the Authorization value and the key passphrase
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray saved = file.readAll();
    QVERIFY(!saved.contains("Bearer abc"));
    QVERIFY(!saved.contains("hunter2"));

    // Opened again (in another window, as after a restart): everything is back, nothing to say.
    MainWindow reopened(m_engine.get(), &keychain);
    QVERIFY2(reopened.openSession(path, &error), qPrintable(error));
    QVERIFY2(reopened.notice().isEmpty(), qPrintable(reopened.notice()));
    client.name = reopened.workspace().clients.value(0).name;
    QVERIFY(TestSupport::sameClient(reopened.workspace().clients.value(0), client));

    // Without a keychain the save says so, and opening names what to enter again.
    keychain.available = false;
    QVERIFY2(reopened.saveSession(path, &error), qPrintable(error));
    QVERIFY2(reopened.notice().contains(QLatin1String("no keychain here")),
             qPrintable(reopened.notice()));
    QVERIFY2(reopened.openSession(path, &error), qPrintable(error));
    QVERIFY(reopened.notice().contains(QLatin1String("Authorization")));
}

void TestWorkbench::harMockFromTheWindowKeepsTheSubprotocol()
{
    // The recorded server chose "v2.chat"; the window's mock chooses it too, as `wsbench mock`.
    const auto [server, client] = m_window->loopbackPair();
    Q_UNUSED(server)
    Session::ServerProfile chat;
    chat.subprotocols = {QStringLiteral("v2.chat")};
    chat.echo = true;
    ServerPane *recorded = m_window->newServer();
    recorded->applyProfile(chat);
    QVERIFY(recorded->start());
    Session::ClientProfile offer;
    offer.url = recorded->url();
    offer.subprotocols = {QStringLiteral("v1.chat"), QStringLiteral("v2.chat")};
    ClientPane *talker = m_window->newClient();
    talker->applyProfile(offer);
    talker->connectToServer();
    QTRY_COMPARE_WITH_TIMEOUT(talker->badge()->state(), kOpen, 10000);
    talker->composer()->setText(QStringLiteral("hi"));
    talker->composer()->send();
    QTRY_VERIFY_WITH_TIMEOUT(findRow(talker->log()->model(), QStringLiteral("Text"),
                                     QStringLiteral("←"), QStringLiteral("hi"))
                                 >= 0,
                             10000);
    QTemporaryDir dir;
    const QString har = dir.filePath(QStringLiteral("chat.har"));
    QString error;
    m_window->tabs()->setCurrentWidget(talker);
    QVERIFY2(m_window->exportHar(har, &error), qPrintable(error));
    QVERIFY2(m_window->importHar(har, true, &error), qPrintable(error));
    auto *mock = qobject_cast<ServerPane *>(m_window->tabs()->currentWidget());
    QVERIFY(mock && mock->isListening());
    QCOMPARE(mock->profile().subprotocols, QStringList {QStringLiteral("v2.chat")});

    offer.url = mock->url();
    ClientPane *probe = m_window->newClient();
    probe->applyProfile(offer);
    probe->connectToServer();
    QTRY_COMPARE_WITH_TIMEOUT(probe->badge()->state(), kOpen, 10000);
    // The mock's 101 response, as recorded for the probe's connection.
    bool chosen = false;
    m_store->visit(0, -1, [&](const Traffic::TrafficRecord &r) {
        chosen |= r.connectionId == probe->connectionId() && r.bytes.startsWith("HTTP/1.1 101")
            && r.bytes.contains("\r\nSec-WebSocket-Protocol: v2.chat\r\n");
    });
    QVERIFY(chosen);
}

void TestWorkbench::recordAScenarioAndRunItInTheWindow()
{
    const auto [server, client] = m_window->loopbackPair();
    QTRY_COMPARE_WITH_TIMEOUT(client->badge()->state(), kOpen, 10000);
    client->composer()->setText(QStringLiteral("record me"));
    client->composer()->send();
    QTRY_VERIFY_WITH_TIMEOUT(findRow(client->log()->model(), QStringLiteral("Text"),
                                     QStringLiteral("←"), QStringLiteral("record me"))
                                 >= 0,
                             10000);
    QString error;
    QVERIFY2(m_window->recordScenario(&error), qPrintable(error));
    ScenarioPanel *panel = m_window->scenarios();
    QCOMPARE(panel->scenarios().size(), 1);
    const Automation::Scenario recorded = panel->scenarios().first();
    QCOMPARE(recorded.steps.size(), 4); // connect, send, expect, close
    QCOMPARE(recorded.steps[2].kind, Automation::Step::Kind::Expect);
    QCOMPARE(recorded.steps[2].value, QStringLiteral("record me"));
    // Run in the window against the echo server: the run goes on in the window's event loop
    // (Run becomes Stop), and every step passes.
    QSignalSpy done(panel, &ScenarioPanel::finished);
    QVERIFY(panel->runSelected());
    QCOMPARE(done.count(), 0);
    QVERIFY(panel->isRunning());
    QCOMPARE(panel->runButton()->text(), QStringLiteral("Stop"));
    QVERIFY(done.wait(15000));
    QCOMPARE(done.count(), 1);
    QCOMPARE(done.first().first().toBool(), true);
    QVERIFY(!panel->isRunning());
    QCOMPARE(panel->runButton()->text(), QStringLiteral("Run"));
    QVERIFY2(panel->summary().startsWith(QStringLiteral("✓ ")), qPrintable(panel->summary()));
    QCOMPARE(panel->results()->topLevelItemCount(), 4);
    QCOMPARE(panel->results()->topLevelItem(2)->text(1), QStringLiteral("✓ pass"));
    // The run's own traffic is in the panel's log, and only that.
    QTRY_VERIFY_WITH_TIMEOUT(findRow(panel->log()->model(), QStringLiteral("Text"),
                                     QStringLiteral("←"), QStringLiteral("record me"))
                                 >= 0,
                             10000);
    for (const quint32 id : panel->log()->model()->connections())
        QVERIFY(id < 256);
    // The scenario is part of the session.
    QCOMPARE(m_window->workspace().scenarios.size(), 1);
}

void TestWorkbench::librarySendsASequence()
{
    const auto [server, client] = m_window->loopbackPair();
    QTRY_COMPARE_WITH_TIMEOUT(client->badge()->state(), kOpen, 10000);
    LibraryPanel *library = m_window->library();
    library->setMessages({{QStringLiteral("greetings"), QStringLiteral("numbered"), QString(),
                           Session::LibraryMessage::Kind::Text, "tick {{counter}}"},
                          {QStringLiteral("greetings"), QStringLiteral("plain"), QString(),
                           Session::LibraryMessage::Kind::Json, "{\"op\":\"ping\"}"}});
    library->tree()->expandAll();
    library->tree()->selectAll();
    library->setSequence(50, 2);
    QSignalSpy done(library, &LibraryPanel::sequenceFinished);
    QVERIFY(library->sendSelected());
    QVERIFY(done.wait(10000));
    QCOMPARE(done.first().first().toInt(), 4);
    LogModel *log = client->log()->model();
    for (const QString &text :
         {QStringLiteral("tick 1"), QStringLiteral("tick 2"), QStringLiteral("{\"op\":\"ping\"}")})
        QTRY_VERIFY_WITH_TIMEOUT(
            findRow(log, QStringLiteral("Text"), QStringLiteral("←"), text) >= 0, 10000);
    // The composer's text joins the library, and the library is part of the session.
    client->composer()->setText(QStringLiteral("keep me"));
    QString error;
    QVERIFY2(m_window->addComposerToLibrary(&error), qPrintable(error));
    QCOMPARE(m_window->workspace().library.size(), 3);
    QCOMPARE(m_window->workspace().library.last().content, QByteArray("keep me"));
}

void TestWorkbench::variablesFillUrlsAndMessages()
{
    // A free port for the echo server the session's environment points at.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const QString port = QString::number(probe.serverPort());
    probe.close();
    Session::Workspace w;
    w.variables = {{QStringLiteral("port"), QStringLiteral("1")},
                   {QStringLiteral("who"), QStringLiteral("workspace")}};
    w.environments = {{QStringLiteral("local"), {{QStringLiteral("port"), port}}}};
    Session::ClientProfile c;
    c.name = QStringLiteral("templated");
    c.url = QStringLiteral("ws://127.0.0.1:{{port}}/");
    w.clients = {c};
    Session::ServerProfile echo;
    echo.name = QStringLiteral("echo");
    echo.port = port.toInt();
    echo.echo = true;
    w.servers = {echo};
    m_window->setWorkspace(w);
    m_window->setEnvironment(QStringLiteral("local"));
    auto *server = qobject_cast<ServerPane *>(m_window->tabs()->widget(0));
    QVERIFY(server && server->start());
    auto *client = qobject_cast<ClientPane *>(m_window->tabs()->widget(1));
    QVERIFY(client);
    QCOMPARE(client->url(), QStringLiteral("ws://127.0.0.1:{{port}}/")); // kept as written
    client->connectToServer();
    QTRY_COMPARE_WITH_TIMEOUT(client->badge()->state(), kOpen, 10000);
    client->composer()->setText(QStringLiteral("hello {{who}}"));
    client->composer()->send();
    QTRY_VERIFY_WITH_TIMEOUT(findRow(client->log()->model(), QStringLiteral("Text"),
                                     QStringLiteral("←"), QStringLiteral("hello workspace"))
                                 >= 0,
                             10000);

    // A scenario run from the window uses the selected environment too (port 1 would refuse).
    using Automation::Step;
    Step connect;
    connect.kind = Step::Kind::Connect;
    connect.profile = c.name;
    Step send;
    send.kind = Step::Kind::Send;
    send.value = QStringLiteral("scenario {{who}}");
    Step expect;
    expect.kind = Step::Kind::Expect;
    expect.value = QStringLiteral("scenario workspace");
    expect.timeoutMs = 5000;
    ScenarioPanel *panel = m_window->scenarios();
    panel->addScenario({QStringLiteral("through the environment"), {connect, send, expect}});
    QSignalSpy done(panel, &ScenarioPanel::finished);
    QVERIFY(panel->runSelected());
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 10000);
    QCOMPARE(done.first().first().toBool(), true);
}

Automation::Scenario TestWorkbench::longScenario(const QString &profile)
{
    using Automation::Step;
    Step connect;
    connect.kind = Step::Kind::Connect;
    connect.profile = profile;
    Step send;
    send.kind = Step::Kind::Send;
    send.value = QStringLiteral("before the wait");
    Step expect;
    expect.kind = Step::Kind::Expect;
    expect.value = send.value;
    Step wait;
    wait.kind = Step::Kind::Wait;
    wait.timeoutMs = 60000;
    Step after = send;
    after.value = QStringLiteral("after the wait");
    Step close;
    close.kind = Step::Kind::Close;
    close.code = 1000;
    return {QStringLiteral("long"), {connect, send, expect, wait, after, close}};
}

int TestWorkbench::closeCode(quint32 connection) const
{
    int code = -1;
    m_store->visit(0, -1, [&](const Traffic::TrafficRecord &r) {
        if (r.connectionId == connection && r.kind == Traffic::RecordKind::Close)
            code = r.closeCode;
    });
    return code;
}

void TestWorkbench::stopARunningScenario()
{
    const auto [server, client] = m_window->loopbackPair();
    QTRY_COMPARE_WITH_TIMEOUT(client->badge()->state(), kOpen, 10000);
    ScenarioPanel *panel = m_window->scenarios();
    panel->addScenario(longScenario(client->profileName()));
    QSignalSpy done(panel, &ScenarioPanel::finished);
    QVERIFY(panel->runSelected());
    // Results show step by step: the first three pass while the run waits in the fourth.
    QTRY_COMPARE_WITH_TIMEOUT(panel->results()->topLevelItemCount(), 3, 10000);
    QVERIFY(panel->isRunning());
    QCOMPARE(done.count(), 0);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(panel->results()->topLevelItem(i)->text(1), QStringLiteral("✓ pass"));
    QVERIFY(!panel->runSelected()); // one run at a time
    // The run's log pulls the store at display rate.
    QTRY_COMPARE_WITH_TIMEOUT(panel->log()->model()->connections().size(), 1, 10000);
    const quint32 connection = panel->log()->model()->connections().first();
    QVERIFY(connection < 256);
    QCOMPARE(closeCode(connection), -1); // still open

    // Stop: the run ends at once, the wait is stopped, the rest is skipped.
    QCOMPARE(panel->runButton()->text(), QStringLiteral("Stop"));
    QTest::mouseClick(panel->runButton(), Qt::LeftButton);
    QCOMPARE(done.count(), 1);
    QCOMPARE(done.first().first().toBool(), false);
    QVERIFY(!panel->isRunning());
    QCOMPARE(panel->runButton()->text(), QStringLiteral("Run"));
    QCOMPARE(panel->results()->topLevelItemCount(), 6);
    QCOMPARE(panel->results()->topLevelItem(3)->text(1), QStringLiteral("■ stopped"));
    QCOMPARE(panel->results()->topLevelItem(4)->text(1), QStringLiteral("skipped"));
    QCOMPARE(panel->results()->topLevelItem(5)->text(1), QStringLiteral("skipped"));
    QVERIFY2(panel->summary().contains(QLatin1String("long stopped after")),
             qPrintable(panel->summary()));
    // Its connection closes with 1001 Going Away, and what came after the wait never went out.
    QTRY_COMPARE_WITH_TIMEOUT(closeCode(connection), 1001, 10000);
    QCOMPARE(findRow(panel->log()->model(), QStringLiteral("Text"), QStringLiteral("→"),
                     QStringLiteral("after the wait")),
             -1);

    // The panel runs again after a stop.
    QVERIFY(panel->runSelected());
    QTRY_COMPARE_WITH_TIMEOUT(panel->results()->topLevelItemCount(), 3, 10000);
    panel->stop();
    QCOMPARE(done.count(), 2);
}

void TestWorkbench::closeTheWindowDuringARun()
{
    // An echo server of the test's own, so that it outlives the window.
    Net::ServerOptions options;
    options.echo = true;
    Net::ServerEndpoint echo(200, options, m_store.get(), &m_clock);
    QString error;
    QVERIFY2(echo.listen(&error), qPrintable(error));
    QSignalSpy peerFinished(&echo, &Net::ServerEndpoint::peerFinished);
    ClientPane *client = m_window->newClient();
    client->setUrl(echo.url());
    ScenarioPanel *panel = m_window->scenarios();
    panel->addScenario(longScenario(client->profileName()));
    QVERIFY(panel->runSelected());
    QTRY_COMPARE_WITH_TIMEOUT(panel->results()->topLevelItemCount(), 3, 10000);
    QCOMPARE(echo.peerCount(), 1);
    // The window goes while the run waits; the run's connection closes with 1001 Going Away.
    QVERIFY(m_window->close());
    m_window.reset();
    QTRY_COMPARE_WITH_TIMEOUT(peerFinished.count(), 1, 10000);
    QCOMPARE(peerFinished.first().at(1).toUInt(), 1001u);
    QTest::qWait(100); // late events of the closed connection reach nothing
}

void TestWorkbench::serverSendsPingAndRawFrameToAClient()
{
    const auto [server, client] = m_window->loopbackPair();
    QTRY_COMPARE_WITH_TIMEOUT(client->badge()->state(), kOpen, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(server->peers()->rowCount(), 1, 10000);
    // Nothing selected: the pane says what to do, and nothing goes out.
    server->setBroadcastTarget(false);
    server->composer()->setText(QStringLiteral("unsent"));
    server->composer()->sendPing();
    QVERIFY(server->sendError().contains(QLatin1String("Select a peer")));
    server->peerTable()->setCurrentIndex(server->peers()->index(0, 0));
    const quint32 peer = server->selectedPeer();
    QVERIFY(peer != 0);
    const quint32 connection = client->connectionId();
    const auto frames = [this](quint32 id, Traffic::Direction direction, Protocol::Opcode opcode,
                               const QByteArray &payload) {
        int n = 0;
        for (const Traffic::TrafficRecord &r : m_store->since(0)) {
            n += r.connectionId == id && r.direction == direction && r.hasFrame()
                && r.opcode == Protocol::toRaw(opcode) && r.bytes == payload;
        }
        return n;
    };

    // The Ping button: the client receives the Ping, and its automatic Pong comes back.
    server->composer()->setText(QStringLiteral("ping from the server"));
    server->composer()->sendPing();
    QTRY_COMPARE_WITH_TIMEOUT(frames(connection, Traffic::Direction::Inbound,
                                     Protocol::Opcode::Ping, "ping from the server"),
                              1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(
        frames(peer, Traffic::Direction::Inbound, Protocol::Opcode::Pong, "ping from the server"),
        1, 10000);
    QVERIFY(server->sendError().isEmpty());
    QVERIFY(frames(connection, Traffic::Direction::Outbound, Protocol::Opcode::Pong,
                   "ping from the server")
            == 1);

    // A raw frame (the second click sends it): a text frame the client takes as a message.
    server->composer()->setRawMode(true);
    server->composer()->setText(QStringLiteral("raw from the server"));
    server->composer()->send(); // the first click only warns
    QTest::qWait(200);
    QCOMPARE(frames(connection, Traffic::Direction::Inbound, Protocol::Opcode::Text,
                    "raw from the server"),
             0);
    server->composer()->send();
    QTRY_VERIFY_WITH_TIMEOUT(findRow(client->log()->model(), QStringLiteral("Text"),
                                     QStringLiteral("←"), QStringLiteral("raw from the server"))
                                 >= 0,
                             10000);
    QCOMPARE(frames(connection, Traffic::Direction::Inbound, Protocol::Opcode::Text,
                    "raw from the server"),
             1);
    bool noted = false;
    for (const Traffic::TrafficRecord &r : m_store->since(0))
        noted |= r.connectionId == peer && r.kind == Traffic::RecordKind::Note
            && r.note == Traffic::Note::RawFrameSent;
    QVERIFY(noted);
    server->composer()->setRawMode(false);

    // Broadcast: every open peer gets the Ping.
    server->setBroadcastTarget(true);
    server->composer()->setText(QStringLiteral("ping for all"));
    server->composer()->sendPing();
    QTRY_COMPARE_WITH_TIMEOUT(
        frames(peer, Traffic::Direction::Inbound, Protocol::Opcode::Pong, "ping for all"), 1,
        10000);
    QVERIFY(server->sendError().isEmpty());

    // Once the client has gone, a Ping to it is refused with the reason.
    server->setBroadcastTarget(false);
    client->disconnectFromServer();
    QTRY_COMPARE_WITH_TIMEOUT(client->badge()->state(), kClosed, 10000);
    server->peerTable()->setCurrentIndex(server->peers()->index(0, 0));
    server->composer()->sendPing();
    QTRY_VERIFY_WITH_TIMEOUT(!server->sendError().isEmpty(), 10000);
    QVERIFY2(server->sendError().contains(QLatin1String("has gone")),
             qPrintable(server->sendError()));
    // So is a broadcast with nobody there, and anything sent while the server is stopped.
    server->setBroadcastTarget(true);
    server->composer()->setRawMode(true);
    server->composer()->send();
    server->composer()->send();
    QTRY_VERIFY_WITH_TIMEOUT(server->sendError().contains(QLatin1String("No peer")), 10000);
    server->stop();
    server->composer()->sendPing();
    QVERIFY(server->sendError().contains(QLatin1String("not running")));
}

QTEST_MAIN(TestWorkbench)
#include "tst_workbench.moc"
