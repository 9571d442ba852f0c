#include "ui/automation/library_panel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace WsBench {
namespace Gui {

using Session::LibraryMessage;

LibraryPanel::LibraryPanel(std::function<QString(const QString &)> expand,
                           std::function<bool(const Outgoing &)> target, QWidget *parent)
    : QWidget(parent)
    , m_expand(std::move(expand))
    , m_target(std::move(target))
    , m_tree(new QTreeWidget)
    , m_delay(new QSpinBox)
    , m_repeat(new QSpinBox)
    , m_timer(new QTimer(this))
{
    m_tree->setHeaderLabels({tr("Message"), tr("Kind")});
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_delay->setRange(0, 3600000);
    m_delay->setValue(500);
    m_delay->setSuffix(tr(" ms between"));
    m_repeat->setRange(1, 100000);
    m_repeat->setPrefix(tr("× "));
    m_repeat->setToolTip(tr("Send the selected messages this many times"));
    auto *send = new QPushButton(tr("Send"));
    send->setToolTip(tr("Send the selected messages to the current tab (Ctrl+Shift+Enter, or a "
                        "double-click)"));
    auto *stop = new QPushButton(tr("Stop"));
    // Two short rows keep the side panel narrow.
    auto *pacing = new QHBoxLayout;
    pacing->addWidget(m_delay, 1);
    pacing->addWidget(m_repeat);
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(stop);
    row->addWidget(send);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_tree, 1);
    layout->addLayout(pacing);
    layout->addLayout(row);
    m_timer->setSingleShot(true);
    connect(send, &QPushButton::clicked, this, &LibraryPanel::sendSelected);
    connect(stop, &QPushButton::clicked, this, &LibraryPanel::stop);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        if (item->data(0, Qt::UserRole).isValid())
            sendSelected();
    });
    connect(m_timer, &QTimer::timeout, this, [this]() {
        if (m_queue.isEmpty())
            return;
        const int index = m_queue.takeFirst();
        if (index >= 0 && index < m_messages.size() && m_target(outgoingFor(m_messages[index])))
            ++m_sent;
        if (m_queue.isEmpty())
            Q_EMIT sequenceFinished(m_sent);
        else
            m_timer->start(m_delay->value());
    });
    m_tree->installEventFilter(this);
}

LibraryPanel::~LibraryPanel() = default;

void LibraryPanel::setMessages(const QList<LibraryMessage> &messages)
{
    m_messages = messages;
    rebuild();
}

void LibraryPanel::addMessage(const LibraryMessage &message)
{
    m_messages.append(message);
    rebuild();
}

void LibraryPanel::setSequence(int delayMs, int repeat)
{
    m_delay->setValue(delayMs);
    m_repeat->setValue(repeat);
}

void LibraryPanel::rebuild()
{
    m_tree->clear();
    QHash<QString, QTreeWidgetItem *> folders;
    for (int i = 0; i < m_messages.size(); ++i) {
        const LibraryMessage &m = m_messages[i];
        QTreeWidgetItem *parent = m_tree->invisibleRootItem();
        QString path;
        for (const QString &part : m.folder.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
            path += QLatin1Char('/') + part;
            if (!folders.contains(path)) {
                auto *folder = new QTreeWidgetItem(parent, {part});
                folders.insert(path, folder);
            }
            parent = folders.value(path);
        }
        static const char *const kinds[]
            = {QT_TR_NOOP("text"), QT_TR_NOOP("JSON"), QT_TR_NOOP("binary")};
        auto *item = new QTreeWidgetItem(parent, {m.name, tr(kinds[int(m.kind)])});
        item->setToolTip(
            0, m.description.isEmpty() ? QString::fromUtf8(m.content.left(200)) : m.description);
        item->setData(0, Qt::UserRole, i);
    }
    m_tree->expandAll();
}

QList<int> LibraryPanel::selectedIndexes() const
{
    QList<int> out;
    for (QTreeWidgetItem *item : m_tree->selectedItems()) {
        if (item->data(0, Qt::UserRole).isValid())
            out.append(item->data(0, Qt::UserRole).toInt());
    }
    std::sort(out.begin(), out.end());
    return out;
}

Outgoing LibraryPanel::outgoingFor(const LibraryMessage &m) const
{
    Outgoing out;
    if (m.kind == LibraryMessage::Kind::Binary) {
        out.opcode = Protocol::toRaw(Protocol::Opcode::Binary);
        out.payload = m.content;
    } else {
        out.opcode = Protocol::toRaw(Protocol::Opcode::Text);
        out.payload = m_expand(QString::fromUtf8(m.content)).toUtf8();
    }
    return out;
}

bool LibraryPanel::sendSelected()
{
    const QList<int> selected = selectedIndexes();
    if (selected.isEmpty())
        return false;
    m_queue.clear();
    m_sent = 0;
    for (int round = 0; round < m_repeat->value(); ++round)
        m_queue += selected;
    m_timer->start(0);
    return true;
}

void LibraryPanel::stop()
{
    m_timer->stop();
    m_queue.clear();
}

bool LibraryPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers().testFlag(Qt::ControlModifier)
            && key->modifiers().testFlag(Qt::ShiftModifier)) {
            sendSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Gui
} // namespace WsBench
