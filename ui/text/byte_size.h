#pragma once

#include <QString>

namespace WsBench {
namespace Text {

// One unit style for sizes everywhere in the window: binary units ("512 bytes", "1.5 KiB",
// "11.0 MiB"), in the user's locale.
QString byteSize(quint64 bytes);
// The exact count, for a tooltip beside byteSize(): "11,534,336 bytes".
QString exactBytes(quint64 bytes);

} // namespace Text
} // namespace WsBench
