// Everything explains itself: tooltips from the glossary on frame fields, bufferedAmount, the
// readyState badge and log rows; the "What is this?" panel (F1) following the selection; and
// "WebSocket in five minutes" in both languages, whose links open live demos.
#include "core/automation/lesson_runner.h"
#include "tests/support/test_window.h"
#include "ui/client/client_pane.h"
#include "ui/demos.h"
#include "ui/dialogs/primer_dialog.h"
#include "ui/inspectors/flow_canvas.h"
#include "ui/inspectors/flow_view.h"
#include "ui/inspectors/frame_inspector.h"
#include "ui/inspectors/inspector_panel.h"
#include "ui/lessons/lesson_panel.h"
#include "ui/main_window.h"
#include "ui/models/field_tree_model.h"
#include "ui/models/log_model.h"
#include "ui/server/server_pane.h"
#include "ui/translations.h"
#include "ui/widgets/composer.h"
#include "ui/widgets/explain_panel.h"
#include "ui/widgets/log_view.h"
#include "ui/widgets/ready_state_badge.h"

#include <QAction>
#include <QDockWidget>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTreeView>

using namespace WsBench;
using namespace WsBench::Gui;

namespace {

// Every wsbench:demo/NAME link of the page, in order.
QStringList demoLinks(const QTextDocument *doc)
{
    QStringList links;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QString href = it.fragment().charFormat().anchorHref();
            if (href.startsWith(QLatin1String("wsbench:demo/")) && !links.contains(href))
                links << href;
        }
    }
    return links;
}

// Where the link's text is drawn in the browser's viewport, or an empty rect.
QRect linkRect(QTextBrowser *browser, const QString &href)
{
    const QTextDocument *doc = browser->document();
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().anchorHref() != href)
                continue;
            QTextCursor cursor(browser->document());
            cursor.setPosition(it.fragment().position() + 1);
            browser->setTextCursor(cursor);
            browser->ensureCursorVisible();
            return browser->cursorRect(cursor);
        }
    }
    return {};
}

QAction *helpAction(MainWindow &window, const QString &text)
{
    for (QAction *menu : window.menuBar()->actions()) {
        if (!menu->menu())
            continue;
        for (QAction *a : menu->menu()->actions()) {
            if (a->text() == text)
                return a;
        }
    }
    return nullptr;
}

} // namespace

class TestExplain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void tooltipsExplainFieldsBufferedAmountAndRows();
    void sidePanelFollowsTheSelection();
    void primerOpensInBothLanguages();
    void primerLessonLinksStartTheirLesson();
    void primerLinkOpensItsDemo();
    void everyFieldOfAFrameShowsAt1366x768();

private:
    std::unique_ptr<Testing::TestWindow> m_ui;
};

void TestExplain::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QCOMPARE(installTranslations(qApp, QLocale(QLocale::English)), QStringLiteral("en"));
}

void TestExplain::init()
{
    m_ui = std::make_unique<Testing::TestWindow>();
}

void TestExplain::cleanup()
{
    m_ui.reset();
}

