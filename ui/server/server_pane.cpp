#include "ui/server/server_pane.h"

#include "core/net/io_thread.h"
#include "core/profiles/profile_options.h"
#include "core/protocol/close_code.h"
#include "core/protocol/close_payload.h"
#include "core/traffic/clock.h"
#include "core/traffic/connection_id.h"
#include "ui/inspectors/flow_view.h"
#include "ui/inspectors/inspector_panel.h"
#include "ui/inspectors/live_plot.h"
#include "ui/models/log_model.h"
#include "ui/models/peer_model.h"
#include "ui/server/misbehave_button.h"
#include "ui/text/explain.h"
#include "ui/text/link_text.h"
#include "ui/text/misbehaviour_text.h"
#include "ui/widgets/link_control.h"
#include "ui/widgets/log_view.h"
#include "ui/widgets/pane_layout.h"
#include "ui/widgets/splitter_memory.h"
#include "ui/workbench_engine.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace WsBench {
namespace Gui {

namespace {

QStringList splitStrings(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            out.append(part.trimmed());
    }
    return out;
}

// The size field counts whole KiB (at least 1); a limit between two is shown rounded up.
int kibibytes(qint64 bytes)
{
    return int(std::clamp<qint64>((bytes + 1023) >> 10, 1, 1024 * 1024));
}

} // namespace

