#include "core/protocol/masking.h"

#include <QTest>

using namespace WsBench::Protocol;

class TestMasking : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfcExample();
    void matchesBytewiseReference_data();
    void matchesBytewiseReference();
    void streamingKeepsPhase();
    void maskingTwiceRestores();
};

static QByteArray reference(const QByteArray &in, quint32 key, unsigned phase)
{
    QByteArray out = in;
    for (qsizetype i = 0; i < out.size(); ++i)
        out[i] = char(quint8(out[i]) ^ quint8(key >> (24 - 8 * ((phase + i) % 4))));
    return out;
}

// RFC 6455 §5.7: "Hello" masked with 37 fa 21 3d is 7f 9f 4d 51 58.
void TestMasking::rfcExample()
{
    QByteArray out(5, '\0');
    copyMasked(out.data(), "Hello", 5, 0x37fa213d);
    QCOMPARE(out.toHex(), QByteArray("7f9f4d5158"));
}

void TestMasking::matchesBytewiseReference_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("phase");
    for (int size : {0, 1, 3, 7, 8, 9, 31, 32, 33, 63, 64, 65, 1000, 65537}) {
        for (int phase = 0; phase < 4; ++phase)
            QTest::addRow("size %d phase %d", size, phase) << size << phase;
    }
}

void TestMasking::matchesBytewiseReference()
{
    QFETCH(int, size);
    QFETCH(int, phase);
    QByteArray in(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        in[i] = char(i * 131 + 7);
    const quint32 key = 0xdeadbeef;
    QByteArray out(size, Qt::Uninitialized);
    // Unaligned destination and source on purpose.
    QByteArray src = QByteArray(1, 'x') + in;
    QByteArray dst(size + 3, '\0');
    const unsigned next
        = copyMasked(dst.data() + 3, src.constData() + 1, size, key, unsigned(phase));
    QCOMPARE(dst.mid(3), reference(in, key, unsigned(phase)));
    QCOMPARE(next, unsigned((phase + size) % 4));
}

void TestMasking::streamingKeepsPhase()
{
    QByteArray in(1001, Qt::Uninitialized);
    for (int i = 0; i < in.size(); ++i)
        in[i] = char(i);
    const quint32 key = 0x01020304;
    const QByteArray expected = reference(in, key, 0);
    for (int cut : {1, 2, 3, 5, 8, 13, 500}) {
        QByteArray out = in;
        unsigned phase = 0;
        for (qsizetype pos = 0; pos < out.size(); pos += cut)
            phase = applyMask(out.data() + pos, std::min<qsizetype>(cut, out.size() - pos), key,
                              phase);
        QCOMPARE(out, expected);
    }
}

void TestMasking::maskingTwiceRestores()
{
    QByteArray data("The quick brown fox jumps over the lazy dog, twice over.");
    const QByteArray original = data;
    applyMask(data.data(), data.size(), 0xa1b2c3d4);
    QVERIFY(data != original);
    applyMask(data.data(), data.size(), 0xa1b2c3d4);
    QCOMPARE(data, original);
}

QTEST_APPLESS_MAIN(TestMasking)
#include "tst_masking.moc"
