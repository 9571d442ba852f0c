// Fuzzes permessage-deflate: inflating arbitrary data under a size limit, a compress/inflate
// round trip that must reproduce its input, and compressed frames sent to an open connection.
#include "core/protocol/connection.h"
#include "core/protocol/deflate.h"
#include "core/protocol/frame_encoder.h"

#include <cstdint>
#include <cstdlib>

using namespace WsBench::Protocol;

namespace {
quint32 counter()
{
    static quint32 n = 7;
    return n++;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const bool noContext = data[0] & 1;
    const int bits = 9 + data[0] % 7;
    const QByteArray input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    DeflateParams params {noContext, noContext, bits, bits};

    // Arbitrary bytes as a compressed message: any outcome but a crash or overrun.
    DeflateCodec receiver(Role::Server, params);
    QByteArray out;
    const quint64 limit = 64 * 1024;
    auto status = receiver.inflate(input, out, limit);
    if (status == DeflateCodec::Status::Ok)
        status = receiver.finish(out, limit);
    if (quint64(out.size()) > limit + 1)
        abort();

    // Round trip.
    DeflateCodec a(Role::Client, params);
    DeflateCodec b(Role::Server, params);
    QByteArray compressed;
    if (!a.compress(input, compressed))
        abort();
    QByteArray restored;
    if (b.inflate(compressed, restored, 1 << 20) != DeflateCodec::Status::Ok
        || b.finish(restored, 1 << 20) != DeflateCodec::Status::Ok || restored != input)
        abort();

    // Through a connection, split into two frames with RSV1 on the first.
    ConnectionConfig config;
    config.role = Role::Client;
    config.client.deflate.enabled = true;
    config.policy.maxMessageSize = limit;
    Connection connection(config, counter);
    connection.start();
    HandshakeParser parser;
    parser.feed(connection.takeOutgoing());
    ServerHandshakeOptions server;
    server.deflate.enabled = true;
    connection.receiveData(answerRequest(parser.head(), server).response.raw);
    if (!connection.deflateParams())
        abort();
    const qsizetype half = input.size() / 2;
    FrameSpec first;
    first.fin = false;
    first.rsv = Rsv::Rsv1;
    first.opcode = (data[0] & 2) ? 1 : 2;
    first.payload = input.left(half);
    FrameSpec second;
    second.opcode = 0;
    second.payload = input.mid(half);
    connection.receiveData(
        QByteArray(FrameEncoder::encodeRaw(first) + FrameEncoder::encodeRaw(second)));
    connection.takeEvents();
    return 0;
}
