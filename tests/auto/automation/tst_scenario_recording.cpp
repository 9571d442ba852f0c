// A client connection's traffic turned into a scenario that does it again.
#include "core/automation/scenario_recording.h"
#include "tests/support/record_builders.h"

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
    void nothingToRecord();
};

void TestScenarioRecording::sendsAndExpectsInOrder()
{
    Traffic::TrafficStore store;
    store.append({stateRecord(7, Protocol::ReadyState::Open),
                  messageRecord(7, Direction::Outbound, 0x1, "hello"),
                  messageRecord(8, Direction::Inbound, 0x1, "another connection"),
                  messageRecord(7, Direction::Inbound, 0x2, "binary is not recorded"),
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

void TestScenarioRecording::nothingToRecord()
{
    Traffic::TrafficStore store;
    store.append({stateRecord(7, Protocol::ReadyState::Open),
                  messageRecord(7, Direction::Inbound, 0x2, "\x01")});
    QVERIFY(!scenarioFromTraffic(store, 7, QStringLiteral("Client 1")));
    QVERIFY(!scenarioFromTraffic(store, 9, QStringLiteral("Client 1")));
}

QTEST_GUILESS_MAIN(TestScenarioRecording)
#include "tst_scenario_recording.moc"
