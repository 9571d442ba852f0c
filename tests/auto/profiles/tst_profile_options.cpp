// Profiles are the only path from what the user set to what the engine does: every field
// survives save and load, and reaches the endpoint options.
#include "core/profiles/har_playback.h"
#include "core/profiles/profile_options.h"
#include "tests/support/profile_fields.h"

#include <QTest>

using namespace WsBench;
using namespace WsBench::Session;
using namespace WsBench::Profiles;
using TestSupport::everyClientField;
using TestSupport::everyServerField;

class TestProfileOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyClientFieldSurvivesSaveLoadAndReachesOptions();
    void everyServerFieldSurvivesSaveLoadAndReachesOptions();
    void leftOutSecretHeaderIsNotSent();
    void serverProblemsAreNamed();
    void everyMisbehaviourMapsToTheEngineKindOfItsName();
    void harConnectionAsProfiles();
};

namespace {

Workspace reloaded(const Workspace &w)
{
    Automation::DocumentProblem problem;
    const auto loaded = loadWorkspace(saveWorkspace(w, {true}), &problem);
    if (!loaded)
        qFatal("reload failed: %s", qPrintable(problem.path));
    return *loaded;
}

// Stands for {{variable}} expansion: a visible change wherever it is applied.
QString expanded(const QString &text)
{
    return QString(text).replace(QLatin1String("example.test"), QLatin1String("expanded.test"));
}

} // namespace

void TestProfileOptions::everyClientFieldSurvivesSaveLoadAndReachesOptions()
{
    Workspace w;
    w.clients = {everyClientField()};
    const ClientProfile loaded = reloaded(w).clients.value(0);
    QVERIFY(TestSupport::sameClient(loaded, everyClientField()));

    // Every field, by name, in the options (variables filled by `expand`).
    QString error;
    const auto o = clientOptions(loaded, expanded, &error);
    QVERIFY2(o, qPrintable(error));
    const auto &[name, url, headers, subprotocols, origin, deflate, autoPong, caFile,
                 clientCertFile, clientKeyFile, keyPassphrase, insecure, serverName, proxy,
                 connectTimeoutMs, closeTimeoutMs, pingIntervalMs, pongTimeoutMs,
                 continueDespiteHandshakeErrors, link]
        = everyClientField();
    Q_UNUSED(name) // a profile's name is how sessions and scenarios refer to it
    QCOMPARE(o->url, expanded(url));
    QCOMPARE(o->proxy, expanded(proxy));
    QCOMPARE(o->headers.size(), headers.size());
    for (int i = 0; i < headers.size(); ++i) {
        QCOMPARE(o->headers[i].name, expanded(headers[i].name).toUtf8());
        QCOMPARE(o->headers[i].value, expanded(headers[i].value).toUtf8());
    }
    QCOMPARE(o->subprotocols.size(), subprotocols.size());
    for (int i = 0; i < subprotocols.size(); ++i)
        QCOMPARE(o->subprotocols[i], expanded(subprotocols[i]).toUtf8());
    QCOMPARE(o->origin, expanded(origin).toUtf8());
    QCOMPARE(o->deflate, deflate);
    QCOMPARE(o->autoPong, autoPong);
    QCOMPARE(o->tls.caFile, caFile);
    QCOMPARE(o->tls.clientCertFile, clientCertFile);
    QCOMPARE(o->tls.clientKeyFile, clientKeyFile);
    QCOMPARE(o->tls.keyPassphrase, keyPassphrase.toUtf8());
    QCOMPARE(o->tls.insecure, insecure);
    QCOMPARE(o->tls.serverName, expanded(serverName));
    QCOMPARE(o->connectTimeoutMs, connectTimeoutMs);
    QCOMPARE(o->peer.handshakeMs, connectTimeoutMs);
    QCOMPARE(o->peer.closeMs, closeTimeoutMs);
    QCOMPARE(o->peer.pingIntervalMs, pingIntervalMs);
    QCOMPARE(o->peer.pongTimeoutMs, pongTimeoutMs);
    QCOMPARE(o->policy.continueDespiteHandshakeErrors, continueDespiteHandshakeErrors);
    QCOMPARE(o->peer.link.latencyMs, link.latencyMs);
    QCOMPARE(o->peer.link.rateBytesPerSec, link.rateBytesPerSec);
    QCOMPARE(o->peer.link.pauseReading, link.pauseReading);
    QCOMPARE(o->peer.link.pauseWriting, link.pauseWriting);
}

