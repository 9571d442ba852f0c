#pragma once

#include "core/automation/lesson_stage.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace WsBench {
namespace Gui {

class ClientPane;
class MainWindow;
class ServerPane;
class WorkbenchPane;

// A lesson played in the window: its servers and clients are tabs, its actions are what those
// tabs' buttons do, and pointing selects a record in a tab's log and inspectors.
class WindowStage final : public QObject, public Automation::LessonStage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowStage)

public:
    // Measures the transports (rate, duration, poll interval) in the window's comparison
    // view, then calls back with its figures, or with why it could not.
    using Comparison = std::function<void(
        const Automation::LessonAction &action,
        const std::function<void(const QString &error, const QMap<QString, double> &)> &)>;
    WindowStage(MainWindow *window, Comparison compare, QObject *parent = nullptr);
    ~WindowStage() override;

    bool setUp(const Automation::Lesson &lesson, QString *error) override;
    void perform(const Automation::LessonAction &action, const Done &done) override;
    bool ownsConnection(quint32 connection) const override;
    QMap<QString, double> figures() const override { return m_figures; }
    void point(const Automation::LessonPointer &pointer,
               const std::optional<Traffic::TrafficRecord> &record) override;
    void tearDown() override;

    // The lesson's tab of that name in the lesson's file, or null.
    WorkbenchPane *pane(const QString &name) const;

private:
    void performStep(const Automation::LessonAction &action, const Done &done);
    void apply(const Automation::LessonAction &action, const Done &done);
    // Calls `done` once the client is open (or has failed to open), checking every 50 ms,
    // for at most its connect timeout.
    void whenSettled(ClientPane *client, const Done &done);
    // Selects the record in the pane's log (and `field` in its Frame inspector) once the log
    // shows it, trying again a few times a second.
    void selectWhenShown(WorkbenchPane *pane, quint64 id, const QByteArray &field, int attempts);

    MainWindow *m_window;
    Comparison m_compare;
    QList<QPointer<ClientPane>> m_clients;
    QList<QPointer<ServerPane>> m_servers;
    QMap<QString, QPointer<QWidget>> m_names; // each tab by its name in the lesson's file
    QString m_lastActed;
    QMap<QString, double> m_figures;
};

} // namespace Gui
} // namespace WsBench
