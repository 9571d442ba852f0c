#include "ui/widgets/explain_panel.h"

#include "ui/text/glossary.h"

#include <QTextBrowser>
#include <QVBoxLayout>

namespace WsBench {
namespace Gui {

ExplainPanel::ExplainPanel(QWidget *parent)
    : QWidget(parent)
    , m_text(new QTextBrowser)
{
    m_text->setOpenLinks(false);
    QFont larger = m_text->font(); // readable when the window is projected in front of a class
    larger.setPointSizeF(larger.pointSizeF() * 1.2);
    m_text->setFont(larger);
    m_text->setPlaceholderText(tr("Select a row of the log, a field of a frame or an arrow of the "
                                  "flow diagram to see what it means and where the protocol "
                                  "defines it."));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_text);
}

ExplainPanel::~ExplainPanel() = default;

void ExplainPanel::showTopic(const QByteArray &topic)
{
    const QString html = Text::Glossary::toolTip(topic);
    if (html.isEmpty() || topic == m_topic)
        return;
    m_topic = topic;
    m_text->setHtml(html);
}

QString ExplainPanel::text() const
{
    return m_text->toPlainText();
}

} // namespace Gui
} // namespace WsBench
