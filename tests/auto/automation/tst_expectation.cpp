// How an expect step matches a received message: the whole text, a regular expression, a JSON
// Pointer value, or the id of the message sent last. Each row says why it matches or not.
#include "core/automation/expectation.h"

#include <QTest>

using namespace WsBench::Automation;
using Match = Step::Match;

Q_DECLARE_METATYPE(WsBench::Automation::Step::Match)
Q_DECLARE_METATYPE(WsBench::Automation::MatchReason)

class TestExpectation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchMessage_data();
    void matchMessage();
    void settingsThatCannotMatch_data();
    void settingsThatCannotMatch();
    void fromStepKeepsTheSettings();
    void everyReasonHasAName();
};

void TestExpectation::matchMessage_data()
{
    QTest::addColumn<Match>("match");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QByteArray>("lastSent");
    QTest::addColumn<QByteArray>("received");
    QTest::addColumn<MatchReason>("reason");
    QTest::addColumn<QString>("detail"); // empty where the reason has none
    QTest::addColumn<int>("offset"); // InvalidRegex only, else -1

    const auto text = [](const char *name, const QString &value, const QByteArray &received,
                         MatchReason reason) {
        QTest::newRow(name) << Match::Text << value << QString() << QByteArray() << received
                            << reason << QString() << -1;
    };
    text("text: the same", QStringLiteral("hello"), "hello", MatchReason::Matched);
    text("text: one more space", QStringLiteral("hello"), "hello ", MatchReason::TextDiffers);
    text("text: a part is not enough", QStringLiteral("ell"), "hello", MatchReason::TextDiffers);
    text("text: case counts", QStringLiteral("Hello"), "hello", MatchReason::TextDiffers);
    text("text: empty matches empty", QString(), "", MatchReason::Matched);
    text("text: empty is not a message", QString(), "x", MatchReason::TextDiffers);
    text("text: UTF-8", QStringLiteral("héllo ✓"), "h\xc3\xa9llo \xe2\x9c\x93",
         MatchReason::Matched);
    text("text: a regex is plain text", QStringLiteral("^h.*$"), "hello", MatchReason::TextDiffers);

    // Not anchored: the pattern may be found anywhere in the message; ^…$ anchors it.
    const auto regex = [](const char *name, const QString &value, const QByteArray &received,
                          MatchReason reason) {
        QTest::newRow(name) << Match::Regex << value << QString() << QByteArray() << received
                            << reason << QString() << -1;
    };
    regex("regex: found inside the message", QStringLiteral("ok"), "not ok at all",
          MatchReason::Matched);
    regex("regex: ^$ anchor it", QStringLiteral("^ok$"), "not ok", MatchReason::NoRegexMatch);
    regex("regex: anchored and whole", QStringLiteral("^hello #\\d+$"), "hello #42",
          MatchReason::Matched);
    regex("regex: anchored, one more line", QStringLiteral("^hello #\\d+$"), "hello #42\nmore",
          MatchReason::NoRegexMatch);
    regex("regex: not found", QStringLiteral("\\d"), "abc", MatchReason::NoRegexMatch);
    regex("regex: case counts", QStringLiteral("OK"), "ok", MatchReason::NoRegexMatch);
    regex("regex: (?i) ignores case", QStringLiteral("(?i)OK"), "ok", MatchReason::Matched);
    regex("regex: reads UTF-8", QStringLiteral("^caf\u00e9+$"), "caf\xc3\xa9\xc3\xa9",
          MatchReason::Matched);
    regex("regex: empty matches anything", QString(), "anything", MatchReason::Matched);
    QTest::newRow("regex: unclosed group")
        << Match::Regex << QStringLiteral("(unclosed") << QString() << QByteArray()
        << QByteArray("(unclosed") << MatchReason::InvalidRegex
        << QStringLiteral("missing closing parenthesis") << 9;
    QTest::newRow("regex: nothing to repeat")
        << Match::Regex << QStringLiteral("ab|*c") << QString() << QByteArray() << QByteArray("abc")
        << MatchReason::InvalidRegex
        << QStringLiteral("quantifier does not follow a repeatable item") << 3;

    // The value is JSON when it parses as JSON, else a string.
    const auto pointer
        = [](const char *name, const QString &ptr, const QString &value, const QByteArray &received,
             MatchReason reason, const QString &detail = {}) {
              QTest::newRow(name) << Match::JsonPointer << value << ptr << QByteArray() << received
                                  << reason << detail << -1;
          };
    const QByteArray quote = R"({"op": "price", "ok": true, "off": false, "none": null,
        "name": "alice", "n": 42, "s": "42", "pi": 3.25,
        "data": {"symbol": "WSB", "bid": 42, "tags": ["a", "b"], "deep": {"x": [{"id": 7}]}},
        "items": ["a", "b", "c"], "a/b": 1, "m~n": 2, "~1": 3, "/": 4, "": 5})";
    pointer("pointer: string, bare", QStringLiteral("/name"), QStringLiteral("alice"), quote,
            MatchReason::Matched);
    pointer("pointer: string, quoted", QStringLiteral("/name"), QStringLiteral("\"alice\""), quote,
            MatchReason::Matched);
    pointer("pointer: another string", QStringLiteral("/name"), QStringLiteral("bob"), quote,
            MatchReason::ValueDiffers, QStringLiteral("\"alice\""));
    pointer("pointer: number", QStringLiteral("/n"), QStringLiteral("42"), quote,
            MatchReason::Matched);
    pointer("pointer: number, written 42.0", QStringLiteral("/n"), QStringLiteral("42.0"), quote,
            MatchReason::Matched);
    pointer("pointer: fraction", QStringLiteral("/pi"), QStringLiteral("3.25"), quote,
            MatchReason::Matched);
    pointer("pointer: another number", QStringLiteral("/n"), QStringLiteral("41"), quote,
            MatchReason::ValueDiffers, QStringLiteral("42"));
    pointer("pointer: a string is not a number", QStringLiteral("/s"), QStringLiteral("42"), quote,
            MatchReason::ValueDiffers, QStringLiteral("\"42\""));
    pointer("pointer: a quoted number is a string", QStringLiteral("/s"), QStringLiteral("\"42\""),
            quote, MatchReason::Matched);
    pointer("pointer: true", QStringLiteral("/ok"), QStringLiteral("true"), quote,
            MatchReason::Matched);
    pointer("pointer: false", QStringLiteral("/off"), QStringLiteral("false"), quote,
            MatchReason::Matched);
    pointer("pointer: true is not false", QStringLiteral("/ok"), QStringLiteral("false"), quote,
            MatchReason::ValueDiffers, QStringLiteral("true"));
    pointer("pointer: the string \"true\" is not true", QStringLiteral("/ok"),
            QStringLiteral("\"true\""), quote, MatchReason::ValueDiffers, QStringLiteral("true"));
    pointer("pointer: null", QStringLiteral("/none"), QStringLiteral("null"), quote,
            MatchReason::Matched);
    pointer("pointer: null is not false", QStringLiteral("/none"), QStringLiteral("false"), quote,
            MatchReason::ValueDiffers, QStringLiteral("null"));
    pointer("pointer: nested member", QStringLiteral("/data/bid"), QStringLiteral("42"), quote,
            MatchReason::Matched);
    pointer("pointer: nested, another value", QStringLiteral("/data/symbol"), QStringLiteral("XYZ"),
            quote, MatchReason::ValueDiffers, QStringLiteral("\"WSB\""));
    pointer("pointer: a whole object, any key order", QStringLiteral("/data/deep"),
            QStringLiteral("{\"x\": [{\"id\": 7}]}"), quote, MatchReason::Matched);
    pointer("pointer: a whole array", QStringLiteral("/data/tags"),
            QStringLiteral("[\"a\", \"b\"]"), quote, MatchReason::Matched);
    pointer("pointer: an array in another order", QStringLiteral("/data/tags"),
            QStringLiteral("[\"b\", \"a\"]"), quote, MatchReason::ValueDiffers,
            QStringLiteral("[\"a\",\"b\"]"));
    pointer("pointer: array element", QStringLiteral("/items/1"), QStringLiteral("b"), quote,
            MatchReason::Matched);
    pointer("pointer: first array element", QStringLiteral("/items/0"), QStringLiteral("a"), quote,
            MatchReason::Matched);
    pointer("pointer: into objects in arrays", QStringLiteral("/data/deep/x/0/id"),
            QStringLiteral("7"), quote, MatchReason::Matched);
    pointer("pointer: index past the end", QStringLiteral("/items/3"), QStringLiteral("c"), quote,
            MatchReason::NoValueAtPointer);
    pointer("pointer: index with a leading zero", QStringLiteral("/items/01"), QStringLiteral("b"),
            quote, MatchReason::NoValueAtPointer);
    pointer("pointer: index that is not a number", QStringLiteral("/items/x"), QStringLiteral("a"),
            quote, MatchReason::NoValueAtPointer);
    pointer("pointer: - is past the end", QStringLiteral("/items/-"), QStringLiteral("c"), quote,
            MatchReason::NoValueAtPointer);
    pointer("pointer: ~1 is /", QStringLiteral("/a~1b"), QStringLiteral("1"), quote,
            MatchReason::Matched);
    pointer("pointer: ~0 is ~", QStringLiteral("/m~0n"), QStringLiteral("2"), quote,
            MatchReason::Matched);
    // RFC 6901 §4: ~01 is "~1" (not "/"), because ~1 is replaced before ~0.
    pointer("pointer: ~01 is ~1", QStringLiteral("/~01"), QStringLiteral("3"), quote,
            MatchReason::Matched);
    pointer("pointer: / is the empty name", QStringLiteral("/"), QStringLiteral("5"), quote,
            MatchReason::Matched);
    pointer("pointer: empty is the whole message", QString(),
            QStringLiteral("{\"b\": [1, 2], \"a\": null}"), R"({"a": null, "b": [1, 2]})",
            MatchReason::Matched);
    pointer("pointer: into a top-level array", QStringLiteral("/1/v"), QStringLiteral("2"),
            R"([{"v": 1}, {"v": 2}])", MatchReason::Matched);
    pointer("pointer: missing member", QStringLiteral("/missing"), QStringLiteral("x"), quote,
            MatchReason::NoValueAtPointer);
    pointer("pointer: missing, expecting null", QStringLiteral("/missing"), QStringLiteral("null"),
            quote, MatchReason::NoValueAtPointer);
    pointer("pointer: below a string", QStringLiteral("/name/first"), QStringLiteral("alice"),
            quote, MatchReason::NoValueAtPointer);
    pointer("pointer: names are case sensitive", QStringLiteral("/Name"), QStringLiteral("alice"),
            quote, MatchReason::NoValueAtPointer);
    pointer("pointer: plain text is not JSON", QStringLiteral("/n"), QStringLiteral("42"), "hello",
            MatchReason::NotJson);
    pointer("pointer: a bare JSON number is not a document", QStringLiteral(""),
            QStringLiteral("42"), "42", MatchReason::NotJson);
    pointer("pointer: truncated JSON", QStringLiteral("/n"), QStringLiteral("42"), "{\"n\": 4",
            MatchReason::NotJson);
    pointer("pointer: without its leading /", QStringLiteral("n"), QStringLiteral("42"), quote,
            MatchReason::InvalidPointer);

    // The value at the pointer (/id unless set) in the reply and in the message sent last.
    const auto sameId
        = [](const char *name, const QString &ptr, const QByteArray &sent,
             const QByteArray &received, MatchReason reason, const QString &detail = {}) {
              QTest::newRow(name) << Match::SameId << QStringLiteral("not used") << ptr << sent
                                  << received << reason << detail << -1;
          };
    sameId("sameId: numeric id", QString(), R"({"id": 7, "op": "subscribe"})",
           R"({"id": 7, "result": "ok"})", MatchReason::Matched);
    sameId("sameId: string id", QString(), R"({"id": "3f2b-8c1e", "op": "subscribe"})",
           R"({"result": "ok", "id": "3f2b-8c1e"})", MatchReason::Matched);
    sameId("sameId: another numeric id", QString(), R"({"id": 7})", R"({"id": 8})",
           MatchReason::IdDiffers, QStringLiteral("8"));
    sameId("sameId: another string id", QString(), R"({"id": "a"})", R"({"id": "b"})",
           MatchReason::IdDiffers, QStringLiteral("\"b\""));
    sameId("sameId: the string \"7\" is not 7", QString(), R"({"id": 7})", R"({"id": "7"})",
           MatchReason::IdDiffers, QStringLiteral("\"7\""));
    sameId("sameId: an object id", QString(), R"({"id": {"n": 1, "s": "x"}})",
           R"({"id": {"s": "x", "n": 1}})", MatchReason::Matched);
    sameId("sameId: a reply without /id", QString(), R"({"id": 7})", R"({"result": "ok"})",
           MatchReason::NoValueAtPointer);
    sameId("sameId: a reply that is not JSON", QString(), R"({"id": 7})", "pong",
           MatchReason::NotJson);
    sameId("sameId: a message sent without an id", QString(), R"({"op": "subscribe"})",
           R"({"id": 7})", MatchReason::SentHasNoId);
    sameId("sameId: a message sent that is not JSON", QString(), "hello", R"({"id": 7})",
           MatchReason::SentNotJson);
    sameId("sameId: nothing sent", QString(), QByteArray(), R"({"id": 7})",
           MatchReason::SentNotJson);
    sameId("sameId: another pointer", QStringLiteral("/meta/req"),
           R"({"id": 1, "meta": {"req": "a1"}})", R"({"id": 2, "meta": {"req": "a1"}})",
           MatchReason::Matched);
    sameId("sameId: another pointer, another value", QStringLiteral("/meta/req"),
           R"({"id": 1, "meta": {"req": "a1"}})", R"({"id": 1, "meta": {"req": "b2"}})",
           MatchReason::IdDiffers, QStringLiteral("\"b2\""));
    sameId("sameId: a pointer without its leading /", QStringLiteral("id"), R"({"id": 7})",
           R"({"id": 7})", MatchReason::InvalidPointer);
}

