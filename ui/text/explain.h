#pragma once

#include "core/net/ws_url.h"
#include "core/protocol/handshake.h"
#include "core/traffic/traffic_record.h"

#include <QString>

namespace WsBench {
namespace Gui {

// Translated words for what the core reports by code (DESIGN §5: the core gives codes and
// untranslated detail; the UI owns the wording).
namespace Explain {

QString readyState(int state); // "1 OPEN"
QString readyStateMeaning(int state); // one sentence
QString closeCodeName(quint16 code);
QString closeCodeMeaning(quint16 code);
QString closeCode(quint16 code); // "1000 Normal Closure"
QString handshakeCheck(Protocol::HandshakeCheck check);
QString handshakeCheckExplanation(Protocol::HandshakeCheck check);
QString handshakeProblem(Protocol::HandshakeProblem problem);
QString opcode(quint8 opcode); // "Text", "Ping", "Reserved (0x3)"
QString recordType(Traffic::RecordKind kind, quint8 opcode);
QString direction(Traffic::Direction direction); // "→ sent", "← received"
QString urlError(Net::UrlError error);
// A recorded error's code in words ("ConnectTimeout" → "The connection timed out").
QString errorCode(const QByteArray &code);
QString fieldLabel(const QByteArray &key, const QByteArray &englishLabel);

} // namespace Explain
} // namespace Gui
} // namespace WsBench
