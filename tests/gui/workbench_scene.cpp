// Opens the real window in a given state, for the README's screenshots:
//   workbench_scene handshake|frame|server|panels|flow|explain|primer|json|plot|steps|transports
//                   |link|link-server [--dark]
//   workbench_scene connect URL [--continue] [--dark]   (a client that connects to URL, e.g. an
//   HTTP server; --continue: despite handshake errors)
//   workbench_scene lesson N K [--dark]    (Help → Lessons: lesson N with its first K steps done)
// panels: the client with the Library and Scenarios panels open. flow: the loopback pair's flow
// diagram of a message in 3 fragments with a Ping inside it, and a close from the server.
// explain: the frame scene with the "What is this?" panel on the masking key. primer: the
// "WebSocket in five minutes" page over the window. json: the Detail inspector's JSON tree of a
// message with a duplicate key and exact numbers. plot: the live plot after a few messages.
// steps: a scenario recorded from a multi-line JSON message and run, in the Scenarios panel.
// transports: Help → "Polling vs WebSocket, measured…" running 10 updates/s for 3 s.
// link: the client on a slow link (200 ms, 64 KiB/s, reading paused) with its Link popup open;
// link-server: the server's Link indicator with one peer's own conditions.
// --dark applies a dark palette, as a desktop in dark mode would. The window starts as on a
// first start (no saved settings).
#include "core/automation/lesson_runner.h"
#include "core/net/io_thread.h"
#include "core/traffic/clock.h"
#include "core/traffic/traffic_store.h"
#include "ui/automation/scenario_panel.h"
#include "ui/client/client_pane.h"
#include "ui/dialogs/transport_comparison_dialog.h"
#include "ui/inspectors/detail_view.h"
#include "ui/inspectors/frame_inspector.h"
#include "ui/inspectors/inspector_panel.h"
#include "ui/lessons/lesson_panel.h"
#include "ui/main_window.h"
#include "ui/models/log_model.h"
#include "ui/models/peer_model.h"
#include "ui/server/server_pane.h"
#include "ui/translations.h"
#include "ui/widgets/link_control.h"
#include "ui/widgets/log_view.h"
#include "ui/workbench_engine.h"

#include <QApplication>
#include <QDockWidget>
#include <QPalette>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>