void TestProfileOptions::everyServerFieldSurvivesSaveLoadAndReachesOptions()
{
    Workspace w;
    w.servers = {everyServerField()};
    const ServerProfile loaded = reloaded(w).servers.value(0);
    QVERIFY(TestSupport::sameServer(loaded, everyServerField()));

    ServerProfileProblem problem {};
    const auto o = serverOptions(loaded, &problem);
    QVERIFY(o);
    const auto &[name, host, port, tls, certFile, keyFile, keyPassphrase, allowedOrigins,
                 subprotocols, deflate, echo, broadcast, rules, pushes, maxMessageSize,
                 maxConnections, handshakeTimeoutMs, idleTimeoutMs, capture, misbehaviours, link]
        = everyServerField();
    Q_UNUSED(name)
    QCOMPARE(o->host, QHostAddress(host));
    QCOMPARE(int(o->port), port);
    QCOMPARE(o->tls, tls);
    QCOMPARE(o->tlsOptions.certFile, certFile);
    QCOMPARE(o->tlsOptions.keyFile, keyFile);
    QCOMPARE(o->tlsOptions.keyPassphrase, keyPassphrase.toUtf8());
    QVERIFY(!o->tlsOptions.selfSigned);
    QCOMPARE(o->handshake.allowedOrigins, QList<QByteArray> {allowedOrigins.first().toUtf8()});
    QCOMPARE(o->handshake.subprotocols, QList<QByteArray> {subprotocols.first().toUtf8()});
    QCOMPARE(o->handshake.deflate.enabled, deflate);
    QCOMPARE(o->echo, echo);
    QCOMPARE(o->broadcast, broadcast);
    QCOMPARE(o->rules.size(), 1);
    QCOMPARE(o->rules[0].pattern, rules[0].pattern);
    QCOMPARE(o->rules[0].reply.text(), rules[0].reply.toUtf8());
    QCOMPARE(o->pushes.size(), 1); // the paused push is kept in the profile, not scheduled
    QCOMPARE(o->pushes[0].intervalMs, pushes[0].intervalMs);
    QCOMPARE(o->pushes[0].message.text(), pushes[0].message.toUtf8());
    QCOMPARE(o->policy.maxMessageSize, quint64(maxMessageSize));
    QCOMPARE(o->policy.maxFramePayload, quint64(maxMessageSize));
    QCOMPARE(o->maxConnections, maxConnections);
    QCOMPARE(o->peer.handshakeMs, handshakeTimeoutMs);
    QCOMPARE(o->peer.idleMs, idleTimeoutMs);
    QCOMPARE(capture, Capture::Messages);
    QCOMPARE(o->peer.capture, Net::CaptureLevel::Messages);
    QCOMPARE(o->misbehaviours.size(), misbehaviours.size());
    for (qsizetype i = 0; i < misbehaviours.size(); ++i) { // same kind, by name, and value
        QCOMPARE(QString::fromLatin1(Net::misbehaviourName(o->misbehaviours[i].kind)),
                 Session::misbehaviourName(misbehaviours[i].kind));
        QCOMPARE(o->misbehaviours[i].value, misbehaviours[i].value);
    }
    QCOMPARE(o->peer.link.latencyMs, link.latencyMs);
    QCOMPARE(o->peer.link.rateBytesPerSec, link.rateBytesPerSec);
    QCOMPARE(o->peer.link.pauseReading, link.pauseReading);
    QCOMPARE(o->peer.link.pauseWriting, link.pauseWriting);
}

