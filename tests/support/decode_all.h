#pragma once

#include "core/protocol/frame_decoder.h"

#include <QList>

namespace WsBench::Testing {

struct DecodedFrame
{
    Protocol::FrameHeader header;
    QByteArray headerBytes;
    QByteArray payload;
};

struct DecodeOutcome
{
    QList<DecodedFrame> frames;
    Protocol::ProtocolFailure failure;
    bool needMore = false; // input ended inside a frame
    qint64 consumed = 0;
};

// Feeds `bytes` to a fresh decoder in chunks of `chunkSize` (0 = all at once) and collects
// every complete frame, checking that the streamed payload chunks add up to the payload.
DecodeOutcome decodeAll(const QByteArray &bytes, Protocol::Role receiver,
                        const Protocol::ValidationPolicy &policy = {}, qsizetype chunkSize = 0,
                        quint8 allowedRsv = 0);

} // namespace WsBench::Testing
