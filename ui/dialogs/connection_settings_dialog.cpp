#include "ui/dialogs/connection_settings_dialog.h"

#include "core/net/client_endpoint.h"
#include "ui/widgets/pane_layout.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

namespace WsBench {
namespace Gui {

ConnectionSettingsDialog::ConnectionSettingsDialog(const Net::TlsOptions &tls, const QString &proxy,
                                                   bool continueDespiteHandshakeErrors,
                                                   QWidget *parent)
    : QDialog(parent)
    , m_ca(new QLineEdit(tls.caFile))
    , m_cert(new QLineEdit(tls.clientCertFile))
    , m_key(new QLineEdit(tls.clientKeyFile))
    , m_passphrase(new QLineEdit(QString::fromUtf8(tls.keyPassphrase)))
    , m_serverName(new QLineEdit(tls.serverName))
    , m_insecure(new QCheckBox(tr("Accept any certificate (insecure)")))
    , m_proxy(new QLineEdit(proxy))
    , m_tlsError(errorLabel())
    , m_proxyError(errorLabel())
    , m_continue(new QCheckBox(tr("Continue despite handshake errors")))
{
    setWindowTitle(tr("Connection settings"));
    m_continue->setChecked(continueDespiteHandshakeErrors);
    // Rich text, so that the tooltip wraps (also in Chinese, which has no spaces to break at).
    m_continue->setToolTip(Qt::convertFromPlainText(
        tr("Open the connection even when the server's 101 response fails checks that a "
           "browser makes (a wrong Accept, a lower-case \"http\", …), to see what the server "
           "does next. The log notes it every time. A status other than 101 still fails.")));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_insecure->setChecked(tls.insecure);
    m_insecure->setToolTip(tr("Certificate errors are recorded in the log but do not stop the "
                              "connection"));
    m_serverName->setPlaceholderText(tr("the URL's host"));
    m_proxy->setPlaceholderText(QStringLiteral("http://127.0.0.1:3128 · socks5://127.0.0.1:1080"));
    auto *tlsBox = new QGroupBox(tr("TLS (wss://)"));
    auto *tlsForm = new QFormLayout(tlsBox);
    tlsForm->addRow(tr("Extra CA certificates"), fileField(m_ca, tr("PEM files (*.pem *.crt)")));
    tlsForm->addRow(tr("Client certificate"),
                    fileField(m_cert, tr("Certificates (*.pem *.crt *.p12 *.pfx)")));
    tlsForm->addRow(tr("Client key"), fileField(m_key, tr("PEM keys (*.pem *.key)")));
    tlsForm->addRow(tr("Key passphrase"), m_passphrase);
    tlsForm->addRow(tr("Verify as host"), m_serverName);
    tlsForm->addRow(m_insecure);
    tlsForm->addRow(m_tlsError);
    auto *proxyBox = new QGroupBox(tr("Proxy"));
    auto *proxyForm = new QFormLayout(proxyBox);
    proxyForm->addRow(tr("Proxy URL"), m_proxy);
    proxyForm->addRow(m_proxyError);
    auto *handshakeBox = new QGroupBox(tr("Opening handshake"));
    auto *handshakeForm = new QFormLayout(handshakeBox);
    handshakeForm->addRow(m_continue);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectionSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tlsBox);
    layout->addWidget(proxyBox);
    layout->addWidget(handshakeBox);
    layout->addWidget(buttons);
}

ConnectionSettingsDialog::~ConnectionSettingsDialog() = default;

QWidget *ConnectionSettingsDialog::fileField(QLineEdit *edit, const QString &filter)
{
    auto *browse = new QPushButton(tr("Browse…"), this);
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    edit->setParent(row);
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, [this, edit, filter]() {
        const QString path = QFileDialog::getOpenFileName(this, QString(), edit->text(), filter);
        if (!path.isEmpty())
            edit->setText(path);
    });
    return row;
}

Net::TlsOptions ConnectionSettingsDialog::tls() const
{
    Net::TlsOptions o;
    o.caFile = m_ca->text().trimmed();
    o.clientCertFile = m_cert->text().trimmed();
    o.clientKeyFile = m_key->text().trimmed();
    o.keyPassphrase = m_passphrase->text().toUtf8();
    o.serverName = m_serverName->text().trimmed();
    o.insecure = m_insecure->isChecked();
    return o;
}

QString ConnectionSettingsDialog::proxy() const
{
    return m_proxy->text().trimmed();
}

bool ConnectionSettingsDialog::continueDespiteHandshakeErrors() const
{
    return m_continue->isChecked();
}

void ConnectionSettingsDialog::accept()
{
    QString error;
    const bool tlsOk = Net::clientTlsConfiguration(tls(), &error).has_value();
    m_tlsError->setText(error);
    m_tlsError->setVisible(!tlsOk);
    Net::ClientOptions probe;
    probe.url = QStringLiteral("ws://127.0.0.1/");
    probe.proxy = proxy();
    QString proxyError;
    const bool proxyOk = Net::ClientEndpoint::validate(probe, &proxyError);
    m_proxyError->setText(proxyError);
    m_proxyError->setVisible(!proxyOk);
    if (tlsOk && proxyOk)
        QDialog::accept();
}

} // namespace Gui
} // namespace WsBench
