// wsbench run: the scenarios of a session, headless, one after another in the application's
// event loop. Exit 0 when all pass, 1 when any fails (or the run is interrupted), 2 for bad input.
#include "app/cli/commands.h"
#include "app/cli/junit_report.h"
#include "app/cli/ordered_args.h"
#include "app/cli/signal_watcher.h"
#include "core/automation/runner.h"
#include "core/keychain/system_keychain.h"
#include "core/net/io_thread.h"
#include "core/profiles/profile_options.h"
#include "core/profiles/variables.h"
#include "core/session/workspace.h"
#include "core/traffic/clock.h"
#include "core/traffic/traffic_store.h"
#include "ui/text/document_text.h"
#include "ui/text/step_text.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

namespace WsBench::Cli {

using namespace Automation;
using Spec = OrderedArgs::Spec;
using V = OrderedArgs::Value;

namespace {

const char *resultName(const StepResult &result)
{
    return result.passed() ? "passed" : result.skipped() ? "skipped" : "failed";
}

} // namespace

int runScenarios(const QStringList &argList)
{
    const QList<Spec> specs = {
        {QStringLiteral("scenario"), V::Required}, {QStringLiteral("env"), V::Required},
        {QStringLiteral("var"), V::Required},      {QStringLiteral("junit"), V::Required},
        {QStringLiteral("json"), V::None},
    };
    QTextStream err(stderr);
    QTextStream out(stdout);
    QString error;
    const auto args = OrderedArgs::parse(argList, specs, &error);
    if (!args || args->positional().size() != 1) {
        err << "wsbench run: " << (args ? QStringLiteral("run needs one session file.") : error)
            << '\n';
        return UsageError;
    }
    const QString path = args->positional().first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err << "wsbench run: cannot read " << path << ": " << file.errorString() << '\n';
        return UsageError;
    }
    Automation::DocumentProblem problem;
    auto workspace = Session::loadWorkspace(file.readAll(), &problem);
    if (!workspace) {
        err << "wsbench run: " << path << ": " << Text::DocumentText::describe(problem) << '\n';
        return UsageError;
    }
    // Secrets the file left out come from the system keychain, as in the window.
    if (!workspace->leftOut.isEmpty()) {
        Keychain::SystemKeychain keychain;
        Session::restoreSecrets(*workspace, keychain);
        for (const Session::SecretRef &ref : std::as_const(workspace->leftOut))
            err << "wsbench run: warning: " << path << " leaves out "
                << Text::DocumentText::secretPlace(ref)
                << ", and the system keychain does not hold it; it is not sent.\n";
    }
    QList<Scenario> chosen;
    QStringList names;
    for (const auto &[name, value] : args->options()) {
        if (name == QLatin1String("scenario"))
            names << value;
    }
    for (const Scenario &s : workspace->scenarios) {
        if (names.isEmpty() || names.contains(s.name))
            chosen.append(s);
    }
    for (const QString &name : std::as_const(names)) {
        if (std::none_of(chosen.begin(), chosen.end(),
                         [&](const Scenario &s) { return s.name == name; })) {
            err << "wsbench run: " << path << " has no scenario named \"" << name << "\".\n";
            return UsageError;
        }
    }
    if (chosen.isEmpty()) {
        err << "wsbench run: " << path << " has no scenarios.\n";
        return UsageError;
    }
    const QString env = args->value(QStringLiteral("env"));
    if (!env.isEmpty() && !workspace->environments.contains(env)) {
        err << "wsbench run: " << path << " has no environment named \"" << env << "\".\n";
        return UsageError;
    }
    // --var NAME=VALUE overrides both the workspace and the environment.
    QMap<QString, QString> overrides = workspace->environments.value(env);
    for (const auto &[name, value] : args->options()) {
        if (name != QLatin1String("var"))
            continue;
        const qsizetype eq = value.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            err << "wsbench run: --var needs NAME=VALUE, not \"" << value << "\".\n";
            return UsageError;
        }
        overrides.insert(value.left(eq), value.mid(eq + 1));
    }
    Traffic::SystemClock clock;
    Profiles::Variables variables(workspace->variables, overrides, &clock);
    const auto expand = [&variables](const QString &text) {
        return variables.expand(text);
    };
    const auto profiles
        = [&](const QString &name, QString *why) -> std::optional<Net::ClientOptions> {
        const Session::ClientProfile *p = workspace->client(name);
        if (!p) {
            *why = QStringLiteral("the session has no client profile named \"%1\"").arg(name);
            return std::nullopt;
        }
        return Profiles::clientOptions(*p, expand, why);
    };

    const bool json = args->has(QStringLiteral("json"));
    const auto print = [&out, json](const ScenarioResult &r) {
        if (json) {
            for (int i = 0; i < r.steps.size(); ++i) {
                const StepResult &s = r.steps[i];
                QJsonObject o {{QStringLiteral("scenario"), r.name},
                               {QStringLiteral("step"), i + 1},
                               {QStringLiteral("description"), Text::StepText::description(s)},
                               {QStringLiteral("result"), QLatin1String(resultName(s))},
                               {QStringLiteral("ms"), double(s.ms)}};
                if (s.failed()) {
                    o.insert(QStringLiteral("outcome"), QLatin1String(stepOutcomeName(s.outcome)));
                    if (s.failure != Traffic::Failure::None)
                        o.insert(QStringLiteral("error"),
                                 QLatin1String(Traffic::failureName(s.failure)));
                    o.insert(QStringLiteral("expected"), Text::StepText::expected(s));
                    o.insert(QStringLiteral("got"), Text::StepText::got(s));
                }
                out << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
            }
            out << QJsonDocument(QJsonObject {{QStringLiteral("scenario"), r.name},
                                              {QStringLiteral("passed"), r.passed()},
                                              {QStringLiteral("ms"), double(r.ms)}})
                       .toJson(QJsonDocument::Compact)
                << '\n';
        } else {
            out << (r.passed() ? "✓ " : "✗ ") << r.name << " (" << r.steps.size() << " steps, "
                << r.ms << " ms)\n";
            for (int i = 0; i < r.steps.size(); ++i) {
                const StepResult &s = r.steps[i];
                if (!s.failed())
                    continue;
                out << "  step " << (i + 1) << ": " << Text::StepText::description(s) << "\n"
                    << "    expected: " << Text::StepText::expected(s) << "\n"
                    << "    got:      " << Text::StepText::got(s) << "\n";
            }
        }
        out.flush();
    };

    // The scenarios run one after another in the application's event loop. SIGINT or SIGTERM
    // stops the one running; the ones after it do not run, and the reports cover what ran.
    SignalWatcher signals;
    Traffic::TrafficStore store;
    Net::IoThread io;
    Runner runner(&io, &store, &clock, profiles, expand);
    QList<ScenarioResult> results;
    bool interrupted = false;
    QObject::connect(&runner, &Runner::finished, &runner, [&](const ScenarioResult &r) {
        results.append(r);
        print(r);
        if (!interrupted && results.size() < chosen.size())
            runner.start(chosen[results.size()]);
        else if (runner.closingConnections() == 0)
            QCoreApplication::exit(0);
        else // let the last Close handshake finish, so the server sees 1001, not 1006
            QObject::connect(&runner, &Runner::connectionsClosed, qApp,
                             []() { QCoreApplication::exit(0); });
    });
    QObject::connect(&signals, &SignalWatcher::terminationRequested, &runner, [&](int) {
        interrupted = true;
        runner.cancel();
    });
    runner.start(chosen.first());
    QCoreApplication::exec();
    if (interrupted && results.size() < chosen.size())
        err << "wsbench run: interrupted; " << (chosen.size() - results.size())
            << " scenario(s) did not run.\n";
    err.flush();
    if (args->has(QStringLiteral("junit"))) {
        QSaveFile report(args->value(QStringLiteral("junit")));
        if (!report.open(QIODevice::WriteOnly) || report.write(junitReport(results)) < 0
            || !report.commit()) {
            err << "wsbench run: cannot write " << report.fileName() << ": " << report.errorString()
                << '\n';
            return Failure;
        }
    }
    const bool allPassed = std::all_of(results.begin(), results.end(),
                                       [](const ScenarioResult &r) { return r.passed(); });
    if (!json) {
        int passed = 0;
        for (const ScenarioResult &r : results)
            passed += r.passed() ? 1 : 0;
        out << passed << " of " << results.size() << " scenario(s) passed\n";
    }
    return allPassed ? Success : Failure;
}

} // namespace WsBench::Cli
