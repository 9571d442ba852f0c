#pragma once

#include <QByteArray>
#include <QList>

#include <optional>

namespace WsBench::Protocol {

// RFC 6455 §9.1: Sec-WebSocket-Extensions = extension-list.
struct ExtensionParam
{
    QByteArray name;
    std::optional<QByteArray> value; // unquoted
};

struct Extension
{
    QByteArray name;
    QList<ExtensionParam> params;

    int count(const QByteArray &param) const;
    const ExtensionParam *param(const QByteArray &name) const;
};

// Parses one or more comma-separated extensions; nullopt with `error` set if malformed.
std::optional<QList<Extension>> parseExtensionList(const QByteArray &value,
                                                   QByteArray *error = nullptr);
QByteArray formatExtension(const Extension &extension);

} // namespace WsBench::Protocol
