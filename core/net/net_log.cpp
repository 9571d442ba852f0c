#include "core/net/net_log.h"

Q_LOGGING_CATEGORY(lcNet, "wsbench.net")
