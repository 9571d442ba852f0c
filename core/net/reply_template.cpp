#include "core/net/reply_template.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QUuid>

namespace WsBench::Net {

QByteArray ReplyTemplate::expand(quint64 counter, const QByteArray &message) const
{
    QByteArray out;
    out.reserve(m_text.size() + message.size());
    qsizetype pos = 0;
    while (pos < m_text.size()) {
        const qsizetype open = m_text.indexOf("{{", pos);
        if (open < 0)
            break;
        const qsizetype close = m_text.indexOf("}}", open + 2);
        if (close < 0)
            break;
        out.append(m_text.mid(pos, open - pos));
        const QByteArray name = m_text.mid(open + 2, close - open - 2).trimmed();
        if (name == "counter")
            out.append(QByteArray::number(counter));
        else if (name == "timestamp")
            out.append(QByteArray::number(QDateTime::currentMSecsSinceEpoch()));
        else if (name == "uuid")
            out.append(QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
        else if (name == "random")
            out.append(QByteArray::number(QRandomGenerator::global()->bounded(1u << 31)));
        else if (name == "message")
            out.append(message);
        else
            out.append(m_text.mid(open, close + 2 - open));
        pos = close + 2;
    }
    out.append(m_text.mid(pos));
    return out;
}

} // namespace WsBench::Net
