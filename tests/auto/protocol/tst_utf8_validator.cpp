#include "core/protocol/utf8_validator.h"

#include <QStringDecoder>
#include <QTest>

using namespace WsBench::Protocol;

class TestUtf8Validator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sequences_data();
    void sequences();
    void failsAtFirstOffendingByte_data();
    void failsAtFirstOffendingByte();
    void validPrefixIsNotAFailure();
    void bomIsKept();
    void longMixedText();
    void agreesWithQtDecoderOnRandomInput();
    void blockPathAgreesWithBytewise();
};

static QByteArray hex(const char *h)
{
    return QByteArray::fromHex(h);
}

// Autobahn 6.5–6.23 (Markus Kuhn's UTF-8 test file), representative of each sub-category.
void TestUtf8Validator::sequences_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");
    // 6.5 some valid sequences
    QTest::newRow("6.5 dollar") << QByteArray("$") << true;
    QTest::newRow("6.5 cent") << hex("c2a2") << true;
    QTest::newRow("6.5 euro") << hex("e282ac") << true;
    QTest::newRow("6.5 U+24B62") << hex("f0a4ada2") << true;
    QTest::newRow("6.5 kosme") << hex("cebae1bdb9cf83cebcceb5") << true;
    // 6.6 prefixes of kosme: complete ones valid, cut ones incomplete (invalid as messages)
    QTest::newRow("6.6 prefix 1") << hex("ce") << false;
    QTest::newRow("6.6 prefix 2") << hex("ceba") << true;
    QTest::newRow("6.6 prefix 3") << hex("cebae1") << false;
    QTest::newRow("6.6 prefix 4") << hex("cebae1bd") << false;
    QTest::newRow("6.6 prefix 5") << hex("cebae1bdb9") << true;
    // 6.7 first of each length, 6.9 last of each length
    QTest::newRow("6.7 U+0000") << hex("00") << true;
    QTest::newRow("6.7 U+0080") << hex("c280") << true;
    QTest::newRow("6.7 U+0800") << hex("e0a080") << true;
    QTest::newRow("6.7 U+10000") << hex("f0908080") << true;
    QTest::newRow("6.9 U+007F") << hex("7f") << true;
    QTest::newRow("6.9 U+07FF") << hex("dfbf") << true;
    QTest::newRow("6.9 U+FFFF") << hex("efbfbf") << true;
    QTest::newRow("6.9 U+10FFFF") << hex("f48fbfbf") << true;
    // 6.8 / 6.10 5- and 6-byte forms, above U+10FFFF
    QTest::newRow("6.8 5-byte") << hex("f888808080") << false;
    QTest::newRow("6.8 6-byte") << hex("fc8480808080") << false;
    QTest::newRow("6.10 f7bfbfbf") << hex("f7bfbfbf") << false;
    // 6.11 boundaries
    QTest::newRow("6.11 U+D7FF") << hex("ed9fbf") << true;
    QTest::newRow("6.11 U+E000") << hex("ee8080") << true;
    QTest::newRow("6.11 U+FFFD") << hex("efbfbd") << true;
    QTest::newRow("6.11 U+110000") << hex("f4908080") << false;
    // 6.12 unexpected continuation bytes
    QTest::newRow("6.12 80") << hex("80") << false;
    QTest::newRow("6.12 bf") << hex("bf") << false;
    QTest::newRow("6.12 80bf80bf") << hex("80bf80bf") << false;
    // 6.13 lonely start bytes
    QTest::newRow("6.13 c0 space") << hex("c020") << false;
    QTest::newRow("6.13 e0 space") << hex("e020") << false;
    QTest::newRow("6.13 f0 space") << hex("f020") << false;
    // 6.14 last continuation byte missing
    QTest::newRow("6.14 c0") << hex("c0") << false;
    QTest::newRow("6.14 e080") << hex("e080") << false;
    QTest::newRow("6.14 f08080") << hex("f08080") << false;
    QTest::newRow("6.14 dfx") << hex("df") << false;
    QTest::newRow("6.14 efbf") << hex("efbf") << false;
    QTest::newRow("6.15 concatenated") << hex("c0e080f08080dfefbff7bfbf") << false;
    // 6.16 impossible bytes
    QTest::newRow("6.16 fe") << hex("fe") << false;
    QTest::newRow("6.16 ff") << hex("ff") << false;
    QTest::newRow("6.16 fefeffff") << hex("fefeffff") << false;
    // 6.17–6.19 overlong forms
    QTest::newRow("6.17 c0af") << hex("c0af") << false;
    QTest::newRow("6.17 e080af") << hex("e080af") << false;
    QTest::newRow("6.17 f08080af") << hex("f08080af") << false;
    QTest::newRow("6.18 c1bf") << hex("c1bf") << false;
    QTest::newRow("6.18 e09fbf") << hex("e09fbf") << false;
    QTest::newRow("6.18 f08fbfbf") << hex("f08fbfbf") << false;
    QTest::newRow("6.19 c080") << hex("c080") << false;
    QTest::newRow("6.19 e08080") << hex("e08080") << false;
    // 6.20 / 6.21 surrogates
    QTest::newRow("6.20 eda080") << hex("eda080") << false;
    QTest::newRow("6.20 edadbf") << hex("edadbf") << false;
    QTest::newRow("6.20 edbfbf") << hex("edbfbf") << false;
    QTest::newRow("6.21 pair") << hex("eda080edb080") << false;
    // 6.22 non-characters are valid
    QTest::newRow("6.22 U+FFFE") << hex("efbfbe") << true;
    QTest::newRow("6.22 U+1FFFF") << hex("f09fbfbf") << true;
    QTest::newRow("6.22 U+10FFFE") << hex("f48fbfbe") << true;
    QTest::newRow("6.22 U+FDD0") << hex("efb790") << true;
    // 6.23 specials
    QTest::newRow("6.23 U+FFF9") << hex("efbfb9") << true;
    // Autobahn 6.2.1 and 6.3.1
    QTest::newRow("6.2.1") << QByteArray(
        "Hello-\xc2\xb5@\xc3\x9f\xc3\xb6\xc3\xa4\xc3\xbc\xc3\xa0\xc3\xa1-UTF-8!!")
                           << true;
    QTest::newRow("6.3.1") << (hex("cebae1bdb9cf83cebcceb5eda080") + "edited") << false;
}

