#include "core/automation/scenario_recording.h"

namespace WsBench::Automation {

std::optional<Scenario> scenarioFromTraffic(const Traffic::TrafficStore &store, quint32 connection,
                                            const QString &profile)
{
    Scenario scenario;
    Step connect;
    connect.kind = Step::Kind::Connect;
    connect.profile = profile;
    scenario.steps.append(connect);
    store.visit(0, -1, [&](const Traffic::TrafficRecord &r) {
        if (r.connectionId != connection || r.kind != Traffic::RecordKind::Message
            || (r.opcode != 0x1 && r.opcode != 0x2))
            return;
        const bool binary = r.opcode == 0x2;
        const bool sent = r.direction == Traffic::Direction::Outbound;
        Step step;
        step.kind = !sent ? Step::Kind::Expect : binary ? Step::Kind::SendBinary : Step::Kind::Send;
        if (binary) {
            step.value = QString::fromLatin1(r.bytes.toBase64()); // byte for byte
            step.match = Step::Match::Binary;
        } else {
            step.value = QString::fromUtf8(r.bytes);
        }
        step.timeoutMs = 5000;
        scenario.steps.append(step);
    });
    if (scenario.steps.size() == 1)
        return std::nullopt;
    Step close;
    close.kind = Step::Kind::Close;
    close.code = 1000;
    scenario.steps.append(close);
    return scenario;
}

} // namespace WsBench::Automation
