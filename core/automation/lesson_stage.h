#pragma once

#include "core/automation/lesson.h"

#include <QMap>
#include <QString>

#include <functional>
#include <optional>

namespace WsBench::Automation {

// Where a lesson happens: the window's tabs, or any other front end that can open the lesson's
// clients and servers, act for them and show what happened. The lesson runner drives it.
class LessonStage
{
public:
    virtual ~LessonStage() = default;
    // Opens the lesson's tabs: its servers listening, its clients ready to connect. False,
    // with why, when a server cannot listen.
    virtual bool setUp(const Lesson &lesson, QString *error) = 0;
    // Does one action and then calls `done` with an empty text, or why it could not be done.
    // `done` may be called before perform() returns.
    using Done = std::function<void(const QString &error)>;
    virtual void perform(const LessonAction &action, const Done &done) = 0;
    // Whether a connection belongs to the lesson's tabs.
    virtual bool ownsConnection(quint32 connection) const = 0;
    // Named measurements of the last comparison of transports ("websocket.bytesPerUpdate").
    virtual QMap<QString, double> figures() const = 0;
    // Shows the view a step points at, with `record` (when there is one) selected.
    virtual void point(const LessonPointer &pointer,
                       const std::optional<Traffic::TrafficRecord> &record)
        = 0;
    // Closes what setUp() opened.
    virtual void tearDown() = 0;
};

} // namespace WsBench::Automation
