#pragma once

#include <QMap>
#include <QString>

namespace WsBench::Session {

// {{name}} in URLs, headers and messages: the environment's value, else the workspace's, else
// a built-in macro ({{counter}}, {{timestamp}} ms, {{isoTime}}, {{uuid}}, {{random}}). Unknown
// names stay as they are, so a typo is visible where it is used.
class Variables
{
public:
    Variables(QMap<QString, QString> workspace, QMap<QString, QString> environment = {})
        : m_workspace(std::move(workspace))
        , m_environment(std::move(environment))
    { }

    QString expand(const QString &text);
    quint64 counter() const { return m_counter; }

private:
    QMap<QString, QString> m_workspace;
    QMap<QString, QString> m_environment;
    quint64 m_counter = 0;
};

} // namespace WsBench::Session
