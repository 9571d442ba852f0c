// TLS with a CA and certificates made at test time: verification, host mismatch, explicit
// exceptions, client certificates, self-signed servers, and bad certificate files.
#include "tests/integration/support/process_runner.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace WsBench::Testing;

class TestTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void verifiesAgainstCa();
    void wrongHostFails();
    void unknownIssuerFailsUnlessInsecure();
    void clientCertificate();
    void selfSignedServer();
    void badCertificateFiles_data();
    void badCertificateFiles();

private:
    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }
    bool openssl(const QStringList &args);
    QString startServer(ProcessRunner &server);

    QTemporaryDir m_dir;
};

bool TestTls::openssl(const QStringList &args)
{
    ProcessRunner p(QStringLiteral("openssl"), args, m_dir.path());
    const int rc = p.finish(30000);
    if (rc != 0)
        qWarning().noquote() << "openssl" << args.join(QLatin1Char(' ')) << "failed:" << p.output();
    return rc == 0;
}

void TestTls::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QFile ext(path("server.ext"));
    QVERIFY(ext.open(QIODevice::WriteOnly));
    ext.write("subjectAltName=DNS:localhost\nextendedKeyUsage=serverAuth\n");
    ext.close();
    QFile clientExt(path("client.ext"));
    QVERIFY(clientExt.open(QIODevice::WriteOnly));
    clientExt.write("extendedKeyUsage=clientAuth\n");
    clientExt.close();
    const QString days = QStringLiteral("2");
    // A CA, a server certificate for "localhost" only, and a client certificate.
    QVERIFY(openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                     QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                     QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                     QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
                     QStringLiteral("ca.pem"), QStringLiteral("-days"), days,
                     QStringLiteral("-subj"), QStringLiteral("/CN=WsBench Test CA")}));
    for (const char *who : {"server", "client"}) {
        const QString name = QLatin1String(who);
        QVERIFY(openssl(
            {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"),
             QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"),
             QStringLiteral("-nodes"), QStringLiteral("-keyout"), name + QStringLiteral(".key"),
             QStringLiteral("-out"), name + QStringLiteral(".csr"), QStringLiteral("-subj"),
             QStringLiteral("/CN=")
                 + (name == QLatin1String("server") ? QStringLiteral("localhost")
                                                    : QStringLiteral("wsbench-client"))}));
        QVERIFY(openssl(
            {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
             name + QStringLiteral(".csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
             QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
             QStringLiteral("-out"), name + QStringLiteral(".pem"), QStringLiteral("-days"), days,
             QStringLiteral("-extfile"), name + QStringLiteral(".ext")}));
    }
    QFile garbage(path("garbage.pem"));
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write("this is not a certificate\n");
}

QString TestTls::startServer(ProcessRunner &server)
{
    return server.waitForLine(
        QRegularExpression(QStringLiteral("Listening on wss://127\\.0\\.0\\.1:(\\d+)/")));
}

void TestTls::verifiesAgainstCa()
{
    ProcessRunner server(ProcessRunner::wsbench(),
                         {QStringLiteral("serve"), QStringLiteral("--echo"),
                          QStringLiteral("--tls-cert"), path("server.pem"),
                          QStringLiteral("--tls-key"), path("server.key")});
    const QString port = startServer(server);
    QVERIFY2(!port.isEmpty(), qPrintable(server.output()));
    ProcessRunner client(ProcessRunner::wsbench(),
                         {QStringLiteral("connect"),
                          QStringLiteral("wss://localhost:%1/").arg(port), QStringLiteral("--ca"),
                          path("ca.pem"), QStringLiteral("--send"), QStringLiteral("over TLS"),
                          QStringLiteral("--wait"), QStringLiteral("300")});
    QCOMPARE(client.finish(), 0);
    const QString out = client.output();
    QVERIFY2(out.contains(QLatin1String("TLS established: TLSv1.3")), qPrintable(out));
    QVERIFY(out.contains(QLatin1String("Peer certificate 0: localhost (issuer WsBench Test CA")));
    QVERIFY(out.contains(QStringLiteral("← text   \"over TLS\"")));
}

void TestTls::wrongHostFails()
{
    ProcessRunner server(ProcessRunner::wsbench(),
                         {QStringLiteral("serve"), QStringLiteral("--tls-cert"), path("server.pem"),
                          QStringLiteral("--tls-key"), path("server.key")});
    const QString port = startServer(server);
    QVERIFY(!port.isEmpty());
    // The certificate names localhost only; 127.0.0.1 does not match it.
    ProcessRunner client(ProcessRunner::wsbench(),
                         {QStringLiteral("connect"),
                          QStringLiteral("wss://127.0.0.1:%1/").arg(port), QStringLiteral("--ca"),
                          path("ca.pem"), QStringLiteral("--json")});
    QCOMPARE(client.finish(), 1);
    QVERIFY2(client.output().contains(QLatin1String("\"error\":\"TlsError\"")),
             qPrintable(client.output()));
    QVERIFY(client.output().contains(QLatin1String("host name did not match")));
    QVERIFY(!client.output().contains(QLatin1String("\"readyState\":1")));
}

