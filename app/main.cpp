// WsBench entry point: the workbench window by default, or a command-line subcommand.
#include "app/cli/commands.h"
#include "app/startup_probe.h"
#include "core/keychain/system_keychain.h"
#include "core/net/io_thread.h"
#include "core/net/open_file_limit.h"
#include "core/traffic/clock.h"
#include "core/traffic/traffic_store.h"
#include "ui/dialogs/preferences_dialog.h"
#include "ui/lessons/lesson_panel.h"
#include "ui/main_window.h"
#include "ui/translations.h"
#include "ui/workbench_engine.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDockWidget>
#include <QFile>
#include <QMessageBox>
#include <QTabWidget>
#include <QTextStream>

#include <cstring>

namespace {

bool hasArgument(int argc, char **argv, const char *name)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], name) == 0)
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication::setApplicationName(QStringLiteral("WsBench"));
    QCoreApplication::setOrganizationName(QStringLiteral("WsBench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WSBENCH_VERSION));
    WsBench::Net::raiseOpenFileLimit(); // a connection is a file; servers hold thousands

    if (argc > 1 && WsBench::Cli::isCommand(QString::fromLocal8Bit(argv[1]))) {
        QCoreApplication app(argc, argv);
        QStringList args = QCoreApplication::arguments().mid(2);
        return WsBench::Cli::runCommand(QCoreApplication::arguments().at(1), args);
    }
    if (hasArgument(argc, argv, "--version") || hasArgument(argc, argv, "-v")) {
        QTextStream(stdout) << "wsbench " << QStringLiteral(WSBENCH_VERSION) << '\n';
        return 0;
    }
    if (hasArgument(argc, argv, "--help") || hasArgument(argc, argv, "-h")) {
        WsBench::Cli::printUsage(false);
        return 0;
    }
    // The window's own options: [FILE.wsbench] [--loopback] [--recover] [--autosave SECONDS]
    // [--lesson N] (printUsage() lists them).
    QString sessionFile;
    int autosaveSeconds = 60;
    int lesson = 0;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == QLatin1String("--loopback") || arg == QLatin1String("--recover"))
            continue;
        bool ok = false;
        if (arg == QLatin1String("--autosave") && i + 1 < argc
            && (autosaveSeconds = QString::fromLocal8Bit(argv[++i]).toInt(&ok), ok)
            && autosaveSeconds >= 0)
            continue;
        if (arg == QLatin1String("--lesson") && i + 1 < argc
            && (lesson = QString::fromLocal8Bit(argv[++i]).toInt(&ok), ok) && lesson >= 1)
            continue;
        if (!arg.startsWith(QLatin1Char('-')) && sessionFile.isEmpty()) {
            sessionFile = arg;
            continue;
        }
        QTextStream err(stderr);
        if (arg == QLatin1String("--autosave"))
            err << "wsbench: --autosave needs a number of seconds (0 turns autosave off)\n";
        else if (arg == QLatin1String("--lesson"))
            err << "wsbench: --lesson needs the number of a lesson (1 is the first)\n";
        else
            err << "wsbench: unknown command or option '" << arg << "'\n";
        WsBench::Cli::printUsage(true);
        return 2;
    }

    QApplication app(argc, argv);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/wsbench.svg")));
    WsBench::Gui::installTranslations(&app);
    // The composition root: one engine thread, one traffic store, one clock for every pane.
    WsBench::Net::IoThread io;
    io.sendBudget().setLimit(WsBench::Gui::PreferencesDialog::sendBudgetBytes());
    WsBench::Traffic::TrafficStore store;
    WsBench::Traffic::SystemClock clock;
    WsBench::Gui::WorkbenchEngine engine(&io, &store, &clock);
    WsBench::Keychain::SystemKeychain keychain; // the session's secrets, instead of its file
    WsBench::Gui::MainWindow window(&engine, &keychain);
    // A recovery file left behind means the last run did not exit cleanly.
    const QString recovery = WsBench::Gui::MainWindow::recoveryPath();
    bool recovered = false;
    if (QFile::exists(recovery)) {
        const bool recover = hasArgument(argc, argv, "--recover")
            || QMessageBox::question(nullptr, QObject::tr("Recover the last session?"),
                                     QObject::tr("WsBench did not close normally last time. Open "
                                                 "the session as it was autosaved?"))
                == QMessageBox::Yes;
        QString error;
        if (recover && window.openSession(recovery, &error, false)) {
            recovered = true;
            QFile::remove(recovery); // taken back into the window; autosave writes it anew
        } else if (recover) {
            QMessageBox::warning(nullptr, QObject::tr("Recover the last session?"), error);
        }
    }
    QString error;
    if (!recovered && !sessionFile.isEmpty() && !window.openSession(sessionFile, &error))
        QMessageBox::warning(&window, QObject::tr("Open session"), error);
    if (hasArgument(argc, argv, "--loopback"))
        window.loopbackPair();
    if (lesson > 0) {
        window.lessonsDock()->show();
        window.lessons()->startLesson(lesson - 1); // a number past the last says so in the panel
    } else if (window.tabs()->count() == 0) {
        window.newClient();
    }
    window.setAutosaveInterval(autosaveSeconds * 1000);
    WsBench::App::watchFirstPaint(&window);
    window.show();
    return QApplication::exec();
}
