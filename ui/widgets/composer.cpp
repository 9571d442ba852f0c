#include "ui/widgets/composer.h"

#include "core/protocol/close_code.h"
#include "core/protocol/close_payload.h"
#include "core/session/json_format.h"
#include "ui/text/byte_size.h"
#include "ui/text/document_text.h"
#include "ui/text/explain.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSpinBox>
#include <QVBoxLayout>

namespace WsBench {
namespace Gui {

namespace {
constexpr int kHistorySize = 30;
constexpr qint64 kMaxFileBytes = qint64(64) * 1024 * 1024;
} // namespace

Composer::Composer(Protocol::Role role, QWidget *parent)
    : QWidget(parent)
    , m_role(role)
{
    m_mode = new QComboBox;
    m_mode->addItem(tr("Text"));
    m_mode->addItem(tr("JSON"));
    m_mode->addItem(tr("Binary (hex)"));
    m_mode->addItem(tr("Binary (base64)"));
    m_mode->addItem(tr("Binary (file)"));
    m_mode->setToolTip(tr("How the editor's content becomes the message"));
    m_editor = new QPlainTextEdit;
    m_editor->setPlaceholderText(tr("Message to send (Ctrl+Enter sends)"));
    m_editor->setTabChangesFocus(true);
    m_error = new QLabel;
    m_error->setStyleSheet(QStringLiteral("color: #c53030;"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_fragments = new QSpinBox;
    m_fragments->setRange(1, 1000);
    m_fragments->setPrefix(tr("Fragments: "));
    m_fragments->setToolTip(tr("Send the message as this many frames (RFC 6455 §5.4)"));
    m_send = new QPushButton(tr("Send"));
    m_send->setDefault(true);
    m_send->setToolTip(tr("Send the message (Ctrl+Enter)"));
    m_ping = new QPushButton(tr("Ping"));
    m_ping->setToolTip(tr("Send a Ping with the editor's text as its payload (at most 125 bytes)"));
    m_format = new QPushButton(tr("Format"));
    m_format->setToolTip(tr("Check the JSON and pretty-print it; keys, numbers and escapes stay "
                            "as written"));
    m_compact = new QPushButton(tr("Compact"));
    m_compact->setToolTip(tr("Check the JSON and remove the white space between its tokens"));
    m_file = new QPushButton(tr("Choose file…"));
    m_historyButton = new QPushButton(tr("History")); // a push button leaves room for its arrow
    m_historyButton->setToolTip(tr("Recent messages (Ctrl+Up and Ctrl+Down in the editor)"));
    m_historyButton->setMenu(new QMenu(m_historyButton));

    m_closeCode = new QComboBox;
    m_closeCode->setEditable(true);
    int count = 0;
    const Protocol::CloseCodeInfo *catalogue = Protocol::closeCodeCatalogue(&count);
    for (int i = 0; i < count; ++i) {
        if (Protocol::isValidOnWire(catalogue[i].code))
            m_closeCode->addItem(Text::Explain::closeCode(catalogue[i].code), catalogue[i].code);
    }
    m_closeCode->addItem(tr("(no code)"), 0);
    m_closeCode->setToolTip(tr("Close code; type any number to send another one"));
    m_closeReason = new QLineEdit;
    m_closeReason->setPlaceholderText(tr("Reason (optional)"));
    m_closeMeaning = new QLabel;
    m_closeMeaning->setWordWrap(true);
    m_closeMeaning->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    m_close = new QPushButton(tr("Close"));

    m_raw = new QGroupBox(tr("Raw frame"));
    m_raw->setCheckable(true);
    m_raw->setChecked(false);
    m_fin = new QCheckBox(tr("FIN"));
    m_fin->setChecked(true);
    for (int i = 0; i < 3; ++i)
        m_rsv[i] = new QCheckBox(QStringLiteral("RSV%1").arg(i + 1));
    m_opcode = new QSpinBox;
    m_opcode->setRange(0, 15);
    m_opcode->setValue(1);
    m_opcode->setDisplayIntegerBase(16);
    m_opcode->setPrefix(QStringLiteral("0x"));
    m_mask = new QCheckBox(tr("MASK"));
    m_mask->setChecked(role == Protocol::Role::Client);
    m_lengthEncoding = new QComboBox;
    m_lengthEncoding->addItem(tr("Shortest length"), int(Protocol::LengthEncoding::Minimal));
    m_lengthEncoding->addItem(tr("7-bit length"), int(Protocol::LengthEncoding::Bits7));
    m_lengthEncoding->addItem(tr("16-bit length"), int(Protocol::LengthEncoding::Bits16));
    m_lengthEncoding->addItem(tr("64-bit length"), int(Protocol::LengthEncoding::Bits64));
    m_rawWarning = new QLabel(tr("A raw frame is sent exactly as set here, even when it breaks "
                                 "RFC 6455. The peer may close the connection."));
    m_rawWarning->setWordWrap(true);
    m_rawWarning->setStyleSheet(QStringLiteral("color: #b7791f;"));
    // Two short rows, the header bits then the fields, so that the box fits the pane's width.
    auto *bits = new QHBoxLayout;
    bits->addWidget(m_fin);
    for (QCheckBox *b : m_rsv)
        bits->addWidget(b);
    bits->addWidget(m_mask);
    bits->addStretch();
    auto *fields = new QHBoxLayout;
    fields->addWidget(new QLabel(tr("Opcode")));
    fields->addWidget(m_opcode);
    fields->addWidget(m_lengthEncoding);
    fields->addStretch();
    auto *rawBox = new QVBoxLayout(m_raw);
    rawBox->addLayout(bits);
    rawBox->addLayout(fields);
    rawBox->addWidget(m_rawWarning);
    const auto showRawControls = [this](bool on) {
        for (QWidget *w : m_raw->findChildren<QWidget *>())
            w->setVisible(on);
        m_raw->setFlat(!on);
        m_fragments->setEnabled(!on);
        m_rawConfirmed = false;
    };
    connect(m_raw, &QGroupBox::toggled, this, showRawControls);
    // The box is as wide closed as open: ticking it does not move the pane's splitter.
    showRawControls(true);
    m_raw->setMinimumWidth(m_raw->minimumSizeHint().width());
    showRawControls(false);

    auto *top = new QHBoxLayout;
    top->addWidget(m_mode);
    top->addWidget(m_format);
    top->addWidget(m_compact);
    top->addWidget(m_file);
    top->addStretch();
    top->addWidget(m_historyButton);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_fragments);
    actions->addStretch();
    actions->addWidget(m_ping);
    actions->addWidget(m_send);
    auto *closeRow = new QHBoxLayout;
    closeRow->addWidget(m_closeCode, 1);
    closeRow->addWidget(m_close);
    auto *reasonRow = new QHBoxLayout;
    reasonRow->addWidget(m_closeReason, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_error);
    layout->addLayout(actions);
    layout->addWidget(m_raw);
    layout->addLayout(closeRow);
    layout->addLayout(reasonRow);
    layout->addWidget(m_closeMeaning);

    connect(m_mode, &QComboBox::currentIndexChanged, this, [this](int) {
        const Mode mode = this->mode();
        m_format->setVisible(mode == Mode::Json);
        m_compact->setVisible(mode == Mode::Json);
        m_file->setVisible(mode == Mode::File);
        m_editor->setReadOnly(mode == Mode::File);
        showError({});
    });
    setMode(Mode::Text);
    connect(m_send, &QPushButton::clicked, this, &Composer::send);
    connect(m_ping, &QPushButton::clicked, this, &Composer::sendPing);
    connect(m_close, &QPushButton::clicked, this, &Composer::sendClose);
    connect(m_format, &QPushButton::clicked, this, [this]() { formatJson(false); });
    connect(m_compact, &QPushButton::clicked, this, [this]() { formatJson(true); });
    connect(m_file, &QPushButton::clicked, this, &Composer::chooseFile);
    connect(m_closeCode, &QComboBox::currentTextChanged, this, &Composer::updateCloseMeaning);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this]() { showError({}); });
    m_editor->installEventFilter(this); // Ctrl+Enter sends; Ctrl+Up and Ctrl+Down recall
    updateCloseMeaning();
}

Composer::~Composer() = default;

bool Composer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers().testFlag(Qt::ControlModifier)) {
            switch (key->key()) {
            case Qt::Key_Return:
            case Qt::Key_Enter:
                send();
                return true;
            case Qt::Key_Up:
                recall(1);
                return true;
            case Qt::Key_Down:
                recall(-1);
                return true;
            default:
                break;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void Composer::setMode(Mode mode)
{
    m_mode->setCurrentIndex(int(mode));
    Q_EMIT m_mode->currentIndexChanged(int(mode));
}

Composer::Mode Composer::mode() const
{
    return Mode(m_mode->currentIndex());
}

void Composer::setText(const QString &text)
{
    m_editor->setPlainText(text);
}

QString Composer::text() const
{
    return m_editor->toPlainText();
}

void Composer::setFragments(int n)
{
    m_fragments->setValue(n);
}

void Composer::setRawMode(bool on)
{
    m_raw->setChecked(on);
}

void Composer::setCanSend(bool can)
{
    for (QWidget *w : {static_cast<QWidget *>(m_send), static_cast<QWidget *>(m_ping),
                       static_cast<QWidget *>(m_close)})
        w->setEnabled(can);
}

QString Composer::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void Composer::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

bool Composer::buildPayload(QByteArray *payload)
{
    const QString text = m_editor->toPlainText();
    switch (mode()) {
    case Mode::Text:
        *payload = text.toUtf8();
        return true;
    case Mode::Json: {
        // Checked, and sent exactly as written.
        Session::JsonError error;
        if (!Session::formatJson(text.toUtf8(), Session::JsonStyle::Compact, &error)) {
            showError(Text::DocumentText::jsonError(error));
            return false;
        }
        *payload = text.toUtf8();
        return true;
    }
    case Mode::Hex: {
        QByteArray digits;
        for (int i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c.isSpace() || c == QLatin1Char(':'))
                continue;
            if (!isxdigit(c.toLatin1()) || c.unicode() > 0x7F) {
                showError(tr("Not a hex digit at position %1: \"%2\"").arg(i + 1).arg(c));
                return false;
            }
            digits += char(c.toLatin1());
        }
        if (digits.size() % 2 != 0) {
            showError(tr("Hex needs an even number of digits; there are %1.").arg(digits.size()));
            return false;
        }
        *payload = QByteArray::fromHex(digits);
        return true;
    }
    case Mode::Base64: {
        const auto decoded = QByteArray::fromBase64Encoding(
            text.trimmed().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            showError(tr("Not valid base64."));
            return false;
        }
        *payload = *decoded;
        return true;
    }
    case Mode::File:
        if (m_fileName.isEmpty()) {
            showError(tr("Choose a file first."));
            return false;
        }
        *payload = m_fileBytes;
        return true;
    }
    return false;
}

void Composer::send()
{
    QByteArray payload;
    if (!buildPayload(&payload))
        return;
    Outgoing out;
    out.payload = payload;
    if (m_raw->isChecked()) {
        if (!m_rawConfirmed) {
            // The warning is on screen; the second click sends anyway.
            m_rawConfirmed = true;
            showError(tr("This frame is sent exactly as set, even if it breaks RFC 6455. "
                         "Send again to send it anyway."));
            return;
        }
        out.kind = Outgoing::Kind::Raw;
        out.raw.fin = m_fin->isChecked();
        out.raw.rsv = quint8((m_rsv[0]->isChecked() ? Protocol::Rsv::Rsv1 : 0)
                             | (m_rsv[1]->isChecked() ? Protocol::Rsv::Rsv2 : 0)
                             | (m_rsv[2]->isChecked() ? Protocol::Rsv::Rsv3 : 0));
        out.raw.opcode = quint8(m_opcode->value());
        if (m_mask->isChecked())
            out.raw.maskKey = QRandomGenerator::global()->generate();
        out.raw.lengthEncoding = Protocol::LengthEncoding(m_lengthEncoding->currentData().toInt());
        out.raw.payload = payload;
    } else {
        const bool text = mode() == Mode::Text || mode() == Mode::Json;
        out.opcode = Protocol::toRaw(text ? Protocol::Opcode::Text : Protocol::Opcode::Binary);
        out.fragments = m_fragments->value();
        out.templated = text;
    }
    showError({});
    if (mode() != Mode::File)
        remember(m_editor->toPlainText());
    Q_EMIT sendRequested(out);
}

void Composer::sendPing()
{
    QByteArray payload;
    if (!buildPayload(&payload))
        return;
    if (payload.size() > Protocol::kMaxControlPayloadSize) {
        showError(tr("A Ping carries at most 125 bytes (RFC 6455 §5.5); this one has %1.")
                      .arg(payload.size()));
        return;
    }
    Outgoing out;
    out.kind = Outgoing::Kind::Ping;
    out.payload = payload;
    out.templated = mode() == Mode::Text || mode() == Mode::Json;
    Q_EMIT sendRequested(out);
}

void Composer::sendClose()
{
    Outgoing out;
    out.kind = Outgoing::Kind::Close;
    const QVariant data = m_closeCode->currentData();
    bool ok = true;
    const int code
        = m_closeCode->currentText() == m_closeCode->itemText(m_closeCode->currentIndex())
        ? data.toInt()
        : m_closeCode->currentText().section(QLatin1Char(' '), 0, 0).toInt(&ok);
    if (!ok || code < 0 || code > 65535) {
        showError(tr("A close code is a number from 0 to 65535."));
        return;
    }
    out.closeCode = quint16(code);
    out.closeReason = m_closeReason->text().toUtf8();
    if (out.closeReason.size() > Protocol::kMaxCloseReasonSize) {
        showError(tr("A close reason fits in 123 bytes of UTF-8; this one has %1.")
                      .arg(out.closeReason.size()));
        return;
    }
    Q_EMIT sendRequested(out);
}

void Composer::updateCloseMeaning()
{
    bool ok = false;
    const int code = m_closeCode->currentText().section(QLatin1Char(' '), 0, 0).toInt(&ok);
    if (!ok) {
        m_closeMeaning->setText(m_closeCode->currentData().toInt() == 0
                                    ? tr("A Close frame with no code; the peer reports 1005.")
                                    : QString());
        return;
    }
    m_closeMeaning->setText(Text::Explain::closeCodeMeaning(quint16(code)));
}

void Composer::formatJson(bool compact)
{
    // Token by token: key order, duplicate keys, number digits and escapes stay as typed.
    Session::JsonError error;
    const std::optional<QByteArray> formatted = Session::formatJson(
        m_editor->toPlainText().toUtf8(),
        compact ? Session::JsonStyle::Compact : Session::JsonStyle::Pretty, &error);
    if (!formatted) {
        showError(Text::DocumentText::jsonError(error));
        return;
    }
    m_editor->setPlainText(QString::fromUtf8(*formatted));
}

void Composer::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Send a file"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (file.size() > kMaxFileBytes) {
        showError(tr("The file is larger than 64 MiB."));
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    m_fileBytes = file.readAll();
    m_fileName = path;
    m_editor->setPlainText(
        tr("%1 (%2)").arg(QFileInfo(path).fileName(), Text::exactBytes(m_fileBytes.size())));
}

void Composer::remember(const QString &text)
{
    if (text.isEmpty())
        return;
    m_history.removeAll(text);
    m_history.prepend(text);
    while (m_history.size() > kHistorySize)
        m_history.removeLast();
    m_historyPos = -1;
    QMenu *menu = m_historyButton->menu();
    menu->clear();
    for (const QString &entry : std::as_const(m_history)) {
        QString label = entry.left(60);
        label.replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
        menu->addAction(label, this, [this, entry]() { m_editor->setPlainText(entry); });
    }
}

void Composer::recall(int step)
{
    if (m_history.isEmpty())
        return;
    m_historyPos = std::clamp(m_historyPos + step, 0, int(m_history.size()) - 1);
    m_editor->setPlainText(m_history.at(m_historyPos));
}

} // namespace Gui
} // namespace WsBench
