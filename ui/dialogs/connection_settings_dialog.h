#pragma once

#include "core/net/tls_options.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace WsBench {
namespace Gui {

// TLS (CA, client certificate, exceptions), proxy and handshake settings for a client
// connection. A bad certificate file or proxy URL is reported beside its field and the dialog
// stays open.
class ConnectionSettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionSettingsDialog)

public:
    ConnectionSettingsDialog(const Net::TlsOptions &tls, const QString &proxy,
                             bool continueDespiteHandshakeErrors, QWidget *parent = nullptr);
    ~ConnectionSettingsDialog() override;

    Net::TlsOptions tls() const;
    QString proxy() const;
    bool continueDespiteHandshakeErrors() const;
    void accept() override;

private:
    // The line edit with a Browse button, as one row.
    QWidget *fileField(QLineEdit *edit, const QString &filter);

    QLineEdit *m_ca;
    QLineEdit *m_cert;
    QLineEdit *m_key;
    QLineEdit *m_passphrase;
    QLineEdit *m_serverName;
    QCheckBox *m_insecure;
    QLineEdit *m_proxy;
    QLabel *m_tlsError;
    QLabel *m_proxyError;
    QCheckBox *m_continue;
};

} // namespace Gui
} // namespace WsBench
