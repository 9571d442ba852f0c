#include "core/session/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>
#include <type_traits>

namespace WsBench::Session {

namespace {

// Reads fields with their path, and keeps the first problem found.
class Reader
{
public:
    using Kind = Automation::DocumentProblem::Kind;
    std::optional<Automation::DocumentProblem> problem;

    QString string(const QJsonObject &o, const char *key, const QString &path,
                   const QString &fallback = {})
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isString())
            fail(path, key, Kind::NotAString);
        return v.toString();
    }
    bool boolean(const QJsonObject &o, const char *key, const QString &path, bool fallback)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return fallback;
        if (!v.isBool())
            fail(path, key, Kind::NotABool);
        return v.toBool();
    }
    int integer(const QJsonObject &o, const char *key, const QString &path, int fallback, int min,
                int max)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return fallback;
        const double d = v.toDouble(-1e300);
        if (!v.isDouble() || d != double(qint64(d)) || d < min || d > max)
            fail(path, key, Kind::NotAWholeNumber, {QString::number(min), QString::number(max)});
        return int(d);
    }
    qint64 integer64(const QJsonObject &o, const char *key, const QString &path, qint64 fallback,
                     qint64 min, qint64 max)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return fallback;
        const double d = v.toDouble(-1e300);
        if (!v.isDouble() || d != double(qint64(d)) || d < double(min) || d > double(max))
            fail(path, key, Kind::NotAWholeNumber, {QString::number(min), QString::number(max)});
        return qint64(d);
    }
    QJsonArray array(const QJsonObject &o, const char *key, const QString &path)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isArray())
            fail(path, key, Kind::NotAList);
        return v.toArray();
    }
    QJsonObject object(const QJsonValue &v, const QString &path)
    {
        if (!v.isObject())
            fail(path, Kind::NotAnObject);
        return v.toObject();
    }
    QStringList strings(const QJsonObject &o, const char *key, const QString &path)
    {
        QStringList out;
        const QJsonArray a = array(o, key, path);
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a.at(i).isString())
                fail(path, key, Kind::NotAListOfStrings);
            out << a.at(i).toString();
        }
        return out;
    }

    // Keeps the first problem only.
    void fail(const QString &path, Kind kind, const QStringList &args = {})
    {
        if (!problem)
            problem = Automation::DocumentProblem(kind, path, args);
    }

private:
    void fail(const QString &path, const char *key, Kind kind, const QStringList &args = {})
    {
        fail((path.isEmpty() ? QString() : path + QLatin1Char('.')) + QLatin1String(key), kind,
             args);
    }
};

QString at(const char *list, qsizetype i)
{
    return QStringLiteral("%1[%2]").arg(QLatin1String(list)).arg(i);
}

const char *kindName(LibraryMessage::Kind kind)
{
    switch (kind) {
    case LibraryMessage::Kind::Json:
        return "json";
    case LibraryMessage::Kind::Binary:
        return "binary";
    case LibraryMessage::Kind::Text:
        break;
    }
    return "text";
}

// Left out when neutral, so files without link conditions stay as they were.
void writeLink(QJsonObject &o, const LinkConditions &link)
{
    if (link.isNeutral())
        return;
    o.insert(QStringLiteral("link"),
             QJsonObject {{QStringLiteral("latencyMs"), link.latencyMs},
                          {QStringLiteral("rateBytesPerSec"), double(link.rateBytesPerSec)},
                          {QStringLiteral("pauseReading"), link.pauseReading},
                          {QStringLiteral("pauseWriting"), link.pauseWriting}});
}

LinkConditions readLink(Reader &r, const QJsonObject &o, const QString &path)
{
    LinkConditions link;
    const QJsonValue v = o.value(QStringLiteral("link"));
    if (v.isUndefined() || v.isNull())
        return link;
    const QString lp = path + QStringLiteral(".link");
    const QJsonObject l = r.object(v, lp);
    link.latencyMs = r.integer(l, "latencyMs", lp, 0, 0, LinkConditions::kMaxLatencyMs);
    link.rateBytesPerSec = r.integer64(l, "rateBytesPerSec", lp, 0, 0, LinkConditions::kMaxRate);
    link.pauseReading = r.boolean(l, "pauseReading", lp, false);
    link.pauseWriting = r.boolean(l, "pauseWriting", lp, false);
    return link;
}

