#pragma once

#include <QtGlobal>

namespace WsBench::Protocol {

// WHATWG WebSocket readyState.
enum class ReadyState : quint8 { Connecting = 0, Open = 1, Closing = 2, Closed = 3 };
const char *readyStateName(ReadyState state); // "CONNECTING", "OPEN", ...

} // namespace WsBench::Protocol
