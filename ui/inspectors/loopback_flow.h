#pragma once

class QDockWidget;
class QMainWindow;

namespace WsBench::Traffic {
class TrafficStore;
}

namespace WsBench {
namespace Gui {

class ClientPane;
class ServerPane;

// A dock with the flow diagram of a loopback pair: both ends are ours, so every message shows
// as sent by one, as framed on the wire, and as received by the other. Its selection is linked
// to both panes' logs; it goes away with either pane.
QDockWidget *addLoopbackFlow(QMainWindow *window, Traffic::TrafficStore *store, ServerPane *server,
                             ClientPane *client);

} // namespace Gui
} // namespace WsBench
