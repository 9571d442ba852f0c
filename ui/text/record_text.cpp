#include "ui/text/record_text.h"

#include "ui/text/byte_size.h"
#include "ui/text/explain.h"
#include "ui/text/link_text.h"
#include "ui/text/misbehaviour_text.h"

#include <QCoreApplication>

namespace WsBench {
namespace Text {
namespace RecordText {

namespace {

// The failure with this machine name (the values run without gaps until failureName() has none).
Traffic::Failure failureNamed(const QByteArray &name)
{
    int i = 0;
    const char *known = Traffic::failureName(Traffic::Failure(i));
    while (known && name != known)
        known = Traffic::failureName(Traffic::Failure(++i));
    return known ? Traffic::Failure(i) : Traffic::Failure::None;
}

} // namespace

QString note(Traffic::Note note, const QList<QByteArray> &arguments)
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
            ? QCoreApplication::translate("RecordText", "Connecting to %1 through %2")
                  .arg(arg(0), arg(1))
            : QCoreApplication::translate("RecordText", "Connecting to %1").arg(arg(0));
    case N::TlsVerificationOff:
        return QCoreApplication::translate("RecordText",
                                           "TLS certificate verification is OFF (insecure)");
    case N::TcpConnected:
        return QCoreApplication::translate("RecordText", "TCP connected to %1").arg(arg(0));
    case N::TlsEstablished:
        return QCoreApplication::translate("RecordText", "TLS established: %1, %2")
            .arg(arg(0), arg(1));
    case N::PeerCertificate:
        return QCoreApplication::translate("RecordText",
                                           "Peer certificate %1: %2 (issuer %3, expires %4)")
            .arg(arg(0), arg(1), arg(2), arg(3));
    case N::TlsErrorAllowed:
        return QCoreApplication::translate("RecordText",
                                           "Certificate problem allowed by an exception: %1")
            .arg(arg(0));
    case N::Reconnecting:
        return QCoreApplication::translate("RecordText", "Reconnecting in %1 ms (attempt %2 of %3)")
            .arg(arg(0), arg(1), arg(2));
    case N::Open: {
        QString text = arg(0).isEmpty()
            ? QCoreApplication::translate("RecordText", "Open")
            : QCoreApplication::translate("RecordText", "Open; subprotocol %1").arg(arg(0));
        if (!arg(1).isEmpty())
            text = QCoreApplication::translate("RecordText", "%1; %2").arg(text, arg(1));
        return text;
    }
    case N::IdleTimeout:
        return QCoreApplication::translate("RecordText", "Idle for %1 ms; closing with 1001")
            .arg(arg(0));
    case N::RawFrameSent:
        return QCoreApplication::translate("RecordText",
                                           "Raw frame sent on request (may violate RFC 6455)");
    case N::SelfSignedCertificate:
        return QCoreApplication::translate("RecordText",
                                           "Using a generated self-signed certificate: %1")
            .arg(arg(0));
    case N::ListeningBeyondLoopback:
        return QCoreApplication::translate(
                   "RecordText",
                   "Listening on %1, not only on loopback: other machines can connect")
            .arg(arg(0));
    case N::Listening:
        return QCoreApplication::translate("RecordText", "Listening on %1").arg(arg(0));
    case N::PeerAccepted:
        return QCoreApplication::translate("RecordText", "Accepted %1 as peer %2")
            .arg(arg(0), arg(1));
    case N::HandshakeErrorsIgnored: {
        const int failed = arguments.value(0).toInt(); // lupdate cannot read a call as the count
        return QCoreApplication::translate(
                   "RecordText",
                   "Failed handshake checks: %n. Continuing anyway, as the option asks; a "
                   "browser fails here: %1",
                   nullptr, failed)
            .arg(Explain::failureTitle(failureNamed(arguments.value(1))));
    }
    case N::Misbehaving:
        return MisbehaviourText::note(arguments);
    case N::LinkConditions: {
        const QString summary
            = linkSummary(arguments.value(0).toInt(), arguments.value(1).toLongLong(),
                          arguments.value(2) == "1", arguments.value(3) == "1");
        return summary.isEmpty()
            ? QCoreApplication::translate("RecordText", "Link conditions off: a plain link")
            : QCoreApplication::translate("RecordText", "Link conditions: %1").arg(summary);
    }
    case N::ReadingPaused:
        return QCoreApplication::translate(
                   "RecordText",
                   "Over %1 bytes wait for this peer to read them: stopped reading from it until "
                   "they drain (TCP holds its sends back)")
            .arg(arg(0));
    }
    return {};
}

QString close(const Traffic::TrafficRecord &record)
{
    QString text
        = QCoreApplication::translate("RecordText", "%1, %2")
              .arg(Explain::closeCode(record.closeCode),
                   record.wasClean ? QCoreApplication::translate("RecordText", "clean")
                                   : QCoreApplication::translate("RecordText", "not clean"));
    if (!record.text.isEmpty())
        text += QStringLiteral(" · ") + QString::fromUtf8(record.text.value());
    if (record.failure != Traffic::Failure::None)
        text += QStringLiteral(" · ") + Explain::failureTitle(record.failure);
    // bufferedAmount does not reset at close (WHATWG): what is left was never delivered.
    if (record.bufferedAmount > 0)
        text += QStringLiteral(" · ")
            + QCoreApplication::translate("RecordText", "%1 still buffered, never sent")
                  .arg(byteSize(record.bufferedAmount));
    return text;
}

QString summary(const Traffic::TrafficRecord &record)
{
    using K = Traffic::RecordKind;
    switch (record.kind) {
    case K::State:
        return Explain::readyState(record.readyState);
    case K::Close:
        return close(record);
    case K::Error: // the engine's detail is in the record's detail view
        return Explain::failureTitle(record.failure);
    case K::Note:
        // A client's first record: the readyState it starts in, as the badge shows it.
        if (record.note == Traffic::Note::Connecting)
            return Explain::readyState(Protocol::ReadyState::Connecting) + QStringLiteral(" · ")
                + note(record.note, record.arguments());
        return note(record.note, record.arguments());
    case K::HandshakeRequest:
    case K::HandshakeResponse:
    case K::Frame:
    case K::Message:
        break;
    }
    return {};
}

} // namespace RecordText
} // namespace Text
} // namespace WsBench