void TestTls::unknownIssuerFailsUnlessInsecure()
{
    ProcessRunner server(ProcessRunner::wsbench(),
                         {QStringLiteral("serve"), QStringLiteral("--tls-cert"), path("server.pem"),
                          QStringLiteral("--tls-key"), path("server.key")});
    const QString port = startServer(server);
    ProcessRunner strict(
        ProcessRunner::wsbench(),
        {QStringLiteral("connect"), QStringLiteral("wss://localhost:%1/").arg(port)});
    QCOMPARE(strict.finish(), 1);
    QVERIFY2(strict.output().contains(QStringLiteral("✗ Certificate not accepted")),
             qPrintable(strict.output()));
    ProcessRunner insecure(
        ProcessRunner::wsbench(),
        {QStringLiteral("connect"), QStringLiteral("wss://localhost:%1/").arg(port),
         QStringLiteral("--insecure"), QStringLiteral("--wait"), QStringLiteral("100")});
    QCOMPARE(insecure.finish(), 0);
    QVERIFY(insecure.output().contains(QLatin1String("verification is OFF")));
}

void TestTls::clientCertificate()
{
    // Python websockets server that requires a client certificate from our CA.
    ProcessRunner server(ProcessRunner::python(),
                         {ProcessRunner::peersDir() + QStringLiteral("/py_echo_server.py"),
                          QStringLiteral("--tls"), path("server.pem"), path("server.key"),
                          QStringLiteral("--client-ca"), path("ca.pem")});
    const QString port = server.waitForLine(QRegularExpression(QStringLiteral("^ready (\\d+)")));
    QVERIFY2(!port.isEmpty(), qPrintable(server.output()));
    const QStringList base {
        QStringLiteral("connect"), QStringLiteral("wss://localhost:%1/").arg(port),
        QStringLiteral("--ca"),    path("ca.pem"),
        QStringLiteral("--send"),  QStringLiteral("mTLS"),
        QStringLiteral("--wait"),  QStringLiteral("300")};
    ProcessRunner with(ProcessRunner::wsbench(),
                       base
                           + QStringList {QStringLiteral("--cert"), path("client.pem"),
                                          QStringLiteral("--key"), path("client.key")});
    QCOMPARE(with.finish(), 0);
    QVERIFY2(with.output().contains(QStringLiteral("← text   \"mTLS\"")),
             qPrintable(with.output()));
    ProcessRunner without(ProcessRunner::wsbench(), base);
    QCOMPARE(without.finish(), 1);
}

void TestTls::selfSignedServer()
{
    ProcessRunner server(
        ProcessRunner::wsbench(),
        {QStringLiteral("serve"), QStringLiteral("--echo"), QStringLiteral("--tls-self-signed")});
    const QString port = startServer(server);
    QVERIFY2(!port.isEmpty(), qPrintable(server.output()));
    QVERIFY(server.output().contains(QLatin1String("self-signed certificate")));
    ProcessRunner client(ProcessRunner::wsbench(),
                         {QStringLiteral("connect"),
                          QStringLiteral("wss://localhost:%1/").arg(port),
                          QStringLiteral("--insecure"), QStringLiteral("--send"),
                          QStringLiteral("hi"), QStringLiteral("--wait"), QStringLiteral("200")});
    QCOMPARE(client.finish(), 0);
    QVERIFY(client.output().contains(QStringLiteral("← text   \"hi\"")));
}

void TestTls::badCertificateFiles_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing CA file")
        << QStringList {QStringLiteral("connect"), QStringLiteral("wss://localhost:1/"),
                        QStringLiteral("--ca"), QStringLiteral("/nonexistent/ca.pem")}
        << 1 << QStringLiteral("Cannot read the CA file /nonexistent/ca.pem");
    QTest::newRow("CA file without certificates")
        << QStringList {QStringLiteral("connect"), QStringLiteral("wss://localhost:1/"),
                        QStringLiteral("--ca"), QStringLiteral("GARBAGE")}
        << 1 << QStringLiteral("does not contain any PEM certificate");
    QTest::newRow("client certificate garbage")
        << QStringList {QStringLiteral("connect"), QStringLiteral("wss://localhost:1/"),
                        QStringLiteral("--cert"), QStringLiteral("GARBAGE")}
        << 1 << QStringLiteral("does not contain a PEM certificate");
    QTest::newRow("server certificate garbage")
        << QStringList {QStringLiteral("serve"), QStringLiteral("--tls-cert"),
                        QStringLiteral("GARBAGE"), QStringLiteral("--tls-key"),
                        QStringLiteral("GARBAGE")}
        << 1 << QStringLiteral("does not contain a PEM certificate");
}

void TestTls::badCertificateFiles()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    args.replaceInStrings(QStringLiteral("GARBAGE"), path("garbage.pem"));
    ProcessRunner p(ProcessRunner::wsbench(), args);
    QCOMPARE(p.finish(), exitCode);
    QVERIFY2(p.output().contains(message), qPrintable(p.output()));
}

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
