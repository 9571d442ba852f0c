#include "ui/text/byte_size.h"

#include <QCoreApplication>
#include <QLocale>

#include <climits>

namespace WsBench {
namespace Text {

QString byteSize(quint64 bytes)
{
    if (bytes < 1024)
        return exactBytes(bytes);
    return QLocale().formattedDataSize(qint64(bytes), 1, QLocale::DataSizeIecFormat);
}

QString exactBytes(quint64 bytes)
{
    // %1 rather than %Ln: a count past INT_MAX keeps its digits; the plural form is the same.
    const int count = bytes > quint64(INT_MAX) ? INT_MAX : int(bytes);
    return QCoreApplication::translate("ByteSize", "%1 byte(s)", nullptr, count)
        .arg(QLocale().toString(bytes));
}

} // namespace Text
} // namespace WsBench