void TestProfileOptions::leftOutSecretHeaderIsNotSent()
{
    Workspace w;
    w.clients = {everyClientField()};
    Automation::DocumentProblem problem;
    const auto loaded = loadWorkspace(saveWorkspace(w), &problem); // secrets left out
    QVERIFY2(loaded, qPrintable(problem.path));
    QString error;
    const ClientProfile &p = loaded->clients.first();
    QCOMPARE(p.headers.size(), 2);
    QVERIFY(p.headers[1].secret);
    QVERIFY(p.headers[1].value.isEmpty());
    const auto o = clientOptions(
        p, [](const QString &s) { return s; }, &error);
    QVERIFY2(o, qPrintable(error));
    QCOMPARE(o->headers.size(), 1);
    QCOMPARE(o->headers[0].name, QByteArray("X-Trace"));
    QVERIFY(o->tls.keyPassphrase.isEmpty());
}

void TestProfileOptions::everyMisbehaviourMapsToTheEngineKindOfItsName()
{
    const QList<Session::Misbehaviour::Kind> kinds = Session::misbehaviourKinds();
    QCOMPARE(kinds.size(), 15);
    QList<Session::Misbehaviour> list;
    for (Session::Misbehaviour::Kind kind : kinds)
        list.append({kind, 0});
    const QList<Net::Misbehaviour> mapped = Profiles::misbehaviours(list);
    QCOMPARE(mapped.size(), kinds.size());
    for (qsizetype i = 0; i < kinds.size(); ++i)
        QCOMPARE(QString::fromLatin1(Net::misbehaviourName(mapped[i].kind)),
                 Session::misbehaviourName(kinds[i]));
}

void TestProfileOptions::serverProblemsAreNamed()
{
    ServerProfile p;
    ServerProfileProblem problem {};
    p.host = QStringLiteral("example.test");
    QVERIFY(!serverOptions(p, &problem));
    QCOMPARE(problem, ServerProfileProblem::BadHost);
    QVERIFY(englishText(problem, p.host).contains(QLatin1String("example.test")));
    p.host = QStringLiteral("localhost");
    p.tls = true;
    p.certFile = QStringLiteral("cert.pem");
    QVERIFY(!serverOptions(p, &problem));
    QCOMPARE(problem, ServerProfileProblem::CertificateWithoutKey);
    p.certFile.clear();
    p.keyFile = QStringLiteral("key.pem");
    QVERIFY(!serverOptions(p, &problem));
    QCOMPARE(problem, ServerProfileProblem::KeyWithoutCertificate);
    p.keyFile.clear();
    const auto selfSigned = serverOptions(p, &problem);
    QVERIFY(selfSigned);
    QVERIFY(selfSigned->tlsOptions.selfSigned);
    QCOMPARE(selfSigned->host, QHostAddress(QHostAddress::LocalHost));
}

void TestProfileOptions::harConnectionAsProfiles()
{
    HarConnection c;
    c.url = QStringLiteral("wss://feed.example.test/v2");
    c.requestHeaders = {{QStringLiteral("Origin"), QStringLiteral("https://app.example.test")},
                        {QStringLiteral("Sec-WebSocket-Protocol"), QStringLiteral("v2, v1")}};
    c.responseHeaders = {{QStringLiteral("Sec-WebSocket-Protocol"), QStringLiteral("v2")},
                         {QStringLiteral("Sec-WebSocket-Extensions"),
                          QStringLiteral("permessage-deflate; server_no_context_takeover")}};
    const ClientProfile client = clientProfileFromHar(c);
    QCOMPARE(client.url, c.url);
    QCOMPARE(client.origin, QStringLiteral("https://app.example.test"));
    QCOMPARE(client.subprotocols, (QStringList {QStringLiteral("v2"), QStringLiteral("v1")}));
    const ServerProfile server = serverProfileFromHar(c);
    QCOMPARE(server.subprotocols, QStringList {QStringLiteral("v2")});
    QVERIFY(server.deflate);
    c.responseHeaders.removeLast();
    QVERIFY(!serverProfileFromHar(c).deflate);
}

QTEST_GUILESS_MAIN(TestProfileOptions)
#include "tst_profile_options.moc"
