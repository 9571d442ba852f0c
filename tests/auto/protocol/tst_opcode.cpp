#include "core/protocol/opcode.h"

#include <QTest>

using namespace WsBench::Protocol;

class TestOpcode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classes_data();
    void classes();
};

// RFC 6455 §5.2: every value of the 4-bit field.
void TestOpcode::classes_data()
{
    QTest::addColumn<int>("opcode");
    QTest::addColumn<bool>("control");
    QTest::addColumn<bool>("continuation");
    QTest::addColumn<bool>("message");
    QTest::addColumn<bool>("reserved");
    QTest::addColumn<QByteArray>("name");

    QTest::newRow("0x0") << 0x0 << false << true << false << false << QByteArray("Continuation");
    QTest::newRow("0x1") << 0x1 << false << false << true << false << QByteArray("Text");
    QTest::newRow("0x2") << 0x2 << false << false << true << false << QByteArray("Binary");
    for (int op = 0x3; op <= 0x7; ++op)
        QTest::addRow("0x%x", op) << op << false << false << false << true
                                  << QByteArray("Reserved (0x") + QByteArray::number(op, 16) + ')';
    QTest::newRow("0x8") << 0x8 << true << false << false << false << QByteArray("Close");
    QTest::newRow("0x9") << 0x9 << true << false << false << false << QByteArray("Ping");
    QTest::newRow("0xA") << 0xA << true << false << false << false << QByteArray("Pong");
    for (int op = 0xB; op <= 0xF; ++op)
        QTest::addRow("0x%x", op) << op << true << false << false << true
                                  << QByteArray("Reserved (0x")
                + QByteArray::number(op, 16).toUpper() + ')';
}

void TestOpcode::classes()
{
    QFETCH(int, opcode);
    QFETCH(bool, control);
    QFETCH(bool, continuation);
    QFETCH(bool, message);
    QFETCH(bool, reserved);
    QFETCH(QByteArray, name);
    const auto op = quint8(opcode);
    QCOMPARE(isControlOpcode(op), control);
    QCOMPARE(isDataOpcode(op), !control); // RFC 6455 §5.6: data frames are the others
    QCOMPARE(isContinuationOpcode(op), continuation);
    QCOMPARE(isMessageOpcode(op), message);
    QCOMPARE(isReservedOpcode(op), reserved);
    QCOMPARE(QByteArray(opcodeName(op)), name);
}

QTEST_APPLESS_MAIN(TestOpcode)
#include "tst_opcode.moc"
