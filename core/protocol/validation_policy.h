#pragma once

#include <QtGlobal>

namespace WsBench::Protocol {

// Which RFC rules an endpoint enforces on what it receives. The default is the letter of
// RFC 6455 / RFC 7692; a workbench can relax single rules to observe a misbehaving peer.
struct ValidationPolicy
{
    bool enforceMaskDirection = true; // RFC 6455 §5.1
    bool requireMinimalLength = true; // RFC 6455 §5.2 "the minimal number of bytes"
    bool rejectReservedOpcodes = true; // RFC 6455 §5.2
    bool rejectUnnegotiatedRsv = true; // RFC 6455 §5.2
    bool enforceControlFrameRules = true; // RFC 6455 §5.5
    bool enforceFragmentation = true; // RFC 6455 §5.4
    bool validateUtf8 = true; // RFC 6455 §8.1
    bool validateCloseFrames = true; // RFC 6455 §5.5.1, §7.4
    // A client opens even when the server's 101 response fails checks of RFC 6455 §4.1 (a
    // status other than 101 still fails). Off in both presets: a browser never continues.
    bool continueDespiteHandshakeErrors = false;

    quint64 maxFramePayload = quint64(64) * 1024 * 1024; // larger frames fail with 1009
    quint64 maxMessageSize = quint64(64) * 1024 * 1024; // wire and decompressed size, 1009

    static ValidationPolicy strict() { return {}; }
    static ValidationPolicy permissive()
    {
        ValidationPolicy p;
        p.enforceMaskDirection = false;
        p.requireMinimalLength = false;
        p.rejectReservedOpcodes = false;
        p.rejectUnnegotiatedRsv = false;
        p.enforceControlFrameRules = false;
        p.enforceFragmentation = false;
        p.validateUtf8 = false;
        p.validateCloseFrames = false;
        return p;
    }
};

} // namespace WsBench::Protocol
