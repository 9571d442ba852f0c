#pragma once

#include <QByteArrayView>
#include <QString>

namespace WsBench {
namespace Text {

// Bytes from a peer, made safe to show on a terminal or in a one-line preview: C0 controls, ESC
// and DEL become \xNN, C1 controls and the characters that reorder or break lines (bidi
// overrides and isolates, U+2028, U+2029) become \uNNNN, and bytes that are not UTF-8 become
// \xNN. Everything else is shown as it is. With `newline` set, a line feed is shown as that
// character instead (the window's ⏎).
QString printable(QByteArrayView bytes, QChar newline = QChar());

} // namespace Text
} // namespace WsBench
