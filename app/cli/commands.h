#pragma once

#include <QStringList>

namespace WsBench::Traffic {
class TrafficStore;
}

namespace WsBench::Cli {

class OrderedArgs;

// Exit statuses shared by every command.
enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

bool isCommand(const QString &name);
// Runs `wsbench <command> args...` in a QCoreApplication that already exists.
int runCommand(const QString &command, const QStringList &args);

int runServe(const QStringList &args);
int runConnect(const QStringList &args);

void printUsage(bool toStderr);

// --record FILE: every event goes to a JSON Lines file. False (with a message) if it cannot.
bool attachRecorder(Traffic::TrafficStore &store, const OrderedArgs &args, const char *command);

} // namespace WsBench::Cli
