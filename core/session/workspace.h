#pragma once

#include "core/automation/scenario.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace WsBench::Session {

struct ProfileHeader
{
    QString name;
    QString value;
    bool secret = false; // left out of saved files unless asked (Authorization, tokens)
};

// A client connection as the user set it up. Strings may hold {{variables}}.
struct ClientProfile
{
    QString name;
    QString url;
    QList<ProfileHeader> headers;
    QStringList subprotocols;
    QString origin;
    bool deflate = false;
    QString caFile;
    QString clientCertFile;
    QString clientKeyFile;
    QString keyPassphrase; // secret
    bool insecure = false;
    QString serverName; // verify the certificate for this name instead of the URL's host
    QString proxy;
};

struct ServerRule
{
    QString pattern;
    QString reply;
};

struct ServerProfile
{
    QString name;
    QString host = QStringLiteral("127.0.0.1");
    int port = 0;
    bool tls = false;
    QString certFile;
    QString keyFile;
    QString keyPassphrase; // secret
    QStringList allowedOrigins;
    QStringList subprotocols;
    bool deflate = true;
    bool echo = false;
    bool broadcast = false;
    QList<ServerRule> rules;
    int pushIntervalMs = 0; // 0: no scheduled push
    QString pushTemplate;
};

// A saved message, shared across connections.
struct LibraryMessage
{
    enum class Kind : quint8 { Text, Json, Binary };
    QString folder; // "/" separated
    QString name;
    QString description;
    Kind kind = Kind::Text;
    QByteArray content;
};

// The workspace document (one *.wsbench file).
struct Workspace
{
    static constexpr int kSchemaVersion = 2;

    QList<ClientProfile> clients;
    QList<ServerProfile> servers;
    QList<LibraryMessage> library;
    QMap<QString, QString> variables; // workspace level
    QMap<QString, QMap<QString, QString>> environments; // name → variables that override
    QList<Automation::Scenario> scenarios;
    QString layout; // the window's saved state (opaque, base64)

    const ClientProfile *client(const QString &name) const;
};

struct SaveOptions
{
    bool includeSecrets = false;
};

// Human-readable, diff-friendly JSON: keys sorted, two-space indentation, one trailing newline.
// Saving what was loaded gives back the same bytes.
QByteArray saveWorkspace(const Workspace &workspace, const SaveOptions &options = {});

// Loads any schema up to kSchemaVersion, migrating older ones. On failure returns nothing and
// a sentence that names the line, or the field ("clients[2].url: must be a string").
std::optional<Workspace> loadWorkspace(const QByteArray &json, QString *error);

// Writes atomically (QSaveFile): the old file stays whole if anything fails.
bool writeWorkspaceFile(const QString &path, const Workspace &workspace, const SaveOptions &options,
                        QString *error);

} // namespace WsBench::Session
