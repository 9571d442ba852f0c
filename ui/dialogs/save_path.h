#pragma once

#include <QString>

namespace WsBench {
namespace Gui {

// The name a save dialog returned, with `suffix` (".wsbench", ".har") added when it does not
// end with it already (in any case): not every desktop's dialog adds the filter's extension.
QString withSuffix(const QString &path, const QString &suffix);

} // namespace Gui
} // namespace WsBench
