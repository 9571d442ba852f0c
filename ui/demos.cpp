#include "ui/demos.h"

#include "ui/client/client_pane.h"
#include "ui/inspectors/inspector_panel.h"
#include "ui/main_window.h"
#include "ui/server/server_pane.h"
#include "ui/widgets/composer.h"
#include "ui/widgets/log_view.h"

#include <QCoreApplication>
#include <QPlainTextEdit>
#include <QTabWidget>

namespace WsBench {
namespace Gui {

namespace {

struct Demo
{
    const char *name;
    InspectorPanel::Tab tab;
    const char *topic;
    const char *message; // what the composer holds, ready to send
    int fragments;
};

const Demo kDemos[] = {
    {"handshake", InspectorPanel::HandshakeTab, "handshake.request", nullptr, 1},
    {"readystate", InspectorPanel::FlowTab, "readyState", nullptr, 1},
    {"frames", InspectorPanel::FrameTab, "websocket.opcode",
     QT_TRANSLATE_NOOP("Demos", "Hello, WebSocket!"), 1},
    {"masking", InspectorPanel::FrameTab, "websocket.masking_key",
     QT_TRANSLATE_NOOP("Demos", "Hello, WebSocket!"), 1},
    {"fragmentation", InspectorPanel::FlowTab, "fragmentation",
     QT_TRANSLATE_NOOP("Demos", "One message, three frames"), 3},
    {"ping", InspectorPanel::FlowTab, "event.ping", QT_TRANSLATE_NOOP("Demos", "are you there?"),
     1},
    {"close", InspectorPanel::FlowTab, "event.close", nullptr, 1},
};

} // namespace

QStringList demoNames()
{
    QStringList names;
    for (const Demo &d : kDemos)
        names << QLatin1String(d.name);
    return names;
}

bool openDemo(MainWindow &window, const QString &name)
{
    const Demo *demo = nullptr;
    for (const Demo &d : kDemos) {
        if (name == QLatin1String(d.name))
            demo = &d;
    }
    if (!demo)
        return false;
    const auto [server, client] = window.loopbackPair();
    WorkbenchPane *pane = client;
    if (!pane)
        pane = server; // the server could not listen: it says why
    window.tabs()->setCurrentWidget(pane->widget());
    pane->inspectors()->setCurrentIndex(demo->tab);
    if (demo->message) {
        pane->composer()->setText(QCoreApplication::translate("Demos", demo->message));
        pane->composer()->setFragments(demo->fragments);
    }
    window.explain(demo->topic);
    return true;
}

QRect besideDemo(WorkbenchPane *pane)
{
    QWidget *page = pane->widget();
    const QWidget *log = pane->log();
    const QPoint logTop = log->mapTo(page, QPoint(0, 0));
    const QRect column(0, logTop.y(), std::max(0, logTop.x() - 4), page->height() - logTop.y());
    const QWidget *editor = pane->composer()->editor();
    const int bottom = editor->isVisible() ? editor->mapTo(page, QPoint(0, editor->height())).y()
                                           : column.top() + column.height() * 3 / 5;
    QRect area = column;
    area.setBottom(std::min(column.bottom(), bottom));
    return QRect(page->mapToGlobal(area.topLeft()), area.size());
}

} // namespace Gui
} // namespace WsBench
