// WsBench entry point: the workbench window by default, or a command-line subcommand.
#include "app/cli/commands.h"
#include "core/net/io_thread.h"
#include "core/traffic/clock.h"
#include "core/traffic/traffic_store.h"
#include "ui/main_window.h"
#include "ui/translations.h"
#include "ui/workbench_engine.h"

#include <QApplication>
#include <QCoreApplication>
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
    if (argc > 1 && !hasArgument(argc, argv, "--loopback")) {
        QTextStream err(stderr);
        err << "wsbench: unknown command or option '" << QString::fromLocal8Bit(argv[1]) << "'\n";
        WsBench::Cli::printUsage(true);
        return 2;
    }

    QApplication app(argc, argv);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/wsbench.svg")));
    WsBench::Gui::installTranslations(&app);
    // The composition root: one engine thread, one traffic store, one clock for every pane.
    WsBench::Net::IoThread io;
    WsBench::Traffic::TrafficStore store;
    WsBench::Traffic::SystemClock clock;
    WsBench::Gui::WorkbenchEngine engine(&io, &store, &clock);
    WsBench::Gui::MainWindow window(&engine);
    if (hasArgument(argc, argv, "--loopback"))
        window.loopbackPair();
    else
        window.newClient();
    window.show();
    return QApplication::exec();
}
