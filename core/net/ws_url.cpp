#include "core/net/ws_url.h"

#include <QStringBuilder>
#include <QUrl>

namespace WsBench::Net {

const char *urlErrorName(UrlError error)
{
    switch (error) {
    case UrlError::None:
        return "None";
    case UrlError::Empty:
        return "Empty";
    case UrlError::UnsupportedScheme:
        return "UnsupportedScheme";
    case UrlError::MissingHost:
        return "MissingHost";
    case UrlError::InvalidPort:
        return "InvalidPort";
    case UrlError::HasFragment:
        return "HasFragment";
    case UrlError::Malformed:
        return "Malformed";
    }
    return "Unknown";
}

WsUrl WsUrl::parse(const QString &input, UrlError *error, QString *detail)
{
    auto fail = [&](UrlError e, const QString &why) {
        *error = e;
        if (detail)
            *detail = why;
        return WsUrl();
    };
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty())
        return fail(UrlError::Empty, QStringLiteral("The URL is empty."));
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return fail(UrlError::Malformed, QStringLiteral("Not a valid URL: ") % url.errorString());
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("ws") && scheme != QLatin1String("wss"))
        return fail(UrlError::UnsupportedScheme,
                    scheme.isEmpty()
                        ? QStringLiteral("The URL has no scheme; use ws:// or wss://.")
                        : QStringLiteral("The scheme \"%1\" is not supported; use ws:// or wss://.")
                              .arg(scheme));
    if (url.host().isEmpty())
        return fail(UrlError::MissingHost, QStringLiteral("The URL has no host."));
    if (url.hasFragment())
        return fail(
            UrlError::HasFragment,
            QStringLiteral("WebSocket URLs cannot have a fragment (#%1).").arg(url.fragment()));
    const int port = url.port(-1);
    if (url.port(-2) == 0)
        return fail(UrlError::InvalidPort, QStringLiteral("Port 0 is not a valid destination."));
    WsUrl out;
    out.secure = scheme == QLatin1String("wss");
    out.host = url.host();
    out.port = port > 0 ? quint16(port) : (out.secure ? 443 : 80);
    QByteArray resource = url.path(QUrl::FullyEncoded).toUtf8();
    if (resource.isEmpty())
        resource = "/";
    if (url.hasQuery())
        resource += '?' + url.query(QUrl::FullyEncoded).toUtf8();
    out.resourceName = resource;
    // QUrl gives an IPv6 literal without brackets, and no other host has a colon.
    const bool ipv6 = out.host.contains(u':');
    QByteArray hostHeader
        = ipv6 ? '[' + out.host.toUtf8() + ']' : url.host(QUrl::FullyEncoded).toUtf8();
    if (port > 0 && port != (out.secure ? 443 : 80))
        hostHeader += ':' + QByteArray::number(port);
    out.hostHeader = hostHeader;
    out.text = scheme % QStringLiteral("://") % QString::fromUtf8(hostHeader)
        % QString::fromUtf8(resource);
    *error = UrlError::None;
    return out;
}

} // namespace WsBench::Net
