// Fuzzes the frame decoder directly and the whole receive path (decoder, message assembly,
// UTF-8, close handling) of an open connection in both roles, with input split into reads
// at positions taken from the input itself; the header parser and the Close payload pair,
// with their invariants; and the dissector.
#include "core/protocol/close_payload.h"
#include "core/protocol/connection.h"
#include "core/protocol/frame_decoder.h"
#include "core/protocol/frame_dissector.h"

#include <cstdint>
#include <cstdlib>

using namespace WsBench::Protocol;

namespace {

quint32 counter()
{
    static quint32 n = 1;
    return n++;
}

void openConnection(Connection &c, Role role)
{
    c.start();
    if (role == Role::Server) {
        ClientHandshakeOptions options;
        c.receiveData(buildClientRequest(options, counter).head.raw);
    } else {
        HandshakeParser parser;
        parser.feed(c.takeOutgoing());
        c.receiveData(answerRequest(parser.head(), ServerHandshakeOptions()).response.raw);
    }
    c.takeOutgoing();
    c.takeEvents();
    if (c.readyState() != ReadyState::Open)
        abort();
}

// parseFrameHeader() on a prefix agrees with the parse of the whole input, and a reader that
// gathers what it asks for reaches the same result.
void checkHeaderParser(const uchar *data, qsizetype size)
{
    for (const LengthRules rules : {LengthRules::Minimal, LengthRules::AnyEncoding}) {
        const FrameHeaderParse whole = parseFrameHeader(data, size, rules);
        qsizetype have = 0;
        FrameHeaderParse p = parseFrameHeader(data, have, rules);
        while (p.status == FrameHeaderParse::Status::NeedMore && p.needed <= size) {
            if (p.needed <= have || p.needed > 14)
                abort();
            have = p.needed;
            p = parseFrameHeader(data, have, rules);
        }
        if (p.status != whole.status || p.error != whole.error
            || p.header.payloadLength != whole.header.payloadLength
            || p.header.headerSize != whole.header.headerSize
            || p.header.opcode != whole.header.opcode)
            abort();
        if (whole.isComplete()
            && (whole.header.headerSize > size
                || whole.header.headerSize
                    != frameHeaderSize(whole.header.lengthEncoding, whole.header.masked)))
            abort();
    }
}

// A payload the parser accepts is one the raw encoder writes back byte for byte, and, when
// its code may be sent by either side, one the strict encoder builds too.
void checkClosePayload(QByteArrayView payload)
{
    const ClosePayloadParse parsed = parseClosePayload(payload);
    if (!parsed.ok()) {
        if (parsed.errorOffset < 0 || parsed.errorOffset >= payload.size()
            || parsed.detail.isEmpty())
            abort();
        return;
    }
    if (encodeClosePayloadRaw(parsed.close.code, parsed.close.reason) != payload)
        abort();
    for (const Role sender : {Role::Client, Role::Server}) {
        const ClosePayloadEncoding strict
            = encodeClosePayload(parsed.close.code, parsed.close.reason, sender);
        if (strict.ok() ? strict.payload != payload
                        : strict.error != CloseEncodeError::CodeNotForSender)
            abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const qsizetype chunk = 1 + data[0] % 17;
    const char *bytes = reinterpret_cast<const char *>(data + 1);
    const qsizetype n = qsizetype(size - 1);

    ValidationPolicy policy;
    policy.maxFramePayload = 1 << 20;
    policy.maxMessageSize = 1 << 20;
    for (const Role role : {Role::Server, Role::Client}) {
        FrameDecoder decoder(role, policy);
        const char *p = bytes;
        qsizetype left = n;
        quint64 streamed = 0;
        while (left > 0) {
            const qsizetype take = std::min(chunk, left);
            const char *q = p;
            qsizetype qleft = take;
            for (;;) {
                const auto step = decoder.decode(q, qleft);
                q += step.consumed;
                qleft -= step.consumed;
                if (step.status == FrameDecoder::Status::Payload)
                    streamed += quint64(decoder.lastChunk().size());
                if (step.status == FrameDecoder::Status::Header)
                    streamed = 0;
                if (step.status == FrameDecoder::Status::FrameComplete
                    && quint64(decoder.takePayload().size()) != streamed)
                    abort(); // streamed chunks must add up to the payload
                if (step.status == FrameDecoder::Status::NeedMore
                    || step.status == FrameDecoder::Status::Failed)
                    break;
            }
            if (decoder.hasFailed())
                break;
            p += take;
            left -= take;
        }

        ConnectionConfig config;
        config.role = role;
        config.policy = policy;
        Connection connection(config, counter);
        openConnection(connection, role);
        for (qsizetype pos = 0; pos < n; pos += chunk) {
            connection.receiveData(QByteArrayView(bytes + pos, std::min(chunk, n - pos)));
            for (const Event &e : connection.takeEvents()) {
                if (e.type == EventType::Message)
                    connection.sendBinary(e.payload);
            }
            connection.transportWrote(connection.takeOutgoing().size());
        }
        connection.transportClosed();
        const CloseInfo info = connection.closeInfo();
        if (info.wasClean && !(info.closeSent && info.closeReceived))
            abort();
    }
    checkHeaderParser(reinterpret_cast<const uchar *>(bytes), n);
    checkClosePayload(QByteArrayView(bytes, std::min<qsizetype>(n, 200)));
    dissectFrame(QByteArrayView(bytes, n));
    return 0;
}