ServerPane::ServerPane(WorkbenchEngine *engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_serverId(engine->allocateServer())
{
    m_host = new QComboBox;
    m_host->addItem(tr("127.0.0.1 (this machine only)"), QStringLiteral("127.0.0.1"));
    m_host->addItem(tr("::1 (this machine only, IPv6)"), QStringLiteral("::1"));
    m_host->addItem(tr("0.0.0.0 (every network: other machines can connect)"),
                    QStringLiteral("0.0.0.0"));
    // Its longest item would set the pane's (and the window's) minimum width; the list shows it.
    m_host->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_host->setMinimumContentsLength(16);
    m_port = new QSpinBox;
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("any free port"));
    m_tls = new QCheckBox(tr("TLS (wss://)"));
    m_cert = new QLineEdit;
    m_cert->setPlaceholderText(tr("certificate (PEM); empty: generate a self-signed one"));
    m_key = new QLineEdit;
    m_key->setPlaceholderText(tr("private key (PEM)"));
    m_origins = new QLineEdit;
    m_origins->setPlaceholderText(tr("any origin"));
    m_subprotocols = new QLineEdit;
    m_subprotocols->setPlaceholderText(tr("none, in order of preference"));
    m_deflate = new QCheckBox(tr("Accept permessage-deflate"));
    m_deflate->setChecked(true);
    m_maxMessage = new QSpinBox;
    m_maxMessage->setRange(1, 1024 * 1024); // 1 KiB to 1 GiB
    m_maxMessage->setValue(64 * 1024);
    m_maxMessage->setSuffix(tr(" KiB"));
    m_maxConnections = new QSpinBox;
    m_maxConnections->setRange(1, 1000000); // as sessions and wsbench serve allow
    m_maxConnections->setValue(10000);
    m_idle = new QSpinBox;
    m_idle->setRange(0, 86400);
    m_idle->setSpecialValueText(tr("never"));
    m_idle->setSuffix(tr(" s"));
    m_start = new QPushButton(tr("Start"));
    m_stop = new QPushButton(tr("Stop"));
    m_urlLabel = new QLabel(tr("Not listening."));
    m_urlLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error = errorLabel();
    m_misbehave = new MisbehaveButton;
    m_misbehaving = new QLabel;
    m_misbehaving->setWordWrap(true);
    m_misbehaving->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #7a4d00; "
                                                "border: 1px solid #e0a800; padding: 3px; }"));
    m_misbehaving->hide();

    auto *listen = new QWidget;
    auto *form = new QFormLayout(listen);
    form->addRow(tr("Address"), m_host);
    form->addRow(tr("Port"), m_port);
    form->addRow(m_tls);
    form->addRow(tr("Certificate"), m_cert);
    form->addRow(tr("Private key"), m_key);
    form->addRow(tr("Allowed origins"), m_origins);
    form->addRow(tr("Subprotocols"), m_subprotocols);
    form->addRow(m_deflate);
    form->addRow(tr("Largest message"), m_maxMessage);
    form->addRow(tr("Most connections"), m_maxConnections);
    form->addRow(tr("Idle timeout"), m_idle);

    m_echo = new QCheckBox(tr("Echo every message back"));
    m_broadcast = new QCheckBox(tr("Relay every message to the other peers"));
    m_rules = new QTableWidget(3, 2);
    m_rules->setHorizontalHeaderLabels({tr("When a message matches"), tr("Reply with")});
    m_rules->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch); // headers not cut
    m_rules->verticalHeader()->hide();
    m_rules->setToolTip(tr("A regular expression, and a reply template: {{message}} (the message "
                           "answered), {{counter}}, {{timestamp}} (ms), {{isoTime}}, {{uuid}}, "
                           "{{random}} (0 to 2147483647)"));
    m_push = new QCheckBox(tr("Push to every peer every"));
    m_pushInterval = new QSpinBox;
    m_pushInterval->setRange(1, 86400000); // as sessions allow
    m_pushInterval->setValue(1000);
    m_pushInterval->setSuffix(tr(" ms"));
    m_pushTemplate
        = new QLineEdit(QStringLiteral("{\"tick\": {{counter}}, \"at\": {{timestamp}}}"));
    m_order = new QLabel;
    m_order->setWordWrap(true);
    m_order->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    auto *behaviour = new QWidget;
    auto *bform = new QVBoxLayout(behaviour);
    bform->addWidget(m_echo);
    bform->addWidget(m_broadcast);
    bform->addWidget(new QLabel(tr("Reply rules")));
    bform->addWidget(m_rules, 1);
    bform->addWidget(m_order);
    auto *pushRow = new QHBoxLayout;
    pushRow->addWidget(m_push);
    pushRow->addWidget(m_pushInterval);
    bform->addLayout(pushRow);
    bform->addWidget(m_pushTemplate);
    auto *apply = new QPushButton(tr("Apply"));
    apply->setToolTip(tr("Echo, rules and pushes change at once, also while listening"));
    bform->addWidget(apply, 0, Qt::AlignRight);

    m_peers = new PeerModel(this);
    m_peerTable = new QTableView;
    m_peerTable->setModel(m_peers);
    m_peerTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_peerTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_peerTable->verticalHeader()->hide();
    m_peerTable->horizontalHeader()->setStretchLastSection(true);
    // Wide enough for "255.255.255.255:65535"; the last event takes what is left.
    const int digit = m_peerTable->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    QHeaderView *peerHeader = m_peerTable->horizontalHeader();
    peerHeader->resizeSection(PeerModel::IdColumn, digit * 6);
    peerHeader->resizeSection(
        PeerModel::AddressColumn,
        m_peerTable->fontMetrics().horizontalAdvance(QStringLiteral("255.255.255.255:65535"))
            + digit * 2);
    peerHeader->resizeSection(PeerModel::StateColumn, digit * 11);
    peerHeader->resizeSection(PeerModel::ConnectedColumn, digit * 7);
    peerHeader->resizeSection(PeerModel::InColumn, digit * 6);
    peerHeader->resizeSection(PeerModel::OutColumn, digit * 6);
    m_kickCode = new QComboBox;
    m_kickCode->setEditable(true);
    m_kickCode->setInsertPolicy(QComboBox::NoInsert);
    for (quint16 code : {quint16(1000), quint16(1001), quint16(1008), quint16(1011), quint16(1012),
                         quint16(1013), quint16(4000)})
        m_kickCode->addItem(Text::Explain::closeCode(code), code);
    m_kickCode->setToolTip(tr("The close code the peer gets; type any number from 1000 to 4999 "
                              "that a server may send"));
    m_kickReason = new QLineEdit(QStringLiteral("kicked"));
    m_kickReason->setPlaceholderText(tr("Reason (optional, up to 123 bytes)"));
    m_kickError = errorLabel();
    auto *kick = new QPushButton(tr("Kick"));
    kick->setToolTip(tr("Close the selected peer with this code and reason"));
    auto *peersBox = new QWidget;
    auto *peersLayout = new QVBoxLayout(peersBox);
    peersLayout->setContentsMargins(0, 0, 0, 0);
    peersLayout->addWidget(m_peerTable, 1);
    auto *kickRow = new QHBoxLayout;
    kickRow->addWidget(m_kickCode, 2);
    kickRow->addWidget(m_kickReason, 1);
    kickRow->addWidget(kick);
    peersLayout->addLayout(kickRow);
    peersLayout->addWidget(m_kickError);

    m_composer = new Composer(Protocol::Role::Server);
    m_target = new QComboBox;
    m_target->addItem(tr("Send to the selected peer"));
    m_target->addItem(tr("Broadcast to every peer"));
    m_target->setToolTip(tr("Broadcast: every open peer gets the message, the Ping (each answers "
                            "with its Pong), the raw frame or the Close; the server keeps "
                            "listening"));
    m_sendError = errorLabel();
    auto *composeBox = new QWidget;
    auto *composeLayout = new QVBoxLayout(composeBox);
    composeLayout->setContentsMargins(0, 0, 0, 0);
    composeLayout->addWidget(m_target);
    composeLayout->addWidget(m_sendError);
    composeLayout->addWidget(m_composer, 1);

    auto *left = new QTabWidget;
    left->addTab(peersBox, tr("Peers"));
    left->addTab(composeBox, tr("Compose"));
    left->addTab(behaviour, tr("Behaviour"));
    left->addTab(listen, tr("Listen"));

    m_log = new LogView(engine->store());
    m_log->setPeerColumnVisible(true);
    m_inspectors = new InspectorPanel(engine->store(), m_log->model());
    const quint32 server = m_serverId;
    m_log->model()->setConnectionFilter(
        [server](quint32 c) { return Traffic::ConnectionId(c).serverNumber() == server; });
    QSplitter *split = paneSplitter(left, m_log, m_inspectors);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_start);
    bar->addWidget(m_stop);
    bar->addWidget(m_urlLabel, 1);
    bar->addWidget(m_misbehave);
    m_link = new LinkControl;
    m_link->button()->setToolTip(
        tr("Simulate a slow or stalled link to every peer: latency, a bandwidth cap, pause "
           "reading or writing. Changes apply at once to the connected peers too. For one peer: "
           "right-click it in the Peers tab."));
    bar->addWidget(m_link);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_misbehaving);
    layout->addWidget(m_error);
    layout->addWidget(split, 1);

    connect(m_start, &QPushButton::clicked, this, &ServerPane::start);
    connect(m_stop, &QPushButton::clicked, this, &ServerPane::stop);
    connect(apply, &QPushButton::clicked, this, &ServerPane::applyBehaviour);
    connect(m_echo, &QCheckBox::toggled, this, &ServerPane::applyBehaviour);
    connect(m_broadcast, &QCheckBox::toggled, this, &ServerPane::applyBehaviour);
    connect(m_push, &QCheckBox::toggled, this, &ServerPane::applyBehaviour);
    connect(kick, &QPushButton::clicked, this, &ServerPane::kickSelected);
    connect(m_misbehave, &MisbehaveButton::changed, this, &ServerPane::applyMisbehaviours);
    connect(m_link, &LinkControl::changed, this, &ServerPane::applyLinkNow);
    m_peerTable->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_peerTable, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        const Net::PeerInfo *p = m_peers->peer(m_peerTable->indexAt(at).row());
        if (!p)
            return;
        const quint32 id = p->id;
        QMenu menu;
        menu.addAction(tr("Link conditions for peer %1…").arg(id & 0xFFFF), this,
                       [this, id]() { editPeerLink(id); });
        menu.exec(m_peerTable->viewport()->mapToGlobal(at));
    });
    connect(m_composer, &Composer::sendRequested, this, &ServerPane::send);
    connect(m_log, &LogView::recordSelected, m_inspectors, &InspectorPanel::showRecord);
    connect(m_inspectors->flow(), &FlowView::recordSelected, m_log, &LogView::selectRecord);
    // The flow diagram: the server and the selected peer (every peer on one lane when none is).
    const auto showFlowOf = [this, server](quint32 peer) {
        m_inspectors->flow()->setLanes(
            {peer ? tr("Peer %1").arg(peer & 0xFFFF) : tr("Peers"), tr("Server")},
            [server, peer](quint32 c) {
                const Traffic::ConnectionId id(c);
                return id.isServerPeer() && id.serverNumber() == server && (!peer || c == peer)
                    ? std::optional<FlowEnds>(FlowEnds {1, 0})
                    : std::nullopt;
            });
    };
    showFlowOf(0);
    // Selecting a peer shows its records only; the log's button goes back to every peer.
    connect(m_peerTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this, showFlowOf]() {
                if (const quint32 peer = selectedPeer()) {
                    m_inspectors->setConnection(peer);
                    m_log->showOnlyConnection(peer, tr("peer %1").arg(peer & 0xFFFF));
                    showFlowOf(peer);
                }
            });
    connect(m_log, &LogView::allConnectionsShown, this, [this, showFlowOf]() {
        m_peerTable->selectionModel()->clear();
        showFlowOf(0);
    });
    connect(m_kickCode, &QComboBox::currentTextChanged, this, [this]() { m_kickError->hide(); });
    connect(m_kickReason, &QLineEdit::textChanged, this, [this]() { m_kickError->hide(); });
    for (QCheckBox *box : {m_echo, m_broadcast})
        connect(box, &QCheckBox::toggled, this, &ServerPane::updateOrder);
    connect(m_rules, &QTableWidget::itemChanged, this, &ServerPane::updateOrder);
    // Each peer's row says what last happened to it: an error, how it closed, or (while it is
    // open) its latest message, control frame or state change.
    const auto updateLastEvents = [this]() {
        for (int row = 0; row < m_peers->rowCount(); ++row) {
            const quint32 id = m_peers->peer(row)->id;
            const ConnectionSummary s = m_log->model()->summary(id);
            if (s.lastFailure != Traffic::Failure::None)
                m_peers->setLastEvent(id, Text::Explain::failureTitle(s.lastFailure), true);
            else if (s.closeCode != 0)
                m_peers->setLastEvent(id,
                                      tr("Closed: %1, %2")
                                          .arg(Text::Explain::closeCode(s.closeCode),
                                               s.wasClean ? tr("clean") : tr("not clean")),
                                      !s.wasClean);
            else if (s.lastEventId != 0 && m_shownEvents.value(id) != s.lastEventId) {
                m_shownEvents.insert(id, s.lastEventId); // worded once per new event
                m_peers->setLastEvent(id, m_log->model()->eventText(s.lastEventId), false);
            }
        }
    };
    connect(m_log->model(), &LogModel::summariesChanged, this, updateLastEvents);
    // A peer's first records can come before its row does.
    connect(m_peers, &QAbstractItemModel::rowsInserted, this, updateLastEvents);
    // The plot follows the selected peer.
    connect(m_peers, &QAbstractItemModel::dataChanged, this, [this]() {
        const int row = m_peerTable->currentIndex().row();
        const Net::PeerInfo *p = m_peers->peer(row);
        const ConnectionSummary s = p ? m_log->model()->summary(p->id) : ConnectionSummary();
        const qint64 end = s.closedAtUs > 0 ? s.closedAtUs : m_engine->clock()->monotonicUs();
        if (s.openedAtUs > 0) // seconds since the peer's connection opened
            m_inspectors->plot()->addSample(double(end - s.openedAtUs) / 1e6, p->bufferedAmount,
                                            p->messagesIn + p->messagesOut);
    });
    m_refresh = new QTimer(this);
    m_refresh->setInterval(250);
    connect(m_refresh, &QTimer::timeout, this, &ServerPane::refreshPeers);
    m_refresh->start();
    m_stop->setEnabled(false);
    updateOrder();
    restoreSplitters(this, QStringLiteral("server"));
}

