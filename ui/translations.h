#pragma once

#include <QString>

class QCoreApplication;

namespace WsBench {
namespace Gui {

// Installs the interface language: the Preferences setting, else the system's. English is in
// the source; other languages come from the embedded catalogues, plus Qt's own catalogue for
// its standard dialogs. Returns the language used ("en", "zh_CN", ...).
QString installTranslations(QCoreApplication *app);

} // namespace Gui
} // namespace WsBench
