// Fuzzes the incremental HTTP head parser, both validators, the server's answer, the
// extension header parser and the handshake dissector.
#include "core/protocol/extension_header.h"
#include "core/protocol/handshake.h"
#include "core/protocol/handshake_dissector.h"
#include "core/protocol/handshake_parser.h"

#include <cstdint>
#include <cstdlib>

using namespace WsBench::Protocol;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const qsizetype chunk = 1 + data[0] % 23;
    const QByteArray input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    HandshakeParser::Limits limits;
    limits.maxBytes = 4096;
    limits.maxLines = 50;
    HandshakeParser whole(limits);
    HandshakeParser pieces(limits);
    const auto wholeStatus = whole.feed(input);
    auto piecesStatus = HandshakeParser::Status::NeedMore;
    for (qsizetype pos = 0; pos < input.size(); pos += chunk)
        piecesStatus
            = pieces.feed(QByteArrayView(input).sliced(pos, std::min(chunk, input.size() - pos)));
    // Splitting the input must not change the verdict.
    if (wholeStatus != piecesStatus)
        abort();
    if (wholeStatus == HandshakeParser::Status::Complete) {
        if (whole.head().raw != pieces.head().raw || whole.takeLeftover() != pieces.takeLeftover())
            abort();
        const HttpHead head = whole.takeHead();
        validateRequest(head);
        ServerHandshakeOptions server;
        server.subprotocols = {"chat"};
        server.deflate.enabled = true;
        const ServerHandshakeResult answer = answerRequest(head, server);
        if (answer.accepted && answer.response.statusCode != 101)
            abort();
        ClientRequest request;
        request.key = "dGhlIHNhbXBsZSBub25jZQ==";
        ClientHandshakeOptions client;
        client.subprotocols = {"chat"};
        client.deflate.enabled = true;
        validateResponse(head, request, client);
        dissectHandshake(head.raw);
    }
    parseExtensionList(input);
    dissectHandshake(input);
    return 0;
}