QString ServerPane::replyOrder() const
{
    int rules = 0;
    for (int row = 0; row < m_rules->rowCount(); ++row) {
        const QTableWidgetItem *pattern = m_rules->item(row, 0);
        rules += pattern && !pattern->text().isEmpty();
    }
    // ServerEndpoint::onMessage: echo, then relay, then every matching rule from the top.
    QStringList steps;
    if (m_echo->isChecked())
        steps << tr("the message comes back to its sender (echo)");
    if (m_broadcast->isChecked())
        steps << tr("the other peers get it (relay)");
    if (rules > 0)
        steps << tr("the sender gets the reply of each of the %n rule(s) that match, from the "
                    "top down",
                    nullptr, rules);
    if (steps.isEmpty())
        return tr("A message from a peer gets no automatic answer.");
    for (int i = 0; i < steps.size(); ++i)
        steps[i] = tr("%1. %2").arg(i + 1).arg(steps[i]);
    return tr("When a peer sends a message, in this order:") + QLatin1Char('\n')
        + steps.join(QLatin1Char('\n'));
}

void ServerPane::updateOrder()
{
    m_order->setText(replyOrder());
}

ServerPane::~ServerPane()
{
    saveSplitters(this, QStringLiteral("server"));
    stop();
}

QString ServerPane::misbehavingWarning() const
{
    return m_misbehaving->isHidden() ? QString() : m_misbehaving->text();
}

