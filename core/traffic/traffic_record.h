#pragma once

#include "core/protocol/ready_state.h"
#include "core/traffic/detail_text.h"
#include "core/traffic/failure.h"
#include "core/traffic/note.h"

#include <QByteArray>
#include <QJsonObject>

namespace WsBench::Traffic {

enum class Direction : quint8 { None, Inbound, Outbound };

enum class RecordKind : quint8 {
    HandshakeRequest, // bytes: the raw request head
    HandshakeResponse, // bytes: the raw response head (and body, for rejections)
    Frame, // bytes: the frame as on the wire (header + masked payload)
    Message, // bytes: the application payload (decompressed)
    State, // readyState change
    Close, // closeCode, text (the close reason), failure (what ended it, if anything)
    Error, // failure, text (untranslated detail)
    Note, // note, text (its arguments: arguments())
};

const char *recordKindName(RecordKind kind);

// An HTTP head with the values of its credential headers (Authorization, Proxy-Authorization,
// Cookie, Set-Cookie) replaced by "(left out)": what logs and exports show unless asked.
QByteArray withoutCredentials(const QByteArray &head);
const char *directionName(Direction direction);

// One thing that happened on one connection. Bytes are shared, never copied per reader.
struct TrafficRecord
{
    quint64 id = 0; // assigned by the store, increasing from 1
    qint64 monotonicUs = 0; // microseconds on a monotonic clock
    qint64 wallMs = 0; // milliseconds since the Unix epoch
    quint64 bufferedAmount = 0; // WHATWG bufferedAmount after this record
    quint32 connectionId = 0;
    quint16 closeCode = 0; // Close records, and Close frames
    Protocol::ReadyState readyState = Protocol::ReadyState::Connecting; // after this record
    bool wasClean = false; // Close records
    Direction direction = Direction::None;
    RecordKind kind = RecordKind::Note;
    quint8 opcode = 0; // frames and messages
    bool compressed = false;
    // Messages: the message crossed as one uncompressed frame, described by the frame fields
    // below, so the message record is also that frame's record (wireBytes() rebuilds it).
    // Fragmented and compressed messages keep separate Frame records.
    bool carriesFrame = false;
    // Frames: the header fields that, with the payload, give back the exact wire bytes.
    bool fin = true;
    quint8 rsv = 0;
    bool masked = false;
    quint8 lengthEncoding = 0; // Protocol::LengthEncoding as written (Bits7/16/64)
    // Errors, Close records, and handshakes that failed a check: what failed.
    Failure failure = Failure::None;
    Note note = Note::None; // Notes: what happened
    quint32 maskKey = 0;
    quint64 payloadLength = 0; // as declared in the header
    // Handshakes: the raw head (and body). Frames: the payload, unmasked, shared with the
    // message it belongs to (wireBytes() gives the frame as it crossed the socket).
    // Messages: the application payload.
    QByteArray bytes;
    // UTF-8, never words for the user: an error's untranslated detail, a failed handshake
    // check's detail, a close reason, or a note's arguments.
    DetailText text;

    qsizetype memorySize() const
    {
        return qsizetype(sizeof(TrafficRecord)) + bytes.size() + text.size();
    }
    QList<QByteArray> arguments() const { return splitArguments(text); } // Notes
    bool hasFrame() const { return kind == RecordKind::Frame || carriesFrame; }
    // The exact bytes that crossed the socket: for frames the header rebuilt from its fields
    // followed by the (re-)masked payload; for everything else `bytes`.
    QByteArray wireBytes() const;
    // Handshake heads without their credentials unless `includeSecrets`.
    QJsonObject toJson(bool includeSecrets = false) const;
};

} // namespace WsBench::Traffic
