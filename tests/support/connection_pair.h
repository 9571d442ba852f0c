#pragma once

#include "core/protocol/connection.h"

#include <vector>

namespace WsBench::Testing {

// A client and a server Connection joined in memory. pump() moves bytes both ways (in chunks
// of `chunkSize`, 0 = whole) until nothing is left to move, reports the writes back, and
// closes the "TCP connection" the way a transport would: when the server wants it closed
// after flushing, or the client does after a failure. Bounded: at most `maxRounds` rounds.
class ConnectionPair
{
public:
    explicit ConnectionPair(Protocol::ConnectionConfig clientConfig = clientDefaults(),
                            Protocol::ConnectionConfig serverConfig = serverDefaults());

    static Protocol::ConnectionConfig clientDefaults();
    static Protocol::ConnectionConfig serverDefaults();

    void pump(qsizetype chunkSize = 0, int maxRounds = 1000);
    // Both ends see TCP go away now (e.g. the client's close timeout fired).
    void closeTransport();

    Protocol::Connection client;
    Protocol::Connection server;
    std::vector<Protocol::Event> clientEvents;
    std::vector<Protocol::Event> serverEvents;
    bool transportClosed = false;

    // Events of one type seen so far by one side.
    static std::vector<Protocol::Event> ofType(const std::vector<Protocol::Event> &events,
                                               Protocol::EventType type);
    // The readyState sequence reported through ReadyStateChanged events.
    static QList<int> states(const std::vector<Protocol::Event> &events);

private:
    bool move(Protocol::Connection &from, Protocol::Connection &to, qsizetype chunkSize);
};

} // namespace WsBench::Testing
