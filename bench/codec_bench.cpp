// Receive-path throughput on 64 KiB masked text frames: frame decoding, unmasking and UTF-8
// validation, exactly as a server connection does them (FrameDecoder + MessageAssembler),
// reported in MB/s and as a ratio to memcpy of the same bytes measured in the same run.
//
//   codec_bench [--seconds S]
#include "core/protocol/frame_decoder.h"
#include "core/protocol/frame_encoder.h"
#include "core/protocol/message_assembler.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QString>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>

using namespace WsBench::Protocol;

namespace {

constexpr qsizetype kPayload = 64 * 1024;

inline void clobber(void *p)
{
    asm volatile("" : : "r"(p) : "memory");
}

QByteArray makeText(bool mixed)
{
    QByteArray text;
    const QByteArray ascii = "The WebSocket Protocol enables two-way communication. ";
    const QByteArray chinese
        = QStringLiteral("WebSocket 协议实现了浏览器与服务器之间的全双工通信。").toUtf8();
    while (text.size() < kPayload)
        text += mixed ? chinese : ascii;
    // Cut on a code point boundary.
    qsizetype size = kPayload;
    while ((quint8(text.at(size)) & 0xC0) == 0x80)
        --size;
    text.truncate(size);
    return text;
}

// Nanoseconds per pass, best of `rounds` rounds of `passes` passes.
template<typename F>
double bestNanos(F &&pass, int rounds, int passes)
{
    double best = 1e300;
    for (int r = 0; r < rounds; ++r) {
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < passes; ++i)
            pass();
        best = std::min(best, double(timer.nsecsElapsed()) / passes);
    }
    return best;
}

struct Result
{
    double decodeMBps;
    double memcpyMBps;
    double ratio;
};

Result measure(const QByteArray &text, int rounds, int passes)
{
    FrameSpec spec;
    spec.opcode = toRaw(Opcode::Text);
    spec.payload = text;
    spec.maskKey = 0x37fa213d;
    const QByteArray wire = FrameEncoder::encodeRaw(spec);

    FrameDecoder decoder(Role::Server);
    MessageAssembler assembler;
    qint64 delivered = 0;
    auto decodePass = [&]() {
        const char *data = wire.constData();
        qsizetype size = wire.size();
        for (;;) {
            const auto step = decoder.decode(data, size);
            data += step.consumed;
            size -= step.consumed;
            switch (step.status) {
            case FrameDecoder::Status::Header:
                if (assembler.beginFrame(decoder.header()))
                    std::abort();
                break;
            case FrameDecoder::Status::Payload:
                if (assembler.payloadChunk(decoder.lastChunk()))
                    std::abort();
                break;
            case FrameDecoder::Status::FrameComplete: {
                bool complete = false;
                if (assembler.endFrame(decoder.takePayload(), &complete) || !complete)
                    std::abort();
                const Message m = assembler.takeMessage();
                delivered += m.payload.size();
                clobber(const_cast<char *>(m.payload.constData()));
                break;
            }
            case FrameDecoder::Status::Failed:
                std::abort();
            case FrameDecoder::Status::NeedMore:
                return;
            }
        }
    };
    // memcpy between page-aligned buffers: its fastest case, so the ratio is conservative.
    char *src = static_cast<char *>(std::aligned_alloc(4096, 128 * 1024));
    char *dst = static_cast<char *>(std::aligned_alloc(4096, 128 * 1024));
    std::memcpy(src, wire.constData(), std::size_t(wire.size()));
    std::memset(dst, 0, 128 * 1024);
    auto memcpyPass = [&]() {
        std::memcpy(dst, src, std::size_t(wire.size()));
        clobber(dst);
    };
    // Warm up, then interleave the two so both see the same machine state.
    decodePass();
    memcpyPass();
    double decodeNs = 1e300, memcpyNs = 1e300;
    for (int i = 0; i < 3; ++i) {
        decodeNs = std::min(decodeNs, bestNanos(decodePass, rounds, passes));
        memcpyNs = std::min(memcpyNs, bestNanos(memcpyPass, rounds, passes));
    }
    std::free(src);
    std::free(dst);
    if (delivered == 0)
        std::abort();
    const double bytes = double(wire.size());
    return {bytes / decodeNs * 1e3, bytes / memcpyNs * 1e3, memcpyNs / decodeNs};
}

} // namespace

int main(int argc, char **argv)
{
    int passes = 2000;
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--passes") == 0)
            passes = std::max(10, std::atoi(argv[i + 1]));
    }
    const Result ascii = measure(makeText(false), 5, passes);
    const Result mixed = measure(makeText(true), 5, passes);
    std::printf("%-34s %10s %10s %8s\n", "64 KiB masked text frame", "MB/s", "memcpy", "ratio");
    std::printf("%-34s %10.0f %10.0f %8.3f\n", "ascii: decode+unmask+utf8", ascii.decodeMBps,
                ascii.memcpyMBps, ascii.ratio);
    std::printf("%-34s %10.0f %10.0f %8.3f\n", "mixed zh/en: decode+unmask+utf8", mixed.decodeMBps,
                mixed.memcpyMBps, mixed.ratio);
    std::printf("codec: ascii %.3f of memcpy, mixed %.3f of memcpy\n", ascii.ratio, mixed.ratio);
    return 0;
}
