#include "core/protocol/ready_state.h"

namespace WsBench::Protocol {

const char *readyStateName(ReadyState state)
{
    switch (state) {
    case ReadyState::Connecting:
        return "CONNECTING";
    case ReadyState::Open:
        return "OPEN";
    case ReadyState::Closing:
        return "CLOSING";
    case ReadyState::Closed:
        return "CLOSED";
    }
    return "UNKNOWN";
}

} // namespace WsBench::Protocol
