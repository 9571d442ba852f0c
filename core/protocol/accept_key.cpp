#include "core/protocol/accept_key.h"

#include <QCryptographicHash>
#include <QStringBuilder>

namespace WsBench::Protocol {

AcceptComputation computeAcceptSteps(QByteArrayView key)
{
    AcceptComputation steps;
    steps.key = key.toByteArray();
    steps.concatenated = steps.key + kWebSocketGuid;
    steps.sha1 = QCryptographicHash::hash(steps.concatenated, QCryptographicHash::Sha1);
    steps.sha1Hex = steps.sha1.toHex();
    steps.accept = steps.sha1.toBase64();
    return steps;
}

QByteArray computeAccept(QByteArrayView key)
{
    return QCryptographicHash::hash(QByteArray(key.toByteArray() + kWebSocketGuid),
                                    QCryptographicHash::Sha1)
        .toBase64();
}

bool isValidWebSocketKey(QByteArrayView key)
{
    if (key.size() != 24 || !key.endsWith("=="))
        return false;
    const auto decoded = QByteArray::fromBase64Encoding(key.toByteArray(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    // Canonical: re-encoding gives the same text (rejects non-zero padding bits).
    return decoded && decoded.decoded.size() == 16 && decoded.decoded.toBase64() == key;
}

} // namespace WsBench::Protocol
