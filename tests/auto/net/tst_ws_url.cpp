#include "core/net/ws_url.h"

#include <QTest>

using namespace WsBench::Net;

Q_DECLARE_METATYPE(WsBench::Net::UrlError)

class TestWsUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
};

void TestWsUrl::valid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("secure");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QByteArray>("resource");
    QTest::addColumn<QByteArray>("hostHeader");
    QTest::newRow("default port") << "ws://example.com" << false << "example.com" << 80
                                  << QByteArray("/") << QByteArray("example.com");
    QTest::newRow("wss default port") << "wss://example.com/chat" << true << "example.com" << 443
                                      << QByteArray("/chat") << QByteArray("example.com");
    QTest::newRow("explicit port, query")
        << "ws://127.0.0.1:9001/path?a=1&b=2" << false << "127.0.0.1" << 9001
        << QByteArray("/path?a=1&b=2") << QByteArray("127.0.0.1:9001");
    QTest::newRow("IPv6 literal") << "ws://[::1]:8080/x" << false << "::1" << 8080
                                  << QByteArray("/x") << QByteArray("[::1]:8080");
    QTest::newRow("explicit default port")
        << "wss://h:443/" << true << "h" << 443 << QByteArray("/") << QByteArray("h");
    QTest::newRow("upper-case scheme") << "WS://Example.com/" << false << "example.com" << 80
                                       << QByteArray("/") << QByteArray("example.com");
    QTest::newRow("encoded path") << "ws://h/a%20b" << false << "h" << 80 << QByteArray("/a%20b")
                                  << QByteArray("h");
}

void TestWsUrl::valid()
{
    QFETCH(QString, input);
    QFETCH(bool, secure);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QByteArray, resource);
    QFETCH(QByteArray, hostHeader);
    UrlError error = UrlError::Malformed;
    const WsUrl url = WsUrl::parse(input, &error);
    QCOMPARE(error, UrlError::None);
    QCOMPARE(url.secure, secure);
    QCOMPARE(url.host, host);
    QCOMPARE(int(url.port), port);
    QCOMPARE(url.resourceName, resource);
    QCOMPARE(url.hostHeader, hostHeader);
}

void TestWsUrl::invalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<WsBench::Net::UrlError>("error");
    QTest::newRow("empty") << "  " << UrlError::Empty;
    QTest::newRow("http") << "http://example.com/" << UrlError::UnsupportedScheme;
    QTest::newRow("no scheme") << "example.com:80" << UrlError::UnsupportedScheme;
    QTest::newRow("no host") << "ws:///path" << UrlError::MissingHost;
    QTest::newRow("fragment") << "ws://h/#x" << UrlError::HasFragment;
    QTest::newRow("port 0") << "ws://h:0/" << UrlError::InvalidPort;
    QTest::newRow("bad port") << "ws://h:99999/" << UrlError::Malformed;
    QTest::newRow("space in host") << "ws://bad host/" << UrlError::Malformed;
}

void TestWsUrl::invalid()
{
    QFETCH(QString, input);
    QFETCH(WsBench::Net::UrlError, error);
    UrlError got = UrlError::None;
    QString detail;
    WsUrl::parse(input, &got, &detail);
    QCOMPARE(got, error);
    QVERIFY(!detail.isEmpty());
}

QTEST_APPLESS_MAIN(TestWsUrl)
#include "tst_ws_url.moc"
