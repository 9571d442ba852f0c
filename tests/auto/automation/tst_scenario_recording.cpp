// A client connection's traffic turned into a scenario that does it again.
#include "core/automation/expectation.h"
#include "core/automation/scenario_recording.h"
#include "tests/support/record_builders.h"

#include <QJsonArray>
#include <QTest>

using namespace WsBench;
using namespace WsBench::Automation;
using TestSupport::messageRecord;
using TestSupport::stateRecord;
using Traffic::Direction;

class TestScenarioRecording : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sendsAndExpectsInOrder();
    void binaryMessagesAreRecordedByteForByte();
    void nothingToRecord();
};

void TestScenarioRecording::sendsAndExpectsInOrder()
{
    Traffic::TrafficStore store;
    store.append({stateRecord(7, Protocol::ReadyState::Open),
                  messageRecord(7, Direction::Outbound, 0x1, "hello"),
                  messageRecord(8, Direction::Inbound, 0x1, "another connection"),
                  messageRecord(7, Direction::Inbound, 0x1, "hello back"),
                  messageRecord(7, Direction::Outbound, 0x1, "bye")});
    const std::optional<Scenario> s = scenarioFromTraffic(store, 7, QStringLiteral("Client 1"));
    QVERIFY(s);
    QCOMPARE(s->steps.size(), 5);
    QCOMPARE(s->steps[0].kind, Step::Kind::Connect);
    QCOMPARE(s->steps[0].profile, QStringLiteral("Client 1"));
    QCOMPARE(s->steps[1].kind, Step::Kind::Send);
    QCOMPARE(s->steps[1].value, QStringLiteral("hello"));
    QCOMPARE(s->steps[2].kind, Step::Kind::Expect);
    QCOMPARE(s->steps[2].value, QStringLiteral("hello back"));
    QCOMPARE(s->steps[2].timeoutMs, 5000);
    QCOMPARE(s->steps[3].kind, Step::Kind::Send);
    QCOMPARE(s->steps[4].kind, Step::Kind::Close);
    QCOMPARE(s->steps[4].code, 1000);
}

void TestScenarioRecording::binaryMessagesAreRecordedByteForByte()
{
    const QByteArray sent("\xde\xad\xbe\xef\x00\x01\xff", 7);
    const QByteArray received("\x00\xff\x80", 3);
    Traffic::TrafficStore store;
    store.append({stateRecord(7, Protocol::ReadyState::Open),
                  messageRecord(7, Direction::Outbound, 0x2, sent),
                  messageRecord(7, Direction::Inbound, 0x2, received),
                  messageRecord(7, Direction::Inbound, 0x1, "text after")});
    const std::optional<Scenario> s = scenarioFromTraffic(store, 7, QStringLiteral("Client 1"));
    QVERIFY(s);
    QCOMPARE(s->steps.size(), 5);
    QCOMPARE(s->steps[1].kind, Step::Kind::SendBinary);
    QCOMPARE(QByteArray::fromBase64(s->steps[1].value.toLatin1()), sent);
    QCOMPARE(s->steps[2].kind, Step::Kind::Expect);
    QCOMPARE(s->steps[2].match, Step::Match::Binary);
    QCOMPARE(QByteArray::fromBase64(s->steps[2].value.toLatin1()), received);
    QCOMPARE(s->steps[3].match, Step::Match::Text);

    // The document keeps them: saved and read back, they are the same steps.
    Scenario named = *s;
    named.name = QStringLiteral("recorded");
    DocumentProblem problem;
    const std::optional<Scenario> back
        = scenarioFromJson(scenarioToJson(named), QStringLiteral("scenario"), &problem);
    QVERIFY2(back, qPrintable(problem.path));
    QCOMPARE(back->steps[1].kind, Step::Kind::SendBinary);
    QCOMPARE(back->steps[1].value, s->steps[1].value);
    QCOMPARE(back->steps[2].match, Step::Match::Binary);
    QCOMPARE(back->steps[2].value, s->steps[2].value);
    const QJsonObject json = scenarioToJson(named);
    QCOMPARE(json.value(QStringLiteral("steps"))
                 .toArray()
                 .at(1)
                 .toObject()
                 .value(QStringLiteral("kind")),
             QJsonValue(QStringLiteral("sendBinary")));

    // The matcher compares bytes.
    Expectation e = Expectation::fromStep(s->steps[2], s->steps[2].value);
    QCOMPARE(matchMessage(e, {}, received).reason, MatchReason::Matched);
    QCOMPARE(matchMessage(e, {}, received + '\0').reason, MatchReason::TextDiffers);

    // A binary step whose value is not base64 is refused where it is.
    QJsonObject bad = json;
    QJsonArray steps = bad.value(QStringLiteral("steps")).toArray();
    QJsonObject step = steps.at(1).toObject();
    step.insert(QStringLiteral("value"), QStringLiteral("not base64!"));
    steps.replace(1, step);
    bad.insert(QStringLiteral("steps"), steps);
    QVERIFY(!scenarioFromJson(bad, QStringLiteral("scenario"), &problem));
    QCOMPARE(problem.kind, DocumentProblem::Kind::NotBase64);
    QCOMPARE(problem.path, QStringLiteral("scenario.steps[1].value"));
}

void TestScenarioRecording::nothingToRecord()
{
    Traffic::TrafficStore store;
    store.append(
        {stateRecord(7, Protocol::ReadyState::Open), stateRecord(7, Protocol::ReadyState::Closed)});
    QVERIFY(!scenarioFromTraffic(store, 7, QStringLiteral("Client 1")));
    QVERIFY(!scenarioFromTraffic(store, 9, QStringLiteral("Client 1")));
}

QTEST_GUILESS_MAIN(TestScenarioRecording)
#include "tst_scenario_recording.moc"
