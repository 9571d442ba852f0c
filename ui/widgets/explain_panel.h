#pragma once

#include <QWidget>

class QTextBrowser;

namespace WsBench {
namespace Gui {

// "What is this?": the glossary's explanation of whatever is selected (a log row, a frame
// field, an arrow of the flow diagram), with the section of the RFC or standard that defines it.
class ExplainPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExplainPanel)

public:
    explicit ExplainPanel(QWidget *parent = nullptr);
    ~ExplainPanel() override;

    // Shows the topic's explanation; a topic the glossary does not know leaves the panel as is.
    void showTopic(const QByteArray &topic);
    QByteArray topic() const { return m_topic; }
    QString text() const;

private:
    QTextBrowser *m_text;
    QByteArray m_topic;
};

} // namespace Gui
} // namespace WsBench
