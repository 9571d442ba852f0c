#pragma once

#include <QStringList>

namespace WsBench::Cli {

// Exit statuses shared by every command.
enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

bool isCommand(const QString &name);
// Runs `wsbench <command> args...` in a QCoreApplication that already exists.
int runCommand(const QString &command, const QStringList &args);

int runServe(const QStringList &args);
int runConnect(const QStringList &args);

void printUsage(bool toStderr);

} // namespace WsBench::Cli
