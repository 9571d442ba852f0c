// Lesson files: the bundled ones read and are complete in both languages, a broken file names
// its problem, and each kind of check passes exactly when what it describes happened.
#include "core/automation/lesson.h"
#include "core/traffic/connection_id.h"
#include "tests/support/record_builders.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace WsBench;
using namespace WsBench::Automation;
using Traffic::Direction;
using Traffic::RecordKind;

namespace {

const quint32 kClient = Traffic::ConnectionId::clientAttempt(1, 1).raw();
const quint32 kOtherClient = Traffic::ConnectionId::clientAttempt(2, 1).raw();
const quint32 kPeer = Traffic::ConnectionId::serverPeer(1, 1).raw();

std::optional<LessonCheck> check(const char *json)
{
    DocumentProblem problem;
    const auto c = lessonCheckFromJson(QJsonDocument::fromJson(json).object(),
                                       QStringLiteral("check"), &problem);
    if (!c)
        qWarning() << "check did not read:" << problem.path << problem.args;
    return c;
}

DocumentProblem problemOf(const QByteArray &json)
{
    DocumentProblem problem;
    const auto lesson = lessonFromJson(json, &problem);
    if (lesson)
        qWarning() << "the lesson read, but should not have";
    return lesson ? DocumentProblem(DocumentProblem::Kind::NotJson, QStringLiteral("(none)"))
                  : problem;
}

// A minimal valid lesson with `step` as its only step.
QByteArray lessonWith(const QByteArray &step)
{
    return R"({"id": "t", "title": {"en": "T", "zh": "测"},
               "servers": [{"name": "S", "echo": true}], "clients": [{"name": "C"}],
               "steps": [)"
        + step + "]}";
}

const QRegularExpression kHan(QStringLiteral("\\p{Han}"));

} // namespace

