#pragma once

#include "core/session/secret_store.h"

namespace WsBench::Keychain {

// Secrets in the system keychain through QtKeychain: the Secret Service (GNOME Keyring,
// KWallet) on Linux, under the service name "WsBench". Never falls back to a plain file.
class SystemKeychain final : public Session::SecretStore
{
public:
    explicit SystemKeychain(QString service = QStringLiteral("WsBench"), int timeoutMs = 5000);

    bool write(const QString &key, const QString &value, QString *error) override;
    std::optional<QString> read(const QString &key, QString *error) override;

private:
    QString m_service;
    int m_timeoutMs;
};

} // namespace WsBench::Keychain
