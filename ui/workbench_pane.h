#pragma once

#include "core/session/workspace.h"

#include <QString>

class QWidget;

namespace WsBench {
namespace Gui {

class Composer;
class InspectorPanel;
class LogView;
struct Outgoing;

// What the window asks of a tab, whichever end it is: its profile in the session, its
// composer, log and inspectors, and sending what the library or the composer gives it.
class WorkbenchPane
{
public:
    virtual ~WorkbenchPane() = default;

    virtual QWidget *widget() = 0;
    virtual Session::EndpointRole role() const = 0;
    // The profile's name in the session (the tab's name).
    QString profileName() const { return m_profileName; }
    void setProfileName(const QString &name) { m_profileName = name; }
    // Adds the pane's profile, under its name, to the workspace, with its tab in order.
    virtual void addProfileTo(Session::Workspace &workspace) const = 0;

    virtual QString url() const = 0;
    virtual Composer *composer() const = 0;
    virtual LogView *log() const = 0;
    virtual InspectorPanel *inspectors() const = 0;
    // False when there is no one to send to (not connected, not listening).
    virtual bool canSend() const = 0;
    virtual void send(const Outgoing &outgoing) = 0;

private:
    QString m_profileName;
};

} // namespace Gui
} // namespace WsBench
