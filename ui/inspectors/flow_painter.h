#pragma once

#include "ui/models/flow_model.h"

#include <QCache>
#include <QCoreApplication>
#include <QFont>
#include <QPalette>

class QPainter;

namespace WsBench {
namespace Gui {

// Paints the flow diagram's rows, lanes, header and legend: one routine for the screen and for
// SVG/PNG export. Row labels are words built only for the rows painted (with a small cache).
class FlowPainter final
{
    Q_DECLARE_TR_FUNCTIONS(FlowPainter)

public:
    FlowPainter(const FlowModel *model, const QFont &font, const QPalette &palette);

    static constexpr int kGutter = 76; // the time column on the left
    int headerHeight() const;
    // The legend flows into as many lines as `width` needs: this is their height.
    int legendHeight(int width) const;
    int rowPitch() const; // from the font
    qreal laneX(int lane, int width) const;

    // The lanes' vertical lines from `top` to `bottom` (device coordinates).
    void paintLanes(QPainter *p, int width, int top, int bottom) const;
    void paintHeader(QPainter *p, int width) const;
    void paintLegend(QPainter *p, int width, int top) const;
    // Row `row` with its top at `top` (and its break band above it, when it has one).
    void paintRow(QPainter *p, std::size_t row, int width, int top, bool selected) const;

    QString label(std::size_t row) const; // the words on an arrow or marker
    // A Close item, one sentence a fact: who sent Close first, what each end sent and received,
    // the close code, wasClean, and what 1005 or 1006 means when it is the code.
    QStringList closeSentences(std::size_t row) const;
    QString closeText(std::size_t row) const; // the sentences on one line
    // The lines the Close item's summary is painted as at `width`: each sentence on its own,
    // wrapped; `fits` says whether they all fit in its band.
    QStringList closeLines(std::size_t row, int width, bool *fits = nullptr) const;
    static QColor colour(FlowModel::Style style);
    static Qt::PenStyle penStyle(FlowModel::Style style);
    static QString styleName(FlowModel::Style style);

private:
    int legendLineHeight() const;
    // Each legend entry's top-left corner at `width`, in kLegend's order.
    QList<QPoint> legendLayout(int width) const;
    QRect closeBox(std::size_t row, int width, int top) const;
    QString preview(const FlowModel::Item &item) const;
    QString timeText(qint64 us) const;

    const FlowModel *m_model;
    QFont m_font;
    QPalette m_palette;
    mutable QCache<quint64, QString> m_labels;
};

} // namespace Gui
} // namespace WsBench
