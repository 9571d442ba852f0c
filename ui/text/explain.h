#pragma once

#include "core/net/ws_url.h"
#include "core/protocol/handshake.h"
#include "core/protocol/ready_state.h"
#include "core/traffic/traffic_record.h"

#include <QString>

namespace WsBench {
namespace Text {

// Translated words for what the core reports by code (DESIGN §5: the core gives codes and
// untranslated detail; the UI owns the wording).
namespace Explain {

QString readyState(Protocol::ReadyState state); // "1 OPEN"
QString readyStateMeaning(Protocol::ReadyState state); // one sentence
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
QString failureTitle(Traffic::Failure failure); // "Connection refused"
QString failureMeaning(Traffic::Failure failure); // one sentence
// A failure's untranslated detail, in words where it is itself a code (a refused send's
// Protocol::SendStatus).
// Whether the interface speaks English, the engine's language (its catalogue says so).
bool interfaceIsEnglish();

QString failureDetail(Traffic::Failure failure, const QByteArray &detail);
QString fieldLabel(const QByteArray &key, const QByteArray &englishLabel);

} // namespace Explain
} // namespace Text
} // namespace WsBench
