#pragma once

#include <QtGlobal>

#include <functional>

namespace WsBench::Protocol {

// Injected entropy: masking keys (RFC 6455 §5.3) and Sec-WebSocket-Key nonces (§4.1).
// The network layer passes a cryptographically strong source; tests pass a fixed sequence.
using RandomSource = std::function<quint32()>;

} // namespace WsBench::Protocol
