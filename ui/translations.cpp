#include "ui/translations.h"

#include "ui/dialogs/preferences_dialog.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace WsBench {
namespace Gui {

namespace {

bool install(QCoreApplication *app, const QLocale &locale, const QString &name,
             const QString &directory)
{
    auto *translator = new QTranslator(app);
    if (!translator->load(locale, name, QStringLiteral("_"), directory)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

} // namespace

QString installTranslations(QCoreApplication *app)
{
    const QString chosen = PreferencesDialog::language();
    if (!chosen.isEmpty())
        QLocale::setDefault(QLocale(chosen)); // numbers and sizes in the chosen language too
    return installTranslations(app, chosen.isEmpty() ? QLocale::system() : QLocale(chosen));
}

QString installTranslations(QCoreApplication *app, const QLocale &locale)
{
    const QString ours = QStringLiteral(":/i18n");
    const QLocale english(QLocale::English);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C
        || !install(app, locale, QStringLiteral("wsbench"), ours)) {
        install(app, english, QStringLiteral("wsbench"), ours); // plural forms
        return QStringLiteral("en");
    }
    install(app, locale, QStringLiteral("qtbase"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return locale.name();
}

} // namespace Gui
} // namespace WsBench
