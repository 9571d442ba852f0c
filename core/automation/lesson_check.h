#pragma once

#include "core/automation/document_problem.h"
#include "core/traffic/traffic_record.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>
#include <vector>

namespace WsBench::Automation {

// Which records a lesson looks for. Every field that is set must hold.
struct RecordMatch
{
    std::optional<Traffic::RecordKind> kind;
    std::optional<Traffic::Direction> direction; // as seen by the end that recorded it
    std::optional<bool> serverSide; // recorded by our server (true) or our client (false)
    std::optional<quint8> opcode;
    std::optional<bool> fin;
    std::optional<bool> masked;
    std::optional<bool> compressed;
    std::optional<quint16> closeCode; // Close records and Close frames
    std::optional<bool> wasClean;
    std::optional<Protocol::ReadyState> readyState;
    std::optional<Traffic::Failure> failure;
    std::optional<Traffic::Note> note;
    std::optional<int> status; // a handshake response's HTTP status
    std::optional<quint64> bufferedAtLeast; // bufferedAmount after the record
    QByteArray contains; // in the record's bytes (a head, a payload) or its text

    bool matches(const Traffic::TrafficRecord &record) const;
};

// What must have happened for a lesson step to be done, over the records of the lesson's
// connections since the step began, and the figures of the last measurement.
struct LessonCheck
{
    enum class Kind : quint8 {
        See, // at least `count` records match (with `distinct`: that many different values)
        Sequence, // records matching `sequence`, in that order (others may come between)
        None, // no record matches
        Drained, // a record matched with bufferedAmount >= `count`, then its connection drained
        Figure, // the figure `figure` is below `than` (a figure's name or a number)
        All, // every check of `all`
    };
    Kind kind = Kind::See;
    RecordMatch match;
    int count = 1;
    // See: count different values of this record field: "maskKey", "connection",
    // "closeCode" or "opcode".
    QString distinct;
    QList<RecordMatch> sequence;
    QString figure;
    QString than;
    QList<LessonCheck> all;

    // `figures` are named measurements ("websocket.bytesPerUpdate").
    bool passes(const std::vector<Traffic::TrafficRecord> &records,
                const QMap<QString, double> &figures) const;
};

// `path` names the place in problems ("steps[2].check").
std::optional<RecordMatch> recordMatchFromJson(const QJsonObject &object, const QString &path,
                                               DocumentProblem *problem);
std::optional<LessonCheck> lessonCheckFromJson(const QJsonObject &object, const QString &path,
                                               DocumentProblem *problem);

} // namespace WsBench::Automation
