#pragma once

#include "core/profiles/variables.h"
#include "core/session/har.h"
#include "core/session/secret_store.h"
#include "core/session/workspace.h"

#include <memory>

#include <QMainWindow>

class QComboBox;
class QDockWidget;
class QLabel;
class QMenu;
class QTabWidget;
class QTimer;

namespace WsBench {
namespace Gui {

class ClientPane;
class TransportComparisonDialog;
class ExplainPanel;
class LessonPanel;
class LibraryPanel;
class ScenarioPanel;
class ServerPane;
class WorkbenchEngine;
class WorkbenchPane;

// The workbench: client and server panes in tabs, a loopback pair in one click, and the
// traffic store's use in the status bar. The layout persists.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // `secrets`: where a session's secrets are kept instead of its file (none: left out).
    explicit MainWindow(WorkbenchEngine *engine, Session::SecretStore *secrets = nullptr,
                        QWidget *parent = nullptr);
    ~MainWindow() override;

    QTabWidget *tabs() const { return m_tabs; }

    // The workspace as a session document: a profile per tab, plus what the window keeps for
    // later (library, variables, scenarios).
    Session::Workspace workspace() const;
    // Replaces the tabs with the session's profiles.
    void setWorkspace(const Session::Workspace &workspace);
    // `asDocument` false: load the content only (a recovery file is not the user's document).
    bool openSession(const QString &path, QString *error, bool asDocument = true);
    bool saveSession(const QString &path, QString *error);
    QString sessionPath() const { return m_sessionPath; }
    // The last notice about secrets: after opening, those to enter again; after saving, those
    // the keychain could not keep. Empty when there is none.
    QString notice() const { return m_notice; }
    // Saves to recoveryPath() every `ms` (0: off); a clean exit removes that file.
    void setAutosaveInterval(int ms);
    static QString recoveryPath();
    ScenarioPanel *scenarios() const { return m_scenarios; }
    LibraryPanel *library() const { return m_library; }
    // The environment whose variables override the session's ("" for none).
    void setEnvironment(const QString &name);
    // Saves the current tab's composer text in the library.
    bool addComposerToLibrary(QString *error);
    // Turns what the current client tab just did into a scenario: connect, its sends, an
    // expect for each message it received, close.
    bool recordScenario(QString *error);

    // A new tab, named `name` (default: "Client 3", "Server 2", ...).
    ClientPane *newClient(const QString &name = {});
    ServerPane *newServer(const QString &name = {});
    // The tab at `index`, or the current one, as a pane (null when there is none).
    WorkbenchPane *paneAt(int index) const;
    WorkbenchPane *currentPane() const;
    // A server on a free loopback port with echo on, and a client connected to it.
    QPair<ServerPane *, ClientPane *> loopbackPair();
    // "What is this?" (F1): the side panel that explains what is selected in any tab.
    ExplainPanel *explanations() const { return m_explain; }
    QDockWidget *explanationsDock() const { return m_explainDock; }
    // Help → Lessons (ui/lessons).
    LessonPanel *lessons() const;
    QDockWidget *lessonsDock() const { return m_lessonsDock; }
    // Opens the side panel on a glossary topic.
    void explain(const QByteArray &topic);

public Q_SLOTS:
    void closeTab(int index);
    // HAR 1.2 as Chrome writes it: every connection of the current pane.
    // `connection` 0: all of them; otherwise only that one.
    bool exportHar(const QString &path, QString *error, quint32 connection = 0);
    // The recorded traffic beside a session: FILE.traffic.jsonl, one record per line.
    bool saveTraffic(const QString &sessionPath, QString *error);
    static QString trafficPath(const QString &sessionPath);
    // Opens a HAR file's connection as a replaying client or as a mock server.
    bool importHar(const QString &path, bool asMockServer, QString *error);
    // Reads and checks a HAR file (saying what is wrong with it), then asks whether to replay
    // its connection as a client or to answer like its server.
    void importHarFile(const QString &path);
    void exportHarDialog();
    void importHarDialog();
    void showPreferences();
    void showAbout();
    // Help → "WebSocket in five minutes", whose links open the live demos (ui/demos.h).
    void showPrimer();
    // Help → "Polling vs WebSocket, measured…" (one dialog, kept for the next look).
    TransportComparisonDialog *showTransportComparison();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    static QString leftOutNotice(const QList<Session::SecretRef> &leftOut);
    void addPane(QWidget *pane, const QString &title);
    void updateStatus();
    // Keeps the window within its screen's available area (a restored geometry may not fit).
    void fitToScreen();
    void autosave();
    void rememberRecent(const QString &path);
    void rebuildRecentMenu();
    void openDialog();
    std::optional<QList<Session::HarConnection>> readHarFile(const QString &path, QString *error);
    bool importHarConnection(const Session::HarConnection &connection, bool asMockServer);
    void saveAsDialog();

    // Side panels (Scenarios, Library, a loopback pair's flow) share one column as tabs, at most
    // a quarter of the window wide.
    void keepAsSidePanel(QDockWidget *side);
    QDockWidget *m_sidePanel = nullptr; // the first, which the others are tabbed with

    WorkbenchEngine *m_engine;
    QTabWidget *m_tabs;
    QLabel *m_storeStatus;
    int m_clients = 0;
    int m_servers = 0;
    Session::Workspace m_kept; // what the tabs do not hold: library, variables, scenarios
    QString m_sessionPath;
    QString m_notice;
    Session::SecretStore *m_secrets;
    QTimer *m_autosave;
    QMenu *m_recent;
    ScenarioPanel *m_scenarios;
    LibraryPanel *m_library;
    std::unique_ptr<Profiles::Variables> m_variables; // {{counter}} keeps counting across sends
    QString m_environment;
    QComboBox *m_environments;
    ExplainPanel *m_explain;
    QDockWidget *m_explainDock;
    QDockWidget *m_lessonsDock;
};

} // namespace Gui
} // namespace WsBench
