#include "ui/lessons/window_stage.h"

#include "core/traffic/connection_id.h"
#include "ui/client/client_pane.h"
#include "ui/dialogs/transport_comparison_dialog.h"
#include "ui/inspectors/frame_inspector.h"
#include "ui/inspectors/inspector_panel.h"
#include "ui/inspectors/live_plot.h"
#include "ui/lessons/lesson_panel.h"
#include "ui/main_window.h"
#include "ui/server/server_pane.h"
#include "ui/text/document_text.h"
#include "ui/widgets/composer.h"
#include "ui/widgets/log_view.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>

namespace WsBench {
namespace Gui {

namespace {

using Automation::LessonAction;
using Automation::LessonPointer;
using Automation::Step;

constexpr int kSettleCheckMs = 50;
constexpr int kSelectRetryMs = 100;
constexpr int kSelectAttempts = 30; // three seconds for the log to catch up

// The view a step points at gets at least half of its splitter (the log keeps the rest), so
// a projected window shows what the step talks about.
void giveRoom(QWidget *view)
{
    auto *split = qobject_cast<QSplitter *>(view->parentWidget());
    if (!split)
        return;
    QList<int> sizes = split->sizes();
    const int index = split->indexOf(view);
    int total = 0;
    for (int size : std::as_const(sizes))
        total += size;
    const int wanted = total * 11 / 20;
    if (index < 0 || sizes.at(index) >= wanted || total <= 0)
        return;
    const int others = total - sizes.at(index);
    for (int i = 0; i < sizes.size(); ++i)
        sizes[i] = i == index ? wanted
                              : int(qint64(sizes.at(i)) * (total - wanted) / std::max(1, others));
    split->setSizes(sizes);
}

InspectorPanel::Tab tabOf(LessonPointer::View view)
{
    switch (view) {
    case LessonPointer::View::Handshake:
        return InspectorPanel::HandshakeTab;
    case LessonPointer::View::Frame:
        return InspectorPanel::FrameTab;
    case LessonPointer::View::Flow:
        return InspectorPanel::FlowTab;
    case LessonPointer::View::Plot:
        return InspectorPanel::PlotTab;
    case LessonPointer::View::None:
    case LessonPointer::View::Log:
    case LessonPointer::View::Detail:
    case LessonPointer::View::Comparison:
        break;
    }
    return InspectorPanel::DetailTab;
}

// A profile with some of its fields changed, as a session file writes them. Nothing, with
// the problem, when the changed fields do not read.
template<typename Profile>
std::optional<Profile> changed(const Profile &profile, const QJsonObject &fields, QString *error)
{
    constexpr bool client = std::is_same_v<Profile, Session::ClientProfile>;
    Session::Workspace w;
    if constexpr (client)
        w.clients = {profile};
    else
        w.servers = {profile};
    QJsonObject root
        = QJsonDocument::fromJson(Session::saveWorkspace(w, {/*includeSecrets=*/true})).object();
    const QString key = client ? QStringLiteral("clients") : QStringLiteral("servers");
    QJsonArray list = root.value(key).toArray();
    QJsonObject o = list.at(0).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        o.insert(it.key(), it.value());
    list.replace(0, o);
    root.insert(key, list);
    Automation::DocumentProblem problem;
    const auto loaded = Session::loadWorkspace(QJsonDocument(root).toJson(), &problem);
    if (!loaded) {
        *error = Text::DocumentText::describe(problem);
        return std::nullopt;
    }
    if constexpr (client)
        return loaded->clients.value(0);
    else
        return loaded->servers.value(0);
}

} // namespace

WindowStage::WindowStage(MainWindow *window, Comparison compare, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_compare(std::move(compare))
{ }

WindowStage::~WindowStage() = default;

bool WindowStage::setUp(const Automation::Lesson &lesson, QString *error)
{
    tearDown();
    QString firstUrl;
    m_names.clear();
    // A tab is named in the interface's language; the lesson calls it by its file's name.
    const auto shown = [&lesson](const QString &name) {
        const auto it = lesson.names.constFind(name);
        return it == lesson.names.constEnd() ? name : it->in(LessonPanel::language());
    };
    for (Session::ServerProfile profile : lesson.servers) {
        ServerPane *server = m_window->newServer(shown(profile.name));
        m_servers.append(server);
        m_names.insert(profile.name, server);
        profile.name = server->profileName();
        server->applyProfile(profile);
        server->setBroadcastTarget(true);
        if (!server->start()) {
            *error = server->listenError();
            return false;
        }
        if (firstUrl.isEmpty())
            firstUrl = server->url();
    }
    for (Session::ClientProfile profile : lesson.clients) {
        if (profile.url.isEmpty())
            profile.url = firstUrl;
        ClientPane *client = m_window->newClient(shown(profile.name));
        m_clients.append(client);
        m_names.insert(profile.name, client);
        profile.name = client->profileName();
        client->applyProfile(profile);
    }
    // The student starts at the first client (or the server, when the lesson has no client).
    if (!m_clients.isEmpty())
        m_window->tabs()->setCurrentWidget(m_clients.first());
    else if (!m_servers.isEmpty())
        m_window->tabs()->setCurrentWidget(m_servers.first());
    m_figures.clear();
    m_lastActed.clear();
    return true;
}

void WindowStage::tearDown()
{
    auto close = [this](QWidget *pane) {
        if (pane)
            m_window->closeTab(m_window->tabs()->indexOf(pane));
    };
    for (const QPointer<ClientPane> &client : std::as_const(m_clients))
        close(client);
    for (const QPointer<ServerPane> &server : std::as_const(m_servers))
        close(server);
    m_clients.clear();
    m_servers.clear();
    m_names.clear();
}

WorkbenchPane *WindowStage::pane(const QString &name) const
{
    return dynamic_cast<WorkbenchPane *>(m_names.value(name).data());
}

bool WindowStage::ownsConnection(quint32 connection) const
{
    const Traffic::ConnectionId id(connection);
    if (id.isServerSide()) {
        return std::any_of(m_servers.begin(), m_servers.end(), [&](const auto &server) {
            return server && server->serverId() == id.serverNumber();
        });
    }
    return std::any_of(m_clients.begin(), m_clients.end(), [&](const auto &client) {
        return client && client->paneNumber() == id.clientPane();
    });
}

void WindowStage::perform(const LessonAction &action, const Done &done)
{
    if (!action.on.isEmpty())
        m_lastActed = action.on;
    switch (action.kind) {
    case LessonAction::Kind::Step:
        return performStep(action, done);
    case LessonAction::Kind::Apply:
        return apply(action, done);
    case LessonAction::Kind::Listen: {
        auto *server
            = qobject_cast<ServerPane *>(pane(action.on) ? pane(action.on)->widget() : nullptr);
        if (!server)
            return done(tr("The lesson has no server named \"%1\".").arg(action.on));
        const QString before = server->url();
        server->stop();
        if (!server->start())
            return done(server->listenError());
        // The lesson's clients of this server reach it where it listens now.
        for (const QPointer<ClientPane> &client : std::as_const(m_clients)) {
            if (client && client->url() == before)
                client->setUrl(server->url());
        }
        return done({});
    }
    case LessonAction::Kind::CompareTransports:
        if (!m_compare)
            return done(tr("This window cannot compare transports."));
        return m_compare(action,
                         [this, done](const QString &error, const QMap<QString, double> &figures) {
                             m_figures = figures;
                             done(error);
                         });
    }
}

void WindowStage::performStep(const LessonAction &action, const Done &done)
{
    const Step &step = action.step;
    WorkbenchPane *target = pane(action.on);
    if (!target)
        return done(tr("The lesson has no tab named \"%1\".").arg(action.on));
    auto *client = qobject_cast<ClientPane *>(target->widget());
    if (step.kind == Step::Kind::Connect) {
        if (!client)
            return done(tr("Only a client connects: \"%1\" is a server.").arg(action.on));
        client->connectToServer();
        return whenSettled(client, done);
    }
    Outgoing out;
    switch (step.kind) {
    case Step::Kind::Send:
        out.payload = step.value.toUtf8();
        break;
    case Step::Kind::SendBinary:
        out.opcode = Protocol::toRaw(Protocol::Opcode::Binary);
        out.payload = QByteArray::fromBase64(step.value.toLatin1());
        break;
    case Step::Kind::Ping:
        out.kind = Outgoing::Kind::Ping;
        out.payload = step.value.toUtf8();
        break;
    case Step::Kind::Close:
        out.kind = Outgoing::Kind::Close;
        out.closeCode = quint16(step.code); // 0: a Close frame without a code
        out.closeReason = step.value.toUtf8();
        break;
    default:
        return done(tr("A lesson cannot do this step."));
    }
    if (!target->canSend())
        return done(client ? tr("\"%1\" is not connected.").arg(action.on)
                           : tr("\"%1\" is not listening.").arg(action.on));
    target->send(out);
    done({});
}

void WindowStage::apply(const LessonAction &action, const Done &done)
{
    WorkbenchPane *target = pane(action.on);
    QString error;
    if (auto *client = qobject_cast<ClientPane *>(target ? target->widget() : nullptr)) {
        const auto profile = changed(client->profile(), action.profile, &error);
        if (profile)
            client->applyProfile(*profile);
    } else if (auto *server = qobject_cast<ServerPane *>(target ? target->widget() : nullptr)) {
        const auto profile = changed(server->profile(), action.profile, &error);
        if (profile)
            server->applyProfile(*profile);
    } else {
        error = tr("The lesson has no tab named \"%1\".").arg(action.on);
    }
    done(error);
}

void WindowStage::whenSettled(ClientPane *client, const Done &done)
{
    auto *timer = new QTimer(this);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    const int limitMs = client->profile().connectTimeoutMs + 1000;
    connect(timer, &QTimer::timeout, this,
            [timer, clock, limitMs, done, client = QPointer(client)] {
                if (!client) {
                    timer->deleteLater();
                    return done(tr("The client's tab was closed."));
                }
                const auto state = client->readyState();
                const bool settled = state && *state != Protocol::ReadyState::Connecting;
                if (!settled && clock->elapsed() < limitMs)
                    return;
                timer->deleteLater();
                // A failed handshake is what some lessons show: the check looks at what happened.
                done({});
            });
    timer->start(kSettleCheckMs);
}

void WindowStage::point(const LessonPointer &pointer,
                        const std::optional<Traffic::TrafficRecord> &record)
{
    if (pointer.view == LessonPointer::View::None)
        return;
    WorkbenchPane *target = pane(pointer.on.isEmpty() ? m_lastActed : pointer.on);
    if (record) {
        // The pane whose log holds the record.
        const Traffic::ConnectionId id(record->connectionId);
        for (const QPointer<ClientPane> &client : std::as_const(m_clients)) {
            if (client && !id.isServerSide() && client->paneNumber() == id.clientPane())
                target = client;
        }
        for (const QPointer<ServerPane> &server : std::as_const(m_servers)) {
            if (server && id.isServerSide() && server->serverId() == id.serverNumber())
                target = server;
        }
    }
    if (!target && !m_clients.isEmpty())
        target = m_clients.first();
    if (pointer.view == LessonPointer::View::Comparison) {
        m_window->showTransportComparison();
        return;
    }
    if (!target)
        return;
    m_window->tabs()->setCurrentWidget(target->widget());
    if (pointer.view != LessonPointer::View::Log) {
        target->inspectors()->setCurrentIndex(tabOf(pointer.view));
        giveRoom(target->inspectors());
        // A lesson's connection is short: the plot spans all of it, not the last minute.
        if (pointer.view == LessonPointer::View::Plot)
            target->inspectors()->plot()->setWindowSeconds(0);
    }
    if (record)
        selectWhenShown(target, record->id, pointer.field, kSelectAttempts);
}

void WindowStage::selectWhenShown(WorkbenchPane *pane, quint64 id, const QByteArray &field,
                                  int attempts)
{
    // The log reads the store at display rate, so the record may not be in it yet.
    if (!pane->log()->selectRecord(id)) {
        if (attempts > 1) {
            QTimer::singleShot(
                kSelectRetryMs, this,
                [this, pane = QPointer<QWidget>(pane->widget()), id, field, attempts] {
                    if (auto *w = dynamic_cast<WorkbenchPane *>(pane.data()))
                        selectWhenShown(w, id, field, attempts - 1);
                });
        }
        return;
    }
    if (!field.isEmpty())
        pane->inspectors()->frames()->selectField(field);
}

} // namespace Gui
} // namespace WsBench
