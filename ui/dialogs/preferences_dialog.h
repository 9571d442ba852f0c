#pragma once

#include <QDialog>

class QComboBox;

namespace WsBench {
namespace Gui {

// Preferences: the interface language (the system's by default).
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    ~PreferencesDialog() override;
    void accept() override;

    // The language setting: "" follows the system, otherwise a locale name ("en", "zh_CN").
    static QString language();

private:
    QComboBox *m_language;
};

} // namespace Gui
} // namespace WsBench
