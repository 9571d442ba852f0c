// The window in Chinese, as a user with a zh_CN desktop sees it: Qt's own buttons and dialogs
// are Chinese too, and no English word is left in any text the window shows, but the
// protocol's own names, units and numbers.
#include "core/net/io_thread.h"
#include "core/traffic/clock.h"
#include "core/traffic/traffic_store.h"
#include "ui/client/client_pane.h"
#include "ui/dialogs/connection_settings_dialog.h"
#include "ui/dialogs/preferences_dialog.h"
#include "ui/inspectors/inspector_panel.h"
#include "ui/inspectors/live_plot.h"
#include "ui/main_window.h"
#include "ui/server/server_pane.h"
#include "ui/translations.h"
#include "ui/workbench_engine.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QChart>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QLineSeries>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabBar>
#include <QTest>
#include <QTextDocument>
#include <QValueAxis>

using namespace WsBench;
using namespace WsBench::Gui;

namespace {

// Words that stay as they are in a Chinese window: the protocol's and the web's own names,
// header and field names, readyState names, units and the product's name.
const QSet<QString> &allowedWords()
{
    static const QSet<QString> words = {
        // protocols and formats
        QStringLiteral("WebSocket"), QStringLiteral("URL"), QStringLiteral("TLS"),
        QStringLiteral("HTTP"), QStringLiteral("JSON"), QStringLiteral("HAR"),
        QStringLiteral("RFC"), QStringLiteral("UTF"), QStringLiteral("PEM"), QStringLiteral("CA"),
        QStringLiteral("IPv6"), QStringLiteral("SHA"), QStringLiteral("GUID"),
        QStringLiteral("Base64"), QStringLiteral("base64"), QStringLiteral("hex"),
        QStringLiteral("ws"), QStringLiteral("wss"), QStringLiteral("http"),
        QStringLiteral("socks5"), QStringLiteral("permessage-deflate"), QStringLiteral("TCP"),
        QStringLiteral("SSE"),
        // frame fields and opcodes (Wireshark's names)
        QStringLiteral("FIN"), QStringLiteral("RSV1"), QStringLiteral("RSV2"),
        QStringLiteral("RSV3"), QStringLiteral("MASK"), QStringLiteral("Ping"),
        QStringLiteral("Pong"), QStringLiteral("ping"), QStringLiteral("pong"),
        QStringLiteral("Close"), QStringLiteral("opcode"), QStringLiteral("websocket"),
        // header names
        QStringLiteral("Sec-WebSocket-Key"), QStringLiteral("Sec-WebSocket-Accept"),
        QStringLiteral("Sec-WebSocket-Protocol"), QStringLiteral("Sec-WebSocket-Extensions"),
        QStringLiteral("Sec-WebSocket-Version"), QStringLiteral("Origin"),
        QStringLiteral("Authorization"),
        // WHATWG names shown with their numbers
        QStringLiteral("CONNECTING"), QStringLiteral("OPEN"), QStringLiteral("CLOSING"),
        QStringLiteral("CLOSED"), QStringLiteral("bufferedAmount"), QStringLiteral("readyState"),
        // keys
        QStringLiteral("Ctrl"), QStringLiteral("Shift"), QStringLiteral("Enter"),
        QStringLiteral("Up"), QStringLiteral("Down"), QStringLiteral("End"),
        QStringLiteral("Accept"), QStringLiteral("SHA-1"), QStringLiteral("UTF-8"),
        // units
        QStringLiteral("ms"), QStringLiteral("s"), QStringLiteral("KiB"), QStringLiteral("MiB"),
        QStringLiteral("GiB"), QStringLiteral("x"),
        // names that are not translated
        QStringLiteral("WsBench"), QStringLiteral("English"), QStringLiteral("chat"),
        QStringLiteral("superchat"), // example subprotocols
    };
    return words;
}

} // namespace

class TestChineseWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void qtsOwnButtonsAreChinese();
    void noEnglishLeftInTheWindow();
    void noEnglishLeftInTheDialogs();

private:
    // Every text a widget and its children show, with where it was found.
    static QList<QPair<QString, QString>> visibleTexts(QWidget *root);
    // The words of `text` that are English and not allowed, or empty.
    static QStringList englishWords(const QString &text);
    static void checkNoEnglish(QWidget *root);
};

void TestChineseWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCOMPARE(installTranslations(qApp, QLocale(QLocale::Chinese, QLocale::China)),
             QStringLiteral("zh_CN"));
}

void TestChineseWindow::qtsOwnButtonsAreChinese()
{
    const QString catalogue
        = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_zh_CN.qm");
    if (!QFile::exists(catalogue))
        QSKIP(qPrintable(QStringLiteral("Qt's Chinese catalogue %1 is not installed (Debian "
                                        "package qt6-translations-l10n)")
                             .arg(catalogue)));
    QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QCOMPARE(box.button(QDialogButtonBox::Ok)->text(), QStringLiteral("确定"));
    QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("取消"));
    // A standard context menu (a line edit's) is Chinese as well.
    QLineEdit edit;
    std::unique_ptr<QMenu> menu(edit.createStandardContextMenu());
    QStringList english;
    for (const QAction *a : menu->actions()) {
        if (!a->isSeparator() && !englishWords(a->text()).isEmpty())
            english << a->text();
    }
    QVERIFY2(english.isEmpty(), qPrintable(english.join(QStringLiteral(", "))));
}

