#pragma once

#include <QByteArray>

namespace WsBench::Net {

// Expands {{counter}}, {{timestamp}} (ms since the epoch), {{uuid}}, {{random}} (0..2^31) and
// {{message}} (the message being answered) in a server reply or push template. Unknown
// placeholders are left as they are.
class ReplyTemplate
{
public:
    explicit ReplyTemplate(QByteArray text = {})
        : m_text(std::move(text))
    { }
    const QByteArray &text() const { return m_text; }
    QByteArray expand(quint64 counter, const QByteArray &message = {}) const;

private:
    QByteArray m_text;
};

} // namespace WsBench::Net
