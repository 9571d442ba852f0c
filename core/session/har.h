#pragma once

#include "core/automation/document_problem.h"
#include "core/traffic/traffic_record.h"
#include "core/traffic/traffic_store.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace WsBench::Session {

// One WebSocket message as a HAR entry carries it (Chrome DevTools' _webSocketMessages).
struct HarMessage
{
    enum class Type : quint8 { Send, Receive, Error };
    Type type = Type::Send;
    double time = 0; // wall-clock seconds since the Unix epoch
    int opcode = 1; // 1 text, 2 binary; -1 for Chrome's error items
    QByteArray data; // the payload (text as UTF-8, binary decoded from base64)
    QJsonObject frame; // our _wsbench detail, if any (readers other than ours ignore it)
};

struct HarHeader
{
    QString name;
    QString value;
};

// One WebSocket connection: one HAR entry with _resourceType "websocket".
struct HarConnection
{
    QString url;
    QString startedDateTime; // ISO 8601, as in HAR
    QList<HarHeader> requestHeaders; // in order, duplicates kept
    int status = 101;
    QString statusText = QStringLiteral("Switching Protocols");
    QList<HarHeader> responseHeaders;
    QList<HarMessage> messages;

    QString responseHeader(const QString &name) const; // case-insensitive, first one
};

// Reads every WebSocket entry of a HAR file (other entries are skipped). On malformed input
// returns nullopt and the problem, naming the place ("entries[2]._webSocketMessages[5].time").
std::optional<QList<HarConnection>> readHar(const QByteArray &json,
                                            Automation::DocumentProblem *problem);

// HAR 1.2 as Chrome writes it: _resourceType "websocket", _webSocketMessages with exactly
// type/time/opcode/data, and our frame detail under "_wsbench".
QByteArray writeHar(const QList<HarConnection> &connections, const QString &creatorVersion);

// One recorded connection as a HAR connection: its handshake, and its messages (outbound ones
// as "send") with times from the record's clocks, and each single-frame message's frame detail
// under "_wsbench". `url` is the address it was opened with. Credentials in the handshake
// (Authorization, Proxy-Authorization, Cookie, Set-Cookie) are left out unless asked for.
HarConnection harFromRecords(const std::vector<Traffic::TrafficRecord> &records, quint32 connection,
                             const QString &url, bool includeSecrets = false);

// The store's connections among `ids` that got as far as a handshake, as HAR connections.
QList<HarConnection> harFromStore(const Traffic::TrafficStore &store, const QList<quint32> &ids,
                                  const QString &url);

} // namespace WsBench::Session