void TestExpectation::matchMessage()
{
    QFETCH(Match, match);
    QFETCH(QString, value);
    QFETCH(QString, pointer);
    QFETCH(QByteArray, lastSent);
    QFETCH(QByteArray, received);
    QFETCH(MatchReason, reason);
    QFETCH(QString, detail);
    QFETCH(int, offset);
    Expectation e;
    e.match = match;
    e.value = value;
    e.pointer = pointer;
    const MatchResult r = WsBench::Automation::matchMessage(e, lastSent, received);
    QCOMPARE(matchReasonName(r.reason), matchReasonName(reason));
    QCOMPARE(r.matched(), reason == MatchReason::Matched);
    QCOMPARE(r.detail, detail);
    QCOMPARE(int(r.offset), offset);
}

// Settings that no message can meet are known before any message comes: the runner fails
// such a step at once instead of waiting for its timeout.
void TestExpectation::settingsThatCannotMatch_data()
{
    QTest::addColumn<Match>("match");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QByteArray>("lastSent");
    QTest::addColumn<MatchReason>("reason"); // Matched: it can match

    QTest::newRow("text") << Match::Text << QStringLiteral("(") << QString() << QByteArray()
                          << MatchReason::Matched;
    QTest::newRow("valid regex") << Match::Regex << QStringLiteral("^a+$") << QString()
                                 << QByteArray() << MatchReason::Matched;
    QTest::newRow("invalid regex") << Match::Regex << QStringLiteral("a[") << QString()
                                   << QByteArray() << MatchReason::InvalidRegex;
    QTest::newRow("pointer") << Match::JsonPointer << QStringLiteral("1") << QStringLiteral("/a")
                             << QByteArray() << MatchReason::Matched;
    QTest::newRow("empty pointer") << Match::JsonPointer << QStringLiteral("1") << QString()
                                   << QByteArray() << MatchReason::Matched;
    QTest::newRow("pointer without /")
        << Match::JsonPointer << QStringLiteral("1") << QStringLiteral("a") << QByteArray()
        << MatchReason::InvalidPointer;
    QTest::newRow("sameId after a message with an id")
        << Match::SameId << QString() << QString() << QByteArray(R"({"id": 1})")
        << MatchReason::Matched;
    QTest::newRow("sameId with nothing sent")
        << Match::SameId << QString() << QString() << QByteArray() << MatchReason::SentNotJson;
    QTest::newRow("sameId after a message without an id")
        << Match::SameId << QString() << QString() << QByteArray(R"({"op": 1})")
        << MatchReason::SentHasNoId;
    QTest::newRow("sameId, its pointer without /")
        << Match::SameId << QString() << QStringLiteral("id") << QByteArray(R"({"id": 1})")
        << MatchReason::InvalidPointer;
}

