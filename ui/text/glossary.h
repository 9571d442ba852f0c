#pragma once

#include "core/protocol/ready_state.h"
#include "core/traffic/traffic_record.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace WsBench {
namespace Text {

// The catalogue of explanations: what each frame field, handshake header, readyState, close
// code and event is, in two to four sentences, with the section that defines it (DESIGN §9).
// Topics are keyed by the names the core already uses: Wireshark's field names
// ("websocket.masking_key", "http.sec_websocket_key"), "readyState.N", "close.NNNN",
// "event.open" and so on. The texts are translated with Qt Linguist (context "Explain").
namespace Glossary {

struct Explanation
{
    QString title;
    QString text;
    QString section; // "RFC 6455 §5.3": a citation, the same in every language
    bool isNull() const { return text.isEmpty(); }
};

// Every topic of the catalogue, in its order.
QList<QByteArray> topics();
// The topic's explanation in the interface language; null when the catalogue has none.
Explanation explain(const QByteArray &topic);
// The explanation as rich text for a tooltip or the side panel; empty when there is none.
QString toolTip(const QByteArray &topic);

QByteArray readyStateTopic(Protocol::ReadyState state);
QByteArray closeCodeTopic(quint16 code);
// A log row's topic from its kind and opcode alone ("event.ping", "handshake.request", ...).
QByteArray recordTopic(Traffic::RecordKind kind, quint8 opcode);
// The same, more precise where the record says more: a state's readyState, a close's code.
QByteArray recordTopic(const Traffic::TrafficRecord &record);

} // namespace Glossary
} // namespace Text
} // namespace WsBench