void TestExplain::tooltipsExplainFieldsBufferedAmountAndRows()
{
    const auto [server, client] = m_ui->window()->loopbackPair();
    QVERIFY(client);
    const quint64 sent = Testing::sendAndFind(client, QStringLiteral("hello"));
    QVERIFY(sent);
    client->log()->selectRecord(sent);
    FrameInspector *frames = client->inspectors()->frames();
    QVERIFY(frames->frameCount() > 0);
    // Each field of the client's (masked) frame says what it is, with its section, and keeps
    // its Wireshark name.
    const QString key
        = frames->fields()
              ->data(frames->fields()->indexForKey("websocket.masking_key"), Qt::ToolTipRole)
              .toString();
    QVERIFY2(key.contains(QLatin1String("cache poisoning"))
                 && key.contains(QStringLiteral("RFC 6455 §5.3, §10.3"))
                 && key.contains(QLatin1String("websocket.masking_key")),
             qPrintable(key));
    for (const char *field : {"websocket.fin", "websocket.opcode", "websocket.mask",
                              "websocket.payload_length", "websocket.payload"}) {
        const QString tip = frames->fields()
                                ->data(frames->fields()->indexForKey(field), Qt::ToolTipRole)
                                .toString();
        QVERIFY2(tip.contains(QStringLiteral("RFC 6455 §5.")), field);
    }
    // bufferedAmount: the value now, and what it counts, when it grows and drains.
    QTRY_VERIFY_WITH_TIMEOUT(client->bufferedLabel()->toolTip().contains(QLatin1String("drains")),
                             5000);
    const QString buffered = client->bufferedLabel()->toolTip();
    QVERIFY2(buffered.contains(QLatin1String("0 bytes"))
                 && buffered.contains(QLatin1String("grows"))
                 && buffered.contains(QLatin1String("WHATWG")),
             qPrintable(buffered));
    // The readyState badge and a log row of a kind the glossary knows.
    QVERIFY2(client->badge()->toolTip().contains(QLatin1String("1 OPEN"))
                 && client->badge()->toolTip().contains(QLatin1String("WHATWG WebSockets")),
             qPrintable(client->badge()->toolTip()));
    LogModel *log = client->log()->model();
    bool messageRow = false;
    for (int row = 0; row < log->rowCount(); ++row) {
        if (log->recordId(row) == sent)
            messageRow = log->index(row, LogModel::TypeColumn)
                             .data(Qt::ToolTipRole)
                             .toString()
                             .contains(QStringLiteral("RFC 6455 §6.2"));
    }
    QVERIFY(messageRow);
}

void TestExplain::sidePanelFollowsTheSelection()
{
    QDockWidget *dock = m_ui->window()->explanationsDock();
    QVERIFY(dock && !dock->isVisible());
    // F1 and the Help menu toggle the panel.
    QAction *toggle = helpAction(*m_ui->window(), QStringLiteral("&What is this?"));
    QVERIFY(toggle);
    QCOMPARE(toggle->shortcut(), QKeySequence(Qt::Key_F1));
    toggle->trigger();
    QVERIFY(dock->isVisible());

    const auto [server, client] = m_ui->window()->loopbackPair();
    QVERIFY(client);
    const quint64 sent = Testing::sendAndFind(client, QStringLiteral("hello"));
    QVERIFY(sent);
    ExplainPanel *panel = m_ui->window()->explanations();
    // A log row: the message event.
    client->log()->selectRecord(sent);
    QCOMPARE(panel->topic(), QByteArray("event.message"));
    QVERIFY(panel->text().contains(QStringLiteral("RFC 6455 §6.2")));
    // A frame field: the masking key.
    QVERIFY(client->inspectors()->frames()->selectField("websocket.masking_key"));
    QCOMPARE(panel->topic(), QByteArray("websocket.masking_key"));
    QVERIFY(panel->text().contains(QStringLiteral("§10.3")));
    // A field clicked in the tree, as a user does.
    QTreeView *tree = client->inspectors()->frames()->tree();
    const QModelIndex length
        = client->inspectors()->frames()->fields()->indexForKey("websocket.payload_length");
    tree->scrollTo(length);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(length).center());
    QCOMPARE(panel->topic(), QByteArray("websocket.payload_length"));
    QVERIFY(panel->text().contains(QLatin1String("127")));
    // An arrow of the flow diagram: the handshake response.
    InspectorPanel *inspectors = client->inspectors();
    inspectors->setCurrentIndex(InspectorPanel::FlowTab);
    FlowCanvas *canvas = inspectors->flow()->canvas();
    const quint64 response
        = client->log()->model()->summary(client->connectionId()).handshakeResponseId;
    QVERIFY(response);
    QTRY_VERIFY_WITH_TIMEOUT(inspectors->flow()->model()->rowOfId(response).has_value(), 10000);
    inspectors->flow()->selectRecord(response); // scrolled into view
    // The request's row first, so that the panel shows something else before the click.
    client->log()->selectRecord(
        client->log()->model()->summary(client->connectionId()).handshakeRequestId);
    QCOMPARE(panel->topic(), QByteArray("handshake.request"));
    const QRect arrow = canvas->rowRect(response);
    QVERIFY(canvas->viewport()->rect().contains(arrow.center()));
    QTest::mouseClick(canvas->viewport(), Qt::LeftButton, {}, arrow.center());
    QCOMPARE(panel->topic(), QByteArray("handshake.response"));
    QVERIFY(panel->text().contains(QLatin1String("101")));
    // The panel stays on its topic when the selection has none, and hides again.
    toggle->trigger();
    QVERIFY(!dock->isVisible());
}

