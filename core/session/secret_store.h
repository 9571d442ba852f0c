#pragma once

#include "core/session/workspace.h"

#include <QString>

#include <optional>

namespace WsBench::Session {

// Where a session's secrets live instead of its file: the system keychain in the window, a map
// in tests. Calls may block briefly (a local service).
class SecretStore
{
public:
    virtual ~SecretStore() = default;
    // False, with the reason, when the value could not be stored (no keychain, locked, ...).
    virtual bool write(const QString &key, const QString &value, QString *error) = 0;
    // Nothing when there is no such entry or no keychain (the reason in `error`).
    virtual std::optional<QString> read(const QString &key, QString *error) = 0;
};

// The key of a secret: the session's id, then where the secret lives in it.
QString secretKey(const QString &sessionId, const SecretRef &ref);

// Stores every secret of the workspace under its id (which must be set). Returns the ones it
// could not store, with the first reason in `error`.
QList<SecretRef> storeSecrets(const Workspace &workspace, SecretStore &store, QString *error);

// Fills in the secrets the file left out (workspace.leftOut) from the store, and leaves in
// leftOut only those it could not find.
void restoreSecrets(Workspace &workspace, SecretStore &store);

} // namespace WsBench::Session
