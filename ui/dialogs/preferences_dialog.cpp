#include "ui/dialogs/preferences_dialog.h"

#include "core/net/send_budget.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace WsBench {
namespace Gui {

namespace {
const char *const kSendBudgetKey = "sendBudgetMiB";
constexpr qint64 kMiB = 1024 * 1024;

QString mebibytes(qint64 bytes)
{
    return QString::number(double(bytes) / double(kMiB), 'f', 1);
}
} // namespace

PreferencesDialog::PreferencesDialog(Net::SendBudget *budget, QWidget *parent)
    : QDialog(parent)
    , m_budget(budget)
    , m_language(new QComboBox)
    , m_sendBudget(new QSpinBox)
{
    setWindowTitle(tr("Preferences"));
    m_language->addItem(tr("Follow the system"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(language())));
    auto *note = new QLabel(tr("The language changes the next time WsBench starts."));
    note->setWordWrap(true);
    m_sendBudget->setRange(1, 1024 * 1024);
    m_sendBudget->setSuffix(tr(" MiB"));
    m_sendBudget->setValue(int(sendBudgetBytes() / kMiB));
    m_sendBudget->setToolTip(
        tr("The most data that all connections together may have queued for sending and not yet "
           "handed to the network (the sum of their bufferedAmounts). Past it, the connection "
           "holding the most, whose peer is not reading, is dropped so the others keep working."));
    auto *usage = new QLabel(tr("In use now: %1 MiB; the most at once: %2 MiB")
                                 .arg(mebibytes(budget->used()), mebibytes(budget->peak())));
    auto *form = new QFormLayout;
    form->addRow(tr("Language"), m_language);
    form->addRow(tr("Memory for unsent data"), m_sendBudget);
    form->addRow(QString(), usage);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

PreferencesDialog::~PreferencesDialog() = default;

QString PreferencesDialog::language()
{
    return QSettings().value(QStringLiteral("language")).toString();
}

qint64 PreferencesDialog::sendBudgetBytes()
{
    bool ok = false;
    const qint64 mib = QSettings().value(QLatin1String(kSendBudgetKey)).toLongLong(&ok);
    return ok && mib >= 1 ? mib * kMiB : Net::SendBudget::kDefaultLimit;
}

void PreferencesDialog::accept()
{
    QSettings().setValue(QStringLiteral("language"), m_language->currentData().toString());
    QSettings().setValue(QLatin1String(kSendBudgetKey), m_sendBudget->value());
    m_budget->setLimit(qint64(m_sendBudget->value()) * kMiB);
    QDialog::accept();
}

} // namespace Gui
} // namespace WsBench