const char *captureName(Capture capture)
{
    switch (capture) {
    case Capture::Messages:
        return "messages";
    case Capture::None:
        return "none";
    case Capture::Frames:
        break;
    }
    return "frames";
}

const char *roleName(EndpointRole role)
{
    return role == EndpointRole::Server ? "server" : "client";
}

// A left-out passphrase is marked, so that opening the file can say it must be entered again.
void writePassphrase(QJsonObject &o, const QString &passphrase, const SaveOptions &options)
{
    if (passphrase.isEmpty())
        return;
    if (options.includeSecrets)
        o.insert(QStringLiteral("keyPassphrase"), passphrase);
    else
        o.insert(QStringLiteral("keyPassphraseLeftOut"), true);
}

// A secret variable's value is null in the file unless secrets are included.
QJsonObject variablesObject(const QMap<QString, QString> &variables, const QStringList &secret,
                            const SaveOptions &options)
{
    QJsonObject o;
    for (auto it = variables.begin(); it != variables.end(); ++it) {
        const bool leftOut = !options.includeSecrets && secret.contains(it.key());
        o.insert(it.key(), leftOut ? QJsonValue(QJsonValue::Null) : QJsonValue(it.value()));
    }
    return o;
}

// Schema 1 kept a flat list of client "connections" with headers as an object, and saved
// messages as plain text.
QJsonObject migrateFrom1(const QJsonObject &v1)
{
    QJsonArray clients;
    const QJsonArray connections = v1.value(QStringLiteral("connections")).toArray();
    for (qsizetype i = 0; i < connections.size(); ++i) {
        const QJsonObject c = connections.at(i).toObject();
        QJsonArray headers;
        const QJsonObject h = c.value(QStringLiteral("headers")).toObject();
        for (auto it = h.begin(); it != h.end(); ++it)
            headers.append(QJsonObject {{QStringLiteral("name"), it.key()},
                                        {QStringLiteral("value"), it.value()}});
        QJsonObject client = c;
        client.remove(QStringLiteral("protocols"));
        client.insert(QStringLiteral("headers"), headers);
        client.insert(QStringLiteral("subprotocols"), c.value(QStringLiteral("protocols")));
        if (!client.contains(QStringLiteral("name")))
            client.insert(QStringLiteral("name"), QStringLiteral("Client %1").arg(i + 1));
        clients.append(client);
    }
    QJsonArray library;
    for (const QJsonValue &m : v1.value(QStringLiteral("savedMessages")).toArray()) {
        library.append(
            QJsonObject {{QStringLiteral("name"), m.toObject().value(QStringLiteral("name"))},
                         {QStringLiteral("kind"), QStringLiteral("text")},
                         {QStringLiteral("content"), m.toObject().value(QStringLiteral("text"))}});
    }
    QJsonObject v2;
    v2.insert(QStringLiteral("schemaVersion"), 2);
    v2.insert(QStringLiteral("clients"), clients);
    v2.insert(QStringLiteral("library"), library);
    return v2;
}

// Schema 2 had at most one scheduled push per server, as two fields.
QJsonObject migrateFrom2(QJsonObject v2)
{
    QJsonArray servers = v2.value(QStringLiteral("servers")).toArray();
    for (qsizetype i = 0; i < servers.size(); ++i) {
        QJsonObject s = servers.at(i).toObject();
        const QJsonValue interval = s.take(QStringLiteral("pushIntervalMs"));
        const QJsonValue message = s.take(QStringLiteral("pushTemplate"));
        if (interval.toInt() > 0)
            s.insert(QStringLiteral("pushes"),
                     QJsonArray {QJsonObject {{QStringLiteral("intervalMs"), interval},
                                              {QStringLiteral("message"), message}}});
        servers[i] = s;
    }
    v2.insert(QStringLiteral("servers"), servers);
    v2.insert(QStringLiteral("schemaVersion"), 3);
    return v2;
}

