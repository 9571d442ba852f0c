#pragma once

#include <QByteArray>
#include <QExplicitlySharedDataPointer>
#include <QSharedData>

namespace WsBench::Traffic {

// A record's text (an error's detail, a close reason, a note's arguments). Most records carry
// none, and a store holds millions of records: it takes one pointer, an empty text allocates
// nothing, and a copy shares the bytes.
class DetailText final
{
public:
    DetailText() = default;
    DetailText(const QByteArray &text) // implicit: a record's text is assigned bytes
    {
        assign(text);
    }
    DetailText(const char *text)
        : DetailText(QByteArray(text))
    { }
    DetailText &operator=(const QByteArray &text)
    {
        assign(text);
        return *this;
    }
    DetailText &operator=(const char *text) { return *this = QByteArray(text); }

    const QByteArray &value() const { return m_data ? m_data->text : empty(); }
    operator const QByteArray &() const { return value(); }
    bool isEmpty() const { return !m_data; }
    qsizetype size() const { return m_data ? m_data->text.size() : 0; }
    bool contains(QByteArrayView part) const { return value().contains(part); }
    friend bool operator==(const DetailText &a, const QByteArray &b) { return a.value() == b; }

private:
    struct Data : QSharedData
    {
        QByteArray text;
    };
    void assign(const QByteArray &text)
    {
        if (text.isEmpty()) {
            m_data.reset();
            return;
        }
        auto *data = new Data;
        data->text = text;
        m_data.reset(data);
    }
    static const QByteArray &empty()
    {
        static const QByteArray none;
        return none;
    }

    QExplicitlySharedDataPointer<Data> m_data;
};

} // namespace WsBench::Traffic