void TestUtf8Validator::sequences()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);
    QCOMPARE(Utf8Validator::isValid(bytes.constData(), bytes.size()), valid);
    // Split at every position (a frame boundary may fall inside a code point): same verdict.
    for (qsizetype cut = 0; cut <= bytes.size(); ++cut) {
        Utf8Validator v;
        const bool a = v.feed(bytes.constData(), cut);
        const bool b = v.feed(bytes.constData() + cut, bytes.size() - cut);
        QCOMPARE(a && b && v.isComplete(), valid);
    }
    // Byte by byte, and embedded in long ASCII runs that take the word-at-a-time path.
    Utf8Validator bytewise;
    bool ok = true;
    for (char c : bytes)
        ok = bytewise.feed(&c, 1) && ok;
    QCOMPARE(ok && bytewise.isComplete(), valid);
    const QByteArray padded = QByteArray(45, 'a') + bytes + QByteArray(40, 'z');
    QCOMPARE(Utf8Validator::isValid(padded.constData(), padded.size()), valid);
}

void TestUtf8Validator::failsAtFirstOffendingByte_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("offset");
    // Autobahn 6.4.x: kosme, then U+110000 (f4 90 80 80): f4 is a valid prefix, 90 fails.
    QTest::newRow("6.4 f4 90") << (hex("cebae1bdb9cf83cebcceb5f4908080") + "edited") << 12;
    QTest::newRow("surrogate second byte") << hex("41eda080") << 2;
    QTest::newRow("stray continuation after ascii") << (QByteArray(100, 'x') + hex("80")) << 100;
    QTest::newRow("overlong lead") << hex("c0af") << 0;
    QTest::newRow("f5 lead") << hex("4142f5") << 2;
}

void TestUtf8Validator::failsAtFirstOffendingByte()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, offset);
    for (qsizetype chunk : {qsizetype(0), qsizetype(1), qsizetype(3)}) {
        Utf8Validator v;
        const qsizetype step = chunk == 0 ? bytes.size() : chunk;
        bool ok = true;
        qsizetype fedWhenFailed = -1;
        for (qsizetype pos = 0; pos < bytes.size() && ok; pos += step) {
            ok = v.feed(bytes.constData() + pos, std::min(step, bytes.size() - pos));
            if (!ok)
                fedWhenFailed = pos + std::min(step, bytes.size() - pos);
        }
        QVERIFY(!ok);
        QCOMPARE(v.errorOffset(), qint64(offset));
        // Fail fast: detected in the chunk holding the offending byte, not later.
        QVERIFY(fedWhenFailed > offset);
        QVERIFY(fedWhenFailed - step <= offset);
    }
}

