// The server endpoint's reply rules and pushes, against Qt WebSockets clients on loopback.
#include "core/net/server_endpoint.h"
#include "core/traffic/traffic_store.h"

#include "tests/support/manual_clock.h"
#include "tests/support/template_cases.h"

#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

#include <memory>

using namespace WsBench;

namespace {

// A Qt WebSockets client that keeps what it received.
struct Client
{
    QWebSocket socket;
    QStringList texts;
    quint32 peerId = 0;
};

} // namespace

class TestServerEndpoint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void replyRulesExpandEveryMacro_data();
    void replyRulesExpandEveryMacro();
    void pushesShareTheCounterAndAnswerNoMessage();

private:
    bool startServer(Net::ServerOptions options, Protocol::RandomSource random = {});
    Client *connectClient();

    std::unique_ptr<Testing::ManualClock> m_clock;
    std::unique_ptr<Traffic::TrafficStore> m_store;
    std::unique_ptr<Net::ServerEndpoint> m_server;
    std::vector<std::unique_ptr<Client>> m_clients;
};

void TestServerEndpoint::init()
{
    m_clock = std::make_unique<Testing::ManualClock>(Testing::kTemplateWallMs);
    m_store = std::make_unique<Traffic::TrafficStore>();
}

void TestServerEndpoint::cleanup()
{
    m_clients.clear();
    m_server.reset();
    m_store.reset();
    m_clock.reset();
}

bool TestServerEndpoint::startServer(Net::ServerOptions options, Protocol::RandomSource random)
{
    m_server = random
        ? std::make_unique<Net::ServerEndpoint>(1, options, m_store.get(), m_clock.get(),
                                                std::move(random))
        : std::make_unique<Net::ServerEndpoint>(1, options, m_store.get(), m_clock.get());
    QString error;
    const bool ok = m_server->listen(&error);
    if (!ok)
        qWarning("%s", qPrintable(error));
    return ok;
}

Client *TestServerEndpoint::connectClient()
{
    auto client = std::make_unique<Client>();
    Client *c = client.get();
    connect(&c->socket, &QWebSocket::textMessageReceived, this,
            [c](const QString &text) { c->texts.append(text); });
    QSignalSpy connected(&c->socket, &QWebSocket::connected);
    c->socket.open(QUrl(m_server->url()));
    if (!connected.wait(5000))
        return nullptr;
    // The peer with this client's address, once the server has it open.
    const QString address = QStringLiteral("127.0.0.1:%1").arg(c->socket.localPort());
    QDeadlineTimer deadline(5000);
    while (c->peerId == 0 && !deadline.hasExpired()) {
        for (const Net::PeerInfo &p : m_server->peers()) {
            if (p.address == address && p.state == Protocol::ReadyState::Open)
                c->peerId = p.id;
        }
        if (c->peerId == 0)
            QTest::qWait(10);
    }
    if (c->peerId == 0)
        return nullptr;
    m_clients.push_back(std::move(client));
    return c;
}

void TestServerEndpoint::replyRulesExpandEveryMacro_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<QList<quint32>>("words");
    QTest::addColumn<QByteArray>("expected");
    for (const Testing::TemplateCase &c : Testing::templateCases())
        QTest::newRow(c.name) << c.text << c.randomWords << c.expectedInReply;
}

void TestServerEndpoint::replyRulesExpandEveryMacro()
{
    QFETCH(QByteArray, reply);
    QFETCH(QList<quint32>, words);
    QFETCH(QByteArray, expected);
    Net::ServerOptions options;
    options.rules = {{QStringLiteral("^hi "), Net::Template(reply), false}};
    QVERIFY(startServer(options, Testing::sequenceRandom(words)));
    Client *c = connectClient();
    QVERIFY(c);
    c->socket.sendTextMessage(QString::fromUtf8(Testing::kTemplateMessage));
    QTRY_COMPARE_WITH_TIMEOUT(c->texts.size(), 1, 5000);
    QCOMPARE(c->texts.first().toUtf8(), expected);
}

void TestServerEndpoint::pushesShareTheCounterAndAnswerNoMessage()
{
    Net::ServerOptions options;
    options.rules
        = {{QStringLiteral("^count$"), Net::Template(QByteArray("rule {{counter}}")), false}};
    QVERIFY(startServer(options, Testing::sequenceRandom({1})));
    Client *c = connectClient();
    QVERIFY(c);
    c->socket.sendTextMessage(QStringLiteral("count"));
    QTRY_COMPARE_WITH_TIMEOUT(c->texts, QStringList {QStringLiteral("rule 1")}, 5000);
    QString error;
    Net::PushSchedule push;
    push.intervalMs = 20;
    push.message = Net::Template(QByteArray("push {{counter}} {{message}} {{timestamp}}"));
    QVERIFY2(m_server->setBehaviour(false, false, options.rules, {push}, &error),
             qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(c->texts.size() >= 2, 5000);
    QCOMPARE(c->texts.at(1), QStringLiteral("push 2 {{message}} 1700000000123"));
}

QTEST_MAIN(TestServerEndpoint)
#include "tst_server_endpoint.moc"