void ServerPane::applyMisbehaviours()
{
    const QList<Session::Misbehaviour> list = m_misbehave->misbehaviours();
    const QString warning = Text::MisbehaviourText::warning(list);
    m_misbehaving->setText(
        warning.isEmpty()
            ? QString()
            : tr("%1 (on purpose; handshake kinds from the next connection)").arg(warning));
    m_misbehaving->setVisible(!warning.isEmpty());
    if (!m_endpoint)
        return;
    const QList<Net::Misbehaviour> engine = Profiles::misbehaviours(list);
    QPointer<Net::ServerEndpoint> ep = m_endpoint;
    m_engine->io()->post([ep, engine]() {
        if (ep)
            ep->setMisbehaviours(engine);
    });
}

QString ServerPane::listenError() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

QString ServerPane::sendError() const
{
    return m_sendError->isHidden() ? QString() : m_sendError->text();
}

void ServerPane::setBroadcastTarget(bool all)
{
    m_target->setCurrentIndex(all ? 1 : 0);
}

void ServerPane::setEcho(bool on)
{
    m_echo->setChecked(on);
}

void ServerPane::setPort(int port)
{
    m_port->setValue(port);
}

void ServerPane::setScript(const Net::ScriptedReplies::Turns &turns)
{
    m_script = turns;
}

quint32 ServerPane::selectedPeer() const
{
    const QModelIndex current = m_peerTable->currentIndex();
    const Net::PeerInfo *p = m_peers->peer(current.isValid() ? current.row() : -1);
    return p ? p->id : 0;
}

