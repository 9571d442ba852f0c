// What the composer sends is what the user typed, byte for byte on the wire; JSON formatting
// keeps the text's tokens; compressed frames show their deflate output and what it inflates to.
#include "core/net/io_thread.h"
#include "core/protocol/opcode.h"
#include "core/traffic/clock.h"
#include "core/traffic/connection_id.h"
#include "core/traffic/traffic_store.h"
#include "ui/client/client_pane.h"
#include "ui/inspectors/frame_inspector.h"
#include "ui/inspectors/inspector_panel.h"
#include "ui/main_window.h"
#include "ui/models/log_model.h"
#include "ui/server/server_pane.h"
#include "ui/widgets/composer.h"
#include "ui/widgets/log_view.h"
#include "ui/widgets/ready_state_badge.h"
#include "ui/workbench_engine.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace WsBench;
using namespace WsBench::Gui;
using Protocol::ReadyState;

namespace {
const std::optional<ReadyState> kOpen = ReadyState::Open;
} // namespace

Q_DECLARE_METATYPE(Composer::Mode)

class TestPayloadFidelity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void pingAndCloseGoOutAsTyped_data();
    void pingAndCloseGoOutAsTyped();
    void jsonFormatKeepsTheTextsTokens();
    void compressedFramesShowDeflateOutputAndTheMessage();

private:
    // The payloads of the frames the server received from its peers with this opcode.
    QList<QByteArray> framesAtServer(Protocol::Opcode opcode) const;

    std::unique_ptr<Net::IoThread> m_io;
    std::unique_ptr<Traffic::TrafficStore> m_store;
    Traffic::SystemClock m_clock;
    std::unique_ptr<WorkbenchEngine> m_engine;
    std::unique_ptr<MainWindow> m_window;
};

void TestPayloadFidelity::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestPayloadFidelity::init()
{
    m_io = std::make_unique<Net::IoThread>();
    m_store = std::make_unique<Traffic::TrafficStore>();
    m_engine = std::make_unique<WorkbenchEngine>(m_io.get(), m_store.get(), &m_clock);
    m_window = std::make_unique<MainWindow>(m_engine.get());
    m_window->show();
}

void TestPayloadFidelity::cleanup()
{
    m_window.reset();
    m_engine.reset();
    m_io.reset();
    m_store.reset();
}

QList<QByteArray> TestPayloadFidelity::framesAtServer(Protocol::Opcode opcode) const
{
    QList<QByteArray> out;
    for (const Traffic::TrafficRecord &r : m_store->since(0)) {
        if (r.hasFrame() && r.direction == Traffic::Direction::Inbound
            && Traffic::ConnectionId(r.connectionId).serverNumber() != 0
            && r.opcode == Protocol::toRaw(opcode)) {
            // The declared length too: "de ad be ef 00 01 ff" is 7 bytes, not 13.
            out.append(r.payloadLength == quint64(r.bytes.size()) ? r.bytes : QByteArray("?"));
        }
    }
    return out;
}

void TestPayloadFidelity::pingAndCloseGoOutAsTyped_data()
{
    QTest::addColumn<Composer::Mode>("mode");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray binary = QByteArray::fromHex("deadbeef0001ff");
    QTest::newRow("hex") << Composer::Mode::Hex << QStringLiteral("de ad be ef 00 01 ff") << binary;
    QTest::newRow("base64") << Composer::Mode::Base64 << QStringLiteral("3q2+7wAB/w==") << binary;
    QTest::newRow("text") << Composer::Mode::Text << QStringLiteral("héllo 你好 \\u0000")
                          << QStringLiteral("héllo 你好 \\u0000").toUtf8();
    QTest::newRow("json") << Composer::Mode::Json
                          << QStringLiteral("{\"z\": 1, \"a\": 12345678901234567890}")
                          << QByteArray("{\"z\": 1, \"a\": 12345678901234567890}");
}

void TestPayloadFidelity::pingAndCloseGoOutAsTyped()
{
    QFETCH(Composer::Mode, mode);
    QFETCH(QString, typed);
    QFETCH(QByteArray, bytes);
    const auto [server, client] = m_window->loopbackPair();
    QTRY_COMPARE_WITH_TIMEOUT(client->badge()->state(), kOpen, 10000);
    Composer *composer = client->composer();
    composer->setMode(mode);
    composer->setText(typed);
    composer->sendPing();
    QVERIFY2(composer->errorText().isEmpty(), qPrintable(composer->errorText()));
    QTRY_COMPARE_WITH_TIMEOUT(framesAtServer(Protocol::Opcode::Ping), QList<QByteArray> {bytes},
                              10000);

    // The Close's reason is the UTF-8 of what was typed, after the code, in every mode.
    const QString reason = QStringLiteral("bye 再见 ✓");
    for (QLineEdit *edit : composer->findChildren<QLineEdit *>()) {
        if (edit->placeholderText().startsWith(QLatin1String("Reason")))
            edit->setText(reason);
    }
    for (QComboBox *box : composer->findChildren<QComboBox *>()) {
        if (box->isEditable())
            box->setCurrentIndex(box->findData(1000));
    }
    composer->sendClose();
    QVERIFY2(composer->errorText().isEmpty(), qPrintable(composer->errorText()));
    QTRY_COMPARE_WITH_TIMEOUT(framesAtServer(Protocol::Opcode::Close),
                              QList<QByteArray> {QByteArray("\x03\xe8", 2) + reason.toUtf8()},
                              10000);
}