QStringList TestChineseWindow::englishWords(const QString &text)
{
    QTextDocument html;
    html.setHtml(text);
    QString plain = Qt::mightBeRichText(text) ? html.toPlainText() : text;
    // Mnemonics ("文件(&F)", "新建(C)", "&Open") and the shortcut a menu shows after a tab.
    static const QRegularExpression mnemonic(QStringLiteral("\\(&?[A-Za-z]\\)|&(?=\\S)|\\t.*$"));
    plain.remove(mnemonic);
    // Words of letters, with the hyphens and digits of names such as RSV1 and Sec-WebSocket-Key.
    static const QRegularExpression word(QStringLiteral("[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*"));
    QStringList found;
    auto it = word.globalMatch(plain);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString w = m.captured();
        // Part of a URL, a host or a file name (ws://127.0.0.1, x.pem), or a hex number (0x3):
        // data, not words.
        const qsizetype before = m.capturedStart() - 1;
        if (before >= 0
            && (plain.at(before) == QLatin1Char('.') || plain.at(before) == QLatin1Char('/')
                || (plain.at(before) == QLatin1Char('0') && w.startsWith(QLatin1Char('x')))))
            continue;
        if (!allowedWords().contains(w) && !w.startsWith(QLatin1String("0x")))
            found << w;
    }
    return found;
}

QList<QPair<QString, QString>> TestChineseWindow::visibleTexts(QWidget *root)
{
    QList<QPair<QString, QString>> texts;
    const auto add = [&texts](const QObject *where, const QString &text) {
        if (!text.trimmed().isEmpty())
            texts.append({QString::fromLatin1(where->metaObject()->className()), text});
    };
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (w->isWindow() && w != root && !qobject_cast<QMenu *>(w))
            continue;
        if (auto *label = qobject_cast<QLabel *>(w))
            add(w, label->text());
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            add(w, button->text());
        if (auto *group = qobject_cast<QGroupBox *>(w))
            add(w, group->title());
        if (auto *dock = qobject_cast<QDockWidget *>(w))
            add(w, dock->windowTitle());
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            add(w, edit->placeholderText());
        if (auto *edit = qobject_cast<QPlainTextEdit *>(w))
            add(w, edit->placeholderText());
        if (auto *spin = qobject_cast<QAbstractSpinBox *>(w))
            add(w, spin->specialValueText());
        if (auto *spin = qobject_cast<QSpinBox *>(w)) {
            add(w, spin->prefix());
            add(w, spin->suffix());
        }
        if (auto *combo = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < combo->count(); ++i)
                add(w, combo->itemText(i));
        }
        if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(w, tabs->tabText(i));
        }
        if (auto *header = qobject_cast<QHeaderView *>(w); header && header->model()) {
            for (int i = 0; i < header->count(); ++i)
                add(w, header->model()->headerData(i, header->orientation()).toString());
        }
        if (auto *menu = qobject_cast<QMenu *>(w)) {
            add(w, menu->title());
            for (const QAction *a : menu->actions())
                add(w, a->text());
        }
        if (auto *bar = qobject_cast<QMenuBar *>(w)) {
            for (const QAction *a : bar->actions())
                add(w, a->text());
        }
        if (auto *plot = qobject_cast<LivePlot *>(w)) {
            add(w, plot->bufferedSeries()->name());
            add(w, plot->rateSeries()->name());
            add(w, plot->timeAxis()->titleText());
            add(w, plot->bytesAxis()->titleText());
        }
    }
    return texts;
}

void TestChineseWindow::checkNoEnglish(QWidget *root)
{
    QStringList problems;
    for (const auto &[where, text] : visibleTexts(root)) {
        const QStringList words = englishWords(text);
        if (!words.isEmpty())
            problems << QStringLiteral("%1: \"%2\" (%3)")
                            .arg(where, text, words.join(QStringLiteral(", ")));
    }
    problems.removeDuplicates();
    for (const QString &p : std::as_const(problems))
        qWarning("English in the Chinese window: %s", qPrintable(p));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestChineseWindow::noEnglishLeftInTheWindow()
{
    // The check finds English, and lets the protocol's names through.
    QCOMPARE(englishWords(QStringLiteral("Send to 2 peers")),
             QStringList({QStringLiteral("Send"), QStringLiteral("to"), QStringLiteral("peers")}));
    QVERIFY(
        englishWords(QStringLiteral("发送 Ping 到 ws://127.0.0.1:8080/（12.0 MiB）")).isEmpty());
    Net::IoThread io;
    Traffic::TrafficStore store;
    Traffic::SystemClock clock;
    WorkbenchEngine engine(&io, &store, &clock);
    {
        MainWindow window(&engine);
        window.newClient();
        window.newServer();
        for (QDockWidget *dock : window.findChildren<QDockWidget *>())
            dock->show();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        checkNoEnglish(&window);
        QVERIFY(!visibleTexts(&window).isEmpty());
    }
}

void TestChineseWindow::noEnglishLeftInTheDialogs()
{
    Net::SendBudget budget;
    PreferencesDialog preferences(&budget);
    checkNoEnglish(&preferences);
    ConnectionSettingsDialog settings {Net::TlsOptions {}, QString(), false};
    checkNoEnglish(&settings);
}

QTEST_MAIN(TestChineseWindow)
#include "tst_chinese_window.moc"
