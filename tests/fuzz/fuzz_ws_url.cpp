// Fuzzes the ws:// and wss:// URL parser: a URL it accepts must give a request line and a Host
// header that carry no byte outside visible ASCII (nothing a server could read as a second
// line or a second field), and its normalised text must parse back to the same URL; a URL it
// refuses must say why.
#include "core/net/ws_url.h"

#include <cstdint>
#include <cstdlib>

using namespace WsBench::Net;

namespace {

bool visibleAscii(const QByteArray &bytes)
{
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x21 || u > 0x7E)
            return false;
    }
    return true;
}

bool same(const WsUrl &a, const WsUrl &b)
{
    return a.secure == b.secure && a.host == b.host && a.port == b.port
        && a.resourceName == b.resourceName && a.hostHeader == b.hostHeader && a.text == b.text;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    UrlError error = UrlError::Malformed;
    QString detail;
    const WsUrl url = WsUrl::parse(input, &error, &detail);
    if (error != UrlError::None) {
        if (detail.isEmpty() || !url.host.isEmpty())
            abort(); // a refusal says why and gives no URL
        return 0;
    }
    if (url.port == 0 || !url.resourceName.startsWith('/') || url.hostHeader.isEmpty())
        abort();
    if (!visibleAscii(url.resourceName) || !visibleAscii(url.hostHeader))
        abort(); // RFC 6455 §4.1: these go on the request line and in the Host header
    // Percent-encoding at most triples each byte of the input.
    if (url.resourceName.size() > 3 * input.toUtf8().size() + 1)
        abort();
    UrlError again = UrlError::Malformed;
    const WsUrl reparsed = WsUrl::parse(url.text, &again);
    if (again != UrlError::None || !same(url, reparsed))
        abort(); // the normalised text is the same URL
    return 0;
}
