#include "ui/dialogs/save_path.h"

namespace WsBench {
namespace Gui {

QString withSuffix(const QString &path, const QString &suffix)
{
    if (path.isEmpty() || path.endsWith(suffix, Qt::CaseInsensitive))
        return path;
    return path + suffix;
}

} // namespace Gui
} // namespace WsBench
