#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace WsBench::Net {
class SendBudget;
}

namespace WsBench {
namespace Gui {

// Preferences: the interface language (the system's by default), and the memory all
// connections together may hold in unsent data (the engine's SendBudget, applied at once).
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    explicit PreferencesDialog(Net::SendBudget *budget, QWidget *parent = nullptr);
    ~PreferencesDialog() override;
    void accept() override;

    // The language setting: "" follows the system, otherwise a locale name ("en", "zh_CN").
    static QString language();
    // The send-budget setting in bytes (SendBudget::kDefaultLimit until set).
    static qint64 sendBudgetBytes();

private:
    Net::SendBudget *m_budget;
    QComboBox *m_language;
    QSpinBox *m_sendBudget;
};

} // namespace Gui
} // namespace WsBench
