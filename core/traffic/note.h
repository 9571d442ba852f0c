#pragma once

#include <QByteArray>
#include <QList>

namespace WsBench::Traffic {

// What a Note record says happened, by code; the record's arguments fill it in (listed beside
// each value, in order). The window and the command line turn it into words. Values run
// without gaps, so noteName() returns nullptr for the first value past the end.
enum class Note : quint8 {
    None,
    Connecting, // URL; the proxy, when there is one
    TlsVerificationOff, // (none): certificate verification is off for this connection
    TcpConnected, // the peer's address:port
    TlsEstablished, // TLS protocol version, cipher
    PeerCertificate, // position in the chain, subject, issuer, expiry date (ISO 8601)
    TlsErrorAllowed, // the certificate problem an exception in the profile allows
    Reconnecting, // delay in ms, attempt, most attempts
    Open, // negotiated subprotocol (may be empty), negotiated extension (may be empty)
    IdleTimeout, // idle time in ms (the connection closes with 1001)
    RawFrameSent, // (none): a frame built by hand, which may break RFC 6455
    SelfSignedCertificate, // SHA-256 fingerprint of the generated certificate
    ListeningBeyondLoopback, // the address, which other machines can reach
    Listening, // the server's URL
    PeerAccepted, // the peer's address:port, its number on this server
    ReadingPaused, // the bufferedAmount above which reading stops (first time only)
    HandshakeErrorsIgnored, // failed checks, the first failure's name: opened despite them
    Misbehaving, // what the server does against RFC 6455 on purpose: "kind" or "kind=value",
                 // one argument each (Net::misbehaviourName)
    LinkConditions, // latency ms, rate bytes/s, reading paused (1/0), writing paused (1/0)
};

// A stable machine name ("Connecting") for files and the command line's JSON.
const char *noteName(Note note);

// A note's arguments travel in one byte array, separated by the ASCII unit separator.
QByteArray joinArguments(const QList<QByteArray> &arguments);
QList<QByteArray> splitArguments(const QByteArray &joined);

} // namespace WsBench::Traffic
