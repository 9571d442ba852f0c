#pragma once

#include "core/protocol/extension_header.h"
#include "core/protocol/opcode.h"

#include <QByteArray>
#include <QByteArrayView>

#include <memory>
#include <optional>

namespace WsBench::Protocol {

// RFC 7692 permessage-deflate.
inline constexpr char kPerMessageDeflate[] = "permessage-deflate";

// What an endpoint is willing to do: the client's offer or the server's acceptance policy.
struct DeflateConfig
{
    bool enabled = false;
    bool serverNoContextTakeover = false; // client: request it; server: impose it
    bool clientNoContextTakeover = false; // client: promise it; server: request it
    int serverMaxWindowBits = 15; // client: request a limit if < 15; server: impose it
    int clientMaxWindowBits = 15; // client: offer a limit; server: ask for one if < 15
    int compressionLevel = 6;
};

// What was negotiated.
struct DeflateParams
{
    bool serverNoContextTakeover = false;
    bool clientNoContextTakeover = false;
    int serverMaxWindowBits = 15;
    int clientMaxWindowBits = 15;
};

// Client side: the offer (RFC 7692 §7.1), e.g. "permessage-deflate; client_max_window_bits".
Extension deflateOffer(const DeflateConfig &config);

// The other way round: what a client that made this offer asks for (absent parameters are
// the defaults; a window size that is not a valid value counts as 15).
DeflateConfig deflateOfferConfig(const Extension &offer);

// Server side: the first acceptable offer in order; the response extension goes in the 101.
struct DeflateAcceptance
{
    DeflateParams params;
    Extension response;
};
std::optional<DeflateAcceptance> acceptDeflateOffer(const QList<Extension> &offers,
                                                    const DeflateConfig &config);

// Client side: checks the server's response against what was offered (RFC 7692 §7.1.1–7.1.2).
std::optional<DeflateParams>
checkDeflateResponse(const Extension &response, const DeflateConfig &offered, QByteArray *problem);

// Compresses and decompresses messages for one endpoint with zlib (raw deflate).
class DeflateCodec
{
public:
    enum class Status : quint8 { Ok, Corrupt, TooBig };

    DeflateCodec(Role role, const DeflateParams &params, int level = 6);
    ~DeflateCodec();
    DeflateCodec(const DeflateCodec &) = delete;
    DeflateCodec &operator=(const DeflateCodec &) = delete;

    // RFC 7692 §7.2.1: compress with a sync flush and drop the trailing 00 00 ff ff.
    bool compress(QByteArrayView message, QByteArray &out);

    // RFC 7692 §7.2.2: feed the compressed payload of each frame, then finish() once at the end
    // of the message (appends 00 00 ff ff). Output is appended to `out`; TooBig as soon as it
    // would exceed `limit` bytes in total for the message.
    Status inflate(QByteArrayView compressed, QByteArray &out, quint64 limit);
    Status finish(QByteArray &out, quint64 limit);
    QByteArray lastError() const { return m_error; }

private:
    struct Streams;
    Status runInflate(QByteArrayView input, QByteArray &out, quint64 limit);

    std::unique_ptr<Streams> m_z;
    bool m_resetDeflate = false;
    bool m_resetInflate = false;
    quint64 m_inflatedThisMessage = 0;
    QByteArray m_error;
};

} // namespace WsBench::Protocol
