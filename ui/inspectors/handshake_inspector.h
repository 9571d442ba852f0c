#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTableWidget;
class QTextEdit;
class QTreeWidget;

namespace WsBench {
namespace Gui {

// The opening handshake: raw request and response, their headers in order (duplicates kept),
// every RFC 6455 §4 check with a one-line explanation, the Sec-WebSocket-Accept computation
// step by step, and what was negotiated.
class HandshakeInspector final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HandshakeInspector)

public:
    explicit HandshakeInspector(QWidget *parent = nullptr);
    ~HandshakeInspector() override;

    void setHandshake(const QByteArray &request, const QByteArray &response);
    void clear();

    QTreeWidget *checks() const { return m_checks; }
    // The Accept comparison as shown: "match", "mismatch" or empty.
    QString acceptVerdict() const { return m_acceptVerdictKey; }
    QString acceptStep(int step) const; // 0 key … 4 received

private:
    QPlainTextEdit *m_request;
    QPlainTextEdit *m_response;
    QTableWidget *m_requestHeaders;
    QTableWidget *m_responseHeaders;
    QTreeWidget *m_checks;
    QTextEdit *m_steps[5]; // wrapped, never cut: a key and the GUID are 60 characters
    QLabel *m_verdict;
    QLabel *m_negotiated;
    QString m_acceptVerdictKey;
};

} // namespace Gui
} // namespace WsBench
