#include "core/protocol/deflate.h"

#include <zlib.h>

#include <QStringBuilder>
#include <algorithm>
#include <cstring>

namespace WsBench::Protocol {

namespace {

const QByteArray kServerNoContextTakeover("server_no_context_takeover");
const QByteArray kClientNoContextTakeover("client_no_context_takeover");
const QByteArray kServerMaxWindowBits("server_max_window_bits");
const QByteArray kClientMaxWindowBits("client_max_window_bits");

// zlib refuses an 8-bit window for raw deflate, so we never compress with one.
constexpr int kMinCompressWindowBits = 9;

std::optional<int> windowBitsValue(const ExtensionParam &p)
{
    if (!p.value)
        return std::nullopt;
    // RFC 7692 §7.1.2: 1*DIGIT in 8..15, no leading zero (and no sign).
    const QByteArray &value = *p.value;
    if (value.size() > 2
        || !std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    bool ok = false;
    const int bits = value.toInt(&ok);
    if (!ok || bits < 8 || bits > 15 || value.startsWith('0'))
        return std::nullopt;
    return bits;
}

// Structural checks shared by offers and responses: known names, no duplicates, valid values.
bool wellFormedParams(const Extension &ext, bool isOffer, QByteArray *problem)
{
    for (const ExtensionParam &p : ext.params) {
        const QByteArray name = p.name.toLower();
        if (ext.count(p.name) > 1) {
            *problem = "Duplicate parameter " + p.name;
            return false;
        }
        if (name == kServerNoContextTakeover || name == kClientNoContextTakeover) {
            if (p.value) {
                *problem = p.name + " takes no value";
                return false;
            }
        } else if (name == kServerMaxWindowBits) {
            if (!windowBitsValue(p)) {
                *problem = "server_max_window_bits needs a value from 8 to 15";
                return false;
            }
        } else if (name == kClientMaxWindowBits) {
            // In an offer the value is optional; in a response it is required.
            if ((p.value || !isOffer) && !windowBitsValue(p)) {
                *problem = "client_max_window_bits needs a value from 8 to 15";
                return false;
            }
        } else {
            *problem = "Unknown permessage-deflate parameter " + p.name;
            return false;
        }
    }
    return true;
}

void addParam(Extension &ext, const QByteArray &name, std::optional<int> value = std::nullopt)
{
    ExtensionParam p;
    p.name = name;
    if (value)
        p.value = QByteArray::number(*value);
    ext.params.append(p);
}

} // namespace

Extension deflateOffer(const DeflateConfig &config)
{
    Extension ext;
    ext.name = kPerMessageDeflate;
    if (config.serverNoContextTakeover)
        addParam(ext, kServerNoContextTakeover);
    if (config.clientNoContextTakeover)
        addParam(ext, kClientNoContextTakeover);
    if (config.serverMaxWindowBits < 15)
        addParam(ext, kServerMaxWindowBits, config.serverMaxWindowBits);
    // We can always honour a server's request for a smaller client window down to 9 bits.
    addParam(ext, kClientMaxWindowBits,
             config.clientMaxWindowBits < 15 ? std::optional<int>(config.clientMaxWindowBits)
                                             : std::nullopt);
    return ext;
}

DeflateConfig deflateOfferConfig(const Extension &offer)
{
    DeflateConfig config;
    config.enabled = true;
    config.serverNoContextTakeover = offer.count(kServerNoContextTakeover) > 0;
    config.clientNoContextTakeover = offer.count(kClientNoContextTakeover) > 0;
    if (const ExtensionParam *p = offer.param(kServerMaxWindowBits))
        config.serverMaxWindowBits = windowBitsValue(*p).value_or(15);
    if (const ExtensionParam *p = offer.param(kClientMaxWindowBits))
        config.clientMaxWindowBits = windowBitsValue(*p).value_or(15);
    return config;
}

std::optional<DeflateAcceptance> acceptDeflateOffer(const QList<Extension> &offers,
                                                    const DeflateConfig &config)
{
    if (!config.enabled)
        return std::nullopt;
    for (const Extension &offer : offers) {
        if (offer.name.compare(kPerMessageDeflate, Qt::CaseInsensitive) != 0)
            continue;
        QByteArray problem;
        if (!wellFormedParams(offer, true, &problem))
            continue; // RFC 7692 §5: decline an invalid offer, try the next one
        DeflateAcceptance acceptance;
        DeflateParams &params = acceptance.params;
        acceptance.response.name = kPerMessageDeflate;
        params.serverNoContextTakeover
            = config.serverNoContextTakeover || offer.count(kServerNoContextTakeover) > 0;
        params.clientNoContextTakeover = config.clientNoContextTakeover;
        int serverBits = config.serverMaxWindowBits;
        if (const ExtensionParam *p = offer.param(kServerMaxWindowBits))
            serverBits = std::min(serverBits, *windowBitsValue(*p));
        if (serverBits < kMinCompressWindowBits)
            continue; // cannot compress within an 8-bit window
        params.serverMaxWindowBits = serverBits;
        const ExtensionParam *clientBitsParam = offer.param(kClientMaxWindowBits);
        if (clientBitsParam) {
            int clientBits = config.clientMaxWindowBits;
            if (clientBitsParam->value)
                clientBits = std::min(clientBits, *windowBitsValue(*clientBitsParam));
            params.clientMaxWindowBits = clientBits;
        }
        if (params.serverNoContextTakeover)
            addParam(acceptance.response, kServerNoContextTakeover);
        if (params.clientNoContextTakeover)
            addParam(acceptance.response, kClientNoContextTakeover);
        // RFC 7692 §7.1.2.1: an offer with server_max_window_bits is accepted by answering it.
        if (params.serverMaxWindowBits < 15 || offer.param(kServerMaxWindowBits))
            addParam(acceptance.response, kServerMaxWindowBits, params.serverMaxWindowBits);
        if (clientBitsParam && params.clientMaxWindowBits < 15)
            addParam(acceptance.response, kClientMaxWindowBits, params.clientMaxWindowBits);
        return acceptance;
    }
    return std::nullopt;
}

std::optional<DeflateParams> checkDeflateResponse(const Extension &response,
                                                  const DeflateConfig &offered, QByteArray *problem)
{
    if (!wellFormedParams(response, false, problem))
        return std::nullopt;
    DeflateParams params;
    params.serverNoContextTakeover = response.count(kServerNoContextTakeover) > 0;
    params.clientNoContextTakeover
        = offered.clientNoContextTakeover || response.count(kClientNoContextTakeover) > 0;
    if (offered.serverNoContextTakeover && !params.serverNoContextTakeover) {
        *problem = "The server ignored the requested server_no_context_takeover";
        return std::nullopt;
    }
    if (const ExtensionParam *p = response.param(kServerMaxWindowBits)) {
        params.serverMaxWindowBits = *windowBitsValue(*p);
        if (offered.serverMaxWindowBits < 15
            && params.serverMaxWindowBits > offered.serverMaxWindowBits) {
            *problem = "server_max_window_bits in the response exceeds the offer";
            return std::nullopt;
        }
    } else if (offered.serverMaxWindowBits < 15) {
        *problem = "The server ignored the requested server_max_window_bits";
        return std::nullopt;
    }
    params.clientMaxWindowBits = offered.clientMaxWindowBits;
    if (const ExtensionParam *p = response.param(kClientMaxWindowBits)) {
        const int bits = *windowBitsValue(*p);
        if (bits < kMinCompressWindowBits) {
            *problem = "client_max_window_bits=8 cannot be honoured (zlib needs at least 9)";
            return std::nullopt;
        }
        params.clientMaxWindowBits = std::min(bits, offered.clientMaxWindowBits);
    }
    return params;
}

struct DeflateCodec::Streams
{
    z_stream deflater {};
    z_stream inflater {};
    bool deflaterReady = false;
    bool inflaterReady = false;
};

DeflateCodec::DeflateCodec(Role role, const DeflateParams &params, int level)
    : m_z(std::make_unique<Streams>())
{
    const bool client = role == Role::Client;
    const int ownBits = std::max(kMinCompressWindowBits,
                                 client ? params.clientMaxWindowBits : params.serverMaxWindowBits);
    m_resetDeflate = client ? params.clientNoContextTakeover : params.serverNoContextTakeover;
    m_resetInflate = client ? params.serverNoContextTakeover : params.clientNoContextTakeover;
    m_z->deflaterReady
        = deflateInit2(&m_z->deflater, level, Z_DEFLATED, -ownBits, 8, Z_DEFAULT_STRATEGY) == Z_OK;
    // A 15-bit window inflates anything the peer may send, whatever it negotiated.
    m_z->inflaterReady = inflateInit2(&m_z->inflater, -15) == Z_OK;
}

DeflateCodec::~DeflateCodec()
{
    if (m_z->deflaterReady)
        deflateEnd(&m_z->deflater);
    if (m_z->inflaterReady)
        inflateEnd(&m_z->inflater);
}

bool DeflateCodec::compress(QByteArrayView message, QByteArray &out)
{
    if (!m_z->deflaterReady) {
        m_error = "zlib deflater could not be initialised";
        return false;
    }
    z_stream &z = m_z->deflater;
    const qsizetype start = out.size();
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(message.data()));
    z.avail_in = uInt(message.size());
    for (;;) {
        const qsizetype used = out.size();
        const qsizetype room
            = std::max<qsizetype>(64, qsizetype(deflateBound(&z, z.avail_in)) + 16);
        out.resize(used + room);
        z.next_out = reinterpret_cast<Bytef *>(out.data() + used);
        z.avail_out = uInt(room);
        const int rc = ::deflate(&z, Z_SYNC_FLUSH);
        out.resize(out.size() - qsizetype(z.avail_out));
        if (rc != Z_OK && rc != Z_BUF_ERROR) {
            m_error = "zlib deflate failed";
            return false;
        }
        if (z.avail_in == 0 && z.avail_out != 0)
            break;
    }
    // RFC 7692 §7.2.1: remove the 4 octets 0x00 0x00 0xff 0xff at the tail.
    if (out.size() - start >= 4 && out.endsWith(QByteArrayView("\x00\x00\xff\xff", 4)))
        out.chop(4);
    if (out.size() == start)
        out.append('\x00'); // §7.2.3.6: an empty message may be a single 0x00 block
    if (m_resetDeflate)
        deflateReset(&z);
    return true;
}

DeflateCodec::Status DeflateCodec::runInflate(QByteArrayView input, QByteArray &out, quint64 limit)
{
    if (!m_z->inflaterReady) {
        m_error = "zlib inflater could not be initialised";
        return Status::Corrupt;
    }
    z_stream &z = m_z->inflater;
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(input.data()));
    z.avail_in = uInt(input.size());
    for (;;) {
        const qsizetype used = out.size();
        // Never produce more than one byte past the limit, so a bomb costs at most `limit`.
        const quint64 left = limit >= m_inflatedThisMessage ? limit - m_inflatedThisMessage : 0;
        const qsizetype room = qsizetype(
            std::min<quint64>(std::max<quint64>(16 * 1024, quint64(z.avail_in) * 4), left + 1));
        out.resize(used + room);
        z.next_out = reinterpret_cast<Bytef *>(out.data() + used);
        z.avail_out = uInt(room);
        const int rc = ::inflate(&z, Z_SYNC_FLUSH);
        const qsizetype produced = room - qsizetype(z.avail_out);
        out.resize(used + produced);
        m_inflatedThisMessage += quint64(produced);
        if (m_inflatedThisMessage > limit) {
            m_error = "Decompressed message exceeds " + QByteArray::number(limit) + " bytes";
            return Status::TooBig;
        }
        if (rc == Z_STREAM_END) {
            // The peer ended the deflate stream (BFINAL); the next message starts afresh.
            inflateReset(&z);
            return Status::Ok;
        }
        if (rc == Z_BUF_ERROR && z.avail_in == 0)
            return Status::Ok; // needs more input
        if (rc != Z_OK) {
            m_error = QByteArray("Invalid deflate data: ") + (z.msg ? z.msg : "zlib error");
            return Status::Corrupt;
        }
        if (z.avail_in == 0 && z.avail_out != 0)
            return Status::Ok;
    }
}

DeflateCodec::Status DeflateCodec::inflate(QByteArrayView compressed, QByteArray &out,
                                           quint64 limit)
{
    if (compressed.isEmpty())
        return Status::Ok;
    return runInflate(compressed, out, limit);
}

DeflateCodec::Status DeflateCodec::finish(QByteArray &out, quint64 limit)
{
    static const char tail[4] = {'\x00', '\x00', '\xff', '\xff'};
    const Status status = runInflate(QByteArrayView(tail, 4), out, limit);
    m_inflatedThisMessage = 0;
    if (m_resetInflate)
        inflateReset(&m_z->inflater);
    return status;
}

} // namespace WsBench::Protocol
