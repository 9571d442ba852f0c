#include "core/protocol/close_code.h"

#include <QTest>

using namespace WsBench::Protocol;

class TestCloseCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validOnWire_data();
    void validOnWire();
    void whoMaySend();
    void catalogueIsComplete();
};

void TestCloseCode::validOnWire_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("valid");
    for (int c : {1000, 1001, 1002, 1003, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014, 3000,
                  3999, 4000, 4999})
        QTest::addRow("%d valid", c) << c << true;
    for (int c : {0, 1, 999, 1004, 1005, 1006, 1015, 1016, 1100, 2000, 2999, 5000, 65535})
        QTest::addRow("%d invalid", c) << c << false;
}

void TestCloseCode::validOnWire()
{
    QFETCH(int, code);
    QFETCH(bool, valid);
    QCOMPARE(isValidOnWire(quint16(code)), valid);
    const CloseCodeInfo info = closeCodeInfo(quint16(code));
    QCOMPARE(info.code, quint16(code));
    QVERIFY(qstrlen(info.name) > 0);
    QVERIFY(qstrlen(info.meaning) > 0);
    if (code >= 1016 && code <= 2999)
        QCOMPARE(info.cls, CloseCodeClass::Reserved);
    if (code == 1005 || code == 1006 || code == 1015 || code == 1004)
        QCOMPARE(info.cls, CloseCodeClass::NeverOnWire);
}

void TestCloseCode::whoMaySend()
{
    QVERIFY(maySend(1010, Role::Client));
    QVERIFY(!maySend(1010, Role::Server));
    QVERIFY(maySend(1012, Role::Server));
    QVERIFY(!maySend(1012, Role::Client));
    QVERIFY(maySend(1000, Role::Client) && maySend(1000, Role::Server));
    QVERIFY(maySend(1011, Role::Client)); // errata 3227
    QVERIFY(maySend(4321, Role::Client));
    QVERIFY(!maySend(1005, Role::Client) && !maySend(1006, Role::Server));
}

void TestCloseCode::catalogueIsComplete()
{
    int count = 0;
    const CloseCodeInfo *codes = closeCodeCatalogue(&count);
    QCOMPARE(count, 16);
    for (int i = 0; i < count; ++i)
        QCOMPARE(codes[i].code, quint16(1000 + i));
    QCOMPARE(QByteArray(closeCodeInfo(1000).name), QByteArray("Normal Closure"));
    QCOMPARE(closeCodeInfo(3500).cls, CloseCodeClass::Registered);
    QCOMPARE(closeCodeInfo(4500).cls, CloseCodeClass::Private);
}

QTEST_APPLESS_MAIN(TestCloseCode)
#include "tst_close_code.moc"
