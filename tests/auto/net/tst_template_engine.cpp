#include "core/net/template_engine.h"

#include "tests/support/fixed_random.h"
#include "tests/support/manual_clock.h"
#include "tests/support/template_cases.h"

#include <QRegularExpression>
#include <QTest>

using namespace WsBench;
using namespace WsBench::Net;
using Testing::kTemplateMessage;
using Testing::kTemplateWallMs;

class TestTemplateEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void macros_data();
    void macros();
    void macroNames();
    void counterCountsExpansionsThatUseIt();
    void clockIsReadOncePerExpansion();
    void variablesComeFirstThenMacros();
    void messageIsTheMessageAnswered();
    void parsedOnceExpandedMany();
    void systemSourcesGiveWellFormedValues();
};

void TestTemplateEngine::macros_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QList<quint32>>("words");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<QByteArray>("expectedInReply");
    for (const Testing::TemplateCase &c : Testing::templateCases())
        QTest::newRow(c.name) << c.text << c.randomWords << c.expected << c.expectedInReply;
}

void TestTemplateEngine::macros()
{
    QFETCH(QByteArray, text);
    QFETCH(QList<quint32>, words);
    QFETCH(QByteArray, expected);
    QFETCH(QByteArray, expectedInReply);
    const Testing::ManualClock clock(kTemplateWallMs);
    {
        TemplateEngine engine(&clock, Testing::sequenceRandom(words));
        QCOMPARE(engine.expand(Template(text)), expected);
    }
    {
        TemplateEngine engine(&clock, Testing::sequenceRandom(words));
        QCOMPARE(engine.expand(Template(text), kTemplateMessage), expectedInReply);
    }
    {
        TemplateEngine engine(&clock, Testing::sequenceRandom(words));
        QCOMPARE(engine.expand(QString::fromUtf8(text)), QString::fromUtf8(expected));
    }
}

void TestTemplateEngine::macroNames()
{
    QCOMPARE(templateMacro("counter"), TemplateMacro::Counter);
    QCOMPARE(templateMacro("timestamp"), TemplateMacro::Timestamp);
    QCOMPARE(templateMacro("isoTime"), TemplateMacro::IsoTime);
    QCOMPARE(templateMacro("uuid"), TemplateMacro::Uuid);
    QCOMPARE(templateMacro("random"), TemplateMacro::Random);
    QCOMPARE(templateMacro("message"), TemplateMacro::Message);
    QCOMPARE(templateMacro("isotime"), TemplateMacro::None);
    QCOMPARE(templateMacro(""), TemplateMacro::None);
    QVERIFY(!Template(QByteArray("no placeholders {{ }}")).hasPlaceholders());
    QVERIFY(Template(QByteArray("{{unknown}}")).hasPlaceholders());
}

void TestTemplateEngine::counterCountsExpansionsThatUseIt()
{
    const Testing::ManualClock clock(kTemplateWallMs);
    TemplateEngine engine(&clock, Testing::fixedRandom());
    const Template numbered(QByteArray("#{{counter}}"));
    const Template plain(QByteArray("at {{timestamp}}"));
    QCOMPARE(engine.counter(), quint64(0));
    QCOMPARE(engine.expand(numbered), QByteArray("#1"));
    QCOMPARE(engine.expand(plain), QByteArray("at 1700000000123")); // does not count
    QCOMPARE(engine.expand(numbered, "x"), QByteArray("#2")); // replies and pushes share it
    QCOMPARE(engine.expand(QStringLiteral("{{counter}}/{{counter}}")), QStringLiteral("3/3"));
    QCOMPARE(engine.counter(), quint64(3));
    // Another engine counts on its own.
    TemplateEngine other(&clock, Testing::fixedRandom());
    QCOMPARE(other.expand(numbered), QByteArray("#1"));
}

void TestTemplateEngine::clockIsReadOncePerExpansion()
{
    Testing::ManualClock clock(kTemplateWallMs);
    TemplateEngine engine(&clock, Testing::fixedRandom());
    const Template t(QByteArray("{{timestamp}} {{isoTime}}"));
    QCOMPARE(engine.expand(t), QByteArray("1700000000123 2023-11-14T22:13:20.123Z"));
    clock.advanceMs(1000);
    QCOMPARE(engine.expand(t), QByteArray("1700000001123 2023-11-14T22:13:21.123Z"));
    // The very start of 1970.
    Testing::ManualClock epoch(0);
    TemplateEngine atEpoch(&epoch, Testing::fixedRandom());
    QCOMPARE(atEpoch.expand(t), QByteArray("0 1970-01-01T00:00:00.000Z"));
}

