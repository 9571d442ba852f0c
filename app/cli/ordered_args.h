#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace WsBench::Cli {

// Command-line options kept in the order given (actions like --send and --close depend on it).
class OrderedArgs
{
public:
    enum class Value { None, Required, Optional };
    struct Spec
    {
        QString name; // without the leading "--"
        Value value = Value::None;
    };

    // Parses `args` (without the program and command names). On error returns nullopt and sets
    // `error` to a sentence naming the bad option.
    static std::optional<OrderedArgs> parse(const QStringList &args, const QList<Spec> &specs,
                                            QString *error);

    const QList<QPair<QString, QString>> &options() const { return m_options; }
    const QStringList &positional() const { return m_positional; }
    bool has(const QString &name) const;
    QString value(const QString &name, const QString &fallback = {}) const; // the last one
    QStringList values(const QString &name) const;

private:
    QList<QPair<QString, QString>> m_options;
    QStringList m_positional;
};

} // namespace WsBench::Cli
