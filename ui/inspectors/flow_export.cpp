#include "ui/inspectors/flow_export.h"

#include "ui/inspectors/flow_painter.h"
#include "ui/models/flow_model.h"

#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace WsBench {
namespace Gui {

namespace {

constexpr qint64 kMaxPngHeight = 30000; // pixels; beyond it a PNG is no use on a slide

} // namespace

QString FlowExport::write(const FlowModel &model, std::size_t first, std::size_t last,
                          const QString &path, const QFont &font, const QPalette &palette,
                          int width)
{
    if (model.count() == 0 || first > last || last >= model.count())
        return tr("There is nothing to export yet.");
    const bool svg = path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive);
    const bool png = path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive);
    if (!svg && !png)
        return tr("Choose a file name that ends in .svg or .png.");
    const FlowPainter painter(&model, font, palette);
    const int header = painter.headerHeight();
    // The first row's break band is left out: the range starts where it starts.
    const qint64 origin = model.item(first).y;
    const qint64 rows = model.item(last).y + model.rowHeight(last) - origin;
    const int legendTop = int(header + rows + 8);
    const qint64 height = legendTop + painter.legendHeight(width) + 8;
    if (png && height > kMaxPngHeight)
        return tr("The diagram is too tall for a PNG (%1 pixels). Select a shorter range "
                  "(Shift+click), or export SVG.")
            .arg(height);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    const auto paint = [&](QPainter *p) {
        p->setRenderHint(QPainter::Antialiasing);
        p->fillRect(QRect(0, 0, width, int(height)), palette.color(QPalette::Base));
        painter.paintLanes(p, width, header, int(header + rows));
        for (std::size_t row = first; row <= last; ++row)
            painter.paintRow(p, row, width, int(model.item(row).y - origin + header), false);
        painter.paintHeader(p, width);
        painter.paintLegend(p, width, legendTop);
    };
    if (svg) {
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        generator.setSize(QSize(width, int(height)));
        generator.setViewBox(QRect(0, 0, width, int(height)));
        generator.setTitle(tr("WebSocket flow diagram"));
        QPainter p;
        if (!p.begin(&generator))
            return tr("Cannot write %1: the SVG could not be started.").arg(path);
        paint(&p);
        p.end();
    } else {
        QImage image(width, int(height), QImage::Format_ARGB32_Premultiplied);
        if (image.isNull())
            return tr("Not enough memory for a PNG of %1 × %2 pixels.").arg(width).arg(height);
        QPainter p(&image);
        paint(&p);
        p.end();
        if (!image.save(&file, "PNG"))
            return tr("Cannot write %1: %2").arg(path, file.errorString());
    }
    if (!file.commit())
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace Gui
} // namespace WsBench