void ServerPane::showListenError(const QString &text)
{
    m_error->setToolTip(QString());
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void ServerPane::showSendError(const QString &text)
{
    m_sendError->setText(text);
    m_sendError->setVisible(!text.isEmpty());
}

Session::ServerProfile ServerPane::profile() const
{
    // Settings without a widget (and values a widget cannot show exactly) come from the
    // applied profile, so that saving gives back what was opened.
    Session::ServerProfile p = m_base;
    p.host = m_host->currentData().toString();
    p.port = m_port->value();
    p.tls = m_tls->isChecked();
    p.certFile = m_cert->text().trimmed();
    p.keyFile = m_key->text().trimmed();
    p.allowedOrigins = splitStrings(m_origins->text());
    p.subprotocols = splitStrings(m_subprotocols->text());
    p.deflate = m_deflate->isChecked();
    if (m_maxMessage->value() != kibibytes(m_base.maxMessageSize))
        p.maxMessageSize = qint64(m_maxMessage->value()) * 1024;
    p.maxConnections = m_maxConnections->value();
    p.idleTimeoutMs = m_idle->value() == m_base.idleTimeoutMs / 1000 ? m_base.idleTimeoutMs
                                                                     : m_idle->value() * 1000;
    p.echo = m_echo->isChecked();
    p.broadcast = m_broadcast->isChecked();
    p.misbehaviours = m_misbehave->misbehaviours();
    p.rules.clear();
    for (int row = 0; row < m_rules->rowCount(); ++row) {
        const QTableWidgetItem *pattern = m_rules->item(row, 0);
        const QTableWidgetItem *reply = m_rules->item(row, 1);
        if (pattern && !pattern->text().isEmpty())
            p.rules.append({pattern->text(), reply ? reply->text() : QString()});
    }
    // The pane edits the first scheduled push; the others are kept as they are.
    Session::ServerPush push;
    push.intervalMs = m_pushInterval->value();
    push.message = m_pushTemplate->text();
    push.enabled = m_push->isChecked();
    if (p.pushes.isEmpty() && push.enabled)
        p.pushes.append(push);
    else if (!p.pushes.isEmpty())
        p.pushes[0] = push;
    p.link = m_link->conditions();
    return p;
}

void ServerPane::addProfileTo(Session::Workspace &workspace) const
{
    Session::ServerProfile p = profile();
    p.name = profileName();
    workspace.tabs.append({Session::EndpointRole::Server, int(workspace.servers.size())});
    workspace.servers.append(p);
}

void ServerPane::applyProfile(const Session::ServerProfile &p)
{
    m_base = p;
    const int host = m_host->findData(p.host);
    m_host->setCurrentIndex(host >= 0 ? host : 0);
    m_port->setValue(p.port);
    m_tls->setChecked(p.tls);
    m_cert->setText(p.certFile);
    m_key->setText(p.keyFile);
    m_origins->setText(p.allowedOrigins.join(QStringLiteral(", ")));
    m_subprotocols->setText(p.subprotocols.join(QStringLiteral(", ")));
    m_deflate->setChecked(p.deflate);
    m_maxMessage->setValue(kibibytes(p.maxMessageSize));
    m_maxConnections->setValue(p.maxConnections);
    m_idle->setValue(p.idleTimeoutMs / 1000);
    m_echo->setChecked(p.echo);
    m_broadcast->setChecked(p.broadcast);
    m_misbehave->setMisbehaviours(p.misbehaviours);
    m_rules->setRowCount(std::max(3, int(p.rules.size())));
    m_rules->clearContents();
    for (int i = 0; i < p.rules.size(); ++i) {
        m_rules->setItem(i, 0, new QTableWidgetItem(p.rules[i].pattern));
        m_rules->setItem(i, 1, new QTableWidgetItem(p.rules[i].reply));
    }
    updateOrder();
    const Session::ServerPush push = p.pushes.value(0, {1000, QString(), false});
    m_push->setChecked(push.enabled && !p.pushes.isEmpty());
    m_pushInterval->setValue(push.intervalMs);
    if (!p.pushes.isEmpty()) // a saved push keeps its message, even an empty one
        m_pushTemplate->setText(push.message);
    const bool linkChanged = !(m_link->conditions() == p.link);
    m_link->setConditions(p.link);
    if (linkChanged)
        applyLinkNow(p.link);
}

void ServerPane::applyLinkNow(const Session::LinkConditions &link)
{
    m_peerLinks.clear(); // the server's conditions apply to every peer again
    showPeerLinks();
    QPointer<Net::ServerEndpoint> ep = m_endpoint;
    const Net::LinkConditions conditions = Profiles::linkOptions(link);
    m_engine->io()->post([ep, conditions]() {
        if (ep)
            ep->setLinkConditions(conditions);
    });
}

bool ServerPane::setPeerLink(quint32 peerId, const Session::LinkConditions &conditions)
{
    QPointer<Net::ServerEndpoint> ep = m_endpoint;
    const Net::LinkConditions c = Profiles::linkOptions(conditions);
    bool found = false;
    m_engine->io()->call([&]() { found = ep && ep->setPeerLinkConditions(peerId, c); });
    if (found) {
        m_peerLinks.insert(peerId, conditions);
        showPeerLinks();
    }
    return found;
}

void ServerPane::editPeerLink(quint32 peerId)
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Link conditions for peer %1").arg(peerId & 0xFFFF));
    auto *form = new LinkForm;
    form->setConditions(m_peerLinks.value(peerId, m_link->conditions()));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(&dialog);
    auto *note = new QLabel(tr("For this peer only, until it disconnects or the server's own "
                               "link conditions change."));
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addWidget(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted && !setPeerLink(peerId, form->conditions()))
        showListenError(
            tr("Peer %1 is gone: its link conditions were not changed.").arg(peerId & 0xFFFF));
}

