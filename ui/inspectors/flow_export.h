#pragma once

#include <QCoreApplication>
#include <QFont>
#include <QPalette>
#include <QString>

#include <cstddef>

namespace WsBench {
namespace Gui {

class FlowModel;

class FlowExport final
{
    Q_DECLARE_TR_FUNCTIONS(FlowExport)

public:
    // Writes rows `first`..`last` of the flow diagram, with its lanes and legend, as an SVG (for
    // slides) or a PNG (for bug reports), chosen by the file's suffix. Saved atomically. Returns
    // an empty string, or what went wrong in the user's language.
    static QString write(const FlowModel &model, std::size_t first, std::size_t last,
                         const QString &path, const QFont &font, const QPalette &palette,
                         int width = 1000);
};

} // namespace Gui
} // namespace WsBench