void TestExplain::primerOpensInBothLanguages()
{
    const QStringList demos = demoNames();
    QVERIFY(demos.size() >= 7);
    for (const QLocale &locale : {QLocale(QLocale::English), QLocale(QLocale::Chinese)}) {
        PrimerDialog dialog(locale);
        const QString text = dialog.browser()->toPlainText();
        const bool chinese = locale.language() == QLocale::Chinese;
        QVERIFY2(text.contains(chinese ? QStringLiteral("五分钟了解 WebSocket")
                                       : QStringLiteral("WebSocket in five minutes")),
                 qPrintable(text.left(200)));
        static const QRegularExpression han(QStringLiteral("\\p{Han}"));
        QCOMPARE(han.match(text).hasMatch(), chinese);
        // Every concept and every demo: each link names a demo, each demo has a link.
        for (const char *concept : {"Sec-WebSocket-Accept", "readyState", "1006", "bufferedAmount",
                                    "Origin", "Ping", "FIN"})
            QVERIFY2(text.contains(QLatin1String(concept)), concept);
        QStringList linked;
        for (const QString &href : demoLinks(dialog.browser()->document()))
            linked << href.mid(13);
        linked.sort();
        QStringList expected = demos;
        expected.sort();
        QCOMPARE(linked, expected);
        // The illustrations are bundled, load, and speak the page's language.
        for (const char *name : {"handshake", "frame", "close"}) {
            const QString image = QLatin1String(name)
                + (chinese ? QStringLiteral(".zh_CN.svg") : QStringLiteral(".svg"));
            const QVariant loaded = dialog.browser()->loadResource(
                QTextDocument::ImageResource, QUrl(QStringLiteral("qrc:/help/") + image));
            QVERIFY2(!QImage::fromData(loaded.toByteArray()).isNull(), qPrintable(image));
            QVERIFY2(dialog.browser()->toHtml().contains(QLatin1Char('"') + image),
                     qPrintable(image));
            const QString svg = QString::fromUtf8(loaded.toByteArray());
            for (const char *english : {">Client<", ">Server<", "masking key", "no code"})
                QVERIFY2(!chinese || !svg.contains(QLatin1String(english)), english);
        }
    }
}

// Concepts that need more than a loopback pair (a slow link, several clients, a demo server)
// link to their lesson: each link names a bundled lesson, and following one starts it.
void TestExplain::primerLessonLinksStartTheirLesson()
{
    QAction *open = helpAction(*m_ui->window(), QStringLiteral("WebSocket in &five minutes"));
    QVERIFY(open);
    open->trigger();
    auto *dialog = m_ui->window()->findChild<PrimerDialog *>();
    QVERIFY(dialog);
    QList<int> lessons;
    const QTextDocument *doc = dialog->browser()->document();
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QString href = it.fragment().charFormat().anchorHref();
            if (href.startsWith(QLatin1String("wsbench:lesson/")))
                lessons << href.mid(15).toInt();
        }
    }
    QCOMPARE(lessons, (QList<int> {3, 7, 9}));
    const int count = m_ui->window()->lessons()->lessonCount();
    for (int n : lessons)
        QVERIFY(n >= 1 && n <= count);
    Q_EMIT dialog->lessonRequested(7);
    QVERIFY(m_ui->window()->lessonsDock()->isVisible());
    QVERIFY(m_ui->window()->lessons()->runner()->isRunning());
    QCOMPARE(m_ui->window()->lessons()->runner()->lesson().id,
             QStringLiteral("07-broadcast-origin"));
    QVERIFY(!dialog->isVisible());
}

