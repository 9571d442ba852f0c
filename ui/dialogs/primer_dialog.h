#pragma once

#include <QDialog>
#include <QLocale>

class QTextBrowser;
class QUrl;

namespace WsBench {
namespace Gui {

// Help → "WebSocket in five minutes": a short illustrated page, bundled in English and Chinese,
// whose wsbench:demo/NAME links ask the window to open that concept's live demo.
class PrimerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrimerDialog)

public:
    // The page in the locale's language: Chinese for zh, else English.
    explicit PrimerDialog(const QLocale &locale = QLocale(), QWidget *parent = nullptr);
    ~PrimerDialog() override;

    static QUrl pageFor(const QLocale &locale);
    // Stands in `area` (global coordinates, its frame included) and stays open, so that the
    // demo it opened can be watched beside it.
    void moveAside(const QRect &area);
    QTextBrowser *browser() const { return m_browser; }

Q_SIGNALS:
    void demoRequested(const QString &name);
    // wsbench:lesson/N: lesson N of Help → Lessons (1 is the first).
    void lessonRequested(int number);

private:
    void follow(const QUrl &url);

    QTextBrowser *m_browser;
};

} // namespace Gui
} // namespace WsBench
