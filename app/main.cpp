// WsBench entry point: the workbench window by default, or a command-line subcommand.
#include "ui/main_window.h"

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

void printUsage(QTextStream &out)
{
    out << "Usage: wsbench [--version] [--help]\n"
           "\n"
           "Without arguments, opens the WsBench workbench window.\n"
           "  --version   print the version and exit\n"
           "  --help      print this help and exit\n";
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication::setApplicationName(QStringLiteral("WsBench"));
    QCoreApplication::setOrganizationName(QStringLiteral("WsBench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WSBENCH_VERSION));

    if (hasArgument(argc, argv, "--version") || hasArgument(argc, argv, "-v")) {
        QTextStream(stdout) << "wsbench " << QStringLiteral(WSBENCH_VERSION) << '\n';
        return 0;
    }
    if (hasArgument(argc, argv, "--help") || hasArgument(argc, argv, "-h")) {
        QTextStream out(stdout);
        printUsage(out);
        return 0;
    }
    if (argc > 1) {
        QTextStream err(stderr);
        err << "wsbench: unknown argument '" << QString::fromLocal8Bit(argv[1]) << "'\n";
        printUsage(err);
        return 2;
    }

    QApplication app(argc, argv);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/wsbench.svg")));
    WsBench::Gui::MainWindow window;
    window.show();
    return QApplication::exec();
}
