#include "tests/support/autobahn_cases.h"

#include "core/protocol/close_payload.h"

namespace WsBench::Testing {

namespace {

constexpr quint8 T = 0x1, B = 0x2, C = 0x0, CLOSE = 0x8, PING = 0x9, PONG = 0xA;
using Frames = AutobahnFrames;
using Replies = AutobahnReplies;

// Raw, because many cases send a code or reason that breaks the rules on purpose.
QByteArray closeBody(quint16 code, const QByteArray &reason = {})
{
    return Protocol::encodeClosePayloadRaw(code, reason);
}

QByteArray hex(const char *h)
{
    return QByteArray::fromHex(h);
}

} // namespace

QList<AutobahnCase> autobahnCases()
{
    const QByteArray hello = "Hello, world!";
    const QByteArray kosme = hex("cebae1bdb9cf83cebcceb5");
    QList<AutobahnCase> rows;
    auto ok = [&rows](const QByteArray &name, Frames f, Replies r) {
        rows.append({name, f, r, false, {1000}});
    };
    auto fail = [&rows](const QByteArray &name, Frames f, Replies r, QList<int> codes) {
        rows.append({name, f, r, true, codes});
    };

    // 1.x Framing: every length boundary, text and binary.
    static const char *const textNames[]
        = {"1.1.1", "1.1.2", "1.1.3", "1.1.4", "1.1.5", "1.1.6", "1.1.7"};
    static const char *const binNames[]
        = {"1.2.1", "1.2.2", "1.2.3", "1.2.4", "1.2.5", "1.2.6", "1.2.7"};
    const int lengths[] = {0, 125, 126, 127, 128, 65535, 65536};
    for (int i = 0; i < 7; ++i) {
        ok(textNames[i], {{T, QByteArray(lengths[i], '*')}}, {{T, QByteArray(lengths[i], '*')}});
        ok(binNames[i], {{B, QByteArray(lengths[i], char(0xfe))}},
           {{B, QByteArray(lengths[i], char(0xfe))}});
    }
    // 2.x Pings and pongs.
    ok("2.1", {{PING, {}}}, {{PONG, {}}});
    ok("2.2", {{PING, hello}}, {{PONG, hello}});
    ok("2.3", {{PING, hex("00fffefdfcfb00ff")}}, {{PONG, hex("00fffefdfcfb00ff")}});
    ok("2.4", {{PING, QByteArray(125, 'p')}}, {{PONG, QByteArray(125, 'p')}});
    fail("2.5", {{PING, QByteArray(126, 'p')}}, {}, {1002});
    ok("2.7", {{PONG, {}}}, {});
    ok("2.8", {{PONG, "unsolicited pong payload"}}, {});
    ok("2.9", {{PONG, "unsolicited"}, {PING, "ping payload"}}, {{PONG, "ping payload"}});
    {
        Frames pings;
        Replies pongs;
        for (int i = 0; i < 10; ++i) {
            pings.append({PING, "payload-" + QByteArray::number(i)});
            pongs.append({PONG, "payload-" + QByteArray::number(i)});
        }
        ok("2.10", pings, pongs);
    }
    // 3.x Reserved bits without an extension.
    fail("3.1", {{T, hello, true, 1}}, {}, {1002});
    fail("3.2", {{T, hello}, {T, hello, true, 2}, {PING, {}}}, {{T, hello}}, {1002});
    fail("3.3", {{T, hello}, {T, hello, true, 3}, {PING, {}}}, {{T, hello}}, {1002});
    fail("3.4", {{T, hello}, {T, hello, true, 4}, {PING, {}}}, {{T, hello}}, {1002});
    fail("3.5", {{B, hex("00ff"), true, 5}}, {}, {1002});
    fail("3.6", {{B, hex("00ff"), true, 6}}, {}, {1002});
    fail("3.7", {{CLOSE, {}, true, 7}}, {}, {1002});
    // 4.x Reserved opcodes.
    fail("4.1.1", {{3, {}}}, {}, {1002});
    fail("4.1.2", {{4, "reserved"}}, {}, {1002});
    fail("4.1.3", {{T, hello}, {5, {}}, {PING, {}}}, {{T, hello}}, {1002});
    fail("4.1.4", {{T, hello}, {6, "x"}, {PING, {}}}, {{T, hello}}, {1002});
    fail("4.1.5", {{T, hello}, {7, "x"}, {PING, {}}}, {{T, hello}}, {1002});
    fail("4.2.1", {{11, {}}}, {}, {1002});
    fail("4.2.2", {{12, "x"}}, {}, {1002});
    fail("4.2.3", {{T, hello}, {13, {}}, {PING, {}}}, {{T, hello}}, {1002});
    fail("4.2.4", {{T, hello}, {14, "x"}, {PING, {}}}, {{T, hello}}, {1002});
    fail("4.2.5", {{T, hello}, {15, "x"}, {PING, {}}}, {{T, hello}}, {1002});
    // 5.x Fragmentation.
    fail("5.1", {{PING, "fragment1", false}, {C, "fragment2"}}, {}, {1002});
    fail("5.2", {{PONG, "fragment1", false}, {C, "fragment2"}}, {}, {1002});
    ok("5.3", {{T, "fragment1", false}, {C, "fragment2"}}, {{T, "fragment1fragment2"}});
    ok("5.6", {{T, "fragment1", false}, {PING, "ping payload"}, {C, "fragment2"}},
       {{PONG, "ping payload"}, {T, "fragment1fragment2"}});
    fail("5.9", {{C, "non-continuation payload"}, {T, hello}}, {}, {1002});
    fail("5.12", {{C, "non-continuation payload", false}, {T, hello}}, {}, {1002});
    fail("5.15",
         {{T, "fragment1", false}, {C, "fragment2"}, {C, "fragment3", false}, {T, "fragment4"}},
         {{T, "fragment1fragment2"}}, {1002});
    fail("5.16", {{C, "fragment1", false}, {T, "fragment2", false}, {C, "fragment3"}}, {}, {1002});
    fail("5.17", {{C, "fragment1"}, {T, "fragment2", false}, {C, "fragment3"}}, {}, {1002});
    fail("5.18", {{T, "fragment1", false}, {T, "fragment2"}}, {}, {1002});
    ok("5.19",
       {{T, "fragment1", false},
        {C, "fragment2", false},
        {PING, "pongme 1!"},
        {C, "fragment3", false},
        {C, "fragment4", false},
        {PING, "pongme 2!"},
        {C, "fragment5"}},
       {{PONG, "pongme 1!"},
        {PONG, "pongme 2!"},
        {T, "fragment1fragment2fragment3fragment4fragment5"}});
    // 6.x UTF-8.
    ok("6.1.1", {{T, {}}}, {{T, {}}});
    ok("6.1.2", {{T, {}, false}, {C, {}, false}, {C, {}}}, {{T, {}}});
    ok("6.1.3", {{T, {}, false}, {C, "middle frame payload", false}, {C, {}}},
       {{T, "middle frame payload"}});
    const QByteArray utf
        = "Hello-\xc2\xb5@\xc3\x9f\xc3\xb6\xc3\xa4\xc3\xbc\xc3\xa0\xc3\xa1-UTF-8!!";
    ok("6.2.1", {{T, utf}}, {{T, utf}});
    ok("6.2.2", {{T, utf.left(12), false}, {C, utf.mid(12)}}, {{T, utf}});
    {
        Frames oneByte;
        for (qsizetype i = 0; i < utf.size(); ++i)
            oneByte.append({i == 0 ? T : C, utf.mid(i, 1), i == utf.size() - 1});
        ok("6.2.3", oneByte, {{T, utf}});
        Frames kosmeBytes;
        for (qsizetype i = 0; i < kosme.size(); ++i)
            kosmeBytes.append({i == 0 ? T : C, kosme.mid(i, 1), i == kosme.size() - 1});
        ok("6.2.4", kosmeBytes, {{T, kosme}});
    }
    fail("6.3.1", {{T, kosme + hex("eda080") + "edited"}}, {}, {1007});
    fail("6.14 truncated", {{T, hex("e080")}}, {}, {1007});
    fail("6.16 fe", {{T, hex("fe")}}, {}, {1007});
    fail("6.20 surrogate", {{T, hex("edbfbf")}}, {}, {1007});
    ok("6.22 non-character", {{T, hex("efbfbf")}}, {{T, hex("efbfbf")}});
    ok("BOM is kept", {{T, hex("efbbbf") + "BOM-first"}}, {{T, hex("efbbbf") + "BOM-first"}});
    ok("BOM in continuation kept", {{T, "abc", false}, {C, hex("efbbbf") + "def"}},
       {{T, "abc" + hex("efbbbf") + "def"}});
    // 7.x Close handling.
    ok("7.1.1", {{T, hello}}, {{T, hello}});
    fail("7.3.2", {{CLOSE, "a"}}, {}, {1002});
    fail("7.3.6", {{CLOSE, closeBody(1000, QByteArray(124, 'r'))}}, {}, {1002});
    fail("7.5.1", {{CLOSE, closeBody(1000) + hex("cebae1bdb9cf83cebcceb5eda080") + "edited"}}, {},
         {1007, 1002});
    for (int code : {0, 999, 1004, 1005, 1006, 1016, 1100, 2000, 2999, 5000, 65535})
        fail("7.9 close code " + QByteArray::number(code), {{CLOSE, closeBody(quint16(code))}}, {},
             {1002});
    // 10.1.1 65536 bytes auto-fragmented into 1300-byte frames.
    {
        Frames frames;
        const QByteArray big(65536, '*');
        for (qsizetype pos = 0; pos < big.size(); pos += 1300)
            frames.append({pos == 0 ? T : C, big.mid(pos, 1300), pos + 1300 >= big.size()});
        ok("10.1.1", frames, {{T, big}});
    }

    return rows;
}

} // namespace WsBench::Testing
