#pragma once

#include "ui/models/flow_model.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QToolButton;

namespace WsBench::Traffic {
class TrafficStore;
}

namespace WsBench {
namespace Gui {

class FlowCanvas;

// The flow diagram: a sequence diagram of the conversation between two ends, with its time
// scale, legend and export. Pulls new records at display rate while it is visible.
class FlowView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowView)

public:
    explicit FlowView(Traffic::TrafficStore *store, QWidget *parent = nullptr);
    ~FlowView() override;

    FlowModel *model() const { return m_model; }
    FlowCanvas *canvas() const { return m_canvas; }
    QComboBox *timeScaleBox() const { return m_scale; }
    void setLanes(const QStringList &names,
                  std::function<std::optional<FlowEnds>(quint32 connection)> ends);
    void selectRecord(quint64 id);
    // Exports the selected range (all rows when at most one is selected) to `path` (.svg or
    // .png). Returns what went wrong, translated, or an empty string.
    QString exportTo(const QString &path) const;

Q_SIGNALS:
    void recordSelected(quint64 id);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void exportInteractively();

    FlowModel *m_model;
    FlowCanvas *m_canvas;
    QComboBox *m_scale;
    QToolButton *m_export;
    QLabel *m_error;
};

} // namespace Gui
} // namespace WsBench
