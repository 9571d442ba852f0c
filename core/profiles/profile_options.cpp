#include "core/profiles/profile_options.h"

namespace WsBench::Profiles {

using namespace Session;

namespace {

QList<QByteArray> utf8List(const QStringList &list, const Expand &expand = {})
{
    QList<QByteArray> out;
    for (const QString &s : list)
        out.append((expand ? expand(s) : s).toUtf8());
    return out;
}

Net::CaptureLevel captureLevel(Capture capture)
{
    switch (capture) {
    case Capture::Messages:
        return Net::CaptureLevel::Messages;
    case Capture::None:
        return Net::CaptureLevel::None;
    case Capture::Frames:
        break;
    }
    return Net::CaptureLevel::Frames;
}

Net::Misbehaviour::Kind misbehaviourKind(Misbehaviour::Kind kind)
{
    using N = Net::Misbehaviour::Kind;
    switch (kind) {
    case Misbehaviour::Kind::WrongAccept:
        return N::WrongAccept;
    case Misbehaviour::Kind::Status:
        return N::Status;
    case Misbehaviour::Kind::UnofferedSubprotocol:
        return N::UnofferedSubprotocol;
    case Misbehaviour::Kind::UnofferedExtension:
        return N::UnofferedExtension;
    case Misbehaviour::Kind::Delay101:
        return N::Delay101;
    case Misbehaviour::Kind::NoPong:
        return N::NoPong;
    case Misbehaviour::Kind::NoCloseReply:
        return N::NoCloseReply;
    case Misbehaviour::Kind::DropTcp:
        return N::DropTcp;
    case Misbehaviour::Kind::ResetMidMessage:
        return N::ResetMidMessage;
    case Misbehaviour::Kind::MaskedFrame:
        return N::MaskedFrame;
    case Misbehaviour::Kind::ReservedOpcode:
        return N::ReservedOpcode;
    case Misbehaviour::Kind::Fragment:
        return N::Fragment;
    case Misbehaviour::Kind::PingInFragments:
        return N::PingInFragments;
    case Misbehaviour::Kind::InvalidUtf8:
        return N::InvalidUtf8;
    case Misbehaviour::Kind::Sloppy101:
        return N::Sloppy101;
    }
    return N::WrongAccept;
}

} // namespace

QList<Net::Misbehaviour> misbehaviours(const QList<Misbehaviour> &list)
{
    QList<Net::Misbehaviour> out;
    for (const Misbehaviour &m : list)
        out.append({misbehaviourKind(m.kind), m.value});
    return out;
}

Net::LinkConditions linkOptions(const Session::LinkConditions &link)
{
    Net::LinkConditions out;
    out.latencyMs = link.latencyMs;
    out.rateBytesPerSec = link.rateBytesPerSec;
    out.pauseReading = link.pauseReading;
    out.pauseWriting = link.pauseWriting;
    return out;
}

std::optional<Net::ClientOptions> clientOptions(const ClientProfile &p, const Expand &expand,
                                                QString *error)
{
    Net::ClientOptions o;
    o.url = expand(p.url);
    for (const ProfileHeader &h : p.headers) {
        if (h.secret && h.value.isEmpty())
            continue; // left out of the file: the user has to enter it again
        o.headers.append({expand(h.name).toUtf8(), expand(h.value).toUtf8()});
    }
    o.subprotocols = utf8List(p.subprotocols, expand);
    o.origin = expand(p.origin).toUtf8();
    o.deflate = p.deflate;
    o.autoPong = p.autoPong;
    o.tls.caFile = p.caFile;
    o.tls.clientCertFile = p.clientCertFile;
    o.tls.clientKeyFile = p.clientKeyFile;
    o.tls.keyPassphrase = p.keyPassphrase.toUtf8();
    o.tls.insecure = p.insecure;
    o.tls.serverName = expand(p.serverName);
    o.proxy = expand(p.proxy);
    o.connectTimeoutMs = p.connectTimeoutMs;
    o.peer.handshakeMs = p.connectTimeoutMs;
    o.peer.closeMs = p.closeTimeoutMs;
    o.peer.pingIntervalMs = p.pingIntervalMs;
    o.peer.pongTimeoutMs = p.pongTimeoutMs;
    o.policy.continueDespiteHandshakeErrors = p.continueDespiteHandshakeErrors;
    o.peer.link = linkOptions(p.link);
    if (!Net::ClientEndpoint::validate(o, error))
        return std::nullopt;
    return o;
}

QString englishText(ServerProfileProblem problem, const QString &detail)
{
    switch (problem) {
    case ServerProfileProblem::BadHost:
        return QStringLiteral("The host must be an IP address, not \"%1\".").arg(detail);
    case ServerProfileProblem::KeyWithoutCertificate:
        return QStringLiteral("A private key needs its certificate.");
    case ServerProfileProblem::CertificateWithoutKey:
        return QStringLiteral("A certificate needs its private key.");
    }
    return {};
}

std::optional<Net::ServerOptions> serverOptions(const ServerProfile &p,
                                                ServerProfileProblem *problem)
{
    Net::ServerOptions o;
    const QString host = p.host.trimmed();
    o.host = host == QLatin1String("localhost") ? QHostAddress(QHostAddress::LocalHost)
                                                : QHostAddress(host);
    if (o.host.isNull()) {
        *problem = ServerProfileProblem::BadHost;
        return std::nullopt;
    }
    o.port = quint16(p.port);
    o.tls = p.tls;
    o.tlsOptions.certFile = p.certFile;
    o.tlsOptions.keyFile = p.keyFile;
    o.tlsOptions.keyPassphrase = p.keyPassphrase.toUtf8();
    o.tlsOptions.selfSigned = p.tls && p.certFile.isEmpty();
    if (p.tls && !p.keyFile.isEmpty() && p.certFile.isEmpty()) {
        *problem = ServerProfileProblem::KeyWithoutCertificate;
        return std::nullopt;
    }
    if (p.tls && !p.certFile.isEmpty() && p.keyFile.isEmpty()) {
        *problem = ServerProfileProblem::CertificateWithoutKey;
        return std::nullopt;
    }
    o.handshake.allowedOrigins = utf8List(p.allowedOrigins);
    o.handshake.subprotocols = utf8List(p.subprotocols);
    o.handshake.deflate.enabled = p.deflate;
    o.policy.maxMessageSize = quint64(p.maxMessageSize);
    o.policy.maxFramePayload = quint64(p.maxMessageSize);
    o.maxConnections = p.maxConnections;
    o.peer.handshakeMs = p.handshakeTimeoutMs;
    o.peer.idleMs = p.idleTimeoutMs;
    o.peer.capture = captureLevel(p.capture);
    o.peer.link = linkOptions(p.link);
    o.echo = p.echo;
    o.broadcast = p.broadcast;
    for (const ServerRule &rule : p.rules)
        o.rules.append({rule.pattern, Net::Template(rule.reply), false});
    for (const ServerPush &push : p.pushes) {
        if (push.enabled)
            o.pushes.append({push.intervalMs, Net::Template(push.message), 0});
    }
    o.misbehaviours = misbehaviours(p.misbehaviours);
    return o;
}

} // namespace WsBench::Profiles
