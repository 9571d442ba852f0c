#include "app/cli/ordered_args.h"

namespace WsBench::Cli {

std::optional<OrderedArgs> OrderedArgs::parse(const QStringList &args, const QList<Spec> &specs,
                                              QString *error)
{
    OrderedArgs out;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (!arg.startsWith(QLatin1String("--")) || arg == QLatin1String("--")) {
            out.m_positional.append(arg);
            continue;
        }
        QString name = arg.mid(2);
        QString inlineValue;
        bool hasInline = false;
        const qsizetype eq = name.indexOf(QLatin1Char('='));
        if (eq >= 0) {
            inlineValue = name.mid(eq + 1);
            name = name.left(eq);
            hasInline = true;
        }
        const Spec *spec = nullptr;
        for (const Spec &s : specs) {
            if (s.name == name)
                spec = &s;
        }
        if (!spec) {
            *error = QStringLiteral("Unknown option --%1.").arg(name);
            return std::nullopt;
        }
        QString value;
        switch (spec->value) {
        case Value::None:
            if (hasInline) {
                *error = QStringLiteral("--%1 takes no value.").arg(name);
                return std::nullopt;
            }
            break;
        case Value::Required:
            if (hasInline) {
                value = inlineValue;
            } else if (i + 1 < args.size()) {
                value = args.at(++i);
            } else {
                *error = QStringLiteral("--%1 needs a value.").arg(name);
                return std::nullopt;
            }
            break;
        case Value::Optional:
            if (hasInline)
                value = inlineValue;
            else if (i + 1 < args.size() && !args.at(i + 1).startsWith(QLatin1String("--"))
                     && !args.at(i + 1).contains(QLatin1String("://")))
                value = args.at(++i);
            break;
        }
        out.m_options.append({name, value});
    }
    return out;
}

bool OrderedArgs::has(const QString &name) const
{
    for (const auto &o : m_options) {
        if (o.first == name)
            return true;
    }
    return false;
}

QString OrderedArgs::value(const QString &name, const QString &fallback) const
{
    QString v = fallback;
    for (const auto &o : m_options) {
        if (o.first == name)
            v = o.second;
    }
    return v;
}

QStringList OrderedArgs::values(const QString &name) const
{
    QStringList out;
    for (const auto &o : m_options) {
        if (o.first == name)
            out.append(o.second);
    }
    return out;
}

} // namespace WsBench::Cli
