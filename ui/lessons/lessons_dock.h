#pragma once

#include "ui/lessons/window_stage.h"

class QDockWidget;

namespace WsBench {

namespace Traffic {
class TrafficStore;
}

namespace Gui {

class LessonPanel;
class MainWindow;

// Help → Lessons: the bundled lessons in a side panel of `window`, played in its tabs (hidden
// until asked for). The panel is the dock's widget.
// Its comparison of transports runs in the window's Help → "Polling vs WebSocket" dialog.
QDockWidget *addLessonsDock(MainWindow *window, Traffic::TrafficStore *store);

} // namespace Gui
} // namespace WsBench
