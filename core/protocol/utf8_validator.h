#pragma once

#include <QtGlobal>

namespace WsBench::Protocol {

// Incremental, strict UTF-8 validation (Unicode Table 3-7 "well-formed byte sequences"):
// rejects overlong forms, surrogates, code points above U+10FFFF and stray continuation bytes,
// accepts non-characters (U+FFFE, U+FFFF …) and never alters the input, so a BOM stays a BOM.
// Input may be split anywhere, including inside a code point (RFC 6455 §5.6, §8.1); validation
// fails at the first byte that cannot start or continue a valid sequence.
class Utf8Validator
{
public:
    // Returns false at the first invalid byte; errorOffset() is its offset counted from the
    // first byte ever fed (since reset()). Further calls after a failure return false.
    bool feed(const char *data, qsizetype size);

    // True when everything fed so far is valid and does not end inside a code point.
    bool isComplete() const { return m_state == 0; }
    bool failed() const { return m_failed; }
    qint64 errorOffset() const { return m_errorOffset; }
    qint64 bytesFed() const { return m_fed; }

    void reset();

    // One-shot check of a whole buffer.
    static bool isValid(const char *data, qsizetype size);
    // One-shot check that says where: -1 for valid UTF-8, else the offset of the first invalid
    // byte or, when the buffer ends inside a code point, of that code point's first byte.
    static qsizetype invalidOffset(const char *data, qsizetype size);

private:
    quint8 m_state = 0;
    bool m_failed = false;
    qint64 m_fed = 0;
    qint64 m_errorOffset = -1;
};

} // namespace WsBench::Protocol
