#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTableWidget;
class QTextEdit;
class QTreeWidget;

namespace WsBench {
namespace Gui {

// The opening handshake: raw request and response, their headers in order (duplicates kept),
// every check on both sides with its verdict (pass, fail, note), reason and RFC section, the
// failure that ended the connection marked, the Sec-WebSocket-Accept computation step by step,
// and what was negotiated when the connection opened. The checks have the inspector's whole
// height beside the raw handshake, and their reasons wrap, so that each reads whole.
class HandshakeInspector final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HandshakeInspector)

public:
    explicit HandshakeInspector(QWidget *parent = nullptr);
    ~HandshakeInspector() override;

    // `opened`: the connection became OPEN (also when it continued despite failed checks).
    void setHandshake(const QByteArray &request, const QByteArray &response, bool opened = false);
    void clear();

    // Items per side; each check's row holds its HandshakeCheck (Qt::UserRole), its
    // CheckVerdict (VerdictRole) and whether it ended the connection (EndedRole).
    enum Role { VerdictRole = Qt::UserRole + 1, EndedRole };
    QTreeWidget *checks() const { return m_checks; }
    QString outcome() const; // the line above the checks
    QString negotiated() const; // empty unless the connection opened
    // Opened despite failed checks: each of them as "Check: reason"; otherwise empty.
    const QStringList &checksContinuedPast() const { return m_continuedPast; }
    // The Accept comparison as shown: "match", "mismatch", "match-but-failed" or empty.
    QString acceptVerdict() const { return m_acceptVerdictKey; }
    QString acceptStep(int step) const; // 0 key … 4 received

private:
    QPlainTextEdit *m_request;
    QPlainTextEdit *m_response;
    QTableWidget *m_requestHeaders;
    QTableWidget *m_responseHeaders;
    QTreeWidget *m_checks;
    QTabWidget *m_parts; // the raw request and response, their headers, the Accept steps
    QTextEdit *m_steps[5]; // wrapped, never cut: a key and the GUID are 60 characters
    QLabel *m_verdict;
    QLabel *m_outcome;
    QLabel *m_negotiated;
    QLabel *m_negotiatedRow = nullptr;
    QString m_acceptVerdictKey;
    QStringList m_continuedPast;
};

} // namespace Gui
} // namespace WsBench