void TestUtf8Validator::validPrefixIsNotAFailure()
{
    Utf8Validator v;
    const QByteArray part1 = hex("cebae1bdb9cf83cebcceb5f4"); // ends in a valid lead byte
    QVERIFY(v.feed(part1.constData(), part1.size()));
    QVERIFY(!v.isComplete());
    QVERIFY(!v.failed());
    const QByteArray part2 = hex("90");
    QVERIFY(!v.feed(part2.constData(), 1));
    QCOMPARE(v.errorOffset(), qint64(12));
}

void TestUtf8Validator::bomIsKept()
{
    // The validator never rewrites its input; a BOM is just U+FEFF, valid anywhere.
    const QByteArray text = hex("efbbbf") + "BOM-first" + hex("efbbbf");
    QVERIFY(Utf8Validator::isValid(text.constData(), text.size()));
}

void TestUtf8Validator::longMixedText()
{
    QByteArray text;
    for (int i = 0; i < 2000; ++i)
        text += QStringLiteral("WebSocket 协议 %1 — κόσμε 😀 ").arg(i).toUtf8();
    QVERIFY(Utf8Validator::isValid(text.constData(), text.size()));
    text[text.size() / 2] = char(0xff);
    QVERIFY(!Utf8Validator::isValid(text.constData(), text.size()));
}

// Cross-check against QUtf8 decoding on random byte strings biased towards UTF-8 structure.
void TestUtf8Validator::agreesWithQtDecoderOnRandomInput()
{
    quint32 seed = 12345;
    auto next = [&seed]() {
        seed = seed * 1664525u + 1013904223u;
        return seed >> 8;
    };
    static const quint8 alphabet[]
        = {0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc2, 0xdf,
           0xe0, 0xe1, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf4, 0xf5, 0xff};
    for (int round = 0; round < 20000; ++round) {
        QByteArray bytes;
        const int len = int(next() % 9);
        for (int i = 0; i < len; ++i)
            bytes.append(char(alphabet[next() % sizeof alphabet]));
        // Reference: a strict decode that round-trips and contains no replacement from errors.
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = decoder.decode(bytes);
        const bool reference = !decoder.hasError() && decoded.toUtf8() == bytes;
        QCOMPARE(Utf8Validator::isValid(bytes.constData(), bytes.size()), reference);
    }
}

// Long inputs take the 32-byte block path; fed one byte at a time they never do. Both must
// give the same verdict and the same offset for the first invalid byte.
void TestUtf8Validator::blockPathAgreesWithBytewise()
{
    const QByteArray pieces[] = {
        "plain ascii text ",
        QStringLiteral("中文字符").toUtf8(),
        QStringLiteral("κόσμε").toUtf8(),
        QStringLiteral("😀").toUtf8(),
        hex("efbbbf"),
        hex("f48fbfbf"),
        hex("ed9fbf"),
        hex("e0a080"),
    };
    const QByteArray bad[] = {hex("80"), hex("c0af"), hex("eda080"), hex("f4908080"), hex("fe"),
                              hex("e0"), hex("f0"),   hex("c2"),     hex("e080"),     hex("f09f")};
    quint32 seed = 777;
    auto next = [&seed]() {
        seed = seed * 1664525u + 1013904223u;
        return seed >> 8;
    };
    for (int round = 0; round < 3000; ++round) {
        QByteArray text;
        const int length = 64 + int(next() % 400);
        while (text.size() < length)
            text += pieces[next() % (sizeof pieces / sizeof pieces[0])];
        const bool corrupt = next() % 3 != 0;
        if (corrupt) {
            const qsizetype at = qsizetype(next() % quint32(text.size()));
            text.insert(at, bad[next() % (sizeof bad / sizeof bad[0])]);
        }
        Utf8Validator whole;
        const bool wholeOk = whole.feed(text.constData(), text.size()) && whole.isComplete();
        Utf8Validator bytewise;
        bool bytewiseOk = true;
        for (qsizetype i = 0; i < text.size() && bytewiseOk; ++i)
            bytewiseOk = bytewise.feed(text.constData() + i, 1);
        bytewiseOk = bytewiseOk && bytewise.isComplete();
        QCOMPARE(wholeOk, bytewiseOk);
        QCOMPARE(whole.errorOffset(), bytewise.errorOffset());
        // And split in two at a random point, each half long enough for the block path.
        const qsizetype cut = qsizetype(next() % quint32(text.size()));
        Utf8Validator split;
        const bool a = split.feed(text.constData(), cut);
        const bool b = a && split.feed(text.constData() + cut, text.size() - cut);
        QCOMPARE(a && b && split.isComplete(), bytewiseOk);
        QCOMPARE(split.errorOffset(), bytewise.errorOffset());
    }
}

QTEST_APPLESS_MAIN(TestUtf8Validator)
#include "tst_utf8_validator.moc"
