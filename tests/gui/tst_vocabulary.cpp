// Every failure, note and scenario step outcome the engine reports has words in the window, and
// the Chinese catalogue translates all of them: a user of the Chinese window never sees an
// English sentence or an internal name such as "ConnectionRefused".
#include "core/automation/document_problem.h"
#include "core/automation/step_result.h"
#include "core/traffic/failure.h"
#include "core/traffic/note.h"
#include "ui/text/document_text.h"
#include "ui/text/explain.h"
#include "ui/text/record_text.h"
#include "ui/text/step_text.h"

#include <QRegularExpression>
#include <QTest>
#include <QTranslator>

#include <functional>

using namespace WsBench;

class TestVocabulary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyFailureHasChineseWords();
    void everyNoteHasChineseWords();
    void everyStepOutcomeHasChineseWords();
    void everyReasonAnExpectationCannotMatchHasChineseWords();
    void aFailedConnectNamesTheFailure();
    void everyDocumentProblemHasChineseWords();
    void aRefusedHandshakeSaysTheStatusInChinese();
    void theCatalogueSaysWhetherTheInterfaceIsEnglish();

private:
    // The text in English (no translator), then in Chinese.
    QPair<QString, QString> inBothLanguages(const std::function<QString()> &text);
    // Checks a Chinese text against its English source and the code's machine name.
    void checkChinese(const QString &english, const QString &chinese, const char *machineName);

    QTranslator m_chinese;
};

void TestVocabulary::initTestCase()
{
    // The catalogue the window embeds, compiled from resources/translations/wsbench_zh_CN.ts.
    QVERIFY(m_chinese.load(QStringLiteral(":/i18n/wsbench_zh_CN.qm")));
}

QPair<QString, QString> TestVocabulary::inBothLanguages(const std::function<QString()> &text)
{
    const QString english = text();
    QCoreApplication::installTranslator(&m_chinese);
    const QString chinese = text();
    QCoreApplication::removeTranslator(&m_chinese);
    return {english, chinese};
}

void TestVocabulary::checkChinese(const QString &english, const QString &chinese,
                                  const char *machineName)
{
    const QString what
        = QStringLiteral("%1: \"%2\" → \"%3\"").arg(QLatin1String(machineName), english, chinese);
    QVERIFY2(!english.isEmpty(), qPrintable(what));
    QVERIFY2(chinese != english, qPrintable(what));
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    QVERIFY2(chinese.contains(han), qPrintable(what));
    QVERIFY2(!chinese.contains(QLatin1String(machineName)), qPrintable(what));
    // No identifier in camel case, but the protocol's own names and the product's.
    static const QRegularExpression identifier(QStringLiteral("[A-Za-z]*[a-z][A-Z][A-Za-z]*"));
    auto it = identifier.globalMatch(chinese);
    while (it.hasNext()) {
        const QString word = it.next().captured();
        QVERIFY2(word == QLatin1String("WebSocket") || word == QLatin1String("bufferedAmount")
                     || word == QLatin1String("WsBench"),
                 qPrintable(what));
    }
}

void TestVocabulary::everyFailureHasChineseWords()
{
    int count = 0;
    for (int i = 0; const char *name = Traffic::failureName(Traffic::Failure(i)); ++i, ++count) {
        const auto failure = Traffic::Failure(i);
        const auto title
            = inBothLanguages([failure]() { return Text::Explain::failureTitle(failure); });
        checkChinese(title.first, title.second, name);
        const auto meaning
            = inBothLanguages([failure]() { return Text::Explain::failureMeaning(failure); });
        checkChinese(meaning.first, meaning.second, name);
        QVERIFY2(meaning.first.endsWith(QLatin1Char('.')), name); // one sentence
    }
    // Every value of the enum was seen: the last one ends the run.
    QCOMPARE(Traffic::Failure(count - 1), Traffic::Failure::HttpNameCase);
}

void TestVocabulary::everyNoteHasChineseWords()
{
    const QList<QByteArray> arguments = {"one", "two", "three", "four"};
    int count = 1;
    for (int i = 1; const char *name = Traffic::noteName(Traffic::Note(i)); ++i, ++count) {
        const auto note = Traffic::Note(i);
        const auto text
            = inBothLanguages([&]() { return Text::RecordText::note(note, arguments); });
        checkChinese(text.first, text.second, name);
    }
    QCOMPARE(Traffic::Note(count - 1), Traffic::Note::LinkConditions);
}

void TestVocabulary::everyStepOutcomeHasChineseWords()
{
    int count = 0;
    for (int i = 0; const char *name = Automation::stepOutcomeName(Automation::StepOutcome(i));
         ++i, ++count) {
        Automation::StepResult result;
        result.step.kind = Automation::Step::Kind::Expect;
        result.step.value = QStringLiteral("ok");
        result.outcome = Automation::StepOutcome(i);
        result.closeCode = 1006;
        result.text = QStringLiteral("seen");
        const auto verdict = inBothLanguages([&]() { return Text::StepText::verdict(result); });
        checkChinese(verdict.first, verdict.second, name);
        if (!result.failed())
            continue;
        const auto expected = inBothLanguages([&]() { return Text::StepText::expected(result); });
        checkChinese(expected.first, expected.second, name);
        const auto got = inBothLanguages([&]() { return Text::StepText::got(result); });
        if (got.first == result.text) // what arrived, or why a profile cannot be used
            QCOMPARE(got.second, result.text);
        else
            checkChinese(got.first, got.second, name);
    }
    QCOMPARE(Automation::StepOutcome(count - 1), Automation::StepOutcome::Cancelled);
}

