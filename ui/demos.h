#pragma once

#include <QRect>
#include <QString>
#include <QStringList>

namespace WsBench {
namespace Gui {

class MainWindow;
class WorkbenchPane;

// The live demos that "WebSocket in five minutes" links to (wsbench:demo/NAME): each opens a
// loopback pair, shows the inspector that makes the concept visible, prepares the composer
// and explains the concept in the side panel. The user then presses Send, Ping or Close.
QStringList demoNames();
// False, and nothing opened, for a name that is not a demo.
bool openDemo(MainWindow &window, const QString &name);
// Where a page about a demo may stand without hiding it (global coordinates): the pane's
// column of controls beside its log, above the composer's buttons. The log, the inspectors
// and the buttons to press stay in view.
QRect besideDemo(WorkbenchPane *pane);

} // namespace Gui
} // namespace WsBench
