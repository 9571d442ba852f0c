#include "app/startup_probe.h"

#include <QApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace WsBench::App {

namespace {

class FirstPaint final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            // Once this paint has been flushed to the screen: the next turn of the loop.
            QTimer::singleShot(0, qApp, []() {
                std::fputs("painted\n", stdout);
                std::fflush(stdout);
                QApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

} // namespace

void watchFirstPaint(QWidget *window)
{
    if (qEnvironmentVariableIsSet("WSBENCH_STARTUP_PROBE"))
        window->installEventFilter(new FirstPaint(window));
}

} // namespace WsBench::App
