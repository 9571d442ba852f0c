#include "core/session/secret_store.h"

namespace WsBench::Session {

QString secretKey(const QString &sessionId, const SecretRef &ref)
{
    const auto escaped = [](QString part) {
        return part.replace(QLatin1Char('%'), QLatin1String("%25"))
            .replace(QLatin1Char('/'), QLatin1String("%2F"));
    };
    QString where;
    switch (ref.kind) {
    case SecretRef::Kind::Header:
        where = QStringLiteral("client/%1/header/%2").arg(ref.profile).arg(escaped(ref.name));
        break;
    case SecretRef::Kind::Passphrase:
        where = QStringLiteral("%1/%2/passphrase")
                    .arg(ref.role == EndpointRole::Server ? QLatin1String("server")
                                                          : QLatin1String("client"))
                    .arg(ref.profile);
        break;
    case SecretRef::Kind::Variable:
        where = QStringLiteral("variable/%1/%2").arg(escaped(ref.owner), escaped(ref.name));
        break;
    }
    return sessionId + QLatin1Char('/') + where;
}

QList<SecretRef> storeSecrets(const Workspace &workspace, SecretStore &store, QString *error)
{
    QList<SecretRef> failed;
    for (const SecretRef &ref : workspace.secrets()) {
        QString why;
        if (!store.write(secretKey(workspace.id, ref), workspace.secret(ref), &why)) {
            failed.append(ref);
            if (error->isEmpty())
                *error = why;
        }
    }
    return failed;
}

void restoreSecrets(Workspace &workspace, SecretStore &store)
{
    QList<SecretRef> missing;
    for (const SecretRef &ref : std::as_const(workspace.leftOut)) {
        QString why;
        const std::optional<QString> value = workspace.id.isEmpty()
            ? std::nullopt
            : store.read(secretKey(workspace.id, ref), &why);
        if (value && !value->isEmpty())
            workspace.setSecret(ref, *value);
        else
            missing.append(ref);
    }
    workspace.leftOut = missing;
}

} // namespace WsBench::Session
