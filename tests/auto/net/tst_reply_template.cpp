#include "core/net/reply_template.h"

#include <QRegularExpression>
#include <QTest>

using namespace WsBench::Net;

class TestReplyTemplate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void expands();
};

void TestReplyTemplate::expands()
{
    QCOMPARE(ReplyTemplate("n={{counter}} m={{message}}").expand(7, "hi"), QByteArray("n=7 m=hi"));
    QCOMPARE(ReplyTemplate("{{ counter }}").expand(3), QByteArray("3"));
    QCOMPARE(ReplyTemplate("keep {{unknown}} and {{").expand(1),
             QByteArray("keep {{unknown}} and {{"));
    const QString uuid = QString::fromLatin1(ReplyTemplate("{{uuid}}").expand(1));
    QVERIFY(QRegularExpression(
                QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"))
                .match(uuid)
                .hasMatch());
    bool ok = false;
    const qint64 ts = ReplyTemplate("{{timestamp}}").expand(1).toLongLong(&ok);
    QVERIFY(ok && ts > 1600000000000LL);
    const qint64 random = ReplyTemplate("{{random}}").expand(1).toLongLong(&ok);
    QVERIFY(ok && random >= 0);
    QVERIFY(ReplyTemplate("{{uuid}}").expand(1) != ReplyTemplate("{{uuid}}").expand(1));
}

QTEST_APPLESS_MAIN(TestReplyTemplate)
#include "tst_reply_template.moc"
