#include "ui/main_window.h"

#include <QCoreApplication>
#include <QLabel>

namespace WsBench::Gui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("WsBench"));
    auto *notice = new QLabel(this);
    notice->setAlignment(Qt::AlignCenter);
    notice->setWordWrap(true);
    notice->setMargin(24);
    notice->setText(
        tr("<h2>WsBench %1</h2>"
           "<p>The workbench window (client and server panes, inspectors) is not built yet.</p>"
           "<p>The protocol engine is ready; run <code>wsbench --help</code> for what works "
           "today.</p>")
            .arg(QCoreApplication::applicationVersion()));
    setCentralWidget(notice);
    resize(900, 600);
}

MainWindow::~MainWindow() = default;

} // namespace WsBench::Gui