void TestTemplateEngine::variablesComeFirstThenMacros()
{
    const Testing::ManualClock clock(kTemplateWallMs);
    QStringList asked;
    TemplateEngine engine(&clock, Testing::sequenceRandom({5}),
                          [&asked](const QString &name) -> std::optional<QString> {
                              asked.append(name);
                              if (name == QLatin1String("host"))
                                  return QStringLiteral("例子.test");
                              if (name == QLatin1String("timestamp"))
                                  return QStringLiteral("fixed");
                              if (name == QLatin1String("empty"))
                                  return QString();
                              return std::nullopt;
                          });
    QCOMPARE(
        engine.expand(QStringLiteral("wss://{{ host }}/?t={{timestamp}}&r={{random}}&e=[{{empty}}]"
                                     "&{{typo}}")),
        QStringLiteral("wss://例子.test/?t=fixed&r=5&e=[]&{{typo}}"));
    QCOMPARE(
        asked,
        (QStringList {QStringLiteral("host"), QStringLiteral("timestamp"), QStringLiteral("random"),
                      QStringLiteral("empty"), QStringLiteral("typo")}));
    // A variable's value is not expanded again.
    TemplateEngine literal(
        &clock, Testing::fixedRandom(),
        [](const QString &) -> std::optional<QString> { return QStringLiteral("{{counter}}"); });
    QCOMPARE(literal.expand(QStringLiteral("{{anything}}")), QStringLiteral("{{counter}}"));
    QCOMPARE(literal.counter(), quint64(0));
    // Set later, the lookup applies from then on.
    TemplateEngine late(&clock, Testing::fixedRandom());
    QCOMPARE(late.expand(QStringLiteral("{{who}}")), QStringLiteral("{{who}}"));
    late.setLookup([](const QString &) -> std::optional<QString> { return QStringLiteral("me"); });
    QCOMPARE(late.expand(QStringLiteral("{{who}}")), QStringLiteral("me"));
}

void TestTemplateEngine::messageIsTheMessageAnswered()
{
    const Testing::ManualClock clock(kTemplateWallMs);
    TemplateEngine engine(&clock, Testing::fixedRandom());
    const Template t(QByteArray("[{{message}}|{{ message }}]"));
    QCOMPARE(engine.expand(t), QByteArray("[{{message}}|{{ message }}]")); // nothing answered
    QCOMPARE(engine.expand(t, QByteArray()), QByteArray("[|]")); // an empty message
    const QByteArray binary = QByteArray::fromHex("00ff7b7b7d7d80");
    QCOMPARE(engine.expand(t, binary), "[" + binary + "|" + binary + "]");
    // A message that looks like a template is not expanded.
    QCOMPARE(engine.expand(t, "{{counter}}"), QByteArray("[{{counter}}|{{counter}}]"));
    QCOMPARE(engine.counter(), quint64(0));
}

void TestTemplateEngine::parsedOnceExpandedMany()
{
    // The server's reply path: one parsed template, many expansions, each one complete.
    const Testing::ManualClock clock(kTemplateWallMs);
    TemplateEngine engine(&clock, Testing::fixedRandom());
    const Template reply(QByteArray("{\"n\":{{counter}},\"echo\":\"{{message}}\"}"));
    for (int i = 1; i <= 20000; ++i) {
        const QByteArray message = QByteArray::number(i * 7);
        const QByteArray out = engine.expand(reply, message);
        if (out != "{\"n\":" + QByteArray::number(i) + ",\"echo\":\"" + message + "\"}")
            QFAIL(out.constData());
    }
    QCOMPARE(engine.counter(), quint64(20000));
    // Text without placeholders comes back as it is, sharing its bytes.
    const Template plain(QByteArray("no placeholders here"));
    QCOMPARE(engine.expand(plain, "x").constData(), plain.text().constData());
}

void TestTemplateEngine::systemSourcesGiveWellFormedValues()
{
    const Traffic::SystemClock clock;
    TemplateEngine engine(&clock, seededTemplateRandom());
    const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    const QString a = engine.expand(QStringLiteral("{{uuid}}"));
    QVERIFY2(uuid.match(a).hasMatch(), qPrintable(a));
    QVERIFY(a != engine.expand(QStringLiteral("{{uuid}}")));
    bool ok = false;
    const qint64 ts = engine.expand(QStringLiteral("{{timestamp}}")).toLongLong(&ok);
    QVERIFY(ok && ts > 1600000000000LL);
    for (int i = 0; i < 200; ++i) {
        const qint64 r = engine.expand(QStringLiteral("{{random}}")).toLongLong(&ok);
        QVERIFY(ok && r >= 0 && r <= 2147483647LL);
    }
}

QTEST_APPLESS_MAIN(TestTemplateEngine)
#include "tst_template_engine.moc"
