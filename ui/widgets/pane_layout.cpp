#include "ui/widgets/pane_layout.h"

#include <QLabel>
#include <QSplitter>

namespace WsBench {
namespace Gui {

QSplitter *paneSplitter(QWidget *controls, QWidget *log, QWidget *inspectors)
{
    auto *right = new QSplitter(Qt::Vertical);
    right->setObjectName(QStringLiteral("logAndInspectors"));
    right->addWidget(log);
    right->addWidget(inspectors);
    right->setStretchFactor(0, 1);
    right->setStretchFactor(1, 1);
    right->setSizes({570, 330}); // the log keeps a dozen rows at 1366×768
    auto *split = new QSplitter(Qt::Horizontal);
    split->setObjectName(QStringLiteral("settingsAndLog"));
    split->addWidget(controls);
    split->addWidget(right);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({380, 980});
    return split;
}

QLabel *errorLabel()
{
    auto *l = new QLabel;
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->setStyleSheet(QStringLiteral("color: #c53030;"));
    l->hide();
    return l;
}

} // namespace Gui
} // namespace WsBench
