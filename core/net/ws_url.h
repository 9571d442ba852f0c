#pragma once

#include <QByteArray>
#include <QString>

namespace WsBench::Net {

enum class UrlError : quint8 {
    None,
    Empty,
    UnsupportedScheme, // not ws:// or wss://
    MissingHost,
    InvalidPort,
    HasFragment, // RFC 6455 §3: fragments are not allowed
    Malformed,
};

const char *urlErrorName(UrlError error);

// A WebSocket URL (RFC 6455 §3): ws:// or wss://, a host (name, IPv4 or [IPv6]), an optional
// port (80/443 by default), path and query.
struct WsUrl
{
    bool secure = false;
    QString host; // without brackets
    quint16 port = 0;
    QByteArray resourceName; // "/path?query", never empty
    QByteArray hostHeader; // "host[:port]" as the Host header carries it
    QString text; // normalised URL

    static WsUrl parse(const QString &input, UrlError *error, QString *detail = nullptr);
};

} // namespace WsBench::Net
