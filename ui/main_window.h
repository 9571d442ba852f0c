#pragma once

#include <QMainWindow>

namespace WsBench::Gui {

// The workbench's top-level window.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;
};

} // namespace WsBench::Gui
