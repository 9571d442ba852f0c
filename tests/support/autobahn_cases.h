#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace WsBench::Testing {

// One Autobahn|Testsuite case (protocol-notes §1.3): the frames the fuzzer writes, what the
// endpoint under test must send back before its Close (echoes and pongs, in order), whether it
// must fail the connection itself, and the close codes it may use.
struct AutobahnFrame
{
    quint8 opcode;
    QByteArray payload;
    bool fin = true;
    quint8 rsv = 0;
};

using AutobahnFrames = QList<AutobahnFrame>;
using AutobahnReplies = QList<QPair<quint8, QByteArray>>;

struct AutobahnCase
{
    QByteArray name;
    AutobahnFrames frames;
    AutobahnReplies replies;
    bool fails = false;
    QList<int> codes;
};

// Categories 1–7 and 10 (12 and 13 need permessage-deflate and are driven separately).
QList<AutobahnCase> autobahnCases();

} // namespace WsBench::Testing
