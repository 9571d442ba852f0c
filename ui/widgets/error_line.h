#pragma once

#include <QLabel>

namespace WsBench {
namespace Gui {

// One line for an error under the field it is about. Its height is reserved while it is empty,
// so an error that appears moves nothing, and it never asks for more width: a long message is
// elided, and the whole of it (with any detail) is in the tooltip.
class ErrorLine final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorLine)

public:
    explicit ErrorLine(QWidget *parent = nullptr);

    // An empty text clears the line.
    void showMessage(const QString &text, const QString &details = {});
    void clear() { showMessage({}); }
    const QString &message() const { return m_message; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void elide();

    QString m_message; // on one line
};

} // namespace Gui
} // namespace WsBench
