#include "core/session/profile_options.h"

namespace WsBench::Session {

std::optional<Net::ClientOptions>
clientOptions(const ClientProfile &p, const std::function<QString(const QString &)> &expand,
              QString *error)
{
    Net::ClientOptions o;
    o.url = expand(p.url);
    for (const ProfileHeader &h : p.headers)
        o.headers.append({expand(h.name).toUtf8(), expand(h.value).toUtf8()});
    for (const QString &s : p.subprotocols)
        o.subprotocols.append(expand(s).toUtf8());
    o.origin = expand(p.origin).toUtf8();
    o.deflate = p.deflate;
    o.tls.caFile = p.caFile;
    o.tls.clientCertFile = p.clientCertFile;
    o.tls.clientKeyFile = p.clientKeyFile;
    o.tls.keyPassphrase = p.keyPassphrase.toUtf8();
    o.tls.insecure = p.insecure;
    o.tls.serverName = expand(p.serverName);
    o.proxy = expand(p.proxy);
    if (!Net::ClientEndpoint::validate(o, error))
        return std::nullopt;
    return o;
}

} // namespace WsBench::Session
