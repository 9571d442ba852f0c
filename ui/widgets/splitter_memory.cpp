#include "ui/widgets/splitter_memory.h"

#include <QSettings>
#include <QSplitter>

namespace WsBench {
namespace Gui {

void restoreSplitters(QWidget *pane, const QString &group)
{
    QSettings settings;
    for (QSplitter *s : pane->findChildren<QSplitter *>()) {
        if (s->objectName().isEmpty())
            continue;
        const QByteArray state
            = settings.value(QStringLiteral("layout/%1/%2").arg(group, s->objectName()))
                  .toByteArray();
        if (!state.isEmpty())
            s->restoreState(state);
    }
}

void saveSplitters(const QWidget *pane, const QString &group)
{
    QSettings settings;
    for (const QSplitter *s : pane->findChildren<QSplitter *>()) {
        if (!s->objectName().isEmpty())
            settings.setValue(QStringLiteral("layout/%1/%2").arg(group, s->objectName()),
                              s->saveState());
    }
}

} // namespace Gui
} // namespace WsBench
