#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace WsBench::Protocol {

// One dissected field: which bytes it covers and what they mean. Keys follow Wireshark
// (websocket.fin, http.sec_websocket_key, ...) so users can compare with a capture. The label
// is untranslated English; the UI translates by key.
struct FieldSpan
{
    QByteArray key;
    QByteArray label;
    qsizetype offset = 0;
    qsizetype length = 0;
    quint8 bitmask = 0; // non-zero for bit fields within one byte
    QString value; // display value, e.g. "1 (Text)"
    int depth = 0; // tree depth: children follow their parent with depth + 1
};

using FieldSpans = QList<FieldSpan>;

} // namespace WsBench::Protocol
