// A session's secrets go to a secret store on save and come back from it on open.
#include "core/session/secret_store.h"
#include "tests/support/memory_secret_store.h"
#include "tests/support/profile_fields.h"

#include <QTest>

using namespace WsBench;
using namespace WsBench::Session;

class TestSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secretsComeBackFromTheStore();
    void withoutAStoreTheyAreNamed();
    void keysAreDistinct();
    void profilesWithTheSameNameKeepTheirOwnSecrets();
};

namespace {

Workspace withSecrets()
{
    Workspace w;
    w.id = QStringLiteral("0b9f7c1e-session");
    w.clients = {TestSupport::everyClientField()};
    w.servers = {TestSupport::everyServerField()};
    w.variables = {{QStringLiteral("token"), QStringLiteral("s3cr3t")}};
    w.secretVariables = {QStringLiteral("token")};
    return w;
}

} // namespace

void TestSecretStore::secretsComeBackFromTheStore()
{
    const Workspace w = withSecrets();
    TestSupport::MemorySecretStore store;
    QString error;
    QVERIFY(storeSecrets(w, store, &error).isEmpty());
    QCOMPARE(store.entries.size(), 4); // a header, two passphrases, a variable

    Automation::DocumentProblem problem;
    auto opened = loadWorkspace(saveWorkspace(w), &problem); // the file without them
    QVERIFY2(opened, qPrintable(problem.path));
    QCOMPARE(opened->leftOut.size(), 4);
    restoreSecrets(*opened, store);
    QVERIFY(opened->leftOut.isEmpty());
    QVERIFY(TestSupport::sameClient(opened->clients.first(), w.clients.first()));
    QVERIFY(TestSupport::sameServer(opened->servers.first(), w.servers.first()));
    QCOMPARE(opened->variables.value(QStringLiteral("token")), QStringLiteral("s3cr3t"));
}

void TestSecretStore::withoutAStoreTheyAreNamed()
{
    const Workspace w = withSecrets();
    TestSupport::MemorySecretStore store;
    store.available = false;
    QString error;
    QCOMPARE(storeSecrets(w, store, &error).size(), 4);
    QCOMPARE(error, QStringLiteral("no keychain here"));
    Automation::DocumentProblem problem;
    auto opened = loadWorkspace(saveWorkspace(w), &problem);
    QVERIFY2(opened, qPrintable(problem.path));
    restoreSecrets(*opened, store);
    QCOMPARE(opened->leftOut.size(), 4); // still to be entered again
    QVERIFY(opened->clients.first().headers[1].value.isEmpty());
}

void TestSecretStore::keysAreDistinct()
{
    const QString id = QStringLiteral("s");
    const QStringList keys = {
        secretKey(id,
                  {SecretRef::Kind::Header, EndpointRole::Client, QStringLiteral("a/b"),
                   QStringLiteral("c"), 0}),
        secretKey(id,
                  {SecretRef::Kind::Header, EndpointRole::Client, QStringLiteral("a"),
                   QStringLiteral("b/c"), 0}),
        secretKey(id,
                  {SecretRef::Kind::Header, EndpointRole::Client, QStringLiteral("a"),
                   QStringLiteral("c"), 1}),
        secretKey(id,
                  {SecretRef::Kind::Passphrase, EndpointRole::Client, QStringLiteral("a"), {}, 0}),
        secretKey(id,
                  {SecretRef::Kind::Passphrase, EndpointRole::Server, QStringLiteral("a"), {}, 0}),
        secretKey(id, {SecretRef::Kind::Variable, EndpointRole::Client, {}, QStringLiteral("a")}),
        secretKey(QStringLiteral("t"),
                  {SecretRef::Kind::Variable, EndpointRole::Client, {}, QStringLiteral("a")}),
    };
    for (int i = 0; i < keys.size(); ++i) {
        for (int j = i + 1; j < keys.size(); ++j)
            QVERIFY2(keys[i] != keys[j], qPrintable(keys[i]));
    }
}

void TestSecretStore::profilesWithTheSameNameKeepTheirOwnSecrets()
{
    Workspace w;
    w.id = QStringLiteral("same-names");
    for (const char *token : {"Bearer first", "Bearer second"}) {
        ClientProfile c;
        c.name = QStringLiteral("Client 1"); // names may repeat
        c.url = QStringLiteral("ws://127.0.0.1:1/");
        c.headers = {{QStringLiteral("Authorization"), QLatin1String(token), true}};
        w.clients.append(c);
    }
    TestSupport::MemorySecretStore store;
    QString error;
    QVERIFY(storeSecrets(w, store, &error).isEmpty());
    QCOMPARE(store.entries.size(), 2);
    Automation::DocumentProblem problem;
    auto opened = loadWorkspace(saveWorkspace(w), &problem);
    QVERIFY2(opened, qPrintable(problem.path));
    restoreSecrets(*opened, store);
    QVERIFY(opened->leftOut.isEmpty());
    QCOMPARE(opened->clients[0].headers[0].value, QStringLiteral("Bearer first"));
    QCOMPARE(opened->clients[1].headers[0].value, QStringLiteral("Bearer second"));
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secret_store.moc"
