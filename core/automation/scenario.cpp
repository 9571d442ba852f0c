#include "core/automation/scenario.h"

#include <QJsonArray>

namespace WsBench::Automation {

namespace {

struct Name
{
    Step::Kind kind;
    const char *text;
};
const Name kKinds[] = {
    {Step::Kind::Connect, "connect"},
    {Step::Kind::Send, "send"},
    {Step::Kind::Expect, "expect"},
    {Step::Kind::ExpectNothing, "expectNothing"},
    {Step::Kind::Ping, "ping"},
    {Step::Kind::Close, "close"},
    {Step::Kind::ExpectClose, "expectClose"},
    {Step::Kind::Wait, "wait"},
    {Step::Kind::Repeat, "repeat"},
    // Readers before binary steps refuse the kind and the match by name, rather than sending or
    // expecting the base64 as text.
    {Step::Kind::SendBinary, "sendBinary"},
};
const char *const kMatches[] = {"text", "regex", "jsonPointer", "sameId", "binary"};
constexpr int kMatchCount = int(sizeof(kMatches) / sizeof(kMatches[0]));

const char *kindName(Step::Kind kind)
{
    for (const Name &n : kKinds) {
        if (n.kind == kind)
            return n.text;
    }
    return "send";
}

QJsonArray stepsToJson(const QList<Step> &steps)
{
    QJsonArray out;
    for (const Step &s : steps) {
        QJsonObject o {{QStringLiteral("kind"), QLatin1String(kindName(s.kind))}};
        switch (s.kind) {
        case Step::Kind::Connect:
            o.insert(QStringLiteral("profile"), s.profile);
            o.insert(QStringLiteral("timeoutMs"), s.timeoutMs);
            break;
        case Step::Kind::Send:
        case Step::Kind::SendBinary:
            o.insert(QStringLiteral("value"), s.value);
            break;
        case Step::Kind::Expect:
            o.insert(QStringLiteral("match"), QLatin1String(kMatches[int(s.match)]));
            o.insert(QStringLiteral("value"), s.value);
            if (!s.pointer.isEmpty())
                o.insert(QStringLiteral("pointer"), s.pointer);
            o.insert(QStringLiteral("timeoutMs"), s.timeoutMs);
            break;
        case Step::Kind::ExpectNothing:
        case Step::Kind::Wait:
            o.insert(QStringLiteral("timeoutMs"), s.timeoutMs);
            break;
        case Step::Kind::Ping:
            o.insert(QStringLiteral("value"), s.value);
            o.insert(QStringLiteral("timeoutMs"), s.timeoutMs);
            break;
        case Step::Kind::Close:
            o.insert(QStringLiteral("code"), s.code);
            break;
        case Step::Kind::ExpectClose:
            o.insert(QStringLiteral("code"), s.code);
            o.insert(QStringLiteral("timeoutMs"), s.timeoutMs);
            break;
        case Step::Kind::Repeat:
            o.insert(QStringLiteral("count"), s.count);
            o.insert(QStringLiteral("body"), stepsToJson(s.body));
            break;
        }
        out.append(o);
    }
    return out;
}

bool stepsFromJson(const QJsonValue &value, const QString &path, QList<Step> *out,
                   DocumentProblem *problem);

} // namespace

std::optional<Step> stepFromJson(const QJsonObject &o, const QString &at, DocumentProblem *problem)
{
    Step s;
    const QString kind = o.value(QStringLiteral("kind")).toString();
    bool known = false;
    for (const Name &n : kKinds) {
        if (kind == QLatin1String(n.text)) {
            s.kind = n.kind;
            known = true;
        }
    }
    if (!known) {
        QStringList allowed {kind};
        for (const Name &n : kKinds)
            allowed << QLatin1String(n.text);
        *problem = {DocumentProblem::Kind::NotAStep, at + QStringLiteral(".kind"), allowed};
        return std::nullopt;
    }
    s.profile = o.value(QStringLiteral("profile")).toString();
    s.value = o.value(QStringLiteral("value")).toString();
    s.pointer = o.value(QStringLiteral("pointer")).toString();
    s.timeoutMs = o.value(QStringLiteral("timeoutMs")).toInt(5000);
    s.code = o.value(QStringLiteral("code")).toInt(s.kind == Step::Kind::ExpectClose ? 0 : 1000);
    s.count = o.value(QStringLiteral("count")).toInt(1);
    if (o.contains(QStringLiteral("match"))) {
        const QString match = o.value(QStringLiteral("match")).toString();
        int found = -1;
        for (int m = 0; m < kMatchCount; ++m) {
            if (match == QLatin1String(kMatches[m]))
                found = m;
        }
        if (found < 0) {
            QStringList allowed {match};
            for (const char *m : kMatches)
                allowed << QLatin1String(m);
            *problem = {DocumentProblem::Kind::NotOneOf, at + QStringLiteral(".match"), allowed};
            return std::nullopt;
        }
        s.match = Step::Match(found);
    }
    const bool binary = s.kind == Step::Kind::SendBinary
        || (s.kind == Step::Kind::Expect && s.match == Step::Match::Binary);
    if (binary
        && !QByteArray::fromBase64Encoding(s.value.toLatin1(),
                                           QByteArray::AbortOnBase64DecodingErrors)) {
        *problem = {DocumentProblem::Kind::NotBase64, at + QStringLiteral(".value")};
        return std::nullopt;
    }
    if (s.timeoutMs < 0 || s.count < 0) {
        *problem = {DocumentProblem::Kind::Negative,
                    at,
                    {QStringLiteral("timeoutMs"), QStringLiteral("count")}};
        return std::nullopt;
    }
    if (s.code < 0 || s.code > 65535) { // a close code is two bytes on the wire
        *problem = {DocumentProblem::Kind::NotAWholeNumber,
                    at + QStringLiteral(".code"),
                    {QStringLiteral("0"), QStringLiteral("65535")}};
        return std::nullopt;
    }
    if (s.kind == Step::Kind::Repeat
        && !stepsFromJson(o.value(QStringLiteral("body")), at + QStringLiteral(".body"), &s.body,
                          problem))
        return std::nullopt;
    return s;
}

namespace {

bool stepsFromJson(const QJsonValue &value, const QString &path, QList<Step> *out,
                   DocumentProblem *problem)
{
    if (!value.isArray()) {
        *problem = {DocumentProblem::Kind::NotAListOfSteps, path, {}};
        return false;
    }
    const QJsonArray list = value.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const auto step = stepFromJson(list.at(i).toObject(),
                                       QStringLiteral("%1[%2]").arg(path).arg(i), problem);
        if (!step)
            return false;
        out->append(*step);
    }
    return true;
}

} // namespace

QJsonObject scenarioToJson(const Scenario &scenario)
{
    return {{QStringLiteral("name"), scenario.name},
            {QStringLiteral("steps"), stepsToJson(scenario.steps)}};
}

std::optional<Scenario> scenarioFromJson(const QJsonObject &object, const QString &path,
                                         DocumentProblem *problem)
{
    Scenario s;
    s.name = object.value(QStringLiteral("name")).toString();
    if (s.name.isEmpty()) {
        *problem = {DocumentProblem::Kind::NoScenarioName, path + QStringLiteral(".name"), {}};
        return std::nullopt;
    }
    if (!stepsFromJson(object.value(QStringLiteral("steps")), path + QStringLiteral(".steps"),
                       &s.steps, problem))
        return std::nullopt;
    return s;
}

} // namespace WsBench::Automation
