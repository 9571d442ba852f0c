#pragma once

#include <QAbstractScrollArea>

namespace WsBench {
namespace Gui {

// Offset, hex and ASCII columns for a byte array, with one highlighted range. Clicking a byte
// reports its offset, so a field tree can select the field that covers it.
class HexView final : public QAbstractScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HexView)

public:
    explicit HexView(QWidget *parent = nullptr);
    ~HexView() override;

    void setData(const QByteArray &data);
    const QByteArray &data() const { return m_data; }
    // Highlights [offset, offset + length) and scrolls it into view; length 0 clears.
    void setHighlight(qsizetype offset, qsizetype length);
    qsizetype highlightOffset() const { return m_highlightOffset; }
    qsizetype highlightLength() const { return m_highlightLength; }
    QSize sizeHint() const override;

Q_SIGNALS:
    void byteClicked(qsizetype offset);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    static constexpr int kBytesPerRow = 16;
    void updateMetrics();
    int rowCount() const;
    qsizetype offsetAt(const QPoint &pos) const;

    QByteArray m_data;
    qsizetype m_highlightOffset = 0;
    qsizetype m_highlightLength = 0;
    int m_charWidth = 8;
    int m_lineHeight = 16;
};

} // namespace Gui
} // namespace WsBench
