#include "core/protocol/protocol_log.h"

#include <QStringBuilder>

Q_LOGGING_CATEGORY(lcProtocol, "wsbench.protocol")
