// Kill the window's process during a session (SIGKILL), start it again, and get the session
// back from its autosave.
#include "support/process_runner.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace WsBench::Testing;

class TestCrashRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedSessionIsRecovered();

private:
    // The recovery file under the scratch home, once it exists with `text` in it (≤ 15 s).
    QByteArray waitForRecovery(const QString &home, const QByteArray &text);
};

QByteArray TestCrashRecovery::waitForRecovery(const QString &home, const QByteArray &text)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 15000) {
        QDirIterator it(home, {QStringLiteral("recovery.wsbench")}, QDir::Files,
                        QDirIterator::Subdirectories);
        if (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly)) {
                const QByteArray content = f.readAll();
                if (content.contains(text))
                    return content;
            }
        }
        QTest::qWait(100);
    }
    return {};
}

void TestCrashRecovery::killedSessionIsRecovered()
{
    QTemporaryDir home;
    const QString session = home.filePath(QStringLiteral("work.wsbench"));
    QFile f(session);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"schemaVersion": 2, "clients": [{"name": "Feed", "url": "ws://recover.test:1234/"}],
               "servers": [{"name": "Local", "port": 0, "echo": true}]})");
    f.close();
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("QT_QPA_PLATFORM", "offscreen");

    {
        ProcessRunner first(ProcessRunner::wsbench(),
                            {session, QStringLiteral("--autosave"), QStringLiteral("1")});
        const QByteArray saved = waitForRecovery(home.path(), "recover.test:1234");
        QVERIFY2(!saved.isEmpty(), qPrintable(first.output()));
        QVERIFY(saved.contains("\"echo\": true"));
        first.kill(); // SIGKILL: no clean exit, the recovery file stays
        QCOMPARE(first.finish(), -2); // ended by a signal
    }
    QVERIFY(!waitForRecovery(home.path(), "recover.test").isEmpty());

    // Started again with --recover (the interactive start asks), the window takes the session
    // back: its own next autosave holds the same profiles.
    QDirIterator it(home.path(), {QStringLiteral("recovery.wsbench")}, QDir::Files,
                    QDirIterator::Subdirectories);
    const QString recovery = it.next();
    ProcessRunner second(
        ProcessRunner::wsbench(),
        {QStringLiteral("--recover"), QStringLiteral("--autosave"), QStringLiteral("1")});
    QElapsedTimer clock;
    clock.start();
    bool takenIn = false; // the file is removed, then written again
    while (!takenIn && clock.elapsed() < 10000) {
        takenIn = !QFile::exists(recovery);
        QTest::qWait(takenIn ? 0 : 20);
    }
    QVERIFY(takenIn);
    const QByteArray again = waitForRecovery(home.path(), "recover.test:1234");
    QVERIFY2(!again.isEmpty(), qPrintable(second.output()));
    QVERIFY(again.contains("\"name\": \"Feed\""));
    QVERIFY(again.contains("\"name\": \"Local\""));
    second.kill();
}

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "tst_crash_recovery.moc"