class TestLessons : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bundledLessonsReadAndAreInBothLanguages()
    {
        QList<QPair<QString, DocumentProblem>> problems;
        const QList<Lesson> lessons = bundledLessons(&problems);
        for (const auto &[file, problem] : problems)
            qWarning() << file << problem.path << problem.args;
        QVERIFY(problems.isEmpty());
        QCOMPARE(lessons.size(), 9);
        QStringList ids;
        for (const Lesson &lesson : lessons) {
            ids << lesson.id;
            QVERIFY2(lesson.title.zh.contains(kHan), qPrintable(lesson.id));
            QVERIFY(!lesson.title.en.contains(kHan));
            for (auto it = lesson.names.begin(); it != lesson.names.end(); ++it)
                QVERIFY2(it->zh.contains(kHan),
                         qPrintable(lesson.id + QLatin1Char(' ') + it.key()));
            for (int i = 0; i < lesson.steps.size(); ++i) {
                const LessonStep &step = lesson.steps.at(i);
                const QString where = lesson.id + QStringLiteral(" step %1").arg(i + 1);
                for (const LessonText *text : {&step.text, &step.hint, &step.outcome}) {
                    if (text->isEmpty())
                        continue;
                    QVERIFY2(!text->en.isEmpty() && text->zh.contains(kHan), qPrintable(where));
                    QVERIFY2(!text->en.contains(kHan), qPrintable(where));
                }
                // Something to do, or something to read; a check always has a hint.
                QVERIFY2(!step.text.isEmpty(), qPrintable(where));
                QVERIFY2(!step.check || !step.hint.isEmpty(), qPrintable(where));
            }
        }
        QStringList sorted = ids;
        sorted.sort();
        QCOMPARE(ids, sorted);
        QCOMPARE(ids.first(), QStringLiteral("01-handshake"));
        QCOMPARE(ids.last(), QStringLiteral("09-polling-vs-websocket"));
    }

    void lessonsReuseSessionProfilesAndScenarioSteps()
    {
        const QList<Lesson> lessons = bundledLessons();
        const Lesson &broadcast = lessons.at(6);
        QCOMPARE(broadcast.clients.size(), 4);
        QCOMPARE(broadcast.clients.at(3).origin, QStringLiteral("http://evil.example"));
        QCOMPARE(broadcast.servers.at(0).allowedOrigins,
                 QStringList {QStringLiteral("http://classroom.example")});
        QVERIFY(broadcast.servers.at(0).broadcast);
        const LessonAction &connect = broadcast.steps.at(0).actions.at(1);
        QCOMPARE(connect.step.kind, Step::Kind::Connect);
        QCOMPARE(connect.on, QStringLiteral("Bob"));
        const LessonAction &burst = lessons.at(2).steps.at(1).actions.at(0);
        QCOMPARE(burst.step.kind, Step::Kind::Repeat);
        QCOMPARE(burst.step.count, 24);
        QCOMPARE(burst.step.body.at(0).value.size(), 1024);
    }

    void brokenFilesNameTheirProblem_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("kind");
        using K = DocumentProblem::Kind;
        QTest::newRow("no Chinese")
            << QByteArray(R"({"id": "t", "title": {"en": "T"}, "steps": []})") << "title.zh"
            << int(K::Missing);
        QTest::newRow("no steps") << QByteArray(R"({"id": "t", "title": {"en": "T", "zh": "测"}})")
                                  << "steps" << int(K::Missing);
        QTest::newRow("unknown tab") << lessonWith(
            R"({"text": {"en": "a", "zh": "甲"}, "do": [{"kind": "send", "on": "Nobody", "value": "x"}]})")
                                     << "steps[0].do[0].on" << int(K::NoProfile);
        QTest::newRow("unknown step kind") << lessonWith(
            R"({"text": {"en": "a", "zh": "甲"}, "do": [{"kind": "teleport", "on": "C"}]})")
                                           << "steps[0].do[0].kind" << int(K::NotAStep);
        QTest::newRow("record field misspelt") << lessonWith(
            R"({"text": {"en": "a", "zh": "甲"}, "check": {"see": {"kidn": "frame"}}, "hint": {"en": "h", "zh": "提"}})")
                                               << "steps[0].check.see.kidn" << int(K::NotOneOf);
        QTest::newRow("unknown opcode") << lessonWith(
            R"({"text": {"en": "a", "zh": "甲"}, "check": {"see": {"opcode": "hello"}}, "hint": {"en": "h", "zh": "提"}})")
                                        << "steps[0].check.see.opcode" << int(K::NotOneOf);
        QTest::newRow("two check kinds") << lessonWith(
            R"({"text": {"en": "a", "zh": "甲"}, "check": {"see": {}, "none": {}}, "hint": {"en": "h", "zh": "提"}})")
                                         << "steps[0].check" << int(K::NotOneOf);
        QTest::newRow("check without hint") << lessonWith(
            R"({"text": {"en": "a", "zh": "甲"}, "check": {"see": {"kind": "frame"}}})")
                                            << "steps[0].hint" << int(K::Missing);
        QTest::newRow("bad view") << lessonWith(
            R"({"text": {"en": "a", "zh": "甲"}, "show": {"view": "radar"}})")
                                  << "steps[0].show.view" << int(K::NotOneOf);
        QTest::newRow("bad profile field") << QByteArray(
            R"({"id": "t", "title": {"en": "T", "zh": "测"}, "clients": [{"name": "C", "closeTimeoutMs": -4}], "steps": [{"text": {"en": "a", "zh": "甲"}}]})")
                                           << "clients[0].closeTimeoutMs"
                                           << int(K::NotAWholeNumber);
        QTest::newRow("name of no tab") << QByteArray(
            R"({"id": "t", "title": {"en": "T", "zh": "测"}, "clients": [{"name": "C"}], "names": {"D": {"en": "D", "zh": "丁"}}, "steps": [{"text": {"en": "a", "zh": "甲"}}]})")
                                        << "names.D" << int(K::NoProfile);
        QTest::newRow("not JSON") << QByteArray("{\"id\": ") << "" << int(K::NotJson);
    }

    void brokenFilesNameTheirProblem()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        QFETCH(int, kind);
        const DocumentProblem problem = problemOf(json);
        QCOMPARE(problem.path, path);
        QCOMPARE(int(problem.kind), kind);
    }

    void seeCountsRecordsOrDistinctValues()
    {
        auto first = TestSupport::frameRecord(kClient, Direction::Outbound, 0x1, "same");
        first.masked = true;
        first.maskKey = 0x11223344;
        auto second = first;
        const auto twoKeys = check(
            R"({"see": {"kind": "frame", "side": "client", "direction": "out", "masked": true}, "count": 2, "distinct": "maskKey"})");
        QVERIFY(twoKeys);
        QVERIFY(!twoKeys->passes({first, second}, {}));
        second.maskKey = 0x55667788;
        QVERIFY(twoKeys->passes({first, second}, {}));
        // The server's side does not count for the client.
        auto serverSide = second;
        serverSide.connectionId = kPeer;
        QVERIFY(!twoKeys->passes({first, serverSide}, {}));
    }

    void statusAndContainsLookInsideRecords()
    {
        const auto forbidden = check(R"({"see": {"kind": "handshake-response", "status": 403}})");
        QVERIFY(forbidden);
        const auto ok = TestSupport::handshakeRecord(kClient, RecordKind::HandshakeResponse,
                                                     Direction::Inbound,
                                                     "HTTP/1.1 101 Switching Protocols\r\n\r\n");
        const auto refused
            = TestSupport::handshakeRecord(kClient, RecordKind::HandshakeResponse,
                                           Direction::Inbound, "HTTP/1.1 403 Forbidden\r\n\r\n");
        QVERIFY(!forbidden->passes({ok}, {}));
        QVERIFY(forbidden->passes({ok, refused}, {}));
        const auto sloppy = check(R"({"see": {"contains": "http/1.1 101"}})");
        QVERIFY(!sloppy->passes({ok}, {}));
    }

    void sequenceNeedsTheOrder()
    {
        const auto states = check(R"({"sequence": [
            {"kind": "state", "readyState": "CONNECTING"},
            {"kind": "state", "readyState": "OPEN"},
            {"kind": "state", "readyState": "CLOSED"}]})");
        QVERIFY(states);
        using S = Protocol::ReadyState;
        const auto connecting = TestSupport::stateRecord(kClient, S::Connecting);
        const auto open = TestSupport::stateRecord(kClient, S::Open);
        const auto closed = TestSupport::stateRecord(kClient, S::Closed);
        const auto message
            = TestSupport::messageRecord(kClient, Direction::Inbound, 0x1, "between");
        QVERIFY(states->passes({connecting, message, open, closed}, {}));
        QVERIFY(!states->passes({connecting, closed, open}, {}));
        QVERIFY(!states->passes({open, closed}, {}));
    }

    void noneAndAll()
    {
        const auto cleanNoMask = check(R"({"all": [
            {"none": {"direction": "in", "masked": true}},
            {"see": {"kind": "close", "wasClean": true, "closeCode": 1000}}]})");
        QVERIFY(cleanNoMask);
        const auto close = TestSupport::closeRecord(kClient, 1000, true);
        auto maskedIn = TestSupport::frameRecord(kClient, Direction::Inbound, 0x1, "x");
        QVERIFY(cleanNoMask->passes({close}, {}));
        QVERIFY(cleanNoMask->passes({maskedIn, close}, {}));
        maskedIn.masked = true;
        QVERIFY(!cleanNoMask->passes({maskedIn, close}, {}));
        QVERIFY(!cleanNoMask->passes({TestSupport::closeRecord(kClient, 1006, false)}, {}));
    }

    void drainedNeedsTheSameConnectionToReachZero()
    {
        const auto drained
            = check(R"({"drained": {"kind": "message", "direction": "out"}, "count": 8192})");
        QVERIFY(drained);
        auto high = TestSupport::messageRecord(kClient, Direction::Outbound, 0x1, "x");
        high.bufferedAmount = 20000;
        auto low = TestSupport::messageRecord(kClient, Direction::Inbound, 0x1, "x");
        low.bufferedAmount = 0;
        auto elsewhere = low;
        elsewhere.connectionId = kOtherClient;
        QVERIFY(drained->passes({high, low}, {}));
        QVERIFY(!drained->passes({high, elsewhere}, {}));
        QVERIFY(!drained->passes({low, high}, {})); // zero before, not after
        high.bufferedAmount = 4000; // never above the mark
        QVERIFY(!drained->passes({high, low}, {}));
    }

    void figuresCompareWithFiguresOrNumbers()
    {
        const auto cheaper = check(
            R"({"figure": "websocket.bytesPerUpdate", "than": "short-polling.bytesPerUpdate"})");
        QVERIFY(cheaper);
        QVERIFY(!cheaper->passes({}, {}));
        QVERIFY(cheaper->passes({},
                                {{QStringLiteral("websocket.bytesPerUpdate"), 70},
                                 {QStringLiteral("short-polling.bytesPerUpdate"), 400}}));
        QVERIFY(!cheaper->passes({},
                                 {{QStringLiteral("websocket.bytesPerUpdate"), 500},
                                  {QStringLiteral("short-polling.bytesPerUpdate"), 400}}));
        const auto bound = check(R"({"figure": "websocket.p50DelayMs", "than": "5"})");
        QVERIFY(bound->passes({}, {{QStringLiteral("websocket.p50DelayMs"), 1.5}}));
        QVERIFY(!bound->passes({}, {{QStringLiteral("websocket.p50DelayMs"), 7}}));
    }
};

QTEST_GUILESS_MAIN(TestLessons)
#include "tst_lessons.moc"
