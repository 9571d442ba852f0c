#pragma once

#include "core/automation/document_problem.h"
#include "core/automation/lesson_check.h"
#include "core/automation/scenario.h"
#include "core/session/workspace.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace WsBench::Automation {

// A text of a lesson in every language it is written in (English and Chinese).
struct LessonText
{
    QString en;
    QString zh;

    // The text for a language code ("zh_CN", "en", ...); English when there is no other.
    QString in(const QString &language) const;
    bool isEmpty() const { return en.isEmpty() && zh.isEmpty(); }
};

// One thing a lesson does when the student presses "Do it".
struct LessonAction
{
    enum class Kind : quint8 {
        Step, // a scenario step (connect, send, ping, close, wait, ...) done by a tab's end
        Apply, // changes a tab's profile (link conditions, misbehaviours, ...) as it runs
        Listen, // (re)starts the server tab, with its profile as it is now
        CompareTransports, // measures polling, long polling, SSE and WebSocket (see `figures`)
    };
    Kind kind = Kind::Step;
    // The tab that acts: a client or a server profile's name from the lesson's setup. A
    // connect step names its client in `step.profile` instead.
    QString on;
    Step step; // Kind::Step
    // Kind::Apply: the fields to change, as a session file writes a profile ("link": {...}).
    QJsonObject profile;
    // Kind::CompareTransports: rate (updates per second), duration and poll interval.
    int rate = 10;
    int durationS = 3;
    int pollIntervalMs = 500;
};

// Where the window shows what a step is about, once it happened.
struct LessonPointer
{
    enum class View : quint8 { None, Log, Handshake, Frame, Flow, Plot, Detail, Comparison };
    View view = View::None;
    QString on; // the tab (a profile's name); empty: the tab that acted last
    std::optional<RecordMatch> record; // the record to select (the last that matches)
    QByteArray field; // a frame field to highlight ("websocket.masking_key")
    QByteArray topic; // the explanation to open in the side panel
};

struct LessonStep
{
    LessonText text; // what the student reads (a little HTML: <b>, <i>, <code>)
    QList<LessonAction> actions; // what "Do it" does, in order; none: a step to read
    std::optional<LessonCheck> check; // what must have happened for the step to be done
    // The check looks at what happened since the lesson began, not only since the step did
    // (a step that explains what an earlier one caused). "checkSince" in the file; without
    // it, steps with nothing to do look at the whole lesson.
    bool checkSinceLesson = false;
    LessonText hint; // shown while the check waits
    LessonText outcome; // shown once the check passed: what it means
    LessonPointer pointer;
    int timeoutMs = 20000; // after "Do it", the check fails when it has not passed by then
};

struct Lesson
{
    QString id; // the file's stable name ("01-handshake")
    LessonText title;
    LessonText summary;
    // The tabs the lesson opens, as a session file holds them. A client without a URL
    // connects to the lesson's first server.
    QList<Session::ClientProfile> clients;
    QList<Session::ServerProfile> servers;
    // The tabs' names as the window shows them, by their names in the file ("Lesson client":
    // {"en": ..., "zh": "课程客户端"}); a tab without one shows its file's name.
    QMap<QString, LessonText> names;
    QList<LessonStep> steps;
};

// Reads a lesson file. On failure returns nothing and the problem, with the field it names
// ("steps[2].check.see.kind").
std::optional<Lesson> lessonFromJson(const QByteArray &json, DocumentProblem *problem);

// The lessons bundled with the application (":/lessons/*.json"), in order. A bundled file that
// does not read is a defect: it is left out and its problem returned in `problems`.
QList<Lesson> bundledLessons(QList<QPair<QString, DocumentProblem>> *problems = nullptr);

} // namespace WsBench::Automation
