#include "core/profiles/variables.h"

#include "tests/support/fixed_random.h"
#include "tests/support/manual_clock.h"
#include "tests/support/template_cases.h"

#include <QRegularExpression>
#include <QTest>

using namespace WsBench;
using namespace WsBench::Profiles;
using Testing::kTemplateWallMs;

class TestVariables : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void macrosMeanWhatTheEngineSays_data();
    void macrosMeanWhatTheEngineSays();
    void environmentThenWorkspaceThenMacros();
    void counterKeepsCountingAcrossExpansions();
    void defaultSourcesWork();
};

void TestVariables::macrosMeanWhatTheEngineSays_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QList<quint32>>("words");
    QTest::addColumn<QByteArray>("expected");
    for (const Testing::TemplateCase &c : Testing::templateCases())
        QTest::newRow(c.name) << c.text << c.randomWords << c.expected;
}

void TestVariables::macrosMeanWhatTheEngineSays()
{
    QFETCH(QByteArray, text);
    QFETCH(QList<quint32>, words);
    QFETCH(QByteArray, expected);
    const Testing::ManualClock clock(kTemplateWallMs);
    // Variables that do not shadow any macro.
    Variables v({{QStringLiteral("host"), QStringLiteral("localhost")}},
                {{QStringLiteral("token"), QStringLiteral("t1")}}, &clock,
                Testing::sequenceRandom(words));
    QCOMPARE(v.expand(QString::fromUtf8(text)), QString::fromUtf8(expected));
}

void TestVariables::environmentThenWorkspaceThenMacros()
{
    const Testing::ManualClock clock(kTemplateWallMs);
    Variables v({{QStringLiteral("host"), QStringLiteral("localhost")},
                 {QStringLiteral("token"), QStringLiteral("t1")},
                 {QStringLiteral("timestamp"), QStringLiteral("0")}},
                {{QStringLiteral("host"), QStringLiteral("staging")},
                 {QStringLiteral("message"), QStringLiteral("from env")}},
                &clock, Testing::sequenceRandom({9}));
    QCOMPARE(v.expand(QStringLiteral("wss://{{host}}/?t={{ token }}")),
             QStringLiteral("wss://staging/?t=t1"));
    // A variable may stand in for a macro (a fixed time in CI); the others stay macros.
    QCOMPARE(v.expand(QStringLiteral("{{timestamp}} {{isoTime}} {{random}} {{message}}")),
             QStringLiteral("0 2023-11-14T22:13:20.123Z 9 from env"));
    QCOMPARE(v.expand(QStringLiteral("{{nope}} stays")), QStringLiteral("{{nope}} stays"));
}

void TestVariables::counterKeepsCountingAcrossExpansions()
{
    const Testing::ManualClock clock(kTemplateWallMs);
    Variables v({}, {}, &clock, Testing::fixedRandom());
    QCOMPARE(v.expand(QStringLiteral("{{counter}}-{{counter}}")), QStringLiteral("1-1"));
    QCOMPARE(v.expand(QStringLiteral("ws://{{host}}/")), QStringLiteral("ws://{{host}}/"));
    QCOMPARE(v.expand(QStringLiteral("{{counter}}")), QStringLiteral("2"));
    QCOMPARE(v.counter(), quint64(2));
    // Moved, it keeps its count.
    Variables moved = std::move(v);
    QCOMPARE(moved.expand(QStringLiteral("{{counter}}")), QStringLiteral("3"));
}

void TestVariables::defaultSourcesWork()
{
    Variables v({{QStringLiteral("who"), QStringLiteral("world")}});
    QCOMPARE(v.expand(QStringLiteral("hello {{who}}")), QStringLiteral("hello world"));
    QVERIFY(
        QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"))
            .match(v.expand(QStringLiteral("{{isoTime}}")))
            .hasMatch());
    QCOMPARE(v.expand(QStringLiteral("{{uuid}}")).size(), 36);
    QVERIFY(v.expand(QStringLiteral("{{timestamp}}")).toLongLong() > 1600000000000LL);
}

QTEST_APPLESS_MAIN(TestVariables)
#include "tst_variables.moc"
