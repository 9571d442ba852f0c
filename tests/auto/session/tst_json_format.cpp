#include "core/session/json_format.h"

#include <QTest>

using namespace WsBench::Session;

Q_DECLARE_METATYPE(JsonProblem)

class TestJsonFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsEveryTokenAsWritten_data();
    void keepsEveryTokenAsWritten();
    void prettyLayout();
    void invalidJsonNamesTheProblemAndItsByte_data();
    void invalidJsonNamesTheProblemAndItsByte();
    void nestingIsBounded();
    void formattingTwiceChangesNothing();
    void readerHandsOverEveryTokenInOrder();
    void readerStopsAtTheProblem();
    void stringValuesDecodeTheirEscapes_data();
    void stringValuesDecodeTheirEscapes();
};

namespace {

// Each token as "Kind text", so that a comparison shows what differs.
class TokenList final : public JsonVisitor
{
public:
    void token(JsonToken kind, QByteArrayView text) override
    {
        static const char *const names[] = {"BeginObject", "EndObject", "BeginArray", "EndArray",
                                            "Key",         "String",    "Number",     "Literal"};
        tokens << QString::fromLatin1(names[int(kind)]) + QLatin1Char(' ')
                + QString::fromUtf8(text);
    }
    QStringList tokens;
};

} // namespace

void TestJsonFormat::keepsEveryTokenAsWritten_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("compact");
    QTest::newRow("key order") << QByteArray("{ \"type\": \"chat\", \"id\": 1, \"msg\": \"hi\" }")
                               << QByteArray("{\"type\":\"chat\",\"id\":1,\"msg\":\"hi\"}");
    QTest::newRow("19-digit id") << QByteArray("{\"id\": 1234567890123456789}")
                                 << QByteArray("{\"id\":1234567890123456789}");
    QTest::newRow("number text") << QByteArray("[1.50, -0, 1E+3, 2e-7, 0.1000000000000000055511]")
                                 << QByteArray("[1.50,-0,1E+3,2e-7,0.1000000000000000055511]");
    QTest::newRow("duplicate keys") << QByteArray("{\"a\": 1, \"a\": 2, \"b\": {\"a\": 3}}")
                                    << QByteArray("{\"a\":1,\"a\":2,\"b\":{\"a\":3}}");
    QTest::newRow("escapes")
        << QByteArray(R"({"s": "\u00e9\ud83d\ude00 \" \\ \/ \b\f\n\r\t", "é": "你好"})")
        << QByteArray(R"({"s":"\u00e9\ud83d\ude00 \" \\ \/ \b\f\n\r\t","é":"你好"})");
    QTest::newRow("white space inside strings")
        << QByteArray("[\"a  b\", \" { , } \"]") << QByteArray("[\"a  b\",\" { , } \"]");
    QTest::newRow("scalars at the top") << QByteArray("  \"x\"\n") << QByteArray("\"x\"");
    QTest::newRow("literals") << QByteArray("[true,false , null]")
                              << QByteArray("[true,false,null]");
    QTest::newRow("empty containers")
        << QByteArray("{ \"a\" : [ ], \"b\" : { } }") << QByteArray("{\"a\":[],\"b\":{}}");
}

void TestJsonFormat::keepsEveryTokenAsWritten()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, compact);
    JsonError error;
    const std::optional<QByteArray> out = formatJson(input, JsonStyle::Compact, &error);
    QVERIFY2(
        out,
        qPrintable(
            QStringLiteral("problem %1 at byte %2").arg(int(error.problem)).arg(error.offset)));
    QCOMPARE(*out, compact);
    QCOMPARE(error.problem, JsonProblem::None);
    // Pretty output differs only in white space between tokens.
    const std::optional<QByteArray> pretty = formatJson(input, JsonStyle::Pretty);
    QVERIFY(pretty);
    QCOMPARE(formatJson(*pretty, JsonStyle::Compact), std::optional<QByteArray>(compact));
}

void TestJsonFormat::prettyLayout()
{
    const QByteArray in("{\"type\":\"sub\",\"id\":9007199254740993,\"tags\":[1,[]],\"o\":{}}");
    QCOMPARE(*formatJson(in, JsonStyle::Pretty),
             QByteArray("{\n"
                        "    \"type\": \"sub\",\n"
                        "    \"id\": 9007199254740993,\n"
                        "    \"tags\": [\n"
                        "        1,\n"
                        "        []\n"
                        "    ],\n"
                        "    \"o\": {}\n"
                        "}"));
}

