#pragma once

#include <QString>

class QCoreApplication;
class QLocale;

namespace WsBench {
namespace Gui {

// Installs the interface language: the Preferences setting, else the system's. Returns the
// language used ("en", "zh_CN", ...).
QString installTranslations(QCoreApplication *app);
// The same for a given locale. English is in the source, with a small embedded catalogue for
// its plural forms ("1 message", "2 messages"); another language comes from its embedded
// catalogue, plus Qt's own catalogue (qtbase, from Qt's translations directory) for the
// standard buttons, dialogs and context menus. A language without a catalogue falls back to
// English, Qt's words included.
QString installTranslations(QCoreApplication *app, const QLocale &locale);

} // namespace Gui
} // namespace WsBench
