#include "ui/dialogs/primer_dialog.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace WsBench {
namespace Gui {

PrimerDialog::PrimerDialog(const QLocale &locale, QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser)
{
    setWindowTitle(tr("WebSocket in five minutes"));
    setObjectName(QStringLiteral("primerDialog"));
    m_browser->setOpenLinks(false);
    m_browser->setSource(pageFor(locale));
    connect(m_browser, &QTextBrowser::anchorClicked, this, &PrimerDialog::follow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(760, 640);
}

PrimerDialog::~PrimerDialog() = default;

QUrl PrimerDialog::pageFor(const QLocale &locale)
{
    return QUrl(locale.language() == QLocale::Chinese
                    ? QStringLiteral("qrc:/help/five_minutes.zh_CN.html")
                    : QStringLiteral("qrc:/help/five_minutes.en.html"));
}

void PrimerDialog::moveAside(const QRect &area)
{
    if (area.width() < 200 || area.height() < 160)
        return; // no room: it stays where it is
    const QMargins frame(geometry().left() - frameGeometry().left(),
                         geometry().top() - frameGeometry().top(),
                         frameGeometry().right() - geometry().right(),
                         frameGeometry().bottom() - geometry().bottom());
    setMinimumSize(0, 0);
    setGeometry(area.marginsRemoved(frame));
    show();
    raise();
}

// wsbench:demo/NAME opens a live demo, wsbench:lesson/N a lesson; a web link opens in the browser;
// the rest stays here.
void PrimerDialog::follow(const QUrl &url)
{
    if (url.scheme() == QLatin1String("wsbench")) {
        const QString path = url.path();
        if (path.startsWith(QLatin1String("demo/")))
            Q_EMIT demoRequested(path.mid(5));
        else if (path.startsWith(QLatin1String("lesson/")))
            Q_EMIT lessonRequested(path.mid(7).toInt());
    } else if (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")) {
        QDesktopServices::openUrl(url);
    } else {
        m_browser->setSource(url);
    }
}

} // namespace Gui
} // namespace WsBench
