#include "app/cli/note_text.h"

namespace WsBench::Cli {

QString noteText(Traffic::Note note, const QList<QByteArray> &arguments)
{
    using N = Traffic::Note;
    const auto arg = [&arguments](int i) {
        return QString::fromUtf8(arguments.value(i));
    };
    switch (note) {
    case N::None:
        break;
    case N::Connecting:
        return arguments.size() > 1
            ? QStringLiteral("Connecting to %1 through %2").arg(arg(0), arg(1))
            : QStringLiteral("Connecting to %1").arg(arg(0));
    case N::TlsVerificationOff:
        return QStringLiteral("TLS certificate verification is OFF (insecure)");
    case N::TcpConnected:
        return QStringLiteral("TCP connected to %1").arg(arg(0));
    case N::TlsEstablished:
        return QStringLiteral("TLS established: %1, %2").arg(arg(0), arg(1));
    case N::PeerCertificate:
        return QStringLiteral("Peer certificate %1: %2 (issuer %3, expires %4)")
            .arg(arg(0), arg(1), arg(2), arg(3));
    case N::TlsErrorAllowed:
        return QStringLiteral("TLS error allowed by an explicit exception: %1").arg(arg(0));
    case N::Reconnecting:
        return QStringLiteral("Reconnecting in %1 ms (attempt %2 of %3)")
            .arg(arg(0), arg(1), arg(2));
    case N::Open: {
        QString text = QStringLiteral("Open");
        if (!arg(0).isEmpty())
            text += QStringLiteral("; subprotocol ") + arg(0);
        if (!arg(1).isEmpty())
            text += QStringLiteral("; ") + arg(1);
        return text;
    }
    case N::IdleTimeout:
        return QStringLiteral("Idle for %1 ms; closing with 1001").arg(arg(0));
    case N::RawFrameSent:
        return QStringLiteral("Raw frame sent on request (may violate RFC 6455)");
    case N::SelfSignedCertificate:
        return QStringLiteral("Using a generated self-signed certificate: %1").arg(arg(0));
    case N::ListeningBeyondLoopback:
        return QStringLiteral("Listening on %1, not only on loopback: other machines can connect")
            .arg(arg(0));
    case N::Listening:
        return QStringLiteral("Listening on %1").arg(arg(0));
    case N::PeerAccepted:
        return QStringLiteral("Accepted %1 as peer %2").arg(arg(0), arg(1));
    }
    return {};
}

} // namespace WsBench::Cli
