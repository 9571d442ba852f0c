#pragma once

#include "core/net/client_endpoint.h"
#include "core/session/workspace.h"

#include <functional>
#include <optional>

namespace WsBench::Session {

// A client profile as endpoint options, its {{variables}} filled by `expand`. Nothing when the
// result is not a usable URL or proxy, with the reason.
std::optional<Net::ClientOptions>
clientOptions(const ClientProfile &profile, const std::function<QString(const QString &)> &expand,
              QString *error);

} // namespace WsBench::Session
