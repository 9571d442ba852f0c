#include "ui/text/link_text.h"

#include "ui/text/byte_size.h"

#include <QCoreApplication>
#include <QStringList>

namespace WsBench {
namespace Text {

QString linkSummary(int latencyMs, qint64 rateBytesPerSec, bool pauseReading, bool pauseWriting)
{
    QStringList parts;
    if (latencyMs > 0)
        parts << QCoreApplication::translate("LinkText", "+%1 ms").arg(latencyMs);
    if (rateBytesPerSec > 0)
        parts << QCoreApplication::translate("LinkText", "%1/s")
                     .arg(byteSize(quint64(rateBytesPerSec)));
    if (pauseReading)
        parts << QCoreApplication::translate("LinkText", "reading paused");
    if (pauseWriting)
        parts << QCoreApplication::translate("LinkText", "writing paused");
    return parts.join(QCoreApplication::translate("LinkText", ", "));
}

} // namespace Text
} // namespace WsBench