void ServerPane::showPeerLinks()
{
    QStringList own;
    for (auto it = m_peerLinks.cbegin(); it != m_peerLinks.cend(); ++it) {
        if (it.value() == m_link->conditions())
            continue;
        const Session::LinkConditions &c = it.value();
        const QString text
            = Text::linkSummary(c.latencyMs, c.rateBytesPerSec, c.pauseReading, c.pauseWriting);
        own << tr("peer %1: %2")
                   .arg(it.key() & 0xFFFF)
                   .arg(text.isEmpty() ? tr("plain link") : text);
    }
    own.sort();
    m_link->setExtra(own.join(tr(" · ")));
}

std::optional<Net::ServerOptions> ServerPane::options()
{
    Profiles::ServerProfileProblem problem {};
    const Session::ServerProfile p = profile();
    const std::optional<Net::ServerOptions> o = Profiles::serverOptions(p, &problem);
    if (!o) {
        switch (problem) {
        case Profiles::ServerProfileProblem::BadHost:
            showListenError(tr("The host must be an IP address, not \"%1\".").arg(p.host));
            break;
        case Profiles::ServerProfileProblem::KeyWithoutCertificate:
            showListenError(tr("A private key needs its certificate."));
            break;
        case Profiles::ServerProfileProblem::CertificateWithoutKey:
            showListenError(tr("A certificate needs its private key."));
            break;
        }
    }
    return o;
}

bool ServerPane::start()
{
    const std::optional<Net::ServerOptions> options = this->options();
    if (!options)
        return false;
    Net::ServerOptions o = *options;
    o.peer.budget = &m_engine->io()->sendBudget();
    QString error;
    Traffic::Failure failure = Traffic::Failure::None;
    stop();
    Net::IoThread *io = m_engine->io();
    Traffic::TrafficStore *store = m_engine->store();
    const Traffic::Clock *clock = m_engine->clock();
    const quint32 id = m_serverId;
    Net::ServerEndpoint *endpoint = nullptr;
    QString url;
    io->call([&]() {
        endpoint = new Net::ServerEndpoint(id, o, store, clock, io->context());
        if (m_script)
            new Net::ScriptedReplies(endpoint, *m_script);
        if (endpoint->listen(&error, &failure)) {
            url = endpoint->url();
        } else {
            delete endpoint;
            endpoint = nullptr;
        }
    });
    if (!endpoint) {
        // In the user's language; the engine's own words (from the system) in the tooltip.
        showListenError(failure == Traffic::Failure::ListenFailed
                            ? tr("Cannot listen on %1, port %2.")
                                  .arg(o.host.toString(), QString::number(o.port))
                            : Text::Explain::failureTitle(failure));
        m_error->setToolTip(error);
        return false;
    }
    showListenError({});
    m_peers->clearClosed();
    m_shownEvents.clear();
    m_endpoint = endpoint;
    m_url = url;
    m_urlLabel->setText(tr("Listening on %1").arg(url));
    m_start->setEnabled(false);
    m_stop->setEnabled(true);
    Q_EMIT listening(url);
    Q_EMIT titleChanged(url);
    return true;
}

void ServerPane::stop()
{
    m_peerLinks.clear();
    showPeerLinks();
    if (!m_endpoint)
        return;
    QPointer<Net::ServerEndpoint> ep = m_endpoint;
    m_engine->io()->post([ep]() {
        if (!ep)
            return;
        ep->stopListening();
        ep->closeAll(Protocol::CloseCode::GoingAway);
        QObject::connect(ep, &Net::ServerEndpoint::allClosed, ep, &QObject::deleteLater);
        if (ep->peerCount() == 0)
            ep->deleteLater();
        else
            QTimer::singleShot(5000, ep, &QObject::deleteLater);
    });
    m_endpoint = nullptr;
    m_url.clear();
    m_urlLabel->setText(tr("Not listening."));
    m_start->setEnabled(true);
    m_stop->setEnabled(false);
}

