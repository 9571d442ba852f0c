#pragma once

#include "core/net/io_thread.h"
#include "core/traffic/clock.h"
#include "core/traffic/traffic_store.h"
#include "ui/main_window.h"
#include "ui/workbench_engine.h"

#include <QString>

#include <memory>

namespace WsBench::Gui {
class ClientPane;
}

namespace WsBench::Testing {

// The whole window over a real engine, put together as app/main.cpp does, at 1366×768 and
// shown: for GUI tests that drive a loopback pair or real peers.
class TestWindow
{
public:
    TestWindow();
    ~TestWindow();
    TestWindow(const TestWindow &) = delete;
    TestWindow &operator=(const TestWindow &) = delete;

    Gui::MainWindow *window() { return m_window.get(); }
    Traffic::TrafficStore *store() { return &m_store; }

private:
    Net::IoThread m_io;
    Traffic::TrafficStore m_store;
    Traffic::SystemClock m_clock;
    Gui::WorkbenchEngine m_engine;
    std::unique_ptr<Gui::MainWindow> m_window; // first to go
};

// Waits (bounded) for `client` to open, sends `text` from its composer, and returns the id of
// the outgoing message's log row, or 0 when it did not appear within 10 s.
quint64 sendAndFind(Gui::ClientPane *client, const QString &text);

} // namespace WsBench::Testing