// "misbehaviours": [{"kind": "fragment", "value": 3}, ...]; each kind once.
QList<Misbehaviour> readMisbehaviours(Reader &r, const QJsonObject &o, const QString &path)
{
    QList<Misbehaviour> out;
    const QJsonArray list = r.array(o, "misbehaviours", path);
    for (qsizetype j = 0; j < list.size() && !r.problem; ++j) {
        const QString mp = path + QLatin1Char('.') + at("misbehaviours", j);
        const QJsonObject entry = r.object(list.at(j), mp);
        const QString name = r.string(entry, "kind", mp);
        const std::optional<Misbehaviour::Kind> kind = misbehaviourKind(name);
        if (!kind) {
            QStringList allowed {name};
            for (Misbehaviour::Kind k : misbehaviourKinds())
                allowed << misbehaviourName(k);
            r.fail(mp + QStringLiteral(".kind"), Reader::Kind::NotOneOf, allowed);
            break;
        }
        Misbehaviour m {*kind, 0};
        if (const std::optional<MisbehaviourRange> range = misbehaviourRange(*kind)) {
            m.value = r.integer(entry, "value", mp, range->fallback, range->min, range->max);
            if (!validMisbehaviourValue(*kind, m.value)) // 101 is not a misbehaving status
                r.fail(
                    mp + QStringLiteral(".value"), Reader::Kind::NotOneOf,
                    {QString::number(m.value), QStringLiteral("100"), QStringLiteral("102–599")});
        }
        if (std::any_of(out.begin(), out.end(),
                        [&m](const Misbehaviour &e) { return e.kind == m.kind; }))
            continue; // a kind listed twice: the first counts
        out.append(m);
    }
    return out;
}

} // namespace

