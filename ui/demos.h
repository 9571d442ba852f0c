#pragma once

#include <QString>
#include <QStringList>

namespace WsBench {
namespace Gui {

class MainWindow;

// The live demos that "WebSocket in five minutes" links to (wsbench:demo/NAME): each opens a
// loopback pair, shows the inspector that makes the concept visible, prepares the composer
// and explains the concept in the side panel. The user then presses Send, Ping or Close.
QStringList demoNames();
// False, and nothing opened, for a name that is not a demo.
bool openDemo(MainWindow &window, const QString &name);

} // namespace Gui
} // namespace WsBench
