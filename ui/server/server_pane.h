#pragma once

#include "core/net/scripted_replies.h"
#include "core/net/server_endpoint.h"
#include "core/session/workspace.h"
#include "ui/widgets/composer.h"
#include "ui/workbench_pane.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTableWidget;
class QTimer;

namespace WsBench {
namespace Gui {

class InspectorPanel;
class LinkControl;
class LogView;
class MisbehaveButton;
class PeerModel;
class WorkbenchEngine;

// One WebSocket server: listen settings, the peers with their handshakes, send to one peer or
// to all, echo, reply rules, scheduled pushes, and kicking a peer with a code.
class ServerPane final : public QWidget, public WorkbenchPane
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerPane)

public:
    ServerPane(WorkbenchEngine *engine, QWidget *parent = nullptr);
    ~ServerPane() override;

    bool isListening() const { return m_endpoint != nullptr; }
    QString url() const override { return m_url; }
    quint32 serverId() const { return m_serverId; }
    QString listenError() const; // shown under the settings, or empty
    // Why the last thing sent from the composer did not reach every peer it was meant for, or
    // empty (shown under the target in the Compose tab).
    QString sendError() const;
    // Send to the selected peer (false) or broadcast to every open peer (true).
    void setBroadcastTarget(bool all);
    void setEcho(bool on);
    void setPort(int port);
    // The pane's settings as a session profile, and back.
    Session::ServerProfile profile() const;
    void applyProfile(const Session::ServerProfile &profile);

    QWidget *widget() override { return this; }
    Session::EndpointRole role() const override { return Session::EndpointRole::Server; }
    void addProfileTo(Session::Workspace &workspace) const override;
    bool canSend() const override { return isListening(); }
    // Answers every peer from a recorded conversation (a HAR played back as a mock), from the
    // next start on.
    void setScript(const Net::ScriptedReplies::Turns &turns);

    PeerModel *peers() const { return m_peers; }
    QTableView *peerTable() const { return m_peerTable; }
    LogView *log() const override { return m_log; }
    InspectorPanel *inspectors() const override { return m_inspectors; }
    Composer *composer() const override { return m_composer; }
    quint32 selectedPeer() const;
    // What the pane does with each message a peer sends, in order (shown under the rules).
    QString replyOrder() const;
    // The code (a number, or a catalogue entry) and reason the Kick button sends.
    void setKick(const QString &code, const QString &reason);
    QString kickError() const; // why the last kick was refused, or empty
    MisbehaveButton *misbehave() const { return m_misbehave; }
    // The warning shown while the server breaks rules on purpose, or empty.
    QString misbehavingWarning() const;
    // The server's link conditions (every peer) and one peer's own, set while it is connected.
    LinkControl *link() const { return m_link; }
    bool setPeerLink(quint32 peerId, const Session::LinkConditions &conditions);

public Q_SLOTS:
    bool start();
    void stop();
    void send(const WsBench::Gui::Outgoing &outgoing) override;
    bool kickSelected(); // false, with the reason shown, when the code or reason is invalid

Q_SIGNALS:
    void listening(const QString &url);
    void titleChanged(const QString &title);

private:
    // Every peer's link changes now, the server's own conditions replacing any peer's.
    void applyLinkNow(const Session::LinkConditions &link);
    // The pane's profile as options; nothing, with the reason shown, when it cannot work.
    std::optional<Net::ServerOptions> options();
    void applyBehaviour();
    // Shows the misbehaviours, and hands them to a running server.
    void applyMisbehaviours();
    void refreshPeers();
    void editPeerLink(quint32 peerId);
    void showPeerLinks();
    void updateOrder();
    void showListenError(const QString &text);
    void showSendError(const QString &text);
    static QString notSentText(Outgoing::Kind kind, quint32 peer,
                               const Net::PeerSendResult &result);
    static QString broadcastText(Outgoing::Kind kind, const Net::BroadcastResult &result);

    WorkbenchEngine *m_engine;
    quint32 m_serverId;
    QPointer<Net::ServerEndpoint> m_endpoint;
    std::optional<Net::ScriptedReplies::Turns> m_script;
    Session::ServerProfile m_base; // the applied profile: what the widgets do not show
    QString m_url;

    QComboBox *m_host;
    QSpinBox *m_port;
    QCheckBox *m_tls;
    QLineEdit *m_cert;
    QLineEdit *m_key;
    QLineEdit *m_origins;
    QLineEdit *m_subprotocols;
    QCheckBox *m_deflate;
    QSpinBox *m_maxMessage;
    QSpinBox *m_maxConnections;
    QSpinBox *m_idle;
    QPushButton *m_start;
    QPushButton *m_stop;
    QLabel *m_urlLabel;
    QLabel *m_error;
    MisbehaveButton *m_misbehave;
    QLabel *m_misbehaving;
    QCheckBox *m_echo;
    QCheckBox *m_broadcast;
    QTableWidget *m_rules;
    QCheckBox *m_push;
    QSpinBox *m_pushInterval;
    QLineEdit *m_pushTemplate;
    QComboBox *m_target;
    QLabel *m_sendError;
    QComboBox *m_kickCode;
    QLineEdit *m_kickReason;
    QLabel *m_kickError;
    QLabel *m_order;
    QHash<quint32, quint64> m_shownEvents; // the event each open peer's row words
    LinkControl *m_link;
    QHash<quint32, Session::LinkConditions> m_peerLinks; // set for one peer, until it goes
    PeerModel *m_peers;
    QTableView *m_peerTable;
    Composer *m_composer;
    LogView *m_log;
    InspectorPanel *m_inspectors;
    QTimer *m_refresh;
};

} // namespace Gui
} // namespace WsBench
