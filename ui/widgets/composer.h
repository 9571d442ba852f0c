#pragma once

#include "core/protocol/frame.h"
#include "core/protocol/opcode.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace WsBench {
namespace Gui {

// One thing to send, as the composer built it.
struct Outgoing
{
    enum class Kind : quint8 { Data, Ping, Close, Raw };
    Kind kind = Kind::Data;
    quint8 opcode = Protocol::toRaw(Protocol::Opcode::Text); // Data: text or binary
    QByteArray payload;
    int fragments = 1;
    quint16 closeCode = 1000; // 0: a Close without a code
    QByteArray closeReason;
    Protocol::FrameSpec raw;
    // The payload is text the user typed (the Text and JSON modes): a pane fills in its
    // {{variables}} before sending. Anything else (hex, base64, a file, a recorded message) goes
    // out byte for byte.
    bool templated = false;

    bool expandsTemplates() const
    {
        return templated && (kind == Kind::Data || kind == Kind::Ping);
    }
};

// Text, JSON (checked, pretty-printed), binary as hex, base64 or a file; fragments; ping; close
// with a code from the catalogue; and a raw-frame mode for deliberate violations.
class Composer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Composer)

public:
    enum class Mode { Text, Json, Hex, Base64, File };
    explicit Composer(Protocol::Role role, QWidget *parent = nullptr);
    ~Composer() override;

    void setMode(Mode mode);
    Mode mode() const;
    void setText(const QString &text);
    QString text() const;
    void setFragments(int n);
    void setRawMode(bool on);
    void setCanSend(bool can);
    QString errorText() const; // the current input problem, or empty
    const QStringList &history() const { return m_history; }
    QPlainTextEdit *editor() const { return m_editor; }

public Q_SLOTS:
    void send();
    void sendPing();
    void sendClose();
    // Re-lays out the editor's JSON (pretty, or with no white space), or shows why it is not
    // JSON.
    void formatJson(bool compact = false);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void sendRequested(const WsBench::Gui::Outgoing &outgoing);

private:
    bool buildPayload(QByteArray *payload);
    void showError(const QString &text);
    void updateCloseMeaning();
    void chooseFile();
    void remember(const QString &text);
    void recall(int step);

    Protocol::Role m_role;
    QComboBox *m_mode;
    QPlainTextEdit *m_editor;
    QLabel *m_error;
    QSpinBox *m_fragments;
    QPushButton *m_send;
    QPushButton *m_ping;
    QPushButton *m_format;
    QPushButton *m_compact;
    QPushButton *m_file;
    QPushButton *m_historyButton;
    QComboBox *m_closeCode;
    QLineEdit *m_closeReason;
    QLabel *m_closeMeaning;
    QPushButton *m_close;
    QGroupBox *m_raw;
    QCheckBox *m_fin;
    QCheckBox *m_rsv[3];
    QSpinBox *m_opcode;
    QCheckBox *m_mask;
    QComboBox *m_lengthEncoding;
    QLabel *m_rawWarning;
    bool m_rawConfirmed = false;
    QByteArray m_fileBytes;
    QString m_fileName;
    QStringList m_history;
    int m_historyPos = -1;
};

} // namespace Gui
} // namespace WsBench

Q_DECLARE_METATYPE(WsBench::Gui::Outgoing)