void TestExplain::primerLinkOpensItsDemo()
{
    QAction *open = helpAction(*m_ui->window(), QStringLiteral("WebSocket in &five minutes"));
    QVERIFY(open);
    open->trigger();
    auto *dialog = m_ui->window()->findChild<PrimerDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(m_ui->window()->tabs()->count(), 0);
    // Clicking "one message in three frames" opens the loopback pair with the composer ready.
    const QRect link = linkRect(dialog->browser(), QStringLiteral("wsbench:demo/fragmentation"));
    QVERIFY(!link.isEmpty());
    QTest::mouseClick(dialog->browser()->viewport(), Qt::LeftButton, {}, link.center());
    QTRY_COMPARE_WITH_TIMEOUT(m_ui->window()->tabs()->count(), 2, 5000);
    auto *client = qobject_cast<ClientPane *>(m_ui->window()->tabs()->currentWidget());
    QVERIFY(client);
    QVERIFY(!client->composer()->text().isEmpty());
    QCOMPARE(client->inspectors()->currentIndex(), int(InspectorPanel::FlowTab));
    // The page steps aside, still open: it covers neither the log nor the inspectors nor the
    // Send button.
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible()
                                 && dialog->frameGeometry().right()
                                     < client->log()->mapToGlobal(QPoint(0, 0)).x(),
                             5000);
    const QRect page = dialog->frameGeometry();
    const auto globalRect = [](const QWidget *w) {
        return QRect(w->mapToGlobal(QPoint(0, 0)), w->size());
    };
    QVERIFY(!page.intersects(globalRect(client->log())));
    QVERIFY(!page.intersects(globalRect(client->inspectors())));
    const QRect editor = globalRect(static_cast<QWidget *>(client->composer()->editor()));
    for (QPushButton *button : client->composer()->findChildren<QPushButton *>())
        if (button->isVisible() && globalRect(button).top() > editor.bottom()) // Send, Ping, Close
            QVERIFY2(!page.intersects(globalRect(button)), qPrintable(button->text()));
    QVERIFY(page.width() >= 200 && page.height() >= 160);
    QVERIFY(m_ui->window()->explanationsDock()->isVisible());
    QCOMPARE(m_ui->window()->explanations()->topic(), QByteArray("fragmentation"));
    QTRY_COMPARE_WITH_TIMEOUT(client->badge()->state(),
                              std::optional<Protocol::ReadyState>(Protocol::ReadyState::Open),
                              10000);
    // The demo is live: the prepared message goes out as three frames.
    client->composer()->send();
    LogModel *log = client->log()->model();
    const auto outboundFrames = [log]() {
        int n = 0;
        for (int row = 0; row < log->rowCount(); ++row) {
            const QString type = log->index(row, LogModel::TypeColumn).data().toString();
            n += log->index(row, LogModel::DirectionColumn).data().toString() == QStringLiteral("→")
                && type.endsWith(QLatin1String("frame"));
        }
        return n;
    };
    QTRY_COMPARE_WITH_TIMEOUT(outboundFrames(), 3, 10000);
    // A name that is not a demo opens nothing.
    QVERIFY(!openDemo(*m_ui->window(), QStringLiteral("no-such-demo")));
    QCOMPARE(m_ui->window()->tabs()->count(), 2);
}

// A masked text frame in the Frame inspector of a 1366×768 window, beside the loopback dock:
// FIN, the reserved bits, opcode, MASK, length, masking key and payload all in view, without
// scrolling.
void TestExplain::everyFieldOfAFrameShowsAt1366x768()
{
    const auto [server, client] = m_ui->window()->loopbackPair();
    QVERIFY(client);
    const quint64 sent = Testing::sendAndFind(client, QStringLiteral("Hello, WebSocket!"));
    QVERIFY(sent);
    client->inspectors()->setCurrentIndex(InspectorPanel::FrameTab);
    client->log()->selectRecord(sent);
    FrameInspector *frames = client->inspectors()->frames();
    QTRY_VERIFY(frames->fields()->rowCount() > 5);
    QCoreApplication::processEvents();
    QTreeView *tree = frames->tree();
    const QRect view = tree->viewport()->rect();
    for (const char *key : {"websocket.fin", "websocket.rsv", "websocket.opcode", "websocket.mask",
                            "websocket.payload_length", "websocket.masking_key",
                            "websocket.masked_payload", "websocket.payload"}) {
        const QRect row = tree->visualRect(frames->fields()->indexForKey(key));
        QVERIFY2(view.contains(row.topLeft()) && view.bottom() >= row.bottom(),
                 qPrintable(QStringLiteral("%1 at %2, view %3")
                                .arg(QLatin1String(key))
                                .arg(row.y())
                                .arg(view.height())));
    }
    QCOMPARE(tree->verticalScrollBar()->value(), 0);
}

QTEST_MAIN(TestExplain)
#include "tst_explain.moc"
