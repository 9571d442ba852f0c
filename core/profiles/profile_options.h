#pragma once

#include "core/net/client_endpoint.h"
#include "core/net/server_endpoint.h"
#include "core/session/workspace.h"

#include <functional>
#include <optional>

namespace WsBench::Profiles {

// Fills {{variables}} in a profile's strings (see Variables).
using Expand = std::function<QString(const QString &)>;

// The one path from what the user set to what the engine does: the window's panes, the
// command line, scenarios, HAR replay and mock all build a profile and map it here.

// Link conditions as the engine takes them, for changes while connected (the options below
// carry them too).
Net::LinkConditions linkOptions(const Session::LinkConditions &link);

// A client profile as endpoint options, its {{variables}} filled by `expand`. Nothing when the
// result is not a usable URL or proxy, with the reason. A secret header whose value was left
// out of a saved file is not sent at all (never as an empty header).
std::optional<Net::ClientOptions> clientOptions(const Session::ClientProfile &profile,
                                                const Expand &expand, QString *error);

// Why a server profile cannot become options. The front ends put it in words.
enum class ServerProfileProblem : quint8 {
    BadHost, // the host is not an IP address (detail: the host)
    KeyWithoutCertificate,
    CertificateWithoutKey,
};
QString englishText(ServerProfileProblem problem, const QString &detail); // for the CLI

// A profile's misbehaviours as the engine's (also to change them on a running server).
QList<Net::Misbehaviour> misbehaviours(const QList<Session::Misbehaviour> &list);

// A server profile as endpoint options. Nothing when the profile cannot work, with the reason.
std::optional<Net::ServerOptions> serverOptions(const Session::ServerProfile &profile,
                                                ServerProfileProblem *problem);

} // namespace WsBench::Profiles
