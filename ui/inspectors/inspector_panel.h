#pragma once

#include <QTabWidget>

namespace WsBench::Traffic {
class TrafficStore;
}

namespace WsBench {
namespace Gui {

class DetailView;
class FlowView;
class FrameInspector;
class HandshakeInspector;
class LivePlot;
class LogModel;

// The inspectors beside a log: the selected record's detail, its connection's handshake, the
// selected frame (or a message's frames), the live plot and the flow diagram.
class InspectorPanel final : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InspectorPanel)

public:
    enum Tab { DetailTab, HandshakeTab, FrameTab, PlotTab, FlowTab };
    InspectorPanel(Traffic::TrafficStore *store, LogModel *log, QWidget *parent = nullptr);
    ~InspectorPanel() override;

    void showRecord(quint64 id);
    // The connection whose handshake and plot are shown.
    void setConnection(quint32 connection);
    quint32 connection() const { return m_connection; }
    // Re-reads the handshake when the log has seen it arrive.
    void refreshHandshake();

    DetailView *detail() const { return m_detail; }
    HandshakeInspector *handshake() const { return m_handshake; }
    FrameInspector *frames() const { return m_frames; }
    LivePlot *plot() const { return m_plot; }
    FlowView *flow() const { return m_flow; }

Q_SIGNALS:
    // What the user selected here, as a glossary topic: the shown record's, or a frame field's.
    void topicSelected(const QByteArray &topic);
    // The handshake of connection() was (re)read into the handshake inspector.
    void handshakeShown(quint32 connection);

private:
    QList<QByteArray> framesOfMessage(quint64 messageId) const;

    Traffic::TrafficStore *m_store;
    LogModel *m_log;
    DetailView *m_detail;
    HandshakeInspector *m_handshake;
    FrameInspector *m_frames;
    LivePlot *m_plot;
    FlowView *m_flow;
    quint32 m_connection = 0;
    quint64 m_shownRequest = 0;
    quint64 m_shownResponse = 0;
    bool m_shownOpened = false;
};

} // namespace Gui
} // namespace WsBench
