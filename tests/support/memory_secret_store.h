#pragma once

#include "core/session/secret_store.h"

#include <QMap>

namespace WsBench::TestSupport {

// A secret store in memory; `available` false makes it refuse every call, as a machine
// without a keychain does.
class MemorySecretStore final : public Session::SecretStore
{
public:
    bool write(const QString &key, const QString &value, QString *error) override
    {
        if (!available) {
            *error = QStringLiteral("no keychain here");
            return false;
        }
        entries.insert(key, value);
        return true;
    }
    std::optional<QString> read(const QString &key, QString *error) override
    {
        if (!available || !entries.contains(key)) {
            *error
                = available ? QStringLiteral("no such entry") : QStringLiteral("no keychain here");
            return std::nullopt;
        }
        return entries.value(key);
    }

    QMap<QString, QString> entries;
    bool available = true;
};

} // namespace WsBench::TestSupport