void TestVocabulary::everyReasonAnExpectationCannotMatchHasChineseWords()
{
    using Automation::MatchReason;
    for (const MatchReason reason : {MatchReason::InvalidRegex, MatchReason::InvalidPointer,
                                     MatchReason::SentNotJson, MatchReason::SentHasNoId}) {
        Automation::StepResult result;
        result.step.kind = Automation::Step::Kind::Expect;
        result.step.match = Automation::Step::Match::SameId;
        result.outcome = Automation::StepOutcome::InvalidExpectation;
        result.match.reason = reason;
        result.match.detail = QStringLiteral("missing )");
        result.match.offset = 3;
        const auto got = inBothLanguages([&]() { return Text::StepText::got(result); });
        checkChinese(got.first, got.second, Automation::matchReasonName(reason));
        // The pointer, or the regex's error and where it is, in both languages.
        const QString detail = reason == MatchReason::InvalidRegex ? QStringLiteral("missing )")
                                                                   : QStringLiteral("/id");
        QVERIFY2(got.first.contains(detail), qPrintable(got.first));
        QVERIFY2(got.second.contains(detail), qPrintable(got.second));
        if (reason == MatchReason::InvalidRegex)
            QVERIFY2(got.second.contains(QLatin1Char('4')), qPrintable(got.second));
    }
}

void TestVocabulary::aFailedConnectNamesTheFailure()
{
    Automation::StepResult result;
    result.step.kind = Automation::Step::Kind::Connect;
    result.step.profile = QStringLiteral("local");
    result.outcome = Automation::StepOutcome::ConnectionClosed;
    result.closeCode = 1006;
    result.failure = Traffic::Failure::ConnectionRefused;
    const auto got = inBothLanguages([&]() { return Text::StepText::got(result); });
    QCOMPARE(
        got.first,
        QStringLiteral("Connection refused (the connection closed with 1006 Abnormal Closure)"));
    QVERIFY2(got.second.contains(QStringLiteral("连接被拒绝")), qPrintable(got.second));
    QVERIFY2(got.second.contains(QStringLiteral("1006")), qPrintable(got.second));
}

void TestVocabulary::everyDocumentProblemHasChineseWords()
{
    using Automation::DocumentProblem;
    int count = 0;
    for (int i = 0;
         const char *name = Automation::documentProblemKindName(DocumentProblem::Kind(i));
         ++i, ++count) {
        DocumentProblem problem(DocumentProblem::Kind(i), QStringLiteral("clients[1].url"),
                                {QStringLiteral("one"), QStringLiteral("two"),
                                 QStringLiteral("three"), QStringLiteral("four")});
        problem.line = 3;
        problem.column = 5;
        problem.detail = QStringLiteral("unterminated object");
        const auto text = inBothLanguages([&]() { return Text::DocumentText::describe(problem); });
        checkChinese(text.first, text.second, name);
        // The field is named as the file names it, in both languages.
        if (text.first.contains(problem.path))
            QVERIFY2(text.second.contains(problem.path), qPrintable(text.second));
    }
    QCOMPARE(DocumentProblem::Kind(count - 1), DocumentProblem::Kind::Negative);
}

void TestVocabulary::aRefusedHandshakeSaysTheStatusInChinese()
{
    // The engine's English sentence, with what an HTTP server sent: the status comes out in the
    // user's words, and the server's page stays out of the one-line message.
    const QByteArray engine = "The server answered 200 OK instead of 101 Switching Protocols (the "
                              "server says: \"<!DOCTYPE HTML> <html lang=\"en\">\", 230 bytes)";
    const auto [english, chinese] = inBothLanguages([&engine]() {
        return Text::Explain::failureDetail(Traffic::Failure::NotSwitchingProtocols, engine);
    });
    QCOMPARE(english,
             QStringLiteral("The server answered 200 OK instead of 101 Switching Protocols"));
    checkChinese(english, chinese, "NotSwitchingProtocols");
    QVERIFY2(chinese.contains(QLatin1String("200 OK")), qPrintable(chinese));
    QVERIFY2(!chinese.contains(QLatin1String("DOCTYPE")), qPrintable(chinese));
}

void TestVocabulary::theCatalogueSaysWhetherTheInterfaceIsEnglish()
{
    // The client's error line leaves the engine's English words out of a Chinese window.
    QVERIFY(Text::Explain::interfaceIsEnglish());
    QCoreApplication::installTranslator(&m_chinese);
    const bool chineseIsEnglish = Text::Explain::interfaceIsEnglish();
    QCoreApplication::removeTranslator(&m_chinese);
    QVERIFY(!chineseIsEnglish);
}

QTEST_MAIN(TestVocabulary)
#include "tst_vocabulary.moc"
