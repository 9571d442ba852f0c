#include "ui/main_window.h"

#include "core/automation/scenario_recording.h"
#include "core/net/io_thread.h"
#include "core/profiles/har_playback.h"
#include "core/session/har.h"
#include "core/traffic/recorder.h"
#include "core/traffic/traffic_store.h"
#include "ui/automation/library_panel.h"
#include "ui/automation/scenario_panel.h"
#include "ui/client/client_pane.h"
#include "ui/demos.h"
#include "ui/dialogs/preferences_dialog.h"
#include "ui/dialogs/primer_dialog.h"
#include "ui/dialogs/save_path.h"
#include "ui/dialogs/transport_comparison_dialog.h"
#include "ui/inspectors/inspector_panel.h"
#include "ui/inspectors/loopback_flow.h"
#include "ui/lessons/lesson_panel.h"
#include "ui/lessons/lessons_dock.h"
#include "ui/models/log_model.h"
#include "ui/server/server_pane.h"
#include "ui/text/byte_size.h"
#include "ui/text/document_text.h"
#include "ui/widgets/explain_panel.h"
#include "ui/widgets/log_view.h"
#include "ui/workbench_engine.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QUuid>

#include <algorithm>

namespace WsBench {
namespace Gui {

MainWindow::MainWindow(WorkbenchEngine *engine, Session::SecretStore *secrets, QWidget *parent)
    : QMainWindow(parent)
    , m_engine(engine)
    , m_tabs(new QTabWidget)
    , m_storeStatus(new QLabel)
    , m_secrets(secrets)
{
    setWindowTitle(tr("WsBench"));
    setObjectName(QStringLiteral("MainWindow"));
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    setCentralWidget(m_tabs);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);

