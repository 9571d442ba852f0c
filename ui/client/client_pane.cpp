#include "ui/client/client_pane.h"

#include "core/net/io_thread.h"
#include "core/profiles/profile_options.h"
#include "core/traffic/clock.h"
#include "core/traffic/connection_id.h"
#include "ui/dialogs/connection_settings_dialog.h"
#include "ui/inspectors/flow_view.h"
#include "ui/inspectors/handshake_inspector.h"
#include "ui/inspectors/inspector_panel.h"
#include "ui/inspectors/live_plot.h"
#include "ui/models/log_model.h"
#include "ui/text/byte_size.h"
#include "ui/text/explain.h"
#include "ui/text/glossary.h"
#include "ui/text/printable.h"
#include "ui/widgets/error_line.h"
#include "ui/widgets/link_control.h"
#include "ui/widgets/log_view.h"
#include "ui/widgets/pane_layout.h"
#include "ui/widgets/ready_state_badge.h"
#include "ui/widgets/splitter_memory.h"
#include "ui/workbench_engine.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <atomic>
#include <climits>

namespace WsBench {
namespace Gui {

using Protocol::ReadyState;

namespace {

QString bytesText(quint64 bytes)
{
    return Text::byteSize(bytes);
}

QString messagesText(quint64 messages)
{
    const int count = messages > quint64(INT_MAX) ? INT_MAX : int(messages);
    return ClientPane::tr("%n message(s)", nullptr, count);
}

} // namespace

ClientPane::ClientPane(WorkbenchEngine *engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_pane(engine->allocateClientPane())
{
    m_url = new QLineEdit(QStringLiteral("ws://127.0.0.1:8080/"));
    m_url->setClearButtonEnabled(true);
    m_url->setToolTip(tr("ws:// or wss:// URL (Enter connects)"));
    m_error = new ErrorLine;
    m_connect = new QPushButton(tr("Connect"));
    m_disconnect = new QPushButton(tr("Disconnect"));
    m_badge = new ReadyStateBadge;
    m_link = new LinkControl;
    m_buffered = new QLabel;
    m_buffered->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stats = new QLabel;
    m_stats->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_headers = new QTableWidget(0, 2);
    m_headers->setHorizontalHeaderLabels({tr("Header"), tr("Value")});
    m_headers->horizontalHeader()->setStretchLastSection(true);
    m_headers->verticalHeader()->hide();
    auto *addHeader = new QToolButton;
    addHeader->setText(tr("Add header"));
    auto *removeHeader = new QToolButton;
    removeHeader->setText(tr("Remove"));
    m_subprotocols = new QLineEdit;
    m_subprotocols->setPlaceholderText(tr("chat, superchat"));
    m_origin = new QLineEdit;
    m_origin->setPlaceholderText(tr("none"));
    m_origin->setToolTip(tr("The Origin header to send. A browser always sends its page's "
                            "origin; leave it empty to connect as a non-browser client does."));
    m_deflate = new QCheckBox(tr("Offer permessage-deflate"));
    m_autoPong = new QCheckBox(tr("Answer pings automatically"));
    m_autoPong->setChecked(true);
    m_tlsSummary = new QLabel;
    // Wraps rather than widening the pane, however long the list of what is switched on.
    m_tlsSummary->setWordWrap(true);
    m_tlsSummary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *tlsButton = new QPushButton(tr("Connection settings…"));

    auto *request = new QWidget;
    auto *form = new QFormLayout(request);
    auto *headerButtons = new QHBoxLayout;
    headerButtons->addWidget(addHeader);
    headerButtons->addWidget(removeHeader);
    headerButtons->addStretch();
    form->addRow(m_headers);
    form->addRow(headerButtons);
    form->addRow(tr("Subprotocols"), m_subprotocols);
    form->addRow(tr("Origin"), m_origin);
    form->addRow(m_deflate);
    form->addRow(m_autoPong);
    auto *tlsRow = new QHBoxLayout;
    tlsRow->addWidget(tlsButton);
    tlsRow->addWidget(m_tlsSummary, 1);
    form->addRow(tlsRow);

    m_composer = new Composer(Protocol::Role::Client);
    auto *left = new QTabWidget;
    left->addTab(m_composer, tr("Compose"));
    left->addTab(request, tr("Request"));

    m_log = new LogView(engine->store());
    m_inspectors = new InspectorPanel(engine->store(), m_log->model());
    const quint32 pane = m_pane;
    const auto ours = [pane](quint32 c) {
        const Traffic::ConnectionId id(c);
        return !id.isServerSide() && id.clientPane() == pane;
    };
    m_log->model()->setConnectionFilter(ours);
    m_inspectors->flow()->setLanes({tr("Client"), tr("Server")}, [ours](quint32 c) {
        return ours(c) ? std::optional<FlowEnds>(FlowEnds {0, 1}) : std::nullopt;
    });

    QSplitter *split = paneSplitter(left, m_log, m_inspectors);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_url, 1);
    bar->addWidget(m_connect);
    bar->addWidget(m_disconnect);
    bar->addWidget(m_badge);
    bar->addWidget(m_link);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_error);
    auto *stats = new QHBoxLayout;
    stats->addWidget(m_buffered);
    stats->addWidget(m_stats, 1);
    layout->addLayout(stats);
    layout->addWidget(split, 1);

