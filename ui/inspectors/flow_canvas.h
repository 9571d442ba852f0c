#pragma once

#include <QAbstractScrollArea>

#include <memory>
#include <optional>
#include <utility>

namespace WsBench {
namespace Gui {

class FlowModel;
class FlowPainter;

// The scrolling surface of the flow diagram. It paints only the rows in view (found by binary
// search on their positions), keeps the lane names at the top, follows new rows while scrolled
// to the end, and links its selection to the log: a click selects a record, selectRecord()
// scrolls to one and highlights it. Shift+click selects a range (for export).
class FlowCanvas final : public QAbstractScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowCanvas)

public:
    explicit FlowCanvas(FlowModel *model, QWidget *parent = nullptr);
    ~FlowCanvas() override;

    void selectRecord(quint64 id);
    quint64 selectedRecord() const { return m_selected; }
    // The selected rows, first and last (the whole range after a Shift+click).
    std::optional<std::pair<std::size_t, std::size_t>> selectedRows() const;
    // Where the arrow (or marker) of a record is, in viewport coordinates (empty: not drawn).
    QRect rowRect(quint64 id) const;

Q_SIGNALS:
    void recordSelected(quint64 id);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void onAppended();
    void onReset();
    void updateScrollRange();
    void ensureVisible(std::size_t row);

    FlowModel *m_model;
    std::unique_ptr<FlowPainter> m_painter;
    quint64 m_selected = 0;
    quint64 m_anchor = 0; // the other end of a Shift+click range
    bool m_revealSelected = false; // the selected record is not in the model yet: show it then
};

} // namespace Gui
} // namespace WsBench
