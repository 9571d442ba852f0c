#include "tests/support/connection_pair.h"

#include "tests/support/fixed_random.h"

namespace WsBench::Testing {

using namespace Protocol;

ConnectionConfig ConnectionPair::clientDefaults()
{
    ConnectionConfig c;
    c.role = Role::Client;
    c.client.host = "example.test";
    c.client.resourceName = "/chat";
    return c;
}

ConnectionConfig ConnectionPair::serverDefaults()
{
    ConnectionConfig c;
    c.role = Role::Server;
    return c;
}

ConnectionPair::ConnectionPair(ConnectionConfig clientConfig, ConnectionConfig serverConfig)
    : client(clientConfig, fixedRandom(1))
    , server(serverConfig, fixedRandom(2))
{
    client.start();
    server.start();
}

bool ConnectionPair::move(Connection &from, Connection &to, qsizetype chunkSize)
{
    if (!from.hasOutgoing())
        return false;
    const QByteArray bytes = from.takeOutgoing();
    from.transportWrote(bytes.size());
    const qsizetype step = chunkSize <= 0 ? bytes.size() : chunkSize;
    for (qsizetype pos = 0; pos < bytes.size(); pos += step)
        to.receiveData(QByteArrayView(bytes).sliced(pos, std::min(step, bytes.size() - pos)));
    return true;
}

void ConnectionPair::pump(qsizetype chunkSize, int maxRounds)
{
    for (int round = 0; round < maxRounds && !transportClosed; ++round) {
        const bool a = move(client, server, chunkSize);
        const bool b = move(server, client, chunkSize);
        auto ce = client.takeEvents();
        auto se = server.takeEvents();
        clientEvents.insert(clientEvents.end(), ce.begin(), ce.end());
        serverEvents.insert(serverEvents.end(), se.begin(), se.end());
        if (!a && !b) {
            if (server.wantsTransportClose() || client.wantsTransportClose())
                closeTransport();
            return;
        }
    }
}

void ConnectionPair::closeTransport()
{
    if (transportClosed)
        return;
    transportClosed = true;
    client.transportClosed();
    server.transportClosed();
    auto ce = client.takeEvents();
    auto se = server.takeEvents();
    clientEvents.insert(clientEvents.end(), ce.begin(), ce.end());
    serverEvents.insert(serverEvents.end(), se.begin(), se.end());
}

std::vector<Event> ConnectionPair::ofType(const std::vector<Event> &events, EventType type)
{
    std::vector<Event> out;
    for (const Event &e : events) {
        if (e.type == type)
            out.push_back(e);
    }
    return out;
}

QList<int> ConnectionPair::states(const std::vector<Event> &events)
{
    QList<int> out;
    for (const Event &e : events) {
        if (e.type == EventType::ReadyStateChanged)
            out.append(int(e.state));
    }
    return out;
}

} // namespace WsBench::Testing