    connect(m_connect, &QPushButton::clicked, this, &ClientPane::connectToServer);
    connect(m_url, &QLineEdit::returnPressed, this, &ClientPane::connectToServer);
    connect(m_url, &QLineEdit::textChanged, this, [this]() { showUrlError({}); });
    connect(m_disconnect, &QPushButton::clicked, this, &ClientPane::disconnectFromServer);
    connect(m_composer, &Composer::sendRequested, this, &ClientPane::send);
    connect(m_link, &LinkControl::changed, this, &ClientPane::applyLinkNow);
    connect(addHeader, &QToolButton::clicked, this, [this]() {
        m_headers->insertRow(m_headers->rowCount());
        m_headers->editItem(nullptr);
    });
    connect(removeHeader, &QToolButton::clicked, this,
            [this]() { m_headers->removeRow(m_headers->currentRow()); });
    connect(tlsButton, &QPushButton::clicked, this, &ClientPane::showEditTls);
    connect(m_log, &LogView::recordSelected, m_inspectors, &InspectorPanel::showRecord);
    connect(m_inspectors->flow(), &FlowView::recordSelected, m_log, &LogView::selectRecord);
    connect(m_log->model(), &LogModel::readyStateChanged, this, &ClientPane::onReadyStateChanged);
    // A connection let through despite failed checks says so on its badge.
    connect(m_inspectors, &InspectorPanel::handshakeShown, this, [this](quint32 connection) {
        if (connection == m_connectionId)
            m_badge->setFailedChecks(m_inspectors->handshake()->checksContinuedPast());
    });
    m_statsTimer = new QTimer(this);
    m_statsTimer->setInterval(100);
    connect(m_statsTimer, &QTimer::timeout, this, &ClientPane::refreshStats);
    m_statsTimer->start();
    updateTlsSummary();
    updateButtons();
    refreshStats();
    restoreSplitters(this, QStringLiteral("client"));
}

ClientPane::~ClientPane()
{
    saveSplitters(this, QStringLiteral("client"));
    if (m_endpoint) {
        QPointer<Net::ClientEndpoint> ep = m_endpoint;
        m_engine->io()->post([ep]() {
            if (!ep)
                return;
            ep->close(Protocol::CloseCode::GoingAway);
            QTimer::singleShot(2000, ep, &QObject::deleteLater);
        });
    }
}

void ClientPane::setUrl(const QString &url)
{
    m_url->setText(url);
}

void ClientPane::replayOnOpen(const QList<QPair<int, Outgoing>> &schedule)
{
    m_replay = schedule;
}

QString ClientPane::url() const
{
    return m_url->text().trimmed();
}

QString ClientPane::urlError() const
{
    return m_errorShown == ErrorShown::Url ? m_error->message() : QString();
}

QString ClientPane::connectionError() const
{
    return m_errorShown == ErrorShown::Connection ? m_error->message() : QString();
}

bool ClientPane::isConnected() const
{
    return m_state && *m_state != ReadyState::Closed;
}

Session::ClientProfile ClientPane::profile() const
{
    // Settings without a widget come from the applied profile, so that saving gives back what
    // was opened.
    Session::ClientProfile p = m_base;
    p.url = url();
    p.headers.clear();
    for (int row = 0; row < m_headers->rowCount(); ++row) {
        const QTableWidgetItem *name = m_headers->item(row, 0);
        const QTableWidgetItem *value = m_headers->item(row, 1);
        if (!name || name->text().trimmed().isEmpty())
            continue;
        const QString header = name->text().trimmed();
        // Credentials are secrets: kept out of saved sessions unless asked for.
        bool secret = Session::isSecretHeader(header);
        for (const Session::ProfileHeader &h : m_base.headers)
            secret = secret || (h.secret && h.name == header);
        p.headers.append({header, value ? value->text().trimmed() : QString(), secret});
    }
    p.subprotocols.clear();
    for (const QString &s : m_subprotocols->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        p.subprotocols << s.trimmed();
    p.origin = m_origin->text().trimmed();
    p.deflate = m_deflate->isChecked();
    p.autoPong = m_autoPong->isChecked();
    p.caFile = m_tls.caFile;
    p.clientCertFile = m_tls.clientCertFile;
    p.clientKeyFile = m_tls.clientKeyFile;
    p.keyPassphrase = QString::fromUtf8(m_tls.keyPassphrase);
    p.insecure = m_tls.insecure;
    p.serverName = m_tls.serverName;
    p.proxy = m_proxy;
    p.continueDespiteHandshakeErrors = m_continueDespiteHandshakeErrors;
    p.link = m_link->conditions();
    return p;
}

void ClientPane::addProfileTo(Session::Workspace &workspace) const
{
    Session::ClientProfile p = profile();
    p.name = profileName();
    workspace.tabs.append({Session::EndpointRole::Client, int(workspace.clients.size())});
    workspace.clients.append(p);
}

void ClientPane::applyProfile(const Session::ClientProfile &p)
{
    m_base = p;
    setUrl(p.url);
    m_headers->setRowCount(0);
    for (const Session::ProfileHeader &h : p.headers) {
        const int row = m_headers->rowCount();
        m_headers->insertRow(row);
        m_headers->setItem(row, 0, new QTableWidgetItem(h.name));
        auto *value = new QTableWidgetItem(h.value);
        if (h.secret && h.value.isEmpty()) {
            // Left out of the saved file: not sent until it is entered again.
            value->setToolTip(tr("This value was not saved with the session. Enter it again; "
                                 "until then the header is not sent."));
            value->setBackground(QColor(0xfe, 0xeb, 0xc8));
        }
        m_headers->setItem(row, 1, value);
    }
    m_subprotocols->setText(p.subprotocols.join(QStringLiteral(", ")));
    m_origin->setText(p.origin);
    m_deflate->setChecked(p.deflate);
    m_autoPong->setChecked(p.autoPong);
    m_tls.caFile = p.caFile;
    m_tls.clientCertFile = p.clientCertFile;
    m_tls.clientKeyFile = p.clientKeyFile;
    m_tls.keyPassphrase = p.keyPassphrase.toUtf8();
    m_tls.insecure = p.insecure;
    m_tls.serverName = p.serverName;
    m_proxy = p.proxy;
    m_continueDespiteHandshakeErrors = p.continueDespiteHandshakeErrors;
    const bool linkChanged = !(m_link->conditions() == p.link);
    m_link->setConditions(p.link);
    if (linkChanged)
        applyLinkNow(p.link);
    updateTlsSummary();
}

void ClientPane::applyLinkNow(const Session::LinkConditions &link)
{
    // The next connection takes them from the profile; this one changes now.
    QPointer<Net::ClientEndpoint> ep = m_endpoint;
    const Net::LinkConditions conditions = Profiles::linkOptions(link);
    m_engine->io()->post([ep, conditions]() {
        if (ep)
            ep->setLinkConditions(conditions);
    });
}

void ClientPane::showUrlError(const QString &text, const QString &detail)
{
    if (text.isEmpty() && m_errorShown != ErrorShown::Url)
        return; // typing does not clear a connection's error
    m_error->showMessage(text, detail);
    m_errorShown = text.isEmpty() ? ErrorShown::None : ErrorShown::Url;
    m_url->setStyleSheet(
        text.isEmpty() ? QString() : QStringLiteral("QLineEdit { border: 1px solid #c53030; }"));
}

void ClientPane::connectToServer()
{
    // The tab's settings as a profile, with the session's {{variables}} filled in now.
    const Session::ClientProfile settings = profile();
    const auto expand = [this](const QString &text) {
        return m_engine->expand(text);
    };
    Net::UrlError urlError = Net::UrlError::None;
    QString detail;
    Net::WsUrl::parse(expand(settings.url), &urlError, &detail);
    if (urlError != Net::UrlError::None) {
        showUrlError(Text::Explain::urlError(urlError), detail);
        return;
    }
    QString error;
    const std::optional<Net::ClientOptions> checked
        = Profiles::clientOptions(settings, expand, &error);
    if (!checked) {
        // The URL was checked above, so what is left is the proxy.
        showUrlError(tr("The proxy \"%1\" is not understood; use http://host:port or "
                        "socks5://host:port.")
                         .arg(expand(settings.proxy)),
                     error);
        return;
    }
    Net::ClientOptions o = *checked;
    o.peer.budget = &m_engine->io()->sendBudget();
    m_error->clear();
    m_errorShown = ErrorShown::None;
    if (m_endpoint)
        disconnectFromServer();
    m_attempt = m_attempt % 255 + 1;
    m_connectionId = Traffic::ConnectionId::clientAttempt(m_pane, m_attempt).raw();
    m_badge->reset();
    m_badge->setState(ReadyState::Connecting);
    m_state = ReadyState::Connecting;
    m_inspectors->setConnection(m_connectionId);
    Net::IoThread *io = m_engine->io();
    Traffic::TrafficStore *store = m_engine->store();
    const Traffic::Clock *clock = m_engine->clock();
    const quint32 id = m_connectionId;
    // The endpoint may finish and delete itself at once (a refused connection), so everything
    // that touches it happens in its thread, and this thread keeps only a guarded pointer.
    QPointer<Net::ClientEndpoint> endpoint;
    io->call([&]() {
        auto *ep = new Net::ClientEndpoint(id, o, store, clock, io->context());
        QObject::connect(ep, &Net::ClientEndpoint::finished, ep, &QObject::deleteLater);
        // A connection that never opened has no closing handshake to report: the endpoint's
        // end is the CLOSED state.
        QObject::connect(ep, &Net::ClientEndpoint::finished, this, [this, id]() {
            m_log->model()->poll(); // the recorded states first, in order
            if (id == m_connectionId && m_state != ReadyState::Closed)
                onReadyStateChanged(id, ReadyState::Closed);
        });
        if (ep->open())
            endpoint = ep;
        else
            ep->deleteLater();
    });
    m_endpoint = endpoint;
    if (!endpoint) {
        // The reason is in the log as an error record; it shows below the URL.
        onReadyStateChanged(id, ReadyState::Closed);
    }
    updateButtons();
    Q_EMIT titleChanged(url());
}

void ClientPane::disconnectFromServer()
{
    QPointer<Net::ClientEndpoint> ep = m_endpoint;
    m_engine->io()->post([ep]() {
        if (ep)
            ep->close(Protocol::CloseCode::Normal);
    });
}

void ClientPane::send(const Outgoing &message)
{
    Outgoing out = message;
    if (out.expandsTemplates())
        out.payload = m_engine->expand(QString::fromUtf8(out.payload)).toUtf8();
    QPointer<Net::ClientEndpoint> ep = m_endpoint;
    m_engine->io()->post([ep, out]() {
        if (!ep || !ep->connection())
            return;
        Net::PeerConnection *c = ep->connection();
        switch (out.kind) {
        case Outgoing::Kind::Data: {
            Protocol::SendOptions options;
            options.fragments = out.fragments;
            if (out.opcode == Protocol::toRaw(Protocol::Opcode::Text))
                c->sendText(out.payload, options);
            else
                c->sendBinary(out.payload, options);
            break;
        }
        case Outgoing::Kind::Ping:
            c->sendPing(out.payload);
            break;
        case Outgoing::Kind::Close:
            if (out.closeCode == 0)
                c->close(std::nullopt);
            else
                c->close(out.closeCode, out.closeReason);
            break;
        case Outgoing::Kind::Raw:
            c->sendFrame(out.raw);
            break;
        }
    });
}

void ClientPane::onReadyStateChanged(quint32 connection, ReadyState state)
{
    if (connection != m_connectionId)
        return;
    m_state = state;
    m_badge->setState(state);
    if (state == ReadyState::Open && !m_replay.isEmpty()) {
        for (const auto &[delay, out] : std::as_const(m_replay))
            QTimer::singleShot(delay, this, [this, id = connection, out = out]() {
                if (id == m_connectionId)
                    send(out);
            });
        m_replay.clear();
    }
    updateButtons();
}

void ClientPane::updateButtons()
{
    const bool live
        = m_endpoint && (m_state == ReadyState::Connecting || m_state == ReadyState::Open);
    m_connect->setEnabled(!live);
    m_disconnect->setEnabled(live);
    m_composer->setCanSend(m_state == ReadyState::Open);
}

void ClientPane::refreshStats()
{
    if (m_connectionId == 0) {
        m_buffered->clear();
        m_stats->setText(tr("Not connected. Enter a URL and press Connect."));
        return;
    }
    const ConnectionSummary s = m_log->model()->summary(m_connectionId);
    QPointer<Net::ClientEndpoint> ep = m_endpoint;
    quint64 buffered = s.bufferedAmount;
    if (ep && isConnected()) {
        // The live value is read in the I/O thread without waiting for it: this tick shows
        // what the previous one fetched.
        buffered = m_liveBuffered->load();
        std::shared_ptr<std::atomic<quint64>> live = m_liveBuffered;
        m_engine->io()->post([ep, live]() {
            if (ep && ep->connection())
                live->store(ep->connection()->bufferedAmount());
        });
    }
    m_bufferedAmount = buffered;
    const qint64 now = m_engine->clock()->monotonicUs();
    const qint64 end = s.closedAtUs > 0 ? s.closedAtUs : now;
    const qint64 openFor = s.openedAtUs > 0 ? (end - s.openedAtUs) / 1000 : 0;
    m_buffered->setText(tr("bufferedAmount %1").arg(bytesText(buffered)) + QStringLiteral(" ·"));
    m_buffered->setToolTip(QStringLiteral("<p>")
                           + tr("bufferedAmount now: %1.").arg(Text::exactBytes(buffered))
                           + QStringLiteral("</p>") + Text::Glossary::toolTip("bufferedAmount"));
    m_stats->setText(tr("open for %1 s · ↑ %2 (%3) · ↓ %4 (%5)")
                         .arg(double(openFor) / 1000.0, 0, 'f', 1)
                         .arg(messagesText(s.messagesOut), bytesText(s.bytesOut),
                              messagesText(s.messagesIn), bytesText(s.bytesIn)));
    if (s.lastFailure != Traffic::Failure::None) {
        // What failed in the user's language, then the engine's own words (often from the
        // system or the peer, in English): the status a server answered, a certificate's
        // problem. One elided line; the whole of it is in the tooltip, and the handshake
        // inspector has the checks.
        const QString title = Text::Explain::failureTitle(s.lastFailure);
        const QString detail = Text::printable(
            Text::Explain::failureDetail(s.lastFailure, s.lastFailureDetail).toUtf8());
        const bool saysMore = !detail.isEmpty() && detail.compare(title, Qt::CaseInsensitive) != 0;
        const QString engineWords = Text::printable(s.lastFailureDetail);
        // The engine speaks English. Where its words are not the user's language (and were not
        // put in it), the line says what the failure means; the engine's words stay in the
        // tooltip.
        const QString second = Text::Explain::interfaceIsEnglish() || detail != engineWords
            ? detail
            : Text::Explain::failureMeaning(s.lastFailure);
        m_error->showMessage(
            saysMore ? tr("%1 · %2").arg(title, second) : title,
            Text::Explain::failureMeaning(s.lastFailure)
                + (engineWords.isEmpty() ? QString() : QStringLiteral("\n\n") + engineWords));
        m_errorShown = ErrorShown::Connection;
    }
    // The plot's clock starts when the connection opens and stops when it closes.
    if (m_state && s.openedAtUs > 0)
        m_inspectors->plot()->addSample(double(end - s.openedAtUs) / 1e6, buffered,
                                        s.messagesIn + s.messagesOut);
}

void ClientPane::showEditTls()
{
    ConnectionSettingsDialog dialog(m_tls, m_proxy, m_continueDespiteHandshakeErrors, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_tls = dialog.tls();
    m_proxy = dialog.proxy();
    m_continueDespiteHandshakeErrors = dialog.continueDespiteHandshakeErrors();
    updateTlsSummary();
}

void ClientPane::updateTlsSummary()
{
    QStringList parts;
    parts << (m_tls.caFile.isEmpty() ? tr("System CAs") : tr("CA %1").arg(m_tls.caFile));
    if (!m_tls.clientCertFile.isEmpty())
        parts << tr("client certificate");
    parts << (m_tls.insecure ? tr("verification OFF") : tr("verification on"));
    parts << (m_proxy.isEmpty() ? tr("no proxy") : tr("proxy %1").arg(m_proxy));
    if (m_continueDespiteHandshakeErrors)
        parts << tr("CONTINUES DESPITE HANDSHAKE ERRORS");
    m_tlsSummary->setText(parts.join(QStringLiteral(", ")));
    // Either way round the rules a browser keeps stands out.
    m_tlsSummary->setStyleSheet(m_continueDespiteHandshakeErrors || m_tls.insecure
                                    ? QStringLiteral("color: #c53030; font-weight: bold;")
                                    : QString());
}

} // namespace Gui
} // namespace WsBench
