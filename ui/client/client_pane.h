#pragma once

#include "core/net/client_endpoint.h"
#include "core/session/workspace.h"
#include "ui/widgets/composer.h"
#include "ui/workbench_pane.h"

#include <QPointer>
#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTimer;

namespace WsBench {
namespace Gui {

class ErrorLine;
class InspectorPanel;
class LinkControl;
class LogView;
class ReadyStateBadge;
class WorkbenchEngine;

// One WebSocket client: URL bar, readyState, live counters, the request editor, the composer,
// the log and the inspectors.
class ClientPane final : public QWidget, public WorkbenchPane
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientPane)

public:
    ClientPane(WorkbenchEngine *engine, QWidget *parent = nullptr);
    ~ClientPane() override;

    void setUrl(const QString &url);
    // Sends these messages, each `delayMs` after the connection opens (a HAR replayed).
    void replayOnOpen(const QList<QPair<int, Outgoing>> &schedule);
    QString url() const override;
    // The pane's settings as a session profile, and back.
    Session::ClientProfile profile() const;
    void applyProfile(const Session::ClientProfile &profile);
    quint32 connectionId() const { return m_connectionId; }
    bool isConnected() const;
    // The connection's readyState; none before the first connection.
    std::optional<Protocol::ReadyState> readyState() const { return m_state; }

    QWidget *widget() override { return this; }
    Session::EndpointRole role() const override { return Session::EndpointRole::Client; }
    void addProfileTo(Session::Workspace &workspace) const override;
    bool canSend() const override { return isConnected(); }

    ReadyStateBadge *badge() const { return m_badge; }
    quint32 paneNumber() const { return m_pane; } // in its connections' ids
    LogView *log() const override { return m_log; }
    InspectorPanel *inspectors() const override { return m_inspectors; }
    Composer *composer() const override { return m_composer; }
    QLineEdit *urlField() const { return m_url; }
    QLabel *bufferedLabel() const { return m_buffered; } // bufferedAmount, exact in the tooltip
    LinkControl *link() const { return m_link; }
    QString urlError() const; // the error shown under the URL, or empty
    QString connectionError() const; // the last connection problem shown, or empty

public Q_SLOTS:
    void connectToServer();
    void disconnectFromServer();
    void send(const WsBench::Gui::Outgoing &outgoing) override;

Q_SIGNALS:
    void titleChanged(const QString &title);

private:
    // The connection's link changes now (the next one takes it from the profile).
    void applyLinkNow(const Session::LinkConditions &link);
    void showUrlError(const QString &text, const QString &detail = {});
    void onReadyStateChanged(quint32 connection, Protocol::ReadyState state);
    void refreshStats();
    void showEditTls();
    void updateTlsSummary();
    void updateButtons();

    WorkbenchEngine *m_engine;
    quint32 m_pane;
    quint32 m_attempt = 0;
    quint32 m_connectionId = 0;
    QPointer<Net::ClientEndpoint> m_endpoint;
    std::optional<Protocol::ReadyState> m_state; // none before the first connection
    quint64 m_bufferedAmount = 0;
    std::shared_ptr<std::atomic<quint64>> m_liveBuffered
        = std::make_shared<std::atomic<quint64>>(0);
    Session::ClientProfile m_base; // the applied profile: what the widgets do not show
    Net::TlsOptions m_tls;
    QString m_proxy;
    bool m_continueDespiteHandshakeErrors = false;
    QList<QPair<int, Outgoing>> m_replay;

    QLineEdit *m_url;
    // The URL's problem or the connection's, on one reserved line under the URL.
    ErrorLine *m_error;
    enum class ErrorShown : quint8 { None, Url, Connection } m_errorShown = ErrorShown::None;
    QPushButton *m_connect;
    QPushButton *m_disconnect;
    ReadyStateBadge *m_badge;
    LinkControl *m_link;
    QLabel *m_buffered;
    QLabel *m_stats;
    QTableWidget *m_headers;
    QLineEdit *m_subprotocols;
    QLineEdit *m_origin;
    QCheckBox *m_deflate;
    QCheckBox *m_autoPong;
    QLabel *m_tlsSummary;
    Composer *m_composer;
    LogView *m_log;
    InspectorPanel *m_inspectors;
    QTimer *m_statsTimer;
};

} // namespace Gui
} // namespace WsBench
