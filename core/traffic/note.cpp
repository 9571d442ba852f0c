#include "core/traffic/note.h"

namespace WsBench::Traffic {

namespace {

constexpr char kSeparator = '\x1f'; // ASCII unit separator

} // namespace

const char *noteName(Note note)
{
    switch (note) {
    case Note::None:
        return "None";
    case Note::Connecting:
        return "Connecting";
    case Note::TlsVerificationOff:
        return "TlsVerificationOff";
    case Note::TcpConnected:
        return "TcpConnected";
    case Note::TlsEstablished:
        return "TlsEstablished";
    case Note::PeerCertificate:
        return "PeerCertificate";
    case Note::TlsErrorAllowed:
        return "TlsErrorAllowed";
    case Note::Reconnecting:
        return "Reconnecting";
    case Note::Open:
        return "Open";
    case Note::IdleTimeout:
        return "IdleTimeout";
    case Note::RawFrameSent:
        return "RawFrameSent";
    case Note::SelfSignedCertificate:
        return "SelfSignedCertificate";
    case Note::ListeningBeyondLoopback:
        return "ListeningBeyondLoopback";
    case Note::Listening:
        return "Listening";
    case Note::PeerAccepted:
        return "PeerAccepted";
    case Note::ReadingPaused:
        return "ReadingPaused";
    case Note::HandshakeErrorsIgnored:
        return "HandshakeErrorsIgnored";
    case Note::Misbehaving:
        return "Misbehaving";
    case Note::LinkConditions:
        return "LinkConditions";
    }
    return nullptr;
}

QByteArray joinArguments(const QList<QByteArray> &arguments)
{
    return arguments.isEmpty() ? QByteArray() : arguments.join(kSeparator);
}

QList<QByteArray> splitArguments(const QByteArray &joined)
{
    return joined.isEmpty() ? QList<QByteArray>() : joined.split(kSeparator);
}

} // namespace WsBench::Traffic
