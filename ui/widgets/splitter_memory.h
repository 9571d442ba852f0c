#pragma once

#include <QString>

class QWidget;

namespace WsBench {
namespace Gui {

// Splitter positions kept between runs: every named QSplitter inside `pane`, under `group` in
// the application's settings.
void restoreSplitters(QWidget *pane, const QString &group);
void saveSplitters(const QWidget *pane, const QString &group);

} // namespace Gui
} // namespace WsBench