void TestExpectation::settingsThatCannotMatch()
{
    QFETCH(Match, match);
    QFETCH(QString, value);
    QFETCH(QString, pointer);
    QFETCH(QByteArray, lastSent);
    QFETCH(MatchReason, reason);
    Expectation e;
    e.match = match;
    e.value = value;
    e.pointer = pointer;
    const std::optional<MatchResult> error = expectationError(e, lastSent);
    QCOMPARE(matchReasonName(error ? error->reason : MatchReason::Matched),
             matchReasonName(reason));
    if (reason == MatchReason::InvalidRegex) {
        QVERIFY(!error->detail.isEmpty());
        QVERIFY(error->offset >= 0);
    }
}

void TestExpectation::fromStepKeepsTheSettings()
{
    Step step;
    step.kind = Step::Kind::Expect;
    step.match = Match::SameId;
    step.value = QStringLiteral("{{name}}");
    const Expectation e = Expectation::fromStep(step, QStringLiteral("alice"));
    QCOMPARE(int(e.match), int(Match::SameId));
    QCOMPARE(e.value, QStringLiteral("alice"));
    QVERIFY(e.pointer.isEmpty());
    QCOMPARE(effectivePointer(e), QStringLiteral("/id")); // sameId's default
    step.pointer = QStringLiteral("/req");
    QCOMPARE(effectivePointer(Expectation::fromStep(step, {})), QStringLiteral("/req"));
    step.match = Match::JsonPointer;
    step.pointer.clear();
    QCOMPARE(effectivePointer(Expectation::fromStep(step, {})), QString()); // the whole message
}

void TestExpectation::everyReasonHasAName()
{
    int count = 0;
    for (int i = 0; matchReasonName(MatchReason(i)); ++i)
        ++count;
    QCOMPARE(MatchReason(count - 1), MatchReason::IdDiffers);
    QCOMPARE(matchReasonName(MatchReason::NoValueAtPointer), "NoValueAtPointer");
}

QTEST_GUILESS_MAIN(TestExpectation)
#include "tst_expectation.moc"