void TestJsonFormat::invalidJsonNamesTheProblemAndItsByte_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<JsonProblem>("problem");
    QTest::addColumn<qsizetype>("offset");
    QTest::newRow("empty") << QByteArray(" \n ") << JsonProblem::Empty << qsizetype(0);
    QTest::newRow("missing value")
        << QByteArray("{\"a\": }") << JsonProblem::UnexpectedCharacter << qsizetype(6);
    QTest::newRow("trailing comma")
        << QByteArray("[1, 2,]") << JsonProblem::UnexpectedCharacter << qsizetype(6);
    QTest::newRow("single quotes")
        << QByteArray("{'a': 1}") << JsonProblem::UnexpectedCharacter << qsizetype(1);
    QTest::newRow("missing colon")
        << QByteArray("{\"a\" 1}") << JsonProblem::UnexpectedCharacter << qsizetype(5);
    QTest::newRow("unclosed object")
        << QByteArray("{\"a\": [1, 2]") << JsonProblem::UnexpectedEnd << qsizetype(12);
    QTest::newRow("unclosed string")
        << QByteArray("[\"abc") << JsonProblem::UnexpectedEnd << qsizetype(5);
    QTest::newRow("raw newline in string")
        << QByteArray("[\"a\nb\"]") << JsonProblem::BadString << qsizetype(3);
    QTest::newRow("bad escape") << QByteArray("[\"a\\xb\"]") << JsonProblem::BadEscape
                                << qsizetype(3);
    QTest::newRow("short unicode escape")
        << QByteArray("[\"\\u12g4\"]") << JsonProblem::BadEscape << qsizetype(2);
    QTest::newRow("leading zero") << QByteArray("[01]") << JsonProblem::BadNumber << qsizetype(1);
    QTest::newRow("bare minus") << QByteArray("[-]") << JsonProblem::BadNumber << qsizetype(1);
    QTest::newRow("no fraction digits")
        << QByteArray("[1.]") << JsonProblem::BadNumber << qsizetype(1);
    QTest::newRow("no exponent digits")
        << QByteArray("[1e+]") << JsonProblem::BadNumber << qsizetype(1);
    QTest::newRow("bad literal") << QByteArray("[tru]") << JsonProblem::BadLiteral << qsizetype(1);
    QTest::newRow("two values") << QByteArray("{} {}") << JsonProblem::TrailingData << qsizetype(3);
    QTest::newRow("non-string key")
        << QByteArray("{1: 2}") << JsonProblem::UnexpectedCharacter << qsizetype(1);
}

void TestJsonFormat::invalidJsonNamesTheProblemAndItsByte()
{
    QFETCH(QByteArray, input);
    QFETCH(JsonProblem, problem);
    QFETCH(qsizetype, offset);
    for (JsonStyle style : {JsonStyle::Pretty, JsonStyle::Compact}) {
        JsonError error;
        QVERIFY(!formatJson(input, style, &error));
        QCOMPARE(error.problem, problem);
        QCOMPARE(error.offset, offset);
    }
}

void TestJsonFormat::nestingIsBounded()
{
    const QByteArray deepest = QByteArray(kMaxJsonDepth, '[') + QByteArray(kMaxJsonDepth, ']');
    QVERIFY(formatJson(deepest, JsonStyle::Compact));
    // One level more is refused where it starts, without recursion (a million levels).
    JsonError error;
    QVERIFY(!formatJson(QByteArray(kMaxJsonDepth + 1, '[') + QByteArray(kMaxJsonDepth + 1, ']'),
                        JsonStyle::Pretty, &error));
    QCOMPARE(error.problem, JsonProblem::TooDeep);
    QCOMPARE(error.offset, qsizetype(kMaxJsonDepth));
    QVERIFY(!formatJson(QByteArray(1000000, '{'), JsonStyle::Compact, &error));
    QCOMPARE(error.problem, JsonProblem::UnexpectedCharacter); // "{{": a key must come first
    QVERIFY(!formatJson(QByteArray(1000000, '['), JsonStyle::Compact, &error));
    QCOMPARE(error.problem, JsonProblem::TooDeep);
}

