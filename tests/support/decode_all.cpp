#include "tests/support/decode_all.h"

namespace WsBench::Testing {

using namespace Protocol;

DecodeOutcome decodeAll(const QByteArray &bytes, Role receiver, const ValidationPolicy &policy,
                        qsizetype chunkSize, quint8 allowedRsv)
{
    DecodeOutcome out;
    FrameDecoder decoder(receiver, policy);
    decoder.setAllowedRsv(allowedRsv);
    QByteArray streamed;
    bool inFrame = false;
    const qsizetype step = chunkSize <= 0 ? std::max<qsizetype>(1, bytes.size()) : chunkSize;
    for (qsizetype pos = 0; pos < bytes.size() || (pos == 0 && bytes.isEmpty()); pos += step) {
        const QByteArray chunk = bytes.mid(pos, step);
        const char *data = chunk.constData();
        qsizetype size = chunk.size();
        for (;;) {
            const auto s = decoder.decode(data, size);
            data += s.consumed;
            size -= s.consumed;
            if (s.status == FrameDecoder::Status::NeedMore)
                break;
            if (s.status == FrameDecoder::Status::Failed) {
                out.failure = decoder.failure();
                out.consumed = decoder.bytesConsumed();
                return out;
            }
            if (s.status == FrameDecoder::Status::Header) {
                inFrame = true;
                streamed.clear();
            } else if (s.status == FrameDecoder::Status::Payload) {
                streamed.append(decoder.lastChunk());
            } else if (s.status == FrameDecoder::Status::FrameComplete) {
                DecodedFrame f;
                f.header = decoder.header();
                f.headerBytes = decoder.headerBytes().toByteArray();
                f.payload = decoder.takePayload();
                if (f.payload != streamed)
                    qFatal("decodeAll: streamed chunks differ from the frame payload");
                out.frames.append(f);
                inFrame = false;
            }
        }
        if (bytes.isEmpty())
            break;
    }
    out.needMore = inFrame || decoder.headerBytes().size() > 0;
    out.consumed = decoder.bytesConsumed();
    return out;
}

} // namespace WsBench::Testing