void ServerPane::applyBehaviour()
{
    if (!m_endpoint)
        return;
    const std::optional<Net::ServerOptions> options = this->options();
    if (!options)
        return;
    const Net::ServerOptions &o = *options;
    QString error;
    QPointer<Net::ServerEndpoint> ep = m_endpoint;
    bool ok = true;
    m_engine->io()->call([&]() {
        if (ep)
            ok = ep->setBehaviour(o.echo, o.broadcast, o.rules, o.pushes, &error);
    });
    showListenError(ok ? QString() : error);
}

void ServerPane::send(const Outgoing &message)
{
    if (!m_endpoint) {
        showSendError(tr("The server is not running: start it, then send."));
        return;
    }
    Outgoing out = message;
    if (out.expandsTemplates())
        out.payload = m_engine->expand(QString::fromUtf8(out.payload)).toUtf8();
    const bool all = m_target->currentIndex() == 1;
    const quint32 peer = selectedPeer();
    if (!all && peer == 0) {
        showSendError(tr("Select a peer in the Peers tab, or choose Broadcast."));
        return;
    }
    showSendError({});
    // Sent in the I/O thread; what became of it comes back here.
    const QPointer<ServerPane> pane(this);
    const auto report = [pane](const QString &text) {
        // The application object lives in the GUI thread; the pane is checked there.
        QMetaObject::invokeMethod(QCoreApplication::instance(), [pane, text]() {
            if (pane)
                pane->showSendError(text);
        });
    };
    QPointer<Net::ServerEndpoint> ep = m_endpoint;
    m_engine->io()->post([ep, out, all, peer, report]() {
        if (!ep) {
            report(tr("The server stopped; nothing was sent."));
            return;
        }
        const std::optional<quint16> code
            = out.closeCode == 0 ? std::nullopt : std::optional<quint16>(out.closeCode);
        if (all) {
            Net::BroadcastResult r;
            switch (out.kind) {
            case Outgoing::Kind::Data: {
                Protocol::SendOptions options;
                options.fragments = out.fragments;
                r = ep->broadcast(out.opcode, out.payload, 0, options);
                break;
            }
            case Outgoing::Kind::Ping:
                r = ep->pingAll(out.payload);
                break;
            case Outgoing::Kind::Close:
                r = ep->closeEveryPeer(code, out.closeReason);
                break;
            case Outgoing::Kind::Raw:
                r = ep->sendFrameToAll(out.raw);
                break;
            }
            report(broadcastText(out.kind, r));
            return;
        }
        Net::PeerSendResult r;
        switch (out.kind) {
        case Outgoing::Kind::Data: {
            Protocol::SendOptions options;
            options.fragments = out.fragments;
            r = ep->sendTo(peer, out.opcode, out.payload, options);
            break;
        }
        case Outgoing::Kind::Ping:
            r = ep->pingPeer(peer, out.payload);
            break;
        case Outgoing::Kind::Close:
            r = ep->closePeer(peer, code, out.closeReason);
            break;
        case Outgoing::Kind::Raw:
            r = ep->sendFrameTo(peer, out.raw);
            break;
        }
        report(notSentText(out.kind, peer, r));
    });
}

QString ServerPane::notSentText(Outgoing::Kind kind, quint32 peer,
                                const Net::PeerSendResult &result)
{
    const QString who = QString::number(peer & 0xFFFF);
    if (!result.peerFound)
        return tr("Peer %1 has gone; nothing was sent.").arg(who);
    switch (result.status) {
    case Protocol::SendStatus::Sent:
        return {};
    case Protocol::SendStatus::NotOpen:
        return kind == Outgoing::Kind::Close
            ? tr("Peer %1 had not finished its opening handshake, so it was disconnected "
                 "without a Close frame.")
                  .arg(who)
            : tr("Peer %1 has not finished its opening handshake; nothing was sent.").arg(who);
    case Protocol::SendStatus::Discarded:
        return tr("Peer %1 is closing; nothing more can be sent to it.").arg(who);
    case Protocol::SendStatus::InvalidUtf8:
        return tr("Not sent: the text is not valid UTF-8.");
    case Protocol::SendStatus::InvalidArgument:
        switch (kind) {
        case Outgoing::Kind::Ping:
            return tr("Not sent: a Ping carries at most 125 bytes (RFC 6455 §5.5).");
        case Outgoing::Kind::Close:
            return tr("Not sent: a Close with a reason needs a close code (RFC 6455 §5.5.1).");
        case Outgoing::Kind::Data:
        case Outgoing::Kind::Raw:
            break;
        }
        return tr("Not sent: a message goes in one fragment or more.");
    case Protocol::SendStatus::InvalidCloseCode:
        return tr("Not sent: a server may not send this close code (RFC 6455 §7.4); a raw "
                  "frame can.");
    case Protocol::SendStatus::CloseReasonTooLong:
        return tr("Not sent: a close reason fits in 123 bytes of UTF-8.");
    case Protocol::SendStatus::AlreadyClosing:
        return tr("Peer %1 is already closing.").arg(who);
    }
    return {};
}