using namespace WsBench;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    Gui::installTranslations(&app);
    if (app.arguments().contains(QStringLiteral("--dark"))) {
        QApplication::setStyle(QStringLiteral("Fusion"));
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::Highlight, QColor(0x2a, 0x6f, 0xb8));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
        QApplication::setPalette(dark);
    }
    const QString scene = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("frame");
    Net::IoThread io;
    Traffic::TrafficStore store;
    Traffic::SystemClock clock;
    Gui::WorkbenchEngine engine(&io, &store, &clock);
    Gui::MainWindow window(&engine);
    if (scene == QLatin1String("panels") || scene == QLatin1String("steps")) {
        for (QDockWidget *dock : window.findChildren<QDockWidget *>())
            dock->show();
    }
    window.show();
    if (scene == QLatin1String("primer")) {
        window.showPrimer();
        return QApplication::exec();
    }
    if (scene == QLatin1String("transports")) {
        window.showTransportComparison()->run({10, 3, 1000});
        return QApplication::exec();
    }
    if (scene == QLatin1String("explain"))
        window.explanationsDock()->show();
    if (scene == QLatin1String("lesson")) {
        // workbench_scene lesson N K: lesson N (1: the first), its first K steps done.
        window.lessonsDock()->show();
        Gui::LessonPanel *panel = window.lessons();
        panel->startLesson(app.arguments().value(2).toInt() - 1);
        const int steps = app.arguments().value(3).toInt();
        auto *runner = panel->runner();
        const auto walk = [panel, runner, steps] {
            using State = Automation::LessonRunner::State;
            if (runner->stepIndex() >= steps || runner->state() == State::Finished)
                return;
            if (runner->state() == State::Ready && panel->doItButton()->isEnabled())
                panel->doItButton()->click();
            else if (runner->state() == State::Passed && runner->stepIndex() + 1 < steps)
                panel->nextButton()->click();
        };
        QObject::connect(runner, &Automation::LessonRunner::changed, &window,
                         [walk] { QTimer::singleShot(0, walk); });
        QTimer::singleShot(300, &window, walk);
        return QApplication::exec();
    }
    if (scene == QLatin1String("connect")) {
        Gui::ClientPane *client = window.newClient();
        Session::ClientProfile profile = client->profile();
        profile.url = app.arguments().value(2);
        profile.continueDespiteHandshakeErrors
            = app.arguments().contains(QStringLiteral("--continue"));
        client->applyProfile(profile);
        client->inspectors()->setCurrentIndex(Gui::InspectorPanel::HandshakeTab);
        client->connectToServer();
        return QApplication::exec();
    }
    const auto [server, client] = window.loopbackPair();
    if (scene == QLatin1String("link") || scene == QLatin1String("link-server")) {
        const bool onServer = scene == QLatin1String("link-server");
        QTimer::singleShot(700, &window, [client = client, server = server, onServer]() {
            client->composer()->setText(QStringLiteral("hello over a slow link"));
            client->composer()->send();
            Session::LinkConditions slow;
            slow.latencyMs = 200;
            slow.rateBytesPerSec = 64 * 1024;
            slow.pauseReading = !onServer;
            Gui::LinkControl *link = onServer ? server->link() : client->link();
            link->form()->setConditions(slow);
            Q_EMIT link->form()->changed(slow); // as the user's edit does
            if (onServer) {
                Session::LinkConditions paused;
                paused.pauseWriting = true;
                server->setPeerLink(server->peers()->peer(0)->id, paused);
            }
        });
        if (onServer)
            window.tabs()->setCurrentWidget(server);
        else
            QTimer::singleShot(1500, &window,
                               [client = client]() { client->link()->button()->showMenu(); });
        return QApplication::exec();
    }
    if (scene == QLatin1String("flow")) {
        QTimer::singleShot(700, &window, [client = client]() {
            // Raw frames, masked as a client's must be: "one " "two " "three", a Ping between.
            const auto frame = [](bool fin, quint8 opcode, const QByteArray &payload) {
                Gui::Outgoing out;
                out.kind = Gui::Outgoing::Kind::Raw;
                out.raw.fin = fin;
                out.raw.opcode = opcode;
                out.raw.maskKey = 0x1a2b3c4d;
                out.raw.payload = payload;
                return out;
            };
            Gui::Composer *composer = client->composer();
            Q_EMIT composer->sendRequested(frame(false, 0x1, "one "));
            Q_EMIT composer->sendRequested(frame(true, 0x9, "are you there?"));
            Q_EMIT composer->sendRequested(frame(false, 0x0, "two "));
            Q_EMIT composer->sendRequested(frame(true, 0x0, "three"));
        });
        QTimer::singleShot(1500, &window, [server = server]() {
            server->peerTable()->selectRow(0);
            server->setKick(QStringLiteral("1001"), QStringLiteral("class is over"));
            server->kickSelected();
        });
        QTimer::singleShot(2500, &window, [&window]() {
            // Undocked over the whole screen, as a teacher projects it.
            if (auto *dock = window.findChild<QDockWidget *>(QStringLiteral("loopbackFlowDock"))) {
                dock->setFloating(true);
                dock->setGeometry(window.screen()->availableGeometry());
            }
        });
        return QApplication::exec();
    }
    QTimer::singleShot(700, &window, [client = client]() {
        client->composer()->setText(
            QStringLiteral("{\"type\": \"subscribe\", \"channel\": \"prices\"}"));
        client->composer()->send();
        client->composer()->setMode(Gui::Composer::Mode::Hex);
        client->composer()->setText(QStringLiteral("00 01 02 03 fe ff"));
        client->composer()->send();
        client->composer()->setMode(Gui::Composer::Mode::Text);
        client->composer()->setText(QStringLiteral("hello, WebSocket"));
        client->composer()->send();
        client->composer()->setText(QStringLiteral("{\"type\":\"sub\",\"id\":1234567890123456789,"
                                                   "\"msg\":\"hi\",\"type\":\"dup\",\"f\":1.50}"));
        client->composer()->send();
        client->composer()->setText(
            QStringLiteral("{\n    \"type\": \"sub\",\n    \"channel\": \"prices\"\n}"));
        client->composer()->send();
    });
    if (scene == QLatin1String("steps")) {
        QTimer::singleShot(2000, &window, [&window]() {
            QString error;
            if (!window.recordScenario(&error))
                return;
            if (auto *dock = window.findChild<QDockWidget *>(QStringLiteral("scenariosDock")))
                dock->raise();
            window.scenarios()->runSelected();
        });
        return QApplication::exec();
    }
    QTimer::singleShot(2500, &window, [&, server = server, client = client]() {
        if (scene == QLatin1String("server")) {
            window.tabs()->setCurrentWidget(server);
            server->peerTable()->selectRow(0);
            server->inspectors()->setCurrentIndex(Gui::InspectorPanel::HandshakeTab);
            return;
        }
        Gui::LogModel *log = client->log()->model();
        for (int row = log->rowCount() - 1; row >= 0; --row) {
            if (log->index(row, Gui::LogModel::DirectionColumn).data().toString()
                    == QStringLiteral("→")
                && log->index(row, Gui::LogModel::PreviewColumn).data().toString()
                    == QStringLiteral("hello, WebSocket")) { // the same in every language
                client->log()->table()->selectRow(row);
                break;
            }
        }
        if (scene == QLatin1String("json")) {
            const QString id = QStringLiteral("1234567890123456789");
            for (int row = log->rowCount() - 1; row >= 0; --row) {
                if (log->index(row, Gui::LogModel::PreviewColumn).data().toString().contains(id)) {
                    client->log()->table()->selectRow(row);
                    break;
                }
            }
            client->inspectors()->setCurrentIndex(Gui::InspectorPanel::DetailTab);
            client->inspectors()->detail()->setCurrentIndex(1);
        } else if (scene == QLatin1String("plot")) {
            client->inspectors()->setCurrentIndex(Gui::InspectorPanel::PlotTab);
        } else if (scene == QLatin1String("handshake")) {
            client->inspectors()->setCurrentIndex(Gui::InspectorPanel::HandshakeTab);
        } else {
            client->inspectors()->setCurrentIndex(Gui::InspectorPanel::FrameTab);
            client->inspectors()->frames()->selectField("websocket.masking_key");
        }
    });
    return QApplication::exec();
}