    auto *newClient = new QAction(tr("New &client"), this);
    newClient->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    newClient->setToolTip(tr("Open a WebSocket client (Ctrl+N)"));
    auto *newServer = new QAction(tr("New &server"), this);
    newServer->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    newServer->setToolTip(tr("Open a WebSocket server (Ctrl+Shift+N)"));
    auto *pair = new QAction(tr("&Loopback pair"), this);
    pair->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    pair->setToolTip(tr("Start an echo server on this machine and connect a client to it "
                        "(Ctrl+L)"));
    auto *open = new QAction(tr("&Open session…"), this);
    open->setShortcut(QKeySequence::Open);
    auto *save = new QAction(tr("&Save session"), this);
    save->setShortcut(QKeySequence::Save);
    auto *saveAs = new QAction(tr("Save session &as…"), this);
    saveAs->setShortcut(QKeySequence::SaveAs);
    connect(open, &QAction::triggered, this, &MainWindow::openDialog);
    connect(save, &QAction::triggered, this, [this]() {
        if (m_sessionPath.isEmpty()) {
            saveAsDialog();
            return;
        }
        QString error;
        if (!saveSession(m_sessionPath, &error))
            QMessageBox::warning(this, tr("Save session"), error);
    });
    connect(saveAs, &QAction::triggered, this, &MainWindow::saveAsDialog);
    auto *saveWithTraffic = new QAction(tr("Save session with &traffic"), this);
    saveWithTraffic->setToolTip(tr("Also keep the recorded traffic beside the session, in "
                                   "FILE.traffic.jsonl (the session file itself never holds it)"));
    connect(saveWithTraffic, &QAction::triggered, this, [this]() {
        if (m_sessionPath.isEmpty())
            saveAsDialog();
        QString error;
        if (!m_sessionPath.isEmpty()
            && (!saveSession(m_sessionPath, &error) || !saveTraffic(m_sessionPath, &error)))
            QMessageBox::warning(this, tr("Save session"), error);
    });
    auto *exportOne = new QAction(tr("Export HAR of the &selected connection…"), this);
    connect(exportOne, &QAction::triggered, this, [this]() {
        WorkbenchPane *pane = currentPane();
        const quint32 id = pane ? pane->inspectors()->connection() : 0;
        const QString path
            = withSuffix(QFileDialog::getSaveFileName(this, tr("Export HAR"), QString(),
                                                      tr("HAR files (*.har)")),
                         QStringLiteral(".har"));
        QString error;
        if (!path.isEmpty() && !exportHar(path, &error, id == 0 ? quint32(-1) : id))
            QMessageBox::warning(this, tr("Export HAR"), error);
    });
    auto *exportHar = new QAction(tr("&Export HAR…"), this);
    exportHar->setToolTip(tr("Save the current tab's connections as a HAR file, as Chrome "
                             "DevTools writes it"));
    auto *importHar = new QAction(tr("&Import HAR…"), this);
    importHar->setToolTip(tr("Replay a HAR file's WebSocket messages as a client, or answer "
                             "like its server"));
    connect(exportHar, &QAction::triggered, this, &MainWindow::exportHarDialog);
    connect(importHar, &QAction::triggered, this, &MainWindow::importHarDialog);
    auto *close = new QAction(tr("Close &tab"), this);
    close->setShortcut(QKeySequence::Close);
    auto *preferences = new QAction(tr("&Preferences…"), this);
    preferences->setShortcut(QKeySequence::Preferences);
    auto *quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    auto *about = new QAction(tr("&About WsBench"), this);
    connect(newClient, &QAction::triggered, this, [this]() { this->newClient(); });
    connect(newServer, &QAction::triggered, this, [this]() { this->newServer(); });
    connect(pair, &QAction::triggered, this, [this]() { loopbackPair(); });
    connect(close, &QAction::triggered, this, [this]() { closeTab(m_tabs->currentIndex()); });
    connect(preferences, &QAction::triggered, this, &MainWindow::showPreferences);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(newClient);
    file->addAction(newServer);
    file->addAction(pair);
    file->addSeparator();
    file->addAction(open);
    m_recent = file->addMenu(tr("Open &recent"));
    file->addAction(save);
    file->addAction(saveAs);
    file->addSeparator();
    file->addAction(saveWithTraffic);
    file->addSeparator();
    file->addAction(importHar);
    file->addAction(exportHar);
    file->addAction(exportOne);
    file->addSeparator();
    file->addAction(close);
    file->addAction(preferences);
    file->addSeparator();
    file->addAction(quit);
    QToolBar *toolbar = addToolBar(tr("Workspace"));
    toolbar->setObjectName(QStringLiteral("workspaceToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(newClient);
    toolbar->addAction(newServer);
    toolbar->addAction(pair);

    m_scenarios = new ScenarioPanel(m_engine, [this]() { return workspace(); });
    auto *dock = new QDockWidget(tr("Scenarios"), this);
    dock->setObjectName(QStringLiteral("scenariosDock"));
    dock->setWidget(m_scenarios);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    dock->hide();
    QAction *showScenarios = dock->toggleViewAction();
    showScenarios->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    auto *record = new QAction(tr("Record as &scenario"), this);
    record->setToolTip(tr("Turn what the current client tab did into a scenario"));
    connect(record, &QAction::triggered, this, [this, dock]() {
        QString error;
        if (recordScenario(&error))
            dock->show();
        else
            QMessageBox::information(this, tr("Record as scenario"), error);
    });
    m_variables = std::make_unique<Profiles::Variables>(
        QMap<QString, QString>(), QMap<QString, QString>(), m_engine->clock());
    m_engine->setExpander([this](const QString &text) { return m_variables->expand(text); });
    m_environments = new QComboBox;
    m_environments->setToolTip(tr("The environment whose variables fill {{name}} in URLs, headers "
                                  "and messages"));
    m_environments->addItem(tr("No environment"), QString());
    connect(m_environments, &QComboBox::activated, this,
            [this](int index) { setEnvironment(m_environments->itemData(index).toString()); });
    m_library = new LibraryPanel([this](const QString &text) { return m_variables->expand(text); },
                                 [this](const Outgoing &out) {
                                     WorkbenchPane *pane = currentPane();
                                     if (!pane || !pane->canSend())
                                         return false;
                                     pane->send(out);
                                     return true;
                                 });
    auto *libraryDock = new QDockWidget(tr("Library"), this);
    libraryDock->setObjectName(QStringLiteral("libraryDock"));
    libraryDock->setWidget(m_library);
    m_sidePanel = dock;
    keepAsSidePanel(dock);
    keepAsSidePanel(libraryDock);
    libraryDock->hide();
    m_explain = new ExplainPanel;
    m_explainDock = new QDockWidget(tr("What is this?"), this);
    m_explainDock->setObjectName(QStringLiteral("explainDock"));
    m_explainDock->setWidget(m_explain);
    keepAsSidePanel(m_explainDock);
    m_explainDock->hide();
    QAction *showLibrary = libraryDock->toggleViewAction();
    showLibrary->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    auto *addToLibrary = new QAction(tr("&Add message to library"), this);
    addToLibrary->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    addToLibrary->setToolTip(tr("Save the current tab's composer text in the library"));
    connect(addToLibrary, &QAction::triggered, this, [this, libraryDock]() {
        QString error;
        if (addComposerToLibrary(&error))
            libraryDock->show();
        else
            statusBar()->showMessage(error, 5000);
    });
    QMenu *test = menuBar()->addMenu(tr("&Test"));
    test->addAction(showLibrary);
    test->addAction(addToLibrary);
    test->addSeparator();
    test->addAction(showScenarios);
    test->addAction(record);
    QAction *showExplain = m_explainDock->toggleViewAction();
    showExplain->setText(tr("&What is this?"));
    showExplain->setShortcut(QKeySequence(Qt::Key_F1));
    showExplain->setToolTip(tr("Explain the selected log row, frame field or flow arrow, with "
                               "its RFC section (F1)"));
    auto *primer = new QAction(tr("WebSocket in &five minutes"), this);
    connect(primer, &QAction::triggered, this, &MainWindow::showPrimer);
    m_lessonsDock = addLessonsDock(this, m_engine->store());
    keepAsSidePanel(m_lessonsDock);
    m_lessonsDock->hide();
    QAction *showLessons = m_lessonsDock->toggleViewAction();
    showLessons->setText(tr("&Lessons"));
    showLessons->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    showLessons->setToolTip(tr("Guided lessons on live traffic: the handshake, readyState, "
                               "bufferedAmount, masking, heartbeats, closing, broadcast, a sloppy "
                               "server, and polling against WebSocket (Ctrl+Shift+L)"));
    auto *compare = new QAction(tr("&Polling vs WebSocket, measured…"), this);
    compare->setToolTip(tr("Serve one stream of updates by short polling, long polling, "
                           "Server-Sent Events and WebSocket at once, and compare requests, "
                           "bytes and delay"));
    connect(compare, &QAction::triggered, this, &MainWindow::showTransportComparison);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(showExplain);
    help->addAction(primer);
    help->addAction(showLessons);
    help->addAction(compare);
    help->addSeparator();
    help->addAction(about);
    toolbar->addSeparator();
    toolbar->addAction(showLibrary);
    toolbar->addAction(showScenarios);
    toolbar->addAction(showExplain);
    toolbar->addSeparator();
    toolbar->addWidget(m_environments);
    m_autosave = new QTimer(this);
    connect(m_autosave, &QTimer::timeout, this, &MainWindow::autosave);
    rebuildRecentMenu();
    statusBar()->addPermanentWidget(m_storeStatus);
    auto *status = new QTimer(this);
    connect(status, &QTimer::timeout, this, &MainWindow::updateStatus);
    status->start(500);
    updateStatus();

    // A first start fills most of the screen (1366×768 laptops included); later starts
    // restore the saved geometry.
    if (const QScreen *screen = QGuiApplication::primaryScreen()) {
        const QSize available = screen->availableSize();
        resize(std::min(1440, available.width()), std::min(900, available.height()));
    }
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    fitToScreen();
}

void MainWindow::fitToScreen()
{
    // A geometry saved on a larger screen (or before a layout change) comes back within this one.
    const QScreen *screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    if (!screen || isMaximized() || isFullScreen())
        return;
    const QRect available = screen->availableGeometry();
    QRect frame = geometry();
    frame.setSize(frame.size().boundedTo(available.size()));
    frame.moveLeft(std::clamp(frame.left(), available.left(), available.right() - frame.width()));
    frame.moveTop(std::clamp(frame.top(), available.top(), available.bottom() - frame.height()));
    if (frame != geometry())
        setGeometry(frame);
}

MainWindow::~MainWindow()
{
    // Panes release their endpoints in the I/O thread; close them before the engine goes.
    while (m_tabs->count() > 0) {
        QWidget *w = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete w;
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QFile::remove(recoveryPath()); // a clean exit: nothing to recover
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

void MainWindow::addPane(QWidget *pane, const QString &title)
{
    if (auto *workbench = dynamic_cast<WorkbenchPane *>(pane))
        connect(workbench->inspectors(), &InspectorPanel::topicSelected, m_explain,
                &ExplainPanel::showTopic);
    const int index = m_tabs->addTab(pane, title);
    m_tabs->setCurrentIndex(index);
}

ClientPane *MainWindow::newClient(const QString &named)
{
    auto *pane = new ClientPane(m_engine);
    ++m_clients;
    const QString name = named.isEmpty() ? tr("Client %1").arg(m_clients) : named;
    pane->setProfileName(name);
    addPane(pane, name);
    connect(pane, &ClientPane::titleChanged, this, [this, pane, name](const QString &url) {
        m_tabs->setTabText(m_tabs->indexOf(pane), name + QStringLiteral(" · ") + url);
    });
    pane->urlField()->setFocus();
    return pane;
}

ServerPane *MainWindow::newServer(const QString &named)
{
    auto *pane = new ServerPane(m_engine);
    ++m_servers;
    const QString name = named.isEmpty() ? tr("Server %1").arg(m_servers) : named;
    pane->setProfileName(name);
    addPane(pane, name);
    connect(pane, &ServerPane::titleChanged, this, [this, pane, name](const QString &url) {
        m_tabs->setTabText(m_tabs->indexOf(pane), name + QStringLiteral(" · ") + url);
    });
    return pane;
}

WorkbenchPane *MainWindow::paneAt(int index) const
{
    return dynamic_cast<WorkbenchPane *>(m_tabs->widget(index));
}

WorkbenchPane *MainWindow::currentPane() const
{
    return paneAt(m_tabs->currentIndex());
}

void MainWindow::keepAsSidePanel(QDockWidget *side)
{
    // The side panels share one column as tabs: opening another does not widen the window.
    if (side != m_sidePanel) {
        addDockWidget(Qt::RightDockWidgetArea, side);
        tabifyDockWidget(m_sidePanel, side);
        side->raise();
    }
    // A panel that opens wider than a quarter of the window gives the log its room back.
    const auto narrow = [this, side]() {
        if (side->isVisible() && !side->isFloating() && side->width() > width() / 4)
            resizeDocks({side}, {std::max(width() / 4, side->minimumSizeHint().width())},
                        Qt::Horizontal);
    };
    connect(side, &QDockWidget::visibilityChanged, this, [this, narrow](bool visible) {
        if (visible)
            QTimer::singleShot(0, this, narrow);
    });
    QTimer::singleShot(0, this, narrow);
}

QPair<ServerPane *, ClientPane *> MainWindow::loopbackPair()
{
    ServerPane *server = newServer();
    server->setEcho(true);
    if (!server->start())
        return {server, nullptr};
    ClientPane *client = newClient();
    client->setUrl(server->url());
    keepAsSidePanel(addLoopbackFlow(this, m_engine->store(), server, client));
    client->connectToServer();
    return {server, client};
}

LessonPanel *MainWindow::lessons() const
{
    return qobject_cast<LessonPanel *>(m_lessonsDock->widget());
}

void MainWindow::closeTab(int index)
{
    QWidget *w = m_tabs->widget(index);
    if (!w)
        return;
    m_tabs->removeTab(index);
    w->deleteLater();
}

Session::Workspace MainWindow::workspace() const
{
    Session::Workspace w = m_kept;
    w.clients.clear();
    w.servers.clear();
    w.tabs.clear();
    w.leftOut.clear();
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (const WorkbenchPane *pane = paneAt(i))
            pane->addProfileTo(w);
    }
    w.layout = QString::fromLatin1(saveState().toBase64());
    w.scenarios = m_scenarios->scenarios();
    w.library = m_library->messages();
    return w;
}

void MainWindow::setWorkspace(const Session::Workspace &w)
{
    while (m_tabs->count() > 0)
        closeTab(0);
    m_kept = w;
    const auto name = [this](WorkbenchPane *pane, const QString &profileName) {
        if (profileName.isEmpty())
            return;
        pane->setProfileName(profileName);
        m_tabs->setTabText(m_tabs->indexOf(pane->widget()), profileName);
    };
    for (const Session::TabRef &tab : w.tabOrder()) {
        if (tab.role == Session::EndpointRole::Server) {
            const Session::ServerProfile &p = w.servers.at(tab.index);
            ServerPane *pane = newServer();
            pane->applyProfile(p);
            name(pane, p.name);
        } else {
            const Session::ClientProfile &p = w.clients.at(tab.index);
            ClientPane *pane = newClient();
            pane->applyProfile(p);
            name(pane, p.name);
        }
    }
    if (!w.layout.isEmpty())
        restoreState(QByteArray::fromBase64(w.layout.toLatin1()));
    m_scenarios->setScenarios(w.scenarios);
    m_library->setMessages(w.library);
    m_environments->clear();
    m_environments->addItem(tr("No environment"), QString());
    for (auto it = w.environments.begin(); it != w.environments.end(); ++it)
        m_environments->addItem(tr("Environment: %1").arg(it.key()), it.key());
    setEnvironment(w.environments.contains(m_environment) ? m_environment : QString());
}

QString MainWindow::leftOutNotice(const QList<Session::SecretRef> &leftOut)
{
    QStringList lines;
    for (const Session::SecretRef &ref : leftOut)
        lines << Text::DocumentText::secretPlace(ref);
    return tr("The session file does not hold these secrets. Enter them again before you "
              "connect; until then they are not sent:")
        + QStringLiteral("\n• ") + lines.join(QStringLiteral("\n• "));
}

void MainWindow::setEnvironment(const QString &name)
{
    m_environment = name;
    m_variables = std::make_unique<Profiles::Variables>(
        m_kept.variables, m_kept.environments.value(name), m_engine->clock());
    m_environments->setCurrentIndex(std::max(0, m_environments->findData(name)));
}

bool MainWindow::addComposerToLibrary(QString *error)
{
    WorkbenchPane *pane = currentPane();
    Composer *composer = pane ? pane->composer() : nullptr;
    if (!composer || composer->text().trimmed().isEmpty()) {
        *error = tr("Write a message in the composer first.");
        return false;
    }
    Session::LibraryMessage m;
    m.name = composer->text().simplified().left(40);
    m.kind = composer->mode() == Composer::Mode::Json ? Session::LibraryMessage::Kind::Json
                                                      : Session::LibraryMessage::Kind::Text;
    m.content = composer->text().toUtf8();
    m_library->addMessage(m);
    return true;
}

bool MainWindow::recordScenario(QString *error)
{
    auto *client = qobject_cast<ClientPane *>(m_tabs->currentWidget());
    if (!client || client->connectionId() == 0) {
        *error = tr("Connect a client tab and exchange a few messages first.");
        return false;
    }
    std::optional<Automation::Scenario> scenario = Automation::scenarioFromTraffic(
        *m_engine->store(), client->connectionId(), client->profileName());
    if (!scenario) {
        *error = tr("The client tab has not sent or received a message yet.");
        return false;
    }
    scenario->name = tr("Recorded from %1").arg(client->profileName());
    m_scenarios->addScenario(*scenario);
    return true;
}

bool MainWindow::openSession(const QString &path, QString *error, bool asDocument)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    Automation::DocumentProblem problem;
    auto w = Session::loadWorkspace(file.readAll(), &problem);
    if (!w) {
        // The current work stays as it is.
        *error = tr("%1 cannot be opened: %2").arg(path, Text::DocumentText::describe(problem));
        return false;
    }
    if (m_secrets)
        Session::restoreSecrets(*w, *m_secrets);
    setWorkspace(*w);
    m_notice.clear();
    if (!w->leftOut.isEmpty()) {
        m_notice = leftOutNotice(w->leftOut);
        auto *box = new QMessageBox(QMessageBox::Information, tr("Secrets to enter again"),
                                    m_notice, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    if (!asDocument)
        return true;
    m_sessionPath = path;
    rememberRecent(path);
    setWindowTitle(tr("WsBench — %1").arg(QFileInfo(path).fileName()));
    return true;
}

bool MainWindow::saveSession(const QString &path, QString *error)
{
    Session::Workspace w = workspace();
    if (w.id.isEmpty())
        m_kept.id = w.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // Secrets go to the system keychain, never into the file.
    QString why;
    const QList<Session::SecretRef> unstored = m_secrets && !w.secrets().isEmpty()
        ? Session::storeSecrets(w, *m_secrets, &why)
        : w.secrets();
    if (!Session::writeWorkspaceFile(path, w, {}, error))
        return false;
    m_notice = unstored.isEmpty()
        ? QString()
        : tr("%n secret(s) could not be kept in the system keychain (%1) and are not in the "
             "file: enter them again after opening it.",
             nullptr, int(unstored.size()))
              .arg(why.isEmpty() ? tr("no keychain") : why);
    if (!m_notice.isEmpty())
        statusBar()->showMessage(m_notice, 15000);
    m_sessionPath = path;
    rememberRecent(path);
    setWindowTitle(tr("WsBench — %1").arg(QFileInfo(path).fileName()));
    return true;
}

QString MainWindow::trafficPath(const QString &sessionPath)
{
    QString base = sessionPath;
    if (base.endsWith(QLatin1String(".wsbench")))
        base.chop(8);
    return base + QStringLiteral(".traffic.jsonl");
}

bool MainWindow::saveTraffic(const QString &sessionPath, QString *error)
{
    const QString path = trafficPath(sessionPath);
    QString detail;
    if (!Traffic::saveJsonLines(*m_engine->store(), path, &detail)) {
        *error = tr("Cannot write %1: %2").arg(path, detail);
        return false;
    }
    return true;
}

QString MainWindow::recoveryPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/recovery.wsbench");
}

void MainWindow::setAutosaveInterval(int ms)
{
    if (ms > 0)
        m_autosave->start(ms);
    else
        m_autosave->stop();
}

void MainWindow::autosave()
{
    QDir().mkpath(QFileInfo(recoveryPath()).absolutePath());
    QString error;
    // Secrets included: the recovery file is readable by this user only, and a clean exit
    // removes it.
    if (!Session::writeWorkspaceFile(recoveryPath(), workspace(), {true}, &error))
        statusBar()->showMessage(error, 5000);
    QFile::setPermissions(recoveryPath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void MainWindow::rememberRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentSessions")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    settings.setValue(QStringLiteral("recentSessions"), recent.mid(0, 10));
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recent->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentSessions")).toStringList();
    for (const QString &path : recent) {
        m_recent
            ->addAction(QFileInfo(path).fileName(), this,
                        [this, path]() {
                            QString error;
                            if (!openSession(path, &error))
                                QMessageBox::warning(this, tr("Open session"), error);
                        })
            ->setToolTip(path);
    }
    m_recent->setEnabled(!recent.isEmpty());
}

void MainWindow::openDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open session"), QString(),
                                                      tr("WsBench sessions (*.wsbench)"));
    QString error;
    if (!path.isEmpty() && !openSession(path, &error))
        QMessageBox::warning(this, tr("Open session"), error);
}

void MainWindow::saveAsDialog()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save session"), m_sessionPath,
                                                tr("WsBench sessions (*.wsbench)"));
    if (path.isEmpty())
        return;
    path = withSuffix(path, QStringLiteral(".wsbench"));
    QString error;
    if (!saveSession(path, &error))
        QMessageBox::warning(this, tr("Save session"), error);
}

bool MainWindow::exportHar(const QString &path, QString *error, quint32 connection)
{
    WorkbenchPane *pane = currentPane();
    if (!pane) {
        *error = tr("Open a client or a server tab first.");
        return false;
    }
    QList<quint32> ids = pane->log()->model()->connections();
    if (connection != 0)
        ids = ids.contains(connection) ? QList<quint32> {connection} : QList<quint32>();
    const QList<Session::HarConnection> connections
        = Session::harFromStore(*m_engine->store(), ids, pane->url());
    if (connections.isEmpty()) {
        *error = tr("This tab has no WebSocket connection to export yet.");
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(Session::writeHar(connections, QCoreApplication::applicationVersion())) < 0
        || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

std::optional<QList<Session::HarConnection>> MainWindow::readHarFile(const QString &path,
                                                                     QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    Automation::DocumentProblem problem;
    auto har = Session::readHar(file.readAll(), &problem);
    if (!har) {
        *error = tr("%1 is not a HAR file WsBench can read: %2")
                     .arg(path, Text::DocumentText::describe(problem));
        return std::nullopt;
    }
    if (har->isEmpty()) {
        *error = tr("%1 has no WebSocket connection.").arg(path);
        return std::nullopt;
    }
    return har;
}

bool MainWindow::importHar(const QString &path, bool asMockServer, QString *error)
{
    const auto har = readHarFile(path, error);
    return har && importHarConnection(har->first(), asMockServer);
}

bool MainWindow::importHarConnection(const Session::HarConnection &c, bool asMockServer)
{
    if (asMockServer) {
        ServerPane *server = newServer();
        server->applyProfile(Profiles::serverProfileFromHar(c));
        server->setScript(Profiles::mockTurns(c));
        return server->start();
    }
    ClientPane *client = newClient();
    client->applyProfile(Profiles::clientProfileFromHar(c));
    QList<QPair<int, Outgoing>> schedule;
    for (const Profiles::TimedMessage &t : Profiles::replaySchedule(c, true)) {
        Outgoing out;
        out.opcode = quint8(t.message.opcode);
        out.payload = t.message.data;
        schedule.append({t.delayMs, out});
    }
    client->replayOnOpen(schedule);
    return true;
}

void MainWindow::exportHarDialog()
{
    const QString path = withSuffix(
        QFileDialog::getSaveFileName(this, tr("Export HAR"), QString(), tr("HAR files (*.har)")),
        QStringLiteral(".har"));
    QString error;
    if (!path.isEmpty() && !exportHar(path, &error))
        QMessageBox::warning(this, tr("Export HAR"), error);
}

void MainWindow::importHarDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import HAR"), QString(),
                                                      tr("HAR files (*.har *.json)"));
    if (!path.isEmpty())
        importHarFile(path);
}

void MainWindow::importHarFile(const QString &path)
{
    // The file is read and checked before anything is asked.
    QString error;
    const auto har = readHarFile(path, &error);
    if (!har) {
        QMessageBox::warning(this, tr("Import HAR"), error);
        return;
    }
    const Session::HarConnection &c = har->first();
    int sent = 0, received = 0;
    for (const Session::HarMessage &m : c.messages) {
        sent += m.type == Session::HarMessage::Type::Send;
        received += m.type == Session::HarMessage::Type::Receive;
    }
    QString what = tr("%1 was opened to %2.").arg(QFileInfo(path).fileName(), c.url)
        + QLatin1Char(' ') + tr("The client sent %n message(s)", nullptr, sent) + QLatin1Char(' ')
        + tr("and received %n.", nullptr, received);
    if (har->size() > 1)
        what += QLatin1Char(' ')
            + tr("The file holds %n WebSocket connections; the first one is used.", nullptr,
                 int(har->size()));
    QMessageBox ask(QMessageBox::Question, tr("Import HAR"),
                    what + QStringLiteral("\n\n")
                        + tr("What should WsBench do with the recorded connection?"),
                    QMessageBox::Cancel, this);
    QPushButton *replay = ask.addButton(tr("Replay it as a client"), QMessageBox::AcceptRole);
    QPushButton *mock = ask.addButton(tr("Answer like its server"), QMessageBox::AcceptRole);
    replay->setToolTip(
        tr("Connect to %1 and send the %n recorded message(s) with their timing", nullptr, sent)
            .arg(c.url));
    mock->setToolTip(tr("Listen with the recorded handshake and answer as the server did "
                        "(%n recorded message(s))",
                        nullptr, received));
    ask.exec();
    if (ask.clickedButton() != replay && ask.clickedButton() != mock)
        return;
    if (!importHarConnection(c, ask.clickedButton() == mock))
        QMessageBox::warning(this, tr("Import HAR"),
                             tr("The mock server could not start; its "
                                "tab says why."));
}

void MainWindow::updateStatus()
{
    const Traffic::StoreStats s = m_engine->store()->stats();
    QString text = tr("Recorded: %n record(s)", nullptr, int(s.records)) + QStringLiteral(" · ")
        + tr("%1 in memory").arg(Text::byteSize(s.bytes));
    if (s.evictedRecords > 0)
        text += QStringLiteral(" · ")
            + tr("%n oldest evicted (memory cap)", nullptr,
                 int(std::min<quint64>(s.evictedRecords, INT_MAX)));
    m_storeStatus->setText(text);
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(&m_engine->io()->sendBudget(), this);
    dialog.exec();
}

void MainWindow::explain(const QByteArray &topic)
{
    m_explain->showTopic(topic);
    m_explainDock->show();
    m_explainDock->raise();
}

void MainWindow::showPrimer()
{
    auto *dialog = findChild<PrimerDialog *>();
    if (!dialog) {
        dialog = new PrimerDialog(QLocale(), this);
        // The page steps aside for the demo it opened, beside the log and the inspectors.
        connect(dialog, &PrimerDialog::demoRequested, this, [this, dialog](const QString &demo) {
            if (!openDemo(*this, demo))
                return;
            // Once the demo's tab is laid out.
            QTimer::singleShot(0, dialog, [this, dialog]() {
                if (WorkbenchPane *pane = currentPane())
                    dialog->moveAside(besideDemo(pane));
            });
        });
        // A lesson takes the page's place: its panel has the text, its tabs the traffic.
        connect(dialog, &PrimerDialog::lessonRequested, this, [this, dialog](int number) {
            m_lessonsDock->show();
            if (lessons()->startLesson(number - 1))
                dialog->hide();
        });
    }
    dialog->show();
    dialog->raise();
}

TransportComparisonDialog *MainWindow::showTransportComparison()
{
    auto *dialog = findChild<TransportComparisonDialog *>();
    if (!dialog)
        dialog = new TransportComparisonDialog(this);
    dialog->show();
    dialog->raise();
    return dialog;
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About WsBench"),
                       tr("<h3>WsBench %1</h3><p>A workbench for WebSocket: client, server, "
                          "handshake and frame inspectors.</p><p>GPL-3.0-or-later.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

} // namespace Gui
} // namespace WsBench
