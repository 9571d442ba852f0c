// Peer bytes made safe for a terminal and a one-line preview.
#include "ui/text/printable.h"

#include <QTest>

using WsBench::Text::printable;

class TestPrintable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escapes_data();
    void escapes();
    void newlineForPreviews();
};

void TestPrintable::escapes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("shown");
    QTest::newRow("plain") << QByteArray("hello, world") << QStringLiteral("hello, world");
    QTest::newRow("chinese") << QByteArray("服务端发送") << QStringLiteral("服务端发送");
    QTest::newRow("emoji") << QByteArray("\xf0\x9f\x98\x80")
                           << QString::fromUtf8("\xf0\x9f\x98\x80");
    QTest::newRow("title") << QByteArray("\x1b]0;pwned\x07")
                           << QStringLiteral("\\x1b]0;pwned\\x07");
    QTest::newRow("clear") << QByteArray("\x1b[2J") << QStringLiteral("\\x1b[2J");
    QTest::newRow("nul, tab, cr, lf, del")
        << QByteArray("a\0b\tc\rd\ne\x7f", 10) << QStringLiteral("a\\x00b\\x09c\\x0dd\\x0ae\\x7f");
    QTest::newRow("c1 csi") << QByteArray("\xc2\x9b"
                                          "31m")
                            << QStringLiteral("\\u009b31m");
    QTest::newRow("bidi override") << QByteArray("a\xe2\x80\xae"
                                                 "b")
                                   << QStringLiteral("a\\u202eb");
    QTest::newRow("line separator") << QByteArray("\xe2\x80\xa8") << QStringLiteral("\\u2028");
    QTest::newRow("not utf-8") << QByteArray("\xff"
                                             "a")
                               << QStringLiteral("\\xffa");
    QTest::newRow("truncated") << QByteArray("a\xe2\x80") << QStringLiteral("a\\xe2\\x80");
    QTest::newRow("overlong") << QByteArray("\xc0\xaf") << QStringLiteral("\\xc0\\xaf");
    QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << QStringLiteral("\\xed\\xa0\\x80");
    QTest::newRow("beyond U+10FFFF")
        << QByteArray("\xf4\x90\x80\x80") << QStringLiteral("\\xf4\\x90\\x80\\x80");
}

void TestPrintable::escapes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, shown);
    QCOMPARE(printable(bytes), shown);
}

void TestPrintable::newlineForPreviews()
{
    QCOMPARE(printable(QByteArray("a\nb\x1b"), QChar(0x23CE)), QStringLiteral("a⏎b\\x1b"));
}

QTEST_GUILESS_MAIN(TestPrintable)
#include "tst_printable.moc"
