#pragma once

#include "core/traffic/traffic_store.h"

#include <QByteArrayView>
#include <QHash>
#include <QObject>

#include <string>

namespace WsBench::Cli {

// What a command's store keeps when only its transcript (and a recording file, which receives
// every record as it arrives) reads it: a backlog of about a second at the busiest, instead of
// the window's long history. Less memory, and a busy server stops taking fresh memory sooner.
inline Traffic::StoreLimits transcriptStoreLimits()
{
    return {qsizetype(64) * 1024 * 1024, 500'000};
}

// Prints what the store receives: a readable transcript, or (json) one JSON object per event
// with readyState and bufferedAmount where they change. Runs in the caller's thread.
class Transcript final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Transcript)

public:
    // Quiet: only notes, errors and closes (no handshakes, frames or messages).
    Transcript(Traffic::TrafficStore *store, bool json, bool quiet = false,
               QObject *parent = nullptr);
    // Prints everything appended so far (also called on every store notification).
    void drain();

private:
    void print(const Traffic::TrafficRecord &r);
    void printMessage(const Traffic::TrafficRecord &r);
    void printJson(const Traffic::TrafficRecord &r);
    // Every check of the side whose failure ended the handshake (or that the client continued
    // despite), when this record reports it.
    void printChecks(const Traffic::TrafficRecord &r, const QByteArray &prefix);

    Traffic::TrafficStore *m_store;
    bool m_json;
    bool m_quiet = false;
    quint64 m_lastId = 0;
    static constexpr int kDrainDelayMs = 10;
    bool m_drainQueued = false;
    // UTF-8, written to stdout at the end of each drain. Appended with plain copies: a busy
    // server prints hundreds of thousands of lines a second, and QByteArray's operator+= takes
    // its general insert path.
    struct Out
    {
        std::string bytes;
        Out &operator+=(char c)
        {
            bytes.push_back(c);
            return *this;
        }
        Out &operator+=(const char *text)
        {
            bytes.append(text);
            return *this;
        }
        Out &operator+=(QByteArrayView b)
        {
            bytes.append(b.data(), std::size_t(b.size()));
            return *this;
        }
    };
    Out m_out;
    // readyState and bufferedAmount, per connection
    QHash<quint32, QPair<Protocol::ReadyState, quint64>> m_lastStatus;
    // The handshake's request and response, per connection, for the list of checks
    QHash<quint32, QPair<QByteArray, QByteArray>> m_handshakes;
};

} // namespace WsBench::Cli
