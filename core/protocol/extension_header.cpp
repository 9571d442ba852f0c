#include "core/protocol/extension_header.h"

#include "core/protocol/http_head.h"

#include <QStringBuilder>

namespace WsBench::Protocol {

int Extension::count(const QByteArray &name) const
{
    int n = 0;
    for (const ExtensionParam &p : params)
        n += p.name.compare(name, Qt::CaseInsensitive) == 0 ? 1 : 0;
    return n;
}

const ExtensionParam *Extension::param(const QByteArray &name) const
{
    for (const ExtensionParam &p : params) {
        if (p.name.compare(name, Qt::CaseInsensitive) == 0)
            return &p;
    }
    return nullptr;
}

namespace {

// Splits on `separator` outside quoted strings.
QList<QByteArray> splitOutsideQuotes(const QByteArray &value, char separator)
{
    QList<QByteArray> parts;
    QByteArray current;
    bool quoted = false;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char c = value.at(i);
        if (c == '"')
            quoted = !quoted;
        if (c == separator && !quoted) {
            parts.append(current.trimmed());
            current.clear();
        } else {
            current.append(c);
        }
    }
    parts.append(current.trimmed());
    return parts;
}

} // namespace

std::optional<QList<Extension>> parseExtensionList(const QByteArray &value, QByteArray *error)
{
    auto bad = [error](QByteArray why) -> std::optional<QList<Extension>> {
        if (error)
            *error = std::move(why);
        return std::nullopt;
    };
    QList<Extension> out;
    const QList<QByteArray> items = splitOutsideQuotes(value, ',');
    for (const QByteArray &item : items) {
        if (item.isEmpty())
            continue;
        const QList<QByteArray> parts = splitOutsideQuotes(item, ';');
        Extension ext;
        ext.name = parts.first();
        if (!isHttpToken(ext.name))
            return bad("Invalid extension name \"" + ext.name + '"');
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray &part = parts.at(i);
            ExtensionParam param;
            const qsizetype eq = part.indexOf('=');
            param.name = (eq < 0 ? part : part.left(eq)).trimmed();
            if (!isHttpToken(param.name))
                return bad("Invalid parameter \"" + part + "\" in extension " + ext.name);
            if (eq >= 0) {
                QByteArray v = part.mid(eq + 1).trimmed();
                if (v.size() >= 2 && v.startsWith('"') && v.endsWith('"'))
                    v = v.mid(1, v.size() - 2);
                if (!isHttpToken(v))
                    return bad("Invalid value for parameter " + param.name + " in extension "
                               + ext.name);
                param.value = v;
            }
            ext.params.append(param);
        }
        out.append(ext);
    }
    return out;
}

QByteArray formatExtension(const Extension &extension)
{
    QByteArray out = extension.name;
    for (const ExtensionParam &p : extension.params) {
        out += "; " + p.name;
        if (p.value)
            out += '=' + *p.value;
    }
    return out;
}

} // namespace WsBench::Protocol
