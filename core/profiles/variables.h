#pragma once

#include "core/net/template_engine.h"
#include "core/traffic/clock.h"

#include <QMap>
#include <QString>

#include <memory>

namespace WsBench::Profiles {

// {{name}} in URLs, headers and messages: the environment's value, else the workspace's, else a
// built-in macro of the one template engine (core/net/template_engine.h: {{counter}},
// {{timestamp}}, {{isoTime}}, {{uuid}}, {{random}}; {{message}} stays as written, as nothing is
// being answered here). Unknown names stay as they are, so a typo is visible where it is used.
// {{counter}} counts across every expand() of one Variables.
class Variables
{
public:
    // Without a clock: the system clock. Without a random source: a generator seeded from the
    // system.
    Variables(QMap<QString, QString> workspace, QMap<QString, QString> environment = {},
              const Traffic::Clock *clock = nullptr, Protocol::RandomSource random = {});

    QString expand(const QString &text) { return m_engine.expand(text); }
    quint64 counter() const { return m_engine.counter(); }

private:
    std::unique_ptr<Traffic::Clock> m_ownClock; // when none was given
    Net::TemplateEngine m_engine;
};

} // namespace WsBench::Profiles
