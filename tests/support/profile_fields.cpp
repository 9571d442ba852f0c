#include "tests/support/profile_fields.h"

#include <QTest>

namespace WsBench::TestSupport {

using namespace Session;

ClientProfile everyClientField()
{
    ClientProfile p;
    auto &[name, url, headers, subprotocols, origin, deflate, autoPong, caFile, clientCertFile,
           clientKeyFile, keyPassphrase, insecure, serverName, proxy, connectTimeoutMs,
           closeTimeoutMs, pingIntervalMs, pongTimeoutMs, continueDespiteHandshakeErrors, link]
        = p;
    name = QStringLiteral("Prices");
    url = QStringLiteral("wss://prices.example.test:9443/feed?x=1");
    headers = {{QStringLiteral("X-Trace"), QStringLiteral("trace.example.test"), false},
               {QStringLiteral("Authorization"), QStringLiteral("Bearer abc"), true}};
    subprotocols = {QStringLiteral("v2.prices"), QStringLiteral("v1.prices")};
    origin = QStringLiteral("https://app.example.test");
    deflate = true;
    autoPong = false;
    caFile = QStringLiteral("/etc/wsbench/ca.pem");
    clientCertFile = QStringLiteral("/etc/wsbench/client.pem");
    clientKeyFile = QStringLiteral("/etc/wsbench/client.key");
    keyPassphrase = QStringLiteral("hunter2");
    insecure = true;
    serverName = QStringLiteral("prices.example.test");
    proxy = QStringLiteral("socks5://127.0.0.1:1080");
    connectTimeoutMs = 2500;
    closeTimeoutMs = 1500;
    pingIntervalMs = 20000;
    pongTimeoutMs = 3500;
    continueDespiteHandshakeErrors = true;
    link = {250, 65536 + 7, true, false};
    return p;
}

ServerProfile everyServerField()
{
    ServerProfile p;
    auto &[name, host, port, tls, certFile, keyFile, keyPassphrase, allowedOrigins, subprotocols,
           deflate, echo, broadcast, rules, pushes, maxMessageSize, maxConnections,
           handshakeTimeoutMs, idleTimeoutMs, capture, misbehaviours, link]
        = p;
    name = QStringLiteral("Ticker");
    host = QStringLiteral("0.0.0.0");
    port = 9443;
    tls = true;
    certFile = QStringLiteral("/etc/wsbench/server.pem");
    keyFile = QStringLiteral("/etc/wsbench/server.key");
    keyPassphrase = QStringLiteral("server-secret");
    allowedOrigins = {QStringLiteral("https://app.example.test")};
    subprotocols = {QStringLiteral("v2.prices")};
    deflate = false;
    echo = true;
    broadcast = true;
    rules = {{QStringLiteral("^ping$"), QStringLiteral("pong {{counter}}")}};
    pushes = {{250, QStringLiteral("tick {{counter}}"), true},
              {5000, QStringLiteral("paused"), false}};
    maxMessageSize = 3 * 1024 * 1024 + 17; // not a whole MiB
    maxConnections = 42;
    handshakeTimeoutMs = 1234;
    idleTimeoutMs = 61500; // not a whole second
    capture = Capture::Messages;
    misbehaviours = {{Misbehaviour::Kind::WrongAccept, 0}, // in the order of their kinds
                     {Misbehaviour::Kind::Status, 418},
                     {Misbehaviour::Kind::DropTcp, 0},
                     {Misbehaviour::Kind::Fragment, 7}};
    link = {1200, 3 * 1024 * 1024 + 1, false, true};
    return p;
}

bool sameLink(const Session::LinkConditions &actual, const Session::LinkConditions &expected)
{
    const auto &[latencyMs, rateBytesPerSec, pauseReading, pauseWriting] = actual;
    [&]() {
        QCOMPARE(latencyMs, expected.latencyMs);
        QCOMPARE(rateBytesPerSec, expected.rateBytesPerSec);
        QCOMPARE(pauseReading, expected.pauseReading);
        QCOMPARE(pauseWriting, expected.pauseWriting);
    }();
    return !QTest::currentTestFailed();
}

bool sameClient(const ClientProfile &actual, const ClientProfile &expected)
{
    const auto &[name, url, headers, subprotocols, origin, deflate, autoPong, caFile,
                 clientCertFile, clientKeyFile, keyPassphrase, insecure, serverName, proxy,
                 connectTimeoutMs, closeTimeoutMs, pingIntervalMs, pongTimeoutMs,
                 continueDespiteHandshakeErrors, link]
        = actual;
    const ClientProfile &e = expected;
    [&]() {
        QCOMPARE(name, e.name);
        QCOMPARE(url, e.url);
        QCOMPARE(headers.size(), e.headers.size());
        for (int i = 0; i < headers.size(); ++i) {
            QCOMPARE(headers[i].name, e.headers[i].name);
            QCOMPARE(headers[i].value, e.headers[i].value);
            QCOMPARE(headers[i].secret, e.headers[i].secret);
        }
        QCOMPARE(subprotocols, e.subprotocols);
        QCOMPARE(origin, e.origin);
        QCOMPARE(deflate, e.deflate);
        QCOMPARE(autoPong, e.autoPong);
        QCOMPARE(caFile, e.caFile);
        QCOMPARE(clientCertFile, e.clientCertFile);
        QCOMPARE(clientKeyFile, e.clientKeyFile);
        QCOMPARE(keyPassphrase, e.keyPassphrase);
        QCOMPARE(insecure, e.insecure);
        QCOMPARE(serverName, e.serverName);
        QCOMPARE(proxy, e.proxy);
        QCOMPARE(connectTimeoutMs, e.connectTimeoutMs);
        QCOMPARE(closeTimeoutMs, e.closeTimeoutMs);
        QCOMPARE(pingIntervalMs, e.pingIntervalMs);
        QCOMPARE(pongTimeoutMs, e.pongTimeoutMs);
        QCOMPARE(continueDespiteHandshakeErrors, e.continueDespiteHandshakeErrors);
        QVERIFY(sameLink(link, e.link));
    }();
    return !QTest::currentTestFailed();
}

bool sameServer(const ServerProfile &actual, const ServerProfile &expected)
{
    const auto &[name, host, port, tls, certFile, keyFile, keyPassphrase, allowedOrigins,
                 subprotocols, deflate, echo, broadcast, rules, pushes, maxMessageSize,
                 maxConnections, handshakeTimeoutMs, idleTimeoutMs, capture, misbehaviours, link]
        = actual;
    const ServerProfile &e = expected;
    [&]() {
        QCOMPARE(name, e.name);
        QCOMPARE(host, e.host);
        QCOMPARE(port, e.port);
        QCOMPARE(tls, e.tls);
        QCOMPARE(certFile, e.certFile);
        QCOMPARE(keyFile, e.keyFile);
        QCOMPARE(keyPassphrase, e.keyPassphrase);
        QCOMPARE(allowedOrigins, e.allowedOrigins);
        QCOMPARE(subprotocols, e.subprotocols);
        QCOMPARE(deflate, e.deflate);
        QCOMPARE(echo, e.echo);
        QCOMPARE(broadcast, e.broadcast);
        QCOMPARE(rules.size(), e.rules.size());
        for (int i = 0; i < rules.size(); ++i) {
            QCOMPARE(rules[i].pattern, e.rules[i].pattern);
            QCOMPARE(rules[i].reply, e.rules[i].reply);
        }
        QCOMPARE(pushes.size(), e.pushes.size());
        for (int i = 0; i < pushes.size(); ++i) {
            QCOMPARE(pushes[i].intervalMs, e.pushes[i].intervalMs);
            QCOMPARE(pushes[i].message, e.pushes[i].message);
            QCOMPARE(pushes[i].enabled, e.pushes[i].enabled);
        }
        QCOMPARE(maxMessageSize, e.maxMessageSize);
        QCOMPARE(maxConnections, e.maxConnections);
        QCOMPARE(handshakeTimeoutMs, e.handshakeTimeoutMs);
        QCOMPARE(idleTimeoutMs, e.idleTimeoutMs);
        QCOMPARE(capture, e.capture);
        QCOMPARE(misbehaviours, e.misbehaviours);
        QVERIFY(sameLink(link, e.link));
    }();
    return !QTest::currentTestFailed();
}

} // namespace WsBench::TestSupport
