#pragma once

#include <QString>

#include <functional>

namespace WsBench::Net {
class IoThread;
}
namespace WsBench::Traffic {
class Clock;
class TrafficStore;
} // namespace WsBench::Traffic

namespace WsBench {
namespace Gui {

// What every pane needs from the engine, built by the application and passed in (no
// singletons). Connection ids: see Traffic::ConnectionId.
class WorkbenchEngine final
{
public:
    WorkbenchEngine(Net::IoThread *io, Traffic::TrafficStore *store, const Traffic::Clock *clock)
        : m_io(io)
        , m_store(store)
        , m_clock(clock)
    { }
    Net::IoThread *io() const { return m_io; }
    Traffic::TrafficStore *store() const { return m_store; }
    const Traffic::Clock *clock() const { return m_clock; }
    quint32 allocateClientPane() { return m_nextClientPane = m_nextClientPane % 255 + 1; }
    quint32 allocateServer() { return ++m_nextServer; }
    // {{variables}} in URLs, headers and messages: the session's, set by the window.
    void setExpander(std::function<QString(const QString &)> expand)
    {
        m_expand = std::move(expand);
    }
    QString expand(const QString &text) const { return m_expand ? m_expand(text) : text; }

private:
    Net::IoThread *m_io;
    Traffic::TrafficStore *m_store;
    const Traffic::Clock *m_clock;
    quint32 m_nextClientPane = 0;
    quint32 m_nextServer = 0;
    std::function<QString(const QString &)> m_expand;
};

} // namespace Gui
} // namespace WsBench
