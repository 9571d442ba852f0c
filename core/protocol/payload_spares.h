#pragma once

#include <QByteArray>

namespace WsBench::Protocol::PayloadSpares {

// Small payloads are the common case of a busy connection. Whoever holds the last reference to
// one hands its buffer to this thread's spares: the store when it evicts a record, or the
// connection after handling its events when nothing recorded or kept the payload. The next
// small payload decoded here takes it instead of a fresh allocation: no allocation per message
// in a steady flow, and none of the allocator's slow paths that thousands of small frees in a
// row lead to.
constexpr qsizetype kMaxCapacity = 256;
// The most capacity a taken buffer may have beyond what was asked for (about one of the
// allocator's size classes), so that what a record is counted as (its payload's size) stays
// what it holds: a peer cannot make tiny records keep larger buffers than they are counted for.
constexpr qsizetype kMaxSlack = 16;

// An empty buffer with room for `size` bytes: a spare when one fits, else a new one.
QByteArray take(qsizetype size);
// Keeps `bytes` as a spare when nothing else shares it and it is small; otherwise releases it.
void give(QByteArray &&bytes);
// How many spares this thread keeps now.
qsizetype count();

} // namespace WsBench::Protocol::PayloadSpares
