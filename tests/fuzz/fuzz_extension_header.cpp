// Fuzzes the Sec-WebSocket-Extensions parser (RFC 6455 §9.1): what it accepts is made of
// tokens, formats back to a list that parses to the same extensions, and is no longer than
// the input plus the separators formatting adds; what it refuses says why. The server's
// permessage-deflate negotiation (RFC 7692) runs on every accepted list: it takes the first
// offer that is acceptable on its own, reads window sizes only as digits, and answers with a
// response that the client which made that offer accepts, agreeing on both windows.
#include "core/protocol/deflate.h"
#include "core/protocol/extension_header.h"
#include "core/protocol/http_head.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace WsBench::Protocol;

namespace {

// Stops the run with the line of the invariant that does not hold.
void check(bool condition, int line = __builtin_LINE())
{
    if (!condition) {
        fprintf(stderr, "invariant at %s:%d does not hold\n", __FILE__, line);
        abort();
    }
}

bool sameList(const QList<Extension> &a, const QList<Extension> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).name != b.at(i).name || a.at(i).params.size() != b.at(i).params.size())
            return false;
        for (qsizetype j = 0; j < a.at(i).params.size(); ++j) {
            if (a.at(i).params.at(j).name != b.at(i).params.at(j).name
                || a.at(i).params.at(j).value != b.at(i).params.at(j).value)
                return false;
        }
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const quint8 flags = data[0];
    const QByteArray input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    QByteArray error;
    const auto list = parseExtensionList(input, &error);
    if (!list) {
        check(!error.isEmpty());
        return 0;
    }
    QList<QByteArray> formatted;
    qsizetype params = 0;
    for (const Extension &e : *list) {
        check(isHttpToken(e.name));
        for (const ExtensionParam &p : e.params) {
            check(isHttpToken(p.name) && (!p.value || isHttpToken(*p.value)));
            ++params;
        }
        formatted.append(formatExtension(e));
    }
    const QByteArray text = formatted.join(", ");
    // Formatting adds at most "; " per parameter and ", " per extension to what was read.
    check(text.size() <= input.size() + 2 * (params + list->size()));
    const auto again = parseExtensionList(text);
    check(again && sameList(*again, *list));

    // The server's negotiation, with a policy taken from the first byte.
    DeflateConfig server;
    server.enabled = true;
    server.serverNoContextTakeover = flags & 1;
    server.clientNoContextTakeover = flags & 2;
    server.serverMaxWindowBits = (flags & 4) ? 9 + (flags >> 4) % 7 : 15;
    server.clientMaxWindowBits = (flags & 8) ? 9 + (flags >> 5) % 7 : 15;
    const auto accepted = acceptDeflateOffer(*list, server);
    if (!accepted)
        return 0;
    const DeflateParams &p = accepted->params;
    check(p.serverMaxWindowBits >= 9 && p.serverMaxWindowBits <= 15);
    check(p.clientMaxWindowBits >= 8 && p.clientMaxWindowBits <= 15);
    check(accepted->response.name == kPerMessageDeflate);
    // The response formats to a list that parses back to itself.
    const auto response = parseExtensionList(formatExtension(accepted->response));
    check(response && response->size() == 1 && sameList(*response, {accepted->response}));

    // The offer taken is the first one that is acceptable on its own.
    const Extension *chosen = nullptr;
    for (const Extension &e : *list) {
        if (acceptDeflateOffer({e}, server)) {
            chosen = &e;
            break;
        }
    }
    check(chosen != nullptr);
    // RFC 7692 §7.1.2: a window size is 1*DIGIT.
    for (const ExtensionParam &param : chosen->params) {
        if (param.value) {
            for (const char c : *param.value)
                check(c >= '0' && c <= '9');
        }
    }
    // The client that made that offer accepts the response and agrees on the windows. (Ours
    // never offers client_max_window_bits=8: zlib cannot compress in that window.)
    if (const ExtensionParam *bits = chosen->param("client_max_window_bits");
        bits && bits->value == QByteArray("8"))
        return 0;
    const DeflateConfig client = deflateOfferConfig(*chosen);
    QByteArray problem;
    const auto agreed = checkDeflateResponse(accepted->response, client, &problem);
    check(agreed.has_value());
    check(agreed->serverNoContextTakeover == p.serverNoContextTakeover);
    check(agreed->serverMaxWindowBits == p.serverMaxWindowBits);
    check(agreed->clientMaxWindowBits == p.clientMaxWindowBits);
    return 0;
}
