#include "core/protocol/message_assembler.h"

#include <QStringBuilder>

namespace WsBench::Protocol {

MessageAssembler::MessageAssembler(const ValidationPolicy &policy)
    : m_policy(policy)
{ }

std::optional<ProtocolFailure> MessageAssembler::beginFrame(const FrameHeader &h)
{
    const bool rsv1 = (h.rsv & Rsv::Rsv1) != 0;
    if (isContinuationOpcode(h.opcode)) {
        if (!m_inMessage) {
            if (m_policy.enforceFragmentation)
                return makeFailure(ProtocolError::UnexpectedContinuation,
                                   "Continuation frame with no message to continue");
            // Permissive: treat it as the start of a binary message.
            m_message = Message {};
            m_message.opcode = toRaw(Opcode::Binary);
            m_utf8.reset();
            m_inMessage = true;
        } else if (rsv1 && m_deflate) {
            // RFC 7692 §6.1: RSV1 only on the first frame of a message.
            return makeFailure(ProtocolError::CompressedContinuation,
                               "RSV1 set on a continuation frame");
        }
    } else {
        if (m_inMessage && m_policy.enforceFragmentation)
            return makeFailure(ProtocolError::DataFrameInsideFragmentedMessage,
                               QByteArray("New ") + opcodeName(h.opcode)
                                   + " frame while a fragmented message is in progress");
        m_message = Message {};
        m_message.opcode = h.opcode;
        m_message.compressed = rsv1 && m_deflate;
        m_utf8.reset();
        m_inMessage = true;
    }
    m_frameFin = h.fin;
    m_message.frameCount += 1;
    m_message.wireSize += h.payloadLength;
    if (m_message.wireSize > m_policy.maxMessageSize)
        return makeFailure(ProtocolError::MessageTooBig,
                           "Message of at least " + QByteArray::number(m_message.wireSize)
                               + " bytes exceeds the limit of "
                               + QByteArray::number(m_policy.maxMessageSize));
    return std::nullopt;
}

std::optional<ProtocolFailure> MessageAssembler::validateText(const char *data, qsizetype size)
{
    if (!m_policy.validateUtf8 || m_message.opcode != toRaw(Opcode::Text))
        return std::nullopt;
    const qint64 before = m_utf8.bytesFed();
    if (m_utf8.feed(data, size))
        return std::nullopt;
    const qint64 index = m_utf8.errorOffset() - before;
    return makeFailure(ProtocolError::InvalidUtf8,
                       "Invalid UTF-8 at byte " + QByteArray::number(m_utf8.errorOffset())
                           + " of the text message",
                       m_message.compressed ? -1 : index);
}

std::optional<ProtocolFailure> MessageAssembler::inflate(QByteArrayView compressed, bool finish)
{
    const qsizetype before = m_message.payload.size();
    const auto status = finish
        ? m_deflate->finish(m_message.payload, m_policy.maxMessageSize)
        : m_deflate->inflate(compressed, m_message.payload, m_policy.maxMessageSize);
    if (status == DeflateCodec::Status::TooBig)
        return makeFailure(ProtocolError::DecompressedTooBig, m_deflate->lastError());
    if (status == DeflateCodec::Status::Corrupt)
        return makeFailure(ProtocolError::DecompressionFailed, m_deflate->lastError());
    return validateText(m_message.payload.constData() + before, m_message.payload.size() - before);
}

std::optional<ProtocolFailure> MessageAssembler::payloadChunk(QByteArrayView chunk)
{
    if (m_message.compressed)
        return inflate(chunk, false);
    return validateText(chunk.data(), chunk.size());
}

std::optional<ProtocolFailure> MessageAssembler::endFrame(QByteArray framePayload, bool *complete)
{
    *complete = false;
    if (!m_message.compressed) {
        if (m_message.payload.isEmpty())
            m_message.payload = std::move(framePayload); // shared, not copied
        else
            m_message.payload.append(framePayload);
    }
    if (!m_frameFin)
        return std::nullopt;
    if (m_message.compressed) {
        if (auto failure = inflate({}, true))
            return failure;
    }
    // A message may not end inside a code point.
    if (m_policy.validateUtf8 && m_message.opcode == toRaw(Opcode::Text) && !m_utf8.isComplete())
        return makeFailure(ProtocolError::InvalidUtf8, "Text message ends inside a UTF-8 sequence");
    m_inMessage = false;
    *complete = true;
    return std::nullopt;
}

Message MessageAssembler::takeMessage()
{
    return std::exchange(m_message, {});
}

} // namespace WsBench::Protocol
