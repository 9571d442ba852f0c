#include "core/protocol/http_head.h"

#include <QStringBuilder>

namespace WsBench::Protocol {

bool HttpHead::has(const QByteArray &name) const
{
    return count(name) > 0;
}

QByteArray HttpHead::value(const QByteArray &name) const
{
    for (const HttpHeader &h : headers) {
        if (h.name.compare(name, Qt::CaseInsensitive) == 0)
            return h.value;
    }
    return {};
}

QList<QByteArray> HttpHead::values(const QByteArray &name) const
{
    QList<QByteArray> out;
    for (const HttpHeader &h : headers) {
        if (h.name.compare(name, Qt::CaseInsensitive) == 0)
            out.append(h.value);
    }
    return out;
}

QByteArray HttpHead::combined(const QByteArray &name) const
{
    return values(name).join(", ");
}

int HttpHead::count(const QByteArray &name) const
{
    int n = 0;
    for (const HttpHeader &h : headers) {
        if (h.name.compare(name, Qt::CaseInsensitive) == 0)
            ++n;
    }
    return n;
}

bool HttpHead::hasToken(const QByteArray &name, const QByteArray &token) const
{
    const QList<QByteArray> all = values(name);
    for (const QByteArray &value : all) {
        const QList<QByteArray> items = splitHeaderList(value);
        for (const QByteArray &item : items) {
            if (item.compare(token, Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    return false;
}

int HttpHead::versionNumber(Qt::CaseSensitivity cs) const
{
    if (version.size() != 8 || version.left(5).compare("HTTP/", cs) != 0 || version.at(6) != '.')
        return -1;
    const char major = version.at(5);
    const char minor = version.at(7);
    if (major < '0' || major > '9' || minor < '0' || minor > '9')
        return -1;
    return (major - '0') * 10 + (minor - '0');
}

QList<QByteArray> splitHeaderList(const QByteArray &value)
{
    QList<QByteArray> out;
    const QList<QByteArray> parts = value.split(',');
    for (const QByteArray &part : parts) {
        const QByteArray item = part.trimmed();
        if (!item.isEmpty())
            out.append(item);
    }
    return out;
}

bool isHttpToken(const QByteArray &value)
{
    if (value.isEmpty())
        return false;
    static const QByteArray separators("()<>@,;:\\\"/[]?={} \t");
    for (const char c : value) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x21 || u > 0x7E || separators.contains(c))
            return false;
    }
    return true;
}

namespace {

bool isAsciiDigit(char c)
{
    return c >= '0' && c <= '9';
}

} // namespace

void parseStartLine(HttpHead &head)
{
    head.startLineValid = false;
    const QByteArray &line = head.startLine;
    // RFC 9112 §2.2: a CR that does not end the line (or a NUL) makes the line invalid.
    const bool clean = !line.contains('\r') && !line.contains('\0');
    if (line.left(5).compare("HTTP/", Qt::CaseInsensitive) == 0) {
        // status-line = HTTP-version SP status-code SP reason-phrase (RFC 9112 §4). A
        // lower-case "http/" is read as a status line for the checks to name, never valid.
        head.isRequest = false;
        const qsizetype sp1 = line.indexOf(' ');
        if (sp1 < 0)
            return;
        head.version = line.left(sp1);
        const qsizetype sp2 = line.indexOf(' ', sp1 + 1);
        const QByteArray code = sp2 < 0 ? line.mid(sp1 + 1) : line.mid(sp1 + 1, sp2 - sp1 - 1);
        head.reasonPhrase = sp2 < 0 ? QByteArray() : line.mid(sp2 + 1);
        // RFC 9112 §4: status-code = 3DIGIT; RFC 9110 §15: from 100 to 599.
        const bool digits = code.size() == 3 && code.at(0) >= '1' && code.at(0) <= '5'
            && isAsciiDigit(code.at(1)) && isAsciiDigit(code.at(2));
        if (!clean || !digits)
            return;
        head.statusCode = code.toInt();
        head.startLineValid = head.versionNumber() >= 0;
        return;
    }
    // request-line = method SP request-target SP HTTP-version (RFC 7230 §3.1.1)
    head.isRequest = true;
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 3)
        return;
    head.method = parts.at(0);
    head.target = parts.at(1);
    head.version = parts.at(2);
    head.startLineValid
        = clean && isHttpToken(head.method) && !head.target.isEmpty() && head.versionNumber() >= 0;
}

} // namespace WsBench::Protocol
