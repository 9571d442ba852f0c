#pragma once

#include "core/automation/scenario.h"
#include "core/session/link_conditions.h"
#include "core/session/misbehaviour.h"

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
    // Kept out of saved files unless asked (Authorization, cookies, tokens). A secret whose
    // value was left out has an empty value, and is never sent as an empty header.
    bool secret = false;
};

// Header names whose values are credentials: marked secret when a profile is built.
bool isSecretHeader(const QString &name);

// A client connection as the user set it up. Strings may hold {{variables}}.
// Every field is saved, loaded and mapped to engine options (see profile_options.h); the
// profile round-trip test names each one, so a field added here must be added there too.
struct ClientProfile
{
    QString name;
    QString url;
    QList<ProfileHeader> headers;
    QStringList subprotocols;
    QString origin;
    bool deflate = false;
    bool autoPong = true; // answer every Ping with a Pong
    QString caFile;
    QString clientCertFile;
    QString clientKeyFile;
    QString keyPassphrase; // secret
    bool insecure = false;
    QString serverName; // verify the certificate for this name instead of the URL's host
    QString proxy;
    int connectTimeoutMs = 10000; // TCP, proxy and TLS, then the opening handshake
    int closeTimeoutMs = 5000; // waiting for the server's Close, then for it to close TCP
    int pingIntervalMs = 0; // a heartbeat Ping this often while open (0: none)
    int pongTimeoutMs = 0; // no Pong this long after a Ping: fail the connection (0: wait)
    // Open even when the server's 101 fails checks a browser makes (RFC 6455 §4.1).
    bool continueDespiteHandshakeErrors = false;
    LinkConditions link {}; // a slow or stalled link to simulate
};

struct ServerRule
{
    QString pattern;
    QString reply;
};

struct ServerPush
{
    int intervalMs = 1000;
    QString message; // a reply template
    bool enabled = true; // a paused push keeps its settings
};

// What a server keeps of its traffic (handshakes, states, closes and errors always).
enum class Capture : quint8 { Frames, Messages, None };

// A server as the user set it up. Like ClientProfile, every field is saved, loaded and mapped.
struct ServerProfile
{
    QString name;
    QString host = QStringLiteral("127.0.0.1");
    int port = 0;
    bool tls = false; // without a certificate file: a generated self-signed one
    QString certFile;
    QString keyFile;
    QString keyPassphrase; // secret
    QStringList allowedOrigins;
    QStringList subprotocols;
    bool deflate = true;
    bool echo = false;
    bool broadcast = false;
    QList<ServerRule> rules;
    QList<ServerPush> pushes;
    qint64 maxMessageSize = qint64(64) * 1024 * 1024; // bytes; larger messages close with 1009
    int maxConnections = 10000;
    int handshakeTimeoutMs = 10000; // slowloris protection
    int idleTimeoutMs = 0; // no bytes from a peer for this long: close it (0: never)
    Capture capture = Capture::Frames;
    QList<Misbehaviour> misbehaviours; // rules broken on purpose, to test clients
    LinkConditions link {}; // for every peer
};

enum class EndpointRole : quint8 { Client, Server };

// One tab of the window, in order: a client or a server profile by its index in its list.
struct TabRef
{
    EndpointRole role = EndpointRole::Client;
    int index = 0;
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

// Where a secret lives in a workspace. Secrets stay out of session files unless asked; the
// window keeps them in the system keychain (see SecretStore).
struct SecretRef
{
    enum class Kind : quint8 { Header, Passphrase, Variable };
    Kind kind = Kind::Header;
    EndpointRole role = EndpointRole::Client; // a header's or a passphrase's profile
    QString owner; // the profile's name; for a variable its environment ("": the session's own)
    QString name; // the header's or the variable's name; empty for a passphrase
    int profile = -1; // a header's or a passphrase's profile, by its index (names may repeat)
};

// The workspace document (one *.wsbench file).
struct Workspace
{
    static constexpr int kSchemaVersion = 3;

    QList<ClientProfile> clients;
    QList<ServerProfile> servers;
    QList<TabRef> tabs; // the window's tab order; empty: servers first, then clients
    QList<LibraryMessage> library;
    QString id; // identifies the session's secrets in the keychain; made on first save
    QMap<QString, QString> variables; // workspace level
    QMap<QString, QMap<QString, QString>> environments; // name → variables that override
    QStringList secretVariables; // names whose values are secrets, here and in environments
    QList<Automation::Scenario> scenarios;
    QString layout; // the window's saved state (opaque, base64)
    QList<SecretRef> leftOut; // filled by loadWorkspace: secrets the file did not hold

    const ClientProfile *client(const QString &name) const;
    // Every tab in order: `tabs` when it names each profile once, else servers then clients.
    QList<TabRef> tabOrder() const;

    // Every secret that has a value, and reading or setting one.
    QList<SecretRef> secrets() const;
    QString secret(const SecretRef &ref) const;
    void setSecret(const SecretRef &ref, const QString &value);
};

struct SaveOptions
{
    bool includeSecrets = false;
};

// Human-readable, diff-friendly JSON: keys sorted, two-space indentation, one trailing newline.
// Saving what was loaded gives back the same bytes.
QByteArray saveWorkspace(const Workspace &workspace, const SaveOptions &options = {});

// Loads any schema up to kSchemaVersion, migrating older ones. On failure returns nothing and
// the problem, with its line or the field it names ("clients[2].url", NotAString).
std::optional<Workspace> loadWorkspace(const QByteArray &json,
                                       Automation::DocumentProblem *problem);

// Writes atomically (QSaveFile): the old file stays whole if anything fails.
bool writeWorkspaceFile(const QString &path, const Workspace &workspace, const SaveOptions &options,
                        QString *error);

} // namespace WsBench::Session
