#pragma once

// The meaning of every built-in {{macro}}, pinned with a fixed clock and a fixed sequence of
// random words. The engine's own test, the server's reply rules and the session's variables
// all check these rows, so a macro means the same wherever a template is expanded.

#include "core/protocol/random_source.h"

#include <QByteArray>
#include <QList>

#include <memory>

namespace WsBench::Testing {

// 2023-11-14T22:13:20.123Z
constexpr qint64 kTemplateWallMs = 1700000000123LL;
// What a reply rule's {{message}} answers in these rows.
inline const QByteArray kTemplateMessage = QByteArrayLiteral("hi \xe4\xbd\xa0\xe5\xa5\xbd");

// Returns `words` in order, then again from the start.
inline Protocol::RandomSource sequenceRandom(QList<quint32> words)
{
    auto next = std::make_shared<qsizetype>(0);
    return [words, next]() {
        const quint32 w = words.at(*next % words.size());
        ++*next;
        return w;
    };
}

struct TemplateCase
{
    const char *name;
    QByteArray text;
    QList<quint32> randomWords;
    QByteArray expected; // from a fresh engine, without a message being answered
    QByteArray expectedInReply; // the same template as a reply to kTemplateMessage
};

inline QList<TemplateCase> templateCases()
{
    const QList<quint32> uuidWords = {0x00112233, 0x44556677, 0x8899AABB, 0xCCDDEEFF};
    const QByteArray message = kTemplateMessage;
    return {
        {"counter starts at 1", "{{counter}}", {1}, "1", "1"},
        {"counter: one value per expansion", "{{counter}}-{{ counter }}", {1}, "1-1", "1-1"},
        {"timestamp: ms since the epoch", "{{timestamp}}", {1}, "1700000000123", "1700000000123"},
        {"isoTime: UTC with ms",
         "{{isoTime}}",
         {1},
         "2023-11-14T22:13:20.123Z",
         "2023-11-14T22:13:20.123Z"},
        {"timestamp and isoTime: one instant",
         "{{timestamp}} {{isoTime}}",
         {1},
         "1700000000123 2023-11-14T22:13:20.123Z",
         "1700000000123 2023-11-14T22:13:20.123Z"},
        {"uuid: version 4, variant 10", "{{uuid}}", uuidWords,
         "00112233-4455-4677-8899-aabbccddeeff", "00112233-4455-4677-8899-aabbccddeeff"},
        {"uuid: a new one each time",
         "{{uuid}} {{uuid}}",
         {0, 0, 0, 0, 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF},
         "00000000-0000-4000-8000-000000000000 ffffffff-ffff-4fff-bfff-ffffffffffff",
         "00000000-0000-4000-8000-000000000000 ffffffff-ffff-4fff-bfff-ffffffffffff"},
        {"random: largest", "{{random}}", {0xFFFFFFFF}, "2147483647", "2147483647"},
        {"random: smallest", "{{random}}", {0x80000000}, "0", "0"},
        {"random: a new one each time",
         "{{random}},{{random}}",
         {0x12345678, 7},
         "305419896,7",
         "305419896,7"},
        {"message: only in a reply",
         "got {{message}}!",
         {1},
         "got {{message}}!",
         "got " + message + "!"},
        {"unknown names stay",
         "{{nope}} {{Counter}} {{ }} {{1x}} {{a b}} {{",
         {1},
         "{{nope}} {{Counter}} {{ }} {{1x}} {{a b}} {{",
         "{{nope}} {{Counter}} {{ }} {{1x}} {{a b}} {{"},
        {"braces around a placeholder", "{{{counter}}}", {1}, "{1}", "{1}"},
        {"JSON around placeholders",
         "{\"n\":{{counter}},\"at\":{{timestamp}},\"id\":{{random}},\"echo\":\"{{message}}\"}",
         {42},
         "{\"n\":1,\"at\":1700000000123,\"id\":42,\"echo\":\"{{message}}\"}",
         "{\"n\":1,\"at\":1700000000123,\"id\":42,\"echo\":\"" + message + "\"}"},
        {"text around stays byte for byte",
         "\xe4\xbd\xa0{{counter}}\xe5\xa5\xbd\n\t",
         {1},
         "\xe4\xbd\xa0"
         "1\xe5\xa5\xbd\n\t",
         "\xe4\xbd\xa0"
         "1\xe5\xa5\xbd\n\t"},
    };
}

} // namespace WsBench::Testing
