// The system keychain as a session's secret store, against a real Secret Service (GNOME
// Keyring on a private D-Bus session, see with_keyring.sh), and with no keychain at all.
#include "core/keychain/system_keychain.h"
#include "tests/support/profile_fields.h"

#include <QTest>

using namespace WsBench;
using namespace WsBench::Session;

class TestKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void secretsSurviveInTheKeychain();
    void noKeychainIsReportedNotHidden();

private:
    bool m_available = false;
};

void TestKeychain::initTestCase()
{
    // Registered twice: under a running keyring, and with the session bus pointing nowhere.
    m_available = qEnvironmentVariable("WSBENCH_KEYCHAIN") == QLatin1String("available");
}

void TestKeychain::secretsSurviveInTheKeychain()
{
    if (!m_available)
        QSKIP("runs under with_keyring.sh");
    Workspace w;
    w.id = QStringLiteral("keychain-test-session");
    w.clients = {TestSupport::everyClientField()};
    w.clients[0].headers[1].value = QStringLiteral("Bearer 令牌 ✓");
    w.servers = {TestSupport::everyServerField()};
    QString error;
    {
        Keychain::SystemKeychain keychain;
        QVERIFY2(storeSecrets(w, keychain, &error).isEmpty(), qPrintable(error));
    }
    // A new process would see the same: a new instance, and the file without secrets.
    Automation::DocumentProblem problem;
    auto opened = loadWorkspace(saveWorkspace(w), &problem);
    QVERIFY2(opened, qPrintable(problem.path));
    QCOMPARE(opened->leftOut.size(), 3);
    Keychain::SystemKeychain keychain;
    restoreSecrets(*opened, keychain);
    QVERIFY(opened->leftOut.isEmpty());
    QCOMPARE(opened->clients[0].headers[1].value, QStringLiteral("Bearer 令牌 ✓"));
    QVERIFY(TestSupport::sameServer(opened->servers[0], w.servers[0]));
    // Another session's id finds nothing.
    QVERIFY(!keychain.read(QStringLiteral("another-session/client/0/passphrase"), &error));
}

void TestKeychain::noKeychainIsReportedNotHidden()
{
    if (m_available)
        QSKIP("runs without a session bus");
    Keychain::SystemKeychain keychain(QStringLiteral("WsBench"), 5000);
    QString error;
    QVERIFY(!keychain.write(QStringLiteral("s/variable//token"), QStringLiteral("v"), &error));
    QVERIFY2(!error.isEmpty(), "a failed write says why");
    error.clear();
    QVERIFY(!keychain.read(QStringLiteral("s/variable//token"), &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
