#pragma once

#include <QStringList>

#include <functional>

namespace WsBench::Net {
class ClientEndpoint;
struct ClientOptions;
class ServerEndpoint;
struct ServerOptions;
} // namespace WsBench::Net
namespace WsBench::Traffic {
class TrafficStore;
} // namespace WsBench::Traffic

namespace WsBench::Cli {

class OrderedArgs;

// Exit statuses shared by every command.
enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

bool isCommand(const QString &name);
// Runs `wsbench <command> args...` in a QCoreApplication that already exists.
int runCommand(const QString &command, const QStringList &args);

int runServe(const QStringList &args);
int runConnect(const QStringList &args);
int runReplay(const QStringList &args);
int runMock(const QStringList &args);
int runScenarios(const QStringList &args); // wsbench run
int runCompareTransports(const QStringList &args);

// Runs one client until its connection ends, printing the transcript (--json, --record). Exit
// status: 0 after a clean close, 1 otherwise. `install` runs in the I/O thread before it opens.
int runClientUntilFinished(const Net::ClientOptions &options, const OrderedArgs &args,
                           const char *command,
                           const std::function<void(Net::ClientEndpoint *)> &install);
// Runs a server until SIGINT or SIGTERM, then closes every peer with 1001. `install` runs in
// the I/O thread before the server listens (a mock's script, for instance).
int serveUntilSignalled(const Net::ServerOptions &options, const OrderedArgs &args,
                        const char *command,
                        const std::function<void(Net::ServerEndpoint *)> &install);

void printUsage(bool toStderr);

// --send-budget MIB: the process's limit on unsent bytes (SendBudget). Sets `bytes`, or prints
// why the value cannot be used and returns false.
bool sendBudgetOption(const OrderedArgs &args, const char *command, qint64 *bytes);

// --record FILE: every event goes to a JSON Lines file. False (with a message) if it cannot.
bool attachRecorder(Traffic::TrafficStore &store, const OrderedArgs &args, const char *command);

} // namespace WsBench::Cli