void TestJsonFormat::formattingTwiceChangesNothing()
{
    const QByteArray in(R"({"b":[{"x":null,"y":[true,{"z":"\u0041"}]}],"a":-1.5e10})");
    const QByteArray once = *formatJson(in, JsonStyle::Pretty);
    QCOMPARE(*formatJson(once, JsonStyle::Pretty), once);
    QCOMPARE(*formatJson(once, JsonStyle::Compact), in);
}

void TestJsonFormat::readerHandsOverEveryTokenInOrder()
{
    TokenList list;
    JsonError error;
    QVERIFY(readJson(QByteArray(R"( {"type":"sub", "id" : 1234567890123456789,"msg":"h\"i",)"
                                R"("type":"dup","f":1.50,"a":[true,null,{}, []]} )"),
                     list, &error));
    QCOMPARE(error.problem, JsonProblem::None);
    QCOMPARE(list.tokens,
             QStringList({QStringLiteral("BeginObject {"),
                          QStringLiteral("Key \"type\""),
                          QStringLiteral("String \"sub\""),
                          QStringLiteral("Key \"id\""),
                          QStringLiteral("Number 1234567890123456789"),
                          QStringLiteral("Key \"msg\""),
                          QStringLiteral("String \"h\\\"i\""),
                          QStringLiteral("Key \"type\""),
                          QStringLiteral("String \"dup\""),
                          QStringLiteral("Key \"f\""),
                          QStringLiteral("Number 1.50"),
                          QStringLiteral("Key \"a\""),
                          QStringLiteral("BeginArray ["),
                          QStringLiteral("Literal true"),
                          QStringLiteral("Literal null"),
                          QStringLiteral("BeginObject {"),
                          QStringLiteral("EndObject }"),
                          QStringLiteral("BeginArray ["),
                          QStringLiteral("EndArray ]"),
                          QStringLiteral("EndArray ]"),
                          QStringLiteral("EndObject }")}));
}

void TestJsonFormat::readerStopsAtTheProblem()
{
    TokenList list;
    JsonError error;
    QVERIFY(!readJson(QByteArray(R"({"a": 1, "b": tru})"), list, &error));
    QCOMPARE(error.problem, JsonProblem::BadLiteral);
    QCOMPARE(error.offset, qsizetype(14));
    QCOMPARE(list.tokens,
             QStringList({QStringLiteral("BeginObject {"), QStringLiteral("Key \"a\""),
                          QStringLiteral("Number 1"), QStringLiteral("Key \"b\"")}));
}

void TestJsonFormat::stringValuesDecodeTheirEscapes_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("value");
    QTest::newRow("plain") << QByteArray("\"hi\"") << QStringLiteral("hi");
    QTest::newRow("empty") << QByteArray("\"\"") << QString();
    QTest::newRow("utf-8 as written") << QByteArray("\"你好 é\"") << QStringLiteral("你好 é");
    QTest::newRow("short escapes")
        << QByteArray(R"("a\"b\\c\/d\b\f\n\r\te")") << QStringLiteral("a\"b\\c/d\b\f\n\r\te");
    QTest::newRow("unicode escapes")
        << QByteArray(R"("\u00e9\u4F60x")") << QStringLiteral("\u00e9\u4f60x");
    QTest::newRow("surrogate pair")
        << QByteArray(R"("<\ud83d\ude00>")") << QStringLiteral("<\U0001F600>");
    QTest::newRow("lone high surrogate")
        << QByteArray(R"("\ud83dx\ud83d")") << QStringLiteral("\uFFFDx\uFFFD");
    QTest::newRow("lone low surrogate")
        << QByteArray(R"("\ude00\n")") << QStringLiteral("\uFFFD\n");
    QTest::newRow("high then high")
        << QByteArray(R"("\ud83d\ud83d\ude00")") << QStringLiteral("\uFFFD\U0001F600");
}

void TestJsonFormat::stringValuesDecodeTheirEscapes()
{
    QFETCH(QByteArray, token);
    QFETCH(QString, value);
    QCOMPARE(jsonStringValue(token), value);
    // The reader accepts it and hands over the same token, as written.
    TokenList list;
    QVERIFY(readJson(QByteArray("[") + token + QByteArray("]"), list));
    QCOMPARE(list.tokens.value(1), QStringLiteral("String ") + QString::fromUtf8(token));
}

QTEST_GUILESS_MAIN(TestJsonFormat)
#include "tst_json_format.moc"
