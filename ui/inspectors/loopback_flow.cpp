#include "ui/inspectors/loopback_flow.h"

#include "core/traffic/connection_id.h"
#include "ui/client/client_pane.h"
#include "ui/inspectors/flow_view.h"
#include "ui/server/server_pane.h"
#include "ui/widgets/log_view.h"

#include <QDockWidget>
#include <QMainWindow>

namespace WsBench {
namespace Gui {

QDockWidget *addLoopbackFlow(QMainWindow *window, Traffic::TrafficStore *store, ServerPane *server,
                             ClientPane *client)
{
    auto *dock = new QDockWidget(FlowView::tr("Flow: loopback pair"), window);
    dock->setObjectName(QStringLiteral("loopbackFlowDock"));
    auto *flow = new FlowView(store);
    const quint32 pane = client->paneNumber();
    const quint32 serverNumber = server->serverId();
    flow->setLanes({FlowView::tr("Client (ours)"), FlowView::tr("Server (ours)")},
                   [pane, serverNumber](quint32 c) -> std::optional<FlowEnds> {
                       const Traffic::ConnectionId id(c);
                       if (!id.isServerSide() && id.clientPane() == pane)
                           return FlowEnds {0, 1};
                       if (id.isServerPeer() && id.serverNumber() == serverNumber)
                           return FlowEnds {1, 0};
                       return std::nullopt;
                   });
    dock->setWidget(flow);
    window->addDockWidget(Qt::RightDockWidgetArea, dock);
    // Each log holds the records of its own end; a log ignores ids it does not show.
    for (LogView *log : {client->log(), server->log()}) {
        QObject::connect(flow, &FlowView::recordSelected, log, &LogView::selectRecord);
        QObject::connect(log, &LogView::recordSelected, flow, &FlowView::selectRecord);
    }
    QObject::connect(client, &QObject::destroyed, dock, &QObject::deleteLater);
    QObject::connect(server, &QObject::destroyed, dock, &QObject::deleteLater);
    return dock;
}

} // namespace Gui
} // namespace WsBench