QString ServerPane::broadcastText(Outgoing::Kind kind, const Net::BroadcastResult &result)
{
    if (result.sent == 0 && result.notSent.isEmpty())
        return tr("No peer is connected; nothing was sent.");
    // What the protocol refuses (bad UTF-8, an oversized Ping) it refuses for every peer.
    for (const auto &[id, status] : result.notSent) {
        if (status != Protocol::SendStatus::NotOpen && status != Protocol::SendStatus::Discarded
            && status != Protocol::SendStatus::AlreadyClosing)
            return notSentText(kind, id, {true, status});
    }
    if (result.notSent.isEmpty())
        return {};
    if (result.sent == 0)
        return tr("No peer is open (%1 still connecting or already closing); nothing was sent.")
            .arg(result.notSent.size());
    return tr("Sent to %n open peer(s);", nullptr, int(result.sent)) + QLatin1Char(' ')
        + tr("%n still connecting or already closing did not get it.", nullptr,
             int(result.notSent.size()));
}

bool ServerPane::kickSelected()
{
    const quint32 peer = selectedPeer();
    const auto refuse = [this](const QString &text) {
        m_kickError->setText(text);
        m_kickError->show();
        return false;
    };
    if (peer == 0)
        return refuse(tr("Select the peer to kick."));
    // The catalogue's entries carry their code; a typed one is read from its leading number.
    bool ok = true;
    const QString typed = m_kickCode->currentText().trimmed();
    const int code = typed == m_kickCode->itemText(m_kickCode->currentIndex())
        ? m_kickCode->currentData().toInt()
        : typed.section(QLatin1Char(' '), 0, 0).toInt(&ok);
    if (!ok || code < 1000 || code > 4999
        || !Protocol::maySend(quint16(code), Protocol::Role::Server))
        return refuse(tr("\"%1\" is not a close code a server may send: use 1000 to 4999, "
                         "except 1004, 1005, 1006, 1015 and other reserved codes (RFC 6455 §7.4).")
                          .arg(typed));
    const QByteArray reason = m_kickReason->text().toUtf8();
    if (reason.size() > Protocol::kMaxCloseReasonSize)
        return refuse(tr("The reason is %1 bytes of UTF-8; a close reason fits in 123 "
                         "(RFC 6455 §5.5).")
                          .arg(reason.size()));
    m_kickError->hide();
    const QPointer<ServerPane> pane(this);
    QPointer<Net::ServerEndpoint> ep = m_endpoint;
    m_engine->io()->post([ep, peer, code, reason, pane]() {
        if (!ep)
            return;
        const Net::PeerSendResult r = ep->closePeer(peer, quint16(code), reason);
        const QString text = notSentText(Outgoing::Kind::Close, peer, r);
        QMetaObject::invokeMethod(QCoreApplication::instance(), [pane, text]() {
            if (pane && !text.isEmpty()) {
                pane->m_kickError->setText(text);
                pane->m_kickError->show();
            }
        });
    });
    return true;
}

QString ServerPane::kickError() const
{
    return m_kickError->isHidden() ? QString() : m_kickError->text();
}

void ServerPane::setKick(const QString &code, const QString &reason)
{
    m_kickCode->setEditText(code);
    m_kickReason->setText(reason);
}

void ServerPane::refreshPeers()
{
    QPointer<Net::ServerEndpoint> ep = m_endpoint;
    if (!ep) {
        m_peers->setPeers({}, m_engine->clock()->monotonicUs());
        return;
    }
    // A snapshot taken in the I/O thread, delivered here without blocking on it.
    const QPointer<ServerPane> pane(this);
    const Traffic::Clock *clock = m_engine->clock();
    m_engine->io()->post([ep, pane, clock]() {
        if (!ep || !pane)
            return;
        const QList<Net::PeerInfo> peers = ep->peers();
        const qint64 now = clock->monotonicUs();
        QMetaObject::invokeMethod(QCoreApplication::instance(), [pane, peers, now]() {
            if (!pane)
                return;
            pane->m_peers->setPeers(peers, now);
            // A peer's own link conditions are said until it is gone.
            bool gone = false;
            for (auto it = pane->m_peerLinks.begin(); it != pane->m_peerLinks.end();) {
                const auto open = std::find_if(peers.begin(), peers.end(), [&](const auto &p) {
                    return p.id == it.key() && p.state != Protocol::ReadyState::Closed;
                });
                if (open == peers.end()) {
                    it = pane->m_peerLinks.erase(it);
                    gone = true;
                } else {
                    ++it;
                }
            }
            if (gone)
                pane->showPeerLinks();
        });
    });
}

} // namespace Gui
} // namespace WsBench