QByteArray saveWorkspace(const Workspace &w, const SaveOptions &options)
{
    QJsonArray clients;
    for (const ClientProfile &c : w.clients) {
        QJsonArray headers;
        for (const ProfileHeader &h : c.headers) {
            QJsonObject o {{QStringLiteral("name"), h.name}};
            if (h.secret) {
                o.insert(QStringLiteral("secret"), true);
                if (options.includeSecrets)
                    o.insert(QStringLiteral("value"), h.value);
            } else {
                o.insert(QStringLiteral("value"), h.value);
            }
            headers.append(o);
        }
        QJsonObject o {
            {QStringLiteral("name"), c.name},
            {QStringLiteral("url"), c.url},
            {QStringLiteral("headers"), headers},
            {QStringLiteral("subprotocols"), QJsonArray::fromStringList(c.subprotocols)},
            {QStringLiteral("origin"), c.origin},
            {QStringLiteral("deflate"), c.deflate},
            {QStringLiteral("autoPong"), c.autoPong},
            {QStringLiteral("insecure"), c.insecure},
            {QStringLiteral("caFile"), c.caFile},
            {QStringLiteral("clientCertFile"), c.clientCertFile},
            {QStringLiteral("clientKeyFile"), c.clientKeyFile},
            {QStringLiteral("proxy"), c.proxy},
            {QStringLiteral("serverName"), c.serverName},
            {QStringLiteral("connectTimeoutMs"), c.connectTimeoutMs},
            {QStringLiteral("closeTimeoutMs"), c.closeTimeoutMs},
            {QStringLiteral("pingIntervalMs"), c.pingIntervalMs},
            {QStringLiteral("pongTimeoutMs"), c.pongTimeoutMs},
            {QStringLiteral("continueDespiteHandshakeErrors"), c.continueDespiteHandshakeErrors},
        };
        writePassphrase(o, c.keyPassphrase, options);
        writeLink(o, c.link);
        clients.append(o);
    }
    QJsonArray servers;
    for (const ServerProfile &s : w.servers) {
        QJsonArray rules;
        for (const ServerRule &r : s.rules)
            rules.append(QJsonObject {{QStringLiteral("pattern"), r.pattern},
                                      {QStringLiteral("reply"), r.reply}});
        QJsonArray pushes;
        for (const ServerPush &p : s.pushes)
            pushes.append(QJsonObject {{QStringLiteral("intervalMs"), p.intervalMs},
                                       {QStringLiteral("message"), p.message},
                                       {QStringLiteral("enabled"), p.enabled}});
        QJsonArray misbehaviours;
        for (const Misbehaviour &m : s.misbehaviours) {
            QJsonObject entry {{QStringLiteral("kind"), misbehaviourName(m.kind)}};
            if (misbehaviourRange(m.kind))
                entry.insert(QStringLiteral("value"), m.value);
            misbehaviours.append(entry);
        }
        QJsonObject o {
            {QStringLiteral("name"), s.name},
            {QStringLiteral("host"), s.host},
            {QStringLiteral("port"), s.port},
            {QStringLiteral("tls"), s.tls},
            {QStringLiteral("certFile"), s.certFile},
            {QStringLiteral("keyFile"), s.keyFile},
            {QStringLiteral("allowedOrigins"), QJsonArray::fromStringList(s.allowedOrigins)},
            {QStringLiteral("subprotocols"), QJsonArray::fromStringList(s.subprotocols)},
            {QStringLiteral("deflate"), s.deflate},
            {QStringLiteral("echo"), s.echo},
            {QStringLiteral("broadcast"), s.broadcast},
            {QStringLiteral("rules"), rules},
            {QStringLiteral("pushes"), pushes},
            {QStringLiteral("maxMessageSize"), double(s.maxMessageSize)},
            {QStringLiteral("maxConnections"), s.maxConnections},
            {QStringLiteral("handshakeTimeoutMs"), s.handshakeTimeoutMs},
            {QStringLiteral("idleTimeoutMs"), s.idleTimeoutMs},
            {QStringLiteral("capture"), QLatin1String(captureName(s.capture))},
        };
        if (!misbehaviours.isEmpty()) // a well-behaved server's file stays as it was
            o.insert(QStringLiteral("misbehaviours"), misbehaviours);
        writePassphrase(o, s.keyPassphrase, options);
        writeLink(o, s.link);
        servers.append(o);
    }
    QJsonArray library;
    for (const LibraryMessage &m : w.library) {
        library.append(QJsonObject {
            {QStringLiteral("folder"), m.folder},
            {QStringLiteral("name"), m.name},
            {QStringLiteral("description"), m.description},
            {QStringLiteral("kind"), QLatin1String(kindName(m.kind))},
            {QStringLiteral("content"),
             m.kind == LibraryMessage::Kind::Binary ? QString::fromLatin1(m.content.toBase64())
                                                    : QString::fromUtf8(m.content)},
        });
    }
    QJsonObject environments;
    for (auto it = w.environments.begin(); it != w.environments.end(); ++it)
        environments.insert(it.key(), variablesObject(it.value(), w.secretVariables, options));
    QJsonArray scenarios;
    for (const Automation::Scenario &sc : w.scenarios)
        scenarios.append(Automation::scenarioToJson(sc));
    QJsonArray tabs;
    for (const TabRef &t : w.tabOrder())
        tabs.append(QJsonObject {{QStringLiteral("role"), QLatin1String(roleName(t.role))},
                                 {QStringLiteral("index"), t.index}});
    const QJsonObject root {
        {QStringLiteral("schemaVersion"), Workspace::kSchemaVersion},
        {QStringLiteral("scenarios"), scenarios},
        {QStringLiteral("clients"), clients},
        {QStringLiteral("servers"), servers},
        {QStringLiteral("tabs"), tabs},
        {QStringLiteral("library"), library},
        {QStringLiteral("id"), w.id},
        {QStringLiteral("variables"), variablesObject(w.variables, w.secretVariables, options)},
        {QStringLiteral("secretVariables"), QJsonArray::fromStringList(w.secretVariables)},
        {QStringLiteral("environments"), environments},
        {QStringLiteral("layout"), w.layout},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<Workspace> loadWorkspace(const QByteArray &json, Automation::DocumentProblem *problem)
{
    using Kind = Automation::DocumentProblem::Kind;
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parse);
    if (parse.error != QJsonParseError::NoError) {
        *problem = Automation::DocumentProblem::notJson(json, parse);
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *problem = {Kind::NotASession, {}};
        return std::nullopt;
    }
    QJsonObject root = doc.object();
    const QString versionKey = QStringLiteral("schemaVersion");
    const QJsonValue version = root.value(versionKey);
    if (!version.isDouble()) {
        *problem = {Kind::NoSchemaVersion, versionKey};
        return std::nullopt;
    }
    const int schema = version.toInt();
    if (schema > Workspace::kSchemaVersion) {
        *problem = {Kind::SchemaTooNew,
                    versionKey,
                    {QString::number(schema), QString::number(Workspace::kSchemaVersion)}};
        return std::nullopt;
    }
    if (schema < 1) {
        *problem = {Kind::SchemaUnknown, versionKey, {QString::number(schema)}};
        return std::nullopt;
    }
    if (schema == 1)
        root = migrateFrom1(root);
    if (schema <= 2)
        root = migrateFrom2(root);

    Reader r;
    Workspace w;
    const QJsonArray clients = r.array(root, "clients", {});
    for (qsizetype i = 0; i < clients.size() && !r.problem; ++i) {
        const QString path = at("clients", i);
        const QJsonObject o = r.object(clients.at(i), path);
        ClientProfile c;
        c.name = r.string(o, "name", path);
        c.url = r.string(o, "url", path);
        const QJsonArray headers = r.array(o, "headers", path);
        for (qsizetype j = 0; j < headers.size(); ++j) {
            const QString hp = path + QLatin1Char('.') + at("headers", j);
            const QJsonObject h = r.object(headers.at(j), hp);
            const ProfileHeader header {r.string(h, "name", hp), r.string(h, "value", hp),
                                        r.boolean(h, "secret", hp, false)};
            if (header.secret && !h.contains(QStringLiteral("value")))
                w.leftOut.append({SecretRef::Kind::Header, EndpointRole::Client, c.name,
                                  header.name, int(w.clients.size())});
            c.headers.append(header);
        }
        c.subprotocols = r.strings(o, "subprotocols", path);
        c.origin = r.string(o, "origin", path);
        c.deflate = r.boolean(o, "deflate", path, false);
        c.autoPong = r.boolean(o, "autoPong", path, true);
        c.insecure = r.boolean(o, "insecure", path, false);
        c.caFile = r.string(o, "caFile", path);
        c.clientCertFile = r.string(o, "clientCertFile", path);
        c.clientKeyFile = r.string(o, "clientKeyFile", path);
        c.keyPassphrase = r.string(o, "keyPassphrase", path);
        if (r.boolean(o, "keyPassphraseLeftOut", path, false))
            w.leftOut.append({SecretRef::Kind::Passphrase,
                              EndpointRole::Client,
                              c.name,
                              {},
                              int(w.clients.size())});
        c.proxy = r.string(o, "proxy", path);
        c.serverName = r.string(o, "serverName", path);
        c.connectTimeoutMs = r.integer(o, "connectTimeoutMs", path, c.connectTimeoutMs, 1, 3600000);
        c.closeTimeoutMs = r.integer(o, "closeTimeoutMs", path, c.closeTimeoutMs, 1, 3600000);
        c.pingIntervalMs = r.integer(o, "pingIntervalMs", path, 0, 0, 3600000);
        c.pongTimeoutMs = r.integer(o, "pongTimeoutMs", path, 0, 0, 3600000);
        c.continueDespiteHandshakeErrors
            = r.boolean(o, "continueDespiteHandshakeErrors", path, false);
        c.link = readLink(r, o, path);
        w.clients.append(c);
    }
    const QJsonArray servers = r.array(root, "servers", {});
    for (qsizetype i = 0; i < servers.size() && !r.problem; ++i) {
        const QString path = at("servers", i);
        const QJsonObject o = r.object(servers.at(i), path);
        ServerProfile s;
        s.name = r.string(o, "name", path);
        s.host = r.string(o, "host", path, s.host);
        s.port = r.integer(o, "port", path, 0, 0, 65535);
        s.tls = r.boolean(o, "tls", path, false);
        s.certFile = r.string(o, "certFile", path);
        s.keyFile = r.string(o, "keyFile", path);
        s.keyPassphrase = r.string(o, "keyPassphrase", path);
        if (r.boolean(o, "keyPassphraseLeftOut", path, false))
            w.leftOut.append({SecretRef::Kind::Passphrase,
                              EndpointRole::Server,
                              s.name,
                              {},
                              int(w.servers.size())});
        s.allowedOrigins = r.strings(o, "allowedOrigins", path);
        s.subprotocols = r.strings(o, "subprotocols", path);
        s.deflate = r.boolean(o, "deflate", path, true);
        s.echo = r.boolean(o, "echo", path, false);
        s.broadcast = r.boolean(o, "broadcast", path, false);
        const QJsonArray rules = r.array(o, "rules", path);
        for (qsizetype j = 0; j < rules.size(); ++j) {
            const QString rp = path + QLatin1Char('.') + at("rules", j);
            const QJsonObject rule = r.object(rules.at(j), rp);
            s.rules.append({r.string(rule, "pattern", rp), r.string(rule, "reply", rp)});
        }
        const QJsonArray pushes = r.array(o, "pushes", path);
        for (qsizetype j = 0; j < pushes.size(); ++j) {
            const QString pp = path + QLatin1Char('.') + at("pushes", j);
            const QJsonObject push = r.object(pushes.at(j), pp);
            s.pushes.append({r.integer(push, "intervalMs", pp, 1000, 1, 86400000),
                             r.string(push, "message", pp), r.boolean(push, "enabled", pp, true)});
        }
        s.maxMessageSize
            = r.integer64(o, "maxMessageSize", path, s.maxMessageSize, 1, qint64(1) << 40);
        s.maxConnections = r.integer(o, "maxConnections", path, s.maxConnections, 1, 1000000);
        s.handshakeTimeoutMs
            = r.integer(o, "handshakeTimeoutMs", path, s.handshakeTimeoutMs, 1, 3600000);
        s.idleTimeoutMs = r.integer(o, "idleTimeoutMs", path, s.idleTimeoutMs, 0, 86400000);
        const QString capture = r.string(o, "capture", path, QStringLiteral("frames"));
        if (capture == QLatin1String("messages"))
            s.capture = Capture::Messages;
        else if (capture == QLatin1String("none"))
            s.capture = Capture::None;
        else if (capture != QLatin1String("frames"))
            r.fail(path + QStringLiteral(".capture"), Kind::NotOneOf,
                   {capture, QStringLiteral("frames"), QStringLiteral("messages"),
                    QStringLiteral("none")});
        s.misbehaviours = readMisbehaviours(r, o, path);
        s.link = readLink(r, o, path);
        w.servers.append(s);
    }
    const QJsonArray tabs = r.array(root, "tabs", {});
    for (qsizetype i = 0; i < tabs.size() && !r.problem; ++i) {
        const QString path = at("tabs", i);
        const QJsonObject o = r.object(tabs.at(i), path);
        const QString role = r.string(o, "role", path);
        const bool server = role == QLatin1String("server");
        if (!server && role != QLatin1String("client"))
            r.fail(path + QStringLiteral(".role"), Kind::NotOneOf,
                   {role, QStringLiteral("client"), QStringLiteral("server")});
        const int count = int(server ? w.servers.size() : w.clients.size());
        const int index = r.integer(o, "index", path, 0, 0, std::max(0, count - 1));
        if (count == 0)
            r.fail(path + QStringLiteral(".index"), Kind::NoProfile, {role});
        w.tabs.append({server ? EndpointRole::Server : EndpointRole::Client, index});
    }
    const QJsonArray library = r.array(root, "library", {});
    for (qsizetype i = 0; i < library.size() && !r.problem; ++i) {
        const QString path = at("library", i);
        const QJsonObject o = r.object(library.at(i), path);
        LibraryMessage m;
        m.folder = r.string(o, "folder", path);
        m.name = r.string(o, "name", path);
        m.description = r.string(o, "description", path);
        const QString kind = r.string(o, "kind", path, QStringLiteral("text"));
        const QString content = r.string(o, "content", path);
        if (kind == QLatin1String("binary")) {
            m.kind = LibraryMessage::Kind::Binary;
            const auto bytes = QByteArray::fromBase64Encoding(
                content.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            if (!bytes)
                r.fail(path + QStringLiteral(".content"), Kind::NotBase64);
            m.content = bytes ? *bytes : QByteArray();
        } else if (kind == QLatin1String("json") || kind == QLatin1String("text")) {
            m.kind = kind == QLatin1String("json") ? LibraryMessage::Kind::Json
                                                   : LibraryMessage::Kind::Text;
            m.content = content.toUtf8();
        } else {
            r.fail(
                path + QStringLiteral(".kind"), Kind::NotOneOf,
                {kind, QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("binary")});
        }
        w.library.append(m);
    }
    w.id = r.string(root, "id", {});
    w.secretVariables = r.strings(root, "secretVariables", {});
    const auto readVariables
        = [&](const QJsonValue &value, const QString &path, const QString &environment) {
              QMap<QString, QString> out;
              const QJsonObject o = value.isUndefined() ? QJsonObject() : r.object(value, path);
              for (auto it = o.begin(); it != o.end(); ++it) {
                  if (it.value().isNull() && w.secretVariables.contains(it.key())) {
                      w.leftOut.append(
                          {SecretRef::Kind::Variable, EndpointRole::Client, environment, it.key()});
                  } else if (!it.value().isString()) {
                      r.fail(path + QLatin1Char('.') + it.key(), Kind::NotAString);
                  }
                  out.insert(it.key(), it.value().toString());
              }
              return out;
          };
    w.variables = readVariables(root.value(QStringLiteral("variables")),
                                QStringLiteral("variables"), QString());
    const QJsonValue environments = root.value(QStringLiteral("environments"));
    const QJsonObject envs = environments.isUndefined()
        ? QJsonObject()
        : r.object(environments, QStringLiteral("environments"));
    for (auto it = envs.begin(); it != envs.end(); ++it)
        w.environments.insert(
            it.key(),
            readVariables(it.value(), QStringLiteral("environments.") + it.key(), it.key()));
    w.layout = r.string(root, "layout", {});
    const QJsonArray scenarios = r.array(root, "scenarios", {});
    for (qsizetype i = 0; i < scenarios.size() && !r.problem; ++i) {
        Automation::DocumentProblem scenarioProblem;
        const auto scenario = Automation::scenarioFromJson(scenarios.at(i).toObject(),
                                                           at("scenarios", i), &scenarioProblem);
        if (scenario)
            w.scenarios.append(*scenario);
        else
            r.problem = scenarioProblem;
    }
    if (r.problem) {
        *problem = *r.problem;
        return std::nullopt;
    }
    return w;
}

const ClientProfile *Workspace::client(const QString &name) const
{
    for (const ClientProfile &c : clients) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

QList<TabRef> Workspace::tabOrder() const
{
    QList<bool> seenClient(clients.size()), seenServer(servers.size());
    bool complete = tabs.size() == clients.size() + servers.size();
    for (const TabRef &t : tabs) {
        QList<bool> &seen = t.role == EndpointRole::Server ? seenServer : seenClient;
        if (t.index < 0 || t.index >= seen.size() || seen[t.index]) {
            complete = false;
            break;
        }
        seen[t.index] = true;
    }
    if (complete)
        return tabs;
    QList<TabRef> order;
    for (int i = 0; i < servers.size(); ++i)
        order.append({EndpointRole::Server, i});
    for (int i = 0; i < clients.size(); ++i)
        order.append({EndpointRole::Client, i});
    return order;
}

QList<SecretRef> Workspace::secrets() const
{
    QList<SecretRef> out;
    for (int i = 0; i < clients.size(); ++i) {
        const ClientProfile &c = clients[i];
        for (const ProfileHeader &h : c.headers) {
            if (h.secret && !h.value.isEmpty())
                out.append({SecretRef::Kind::Header, EndpointRole::Client, c.name, h.name, i});
        }
        if (!c.keyPassphrase.isEmpty())
            out.append({SecretRef::Kind::Passphrase, EndpointRole::Client, c.name, {}, i});
    }
    for (int i = 0; i < servers.size(); ++i) {
        if (!servers[i].keyPassphrase.isEmpty())
            out.append({SecretRef::Kind::Passphrase, EndpointRole::Server, servers[i].name, {}, i});
    }
    const auto variablesIn = [&](const QMap<QString, QString> &map, const QString &environment) {
        for (auto it = map.begin(); it != map.end(); ++it) {
            if (secretVariables.contains(it.key()) && !it.value().isEmpty())
                out.append(
                    {SecretRef::Kind::Variable, EndpointRole::Client, environment, it.key()});
        }
    };
    variablesIn(variables, QString());
    for (auto it = environments.begin(); it != environments.end(); ++it)
        variablesIn(it.value(), it.key());
    return out;
}

namespace {

// The value a reference points at, or null when the workspace has no such place.
template<typename W>
auto secretSlot(W &w, const SecretRef &ref)
    -> std::conditional_t<std::is_const_v<W>, const QString *, QString *>
{
    switch (ref.kind) {
    case SecretRef::Kind::Variable: {
        if (ref.owner.isEmpty()) {
            const auto it = w.variables.find(ref.name);
            return it == w.variables.end() ? nullptr : &it.value();
        }
        const auto env = w.environments.find(ref.owner);
        if (env == w.environments.end())
            return nullptr;
        const auto it = env.value().find(ref.name);
        return it == env.value().end() ? nullptr : &it.value();
    }
    case SecretRef::Kind::Passphrase:
        if (ref.role == EndpointRole::Server)
            return ref.profile >= 0 && ref.profile < w.servers.size()
                ? &w.servers[ref.profile].keyPassphrase
                : nullptr;
        return ref.profile >= 0 && ref.profile < w.clients.size()
            ? &w.clients[ref.profile].keyPassphrase
            : nullptr;
    case SecretRef::Kind::Header:
        if (ref.profile < 0 || ref.profile >= w.clients.size())
            return nullptr;
        for (auto &h : w.clients[ref.profile].headers) {
            if (h.secret && h.name == ref.name)
                return &h.value;
        }
        return nullptr;
    }
    return nullptr;
}

} // namespace

QString Workspace::secret(const SecretRef &ref) const
{
    const QString *slot = secretSlot(*this, ref);
    return slot ? *slot : QString();
}

void Workspace::setSecret(const SecretRef &ref, const QString &value)
{
    if (QString *slot = secretSlot(*this, ref))
        *slot = value;
}

bool isSecretHeader(const QString &name)
{
    for (const char *secret : {"Authorization", "Proxy-Authorization", "Cookie"}) {
        if (name.trimmed().compare(QLatin1String(secret), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool writeWorkspaceFile(const QString &path, const Workspace &workspace, const SaveOptions &options,
                        QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(saveWorkspace(workspace, options)) < 0
        || !file.commit()) {
        *error = QStringLiteral("Cannot save %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace WsBench::Session
