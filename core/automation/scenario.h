#pragma once

#include "core/automation/document_problem.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace WsBench::Automation {

// One step of a scenario: a test of a WebSocket server.
struct Step
{
    enum class Kind : quint8 {
        Connect, // open `profile` (a client profile of the workspace)
        Send, // send `value` as text (variables expanded)
        Expect, // a message matching within `timeoutMs`
        ExpectNothing, // no message for `timeoutMs`
        Ping, // send a Ping with `value`, expect its Pong within `timeoutMs`
        Close, // close with `code`
        ExpectClose, // the connection ends within `timeoutMs`, with `code` (0: any)
        Wait, // `timeoutMs` of nothing
        Repeat, // `body` `count` times
        SendBinary, // send `value`, base64 in the file, as a binary message, byte for byte
    };
    enum class Match : quint8 {
        Text, // the whole message equals `value`
        Regex, // `value` matches somewhere in it
        JsonPointer, // the JSON value at `pointer` equals `value` (compared as JSON text)
        SameId, // the JSON value at `pointer` (default /id) equals the last sent message's
        Binary, // the whole message equals the bytes `value` holds in base64
    };
    Kind kind = Kind::Send;
    QString profile;
    QString value;
    Match match = Match::Text;
    QString pointer;
    int timeoutMs = 5000;
    int code = 1000;
    int count = 1;
    QList<Step> body;
};

struct Scenario
{
    QString name;
    QList<Step> steps;
};

// One step as a scenario file writes it; `at` names its place in the problem ("steps[3]").
std::optional<Step> stepFromJson(const QJsonObject &object, const QString &at,
                                 DocumentProblem *problem);

QJsonObject scenarioToJson(const Scenario &scenario);
// `path` names the place in the problem ("scenarios[1].steps[3].kind").
std::optional<Scenario> scenarioFromJson(const QJsonObject &object, const QString &path,
                                         DocumentProblem *problem);

} // namespace WsBench::Automation