void TestPayloadFidelity::jsonFormatKeepsTheTextsTokens()
{
    const auto [server, client] = m_window->loopbackPair();
    QTRY_COMPARE_WITH_TIMEOUT(client->badge()->state(), kOpen, 10000);
    Composer *composer = client->composer();
    composer->setMode(Composer::Mode::Json);
    composer->setText(
        QStringLiteral(R"({"type":"chat","id":1234567890123456789,"msg":"caf\u00e9","id":2})"));
    composer->formatJson();
    QVERIFY(composer->errorText().isEmpty());
    const QString pretty = QStringLiteral("{\n"
                                          "    \"type\": \"chat\",\n"
                                          "    \"id\": 1234567890123456789,\n"
                                          "    \"msg\": \"caf\\u00e9\",\n"
                                          "    \"id\": 2\n"
                                          "}");
    QCOMPARE(composer->text(), pretty);
    composer->send();
    QTRY_COMPARE_WITH_TIMEOUT(framesAtServer(Protocol::Opcode::Text),
                              QList<QByteArray> {pretty.toUtf8()}, 10000);
    composer->formatJson(true);
    QCOMPARE(
        composer->text(),
        QStringLiteral(R"({"type":"chat","id":1234567890123456789,"msg":"caf\u00e9","id":2})"));

    // Not JSON: the problem and its byte, and the editor is left as typed.
    composer->setText(QStringLiteral("{\"a\": 01}"));
    composer->formatJson();
    QVERIFY2(composer->errorText().contains(QLatin1String("byte 6")),
             qPrintable(composer->errorText()));
    QCOMPARE(composer->text(), QStringLiteral("{\"a\": 01}"));
    composer->send();
    QVERIFY(composer->errorText().contains(QLatin1String("byte 6")));
}

void TestPayloadFidelity::compressedFramesShowDeflateOutputAndTheMessage()
{
    ServerPane *server = m_window->newServer();
    server->setEcho(true);
    QVERIFY(server->start());
    ClientPane *client = m_window->newClient();
    Session::ClientProfile p;
    p.url = server->url();
    p.deflate = true;
    client->applyProfile(p);
    client->connectToServer();
    QTRY_COMPARE_WITH_TIMEOUT(client->badge()->state(), kOpen, 10000);
    const QString text = QStringLiteral("hello web socket, hello web socket, hello");
    client->composer()->setText(text);
    client->composer()->send();

    // The server's frame rows (the message in, its echo out): the deflate output in hex, marked,
    // and the message beside it.
    LogModel *log = server->log()->model();
    int frameRow = -1;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&]() {
            for (int row = 0; row < log->rowCount(); ++row) {
                const QString preview = log->index(row, LogModel::PreviewColumn).data().toString();
                if (preview.startsWith(QLatin1String("[compressed] "))) {
                    frameRow = row;
                    return true;
                }
            }
            return false;
        }(),
        10000);
    const QString preview = log->index(frameRow, LogModel::PreviewColumn).data().toString();
    QVERIFY2(preview.endsWith(QStringLiteral(" → ") + text), qPrintable(preview));
    const QString hex = preview.mid(13, preview.indexOf(QStringLiteral(" → ")) - 13);
    QVERIFY2(
        QRegularExpression(QStringLiteral("^[0-9a-f]{2}( [0-9a-f]{2})*$")).match(hex).hasMatch(),
        qPrintable(hex));
    const std::optional<Traffic::TrafficRecord> frame = m_store->get(log->recordId(frameRow));
    QVERIFY(frame && frame->compressed);
    QVERIFY(hex == QString::fromLatin1(frame->bytes.toHex(' ')));

    // The frame inspector says so beside the fields.
    server->log()->table()->selectRow(frameRow);
    const QString summary = server->inspectors()->frames()->summary();
    QVERIFY2(summary.contains(QLatin1String("compressed")) && summary.contains(text),
             qPrintable(summary));
}

QTEST_MAIN(TestPayloadFidelity)
#include "tst_payload_fidelity.moc"
