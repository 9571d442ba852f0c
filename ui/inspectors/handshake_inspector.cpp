#include "ui/inspectors/handshake_inspector.h"

#include "core/protocol/handshake_review.h"
#include "ui/text/explain.h"

#include <QAbstractTextDocumentLayout>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace WsBench {
namespace Gui {

using namespace Protocol;

namespace {

QPlainTextEdit *rawView()
{
    auto *v = new QPlainTextEdit;
    v->setReadOnly(true);
    v->setLineWrapMode(QPlainTextEdit::NoWrap);
    v->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return v;
}

QTableWidget *headerTable()
{
    auto *t = new QTableWidget(0, 2);
    t->setHorizontalHeaderLabels(
        {HandshakeInspector::tr("Header"), HandshakeInspector::tr("Value")});
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setWordWrap(false);
    return t;
}

void fillHeaders(QTableWidget *table, const HttpHead &head)
{
    table->setRowCount(int(head.headers.size()));
    for (int i = 0; i < head.headers.size(); ++i) {
        table->setItem(i, 0, new QTableWidgetItem(QString::fromUtf8(head.headers[i].name)));
        table->setItem(i, 1, new QTableWidgetItem(QString::fromUtf8(head.headers[i].value)));
    }
    table->resizeColumnToContents(0);
}

// A read-only value that wraps anywhere and grows to show all of it, selectable for copying.
QTextEdit *stepView()
{
    auto *v = new QTextEdit;
    v->setReadOnly(true);
    v->setAcceptRichText(false);
    v->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    v->setWordWrapMode(QTextOption::WrapAnywhere);
    v->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    v->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    v->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    v->document()->setDocumentMargin(2);
    const auto fit = [v]() {
        const int lines = std::max(
            1, int(std::lround(v->document()->size().height() / v->fontMetrics().lineSpacing())));
        v->setFixedHeight(lines * v->fontMetrics().lineSpacing() + 4 + 2 * v->frameWidth());
    };
    QObject::connect(v->document()->documentLayout(),
                     &QAbstractTextDocumentLayout::documentSizeChanged, v, fit);
    fit();
    return v;
}

QString showRaw(const QByteArray &raw)
{
    return QString::fromUtf8(raw);
}

} // namespace

HandshakeInspector::HandshakeInspector(QWidget *parent)
    : QWidget(parent)
    , m_request(rawView())
    , m_response(rawView())
    , m_requestHeaders(headerTable())
    , m_responseHeaders(headerTable())
    , m_checks(new QTreeWidget)
    , m_verdict(new QLabel)
    , m_negotiated(new QLabel)
{
    auto *requestTabs = new QTabWidget;
    requestTabs->setDocumentMode(true);
    requestTabs->addTab(m_request, tr("Request"));
    requestTabs->addTab(m_requestHeaders, tr("Request headers"));
    auto *responseTabs = new QTabWidget;
    responseTabs->setDocumentMode(true);
    responseTabs->addTab(m_response, tr("Response"));
    responseTabs->addTab(m_responseHeaders, tr("Response headers"));
    auto *raw = new QSplitter(Qt::Horizontal);
    raw->addWidget(requestTabs);
    raw->addWidget(responseTabs);

    m_checks->setHeaderLabels({tr("Check"), tr("Result"), tr("Why it matters")});
    m_checks->setRootIsDecorated(true);
    m_checks->setWordWrap(true);
    m_checks->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_checks->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto *accept = new QGroupBox(tr("Sec-WebSocket-Accept, step by step"));
    auto *form = new QFormLayout(accept);
    const QString labels[5]
        = {tr("1. Key sent by the client"), tr("2. Key + GUID"), tr("3. SHA-1 (hex)"),
           tr("4. Base64 = expected Accept"), tr("5. Accept sent by the server")};
    for (int i = 0; i < 5; ++i) {
        m_steps[i] = stepView();
        form->addRow(labels[i], m_steps[i]);
    }
    form->addRow(m_verdict);
    form->addRow(tr("Negotiated"), m_negotiated);
    m_negotiated->setWordWrap(true);

    // Scrolled rather than squeezed: the inspector must not need more height than the log
    // leaves it on a small screen.
    auto *acceptScroll = new QScrollArea;
    acceptScroll->setWidget(accept);
    acceptScroll->setWidgetResizable(true);
    acceptScroll->setFrameShape(QFrame::NoFrame);
    acceptScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *lower = new QSplitter(Qt::Horizontal);
    lower->addWidget(m_checks);
    lower->addWidget(acceptScroll);
    lower->setSizes({520, 480});
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(raw);
    split->addWidget(lower);
    split->setSizes({140, 300});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(split);
    clear();
}

HandshakeInspector::~HandshakeInspector() = default;

QString HandshakeInspector::acceptStep(int step) const
{
    return m_steps[step]->toPlainText();
}

void HandshakeInspector::clear()
{
    setHandshake({}, {});
}

void HandshakeInspector::setHandshake(const QByteArray &request, const QByteArray &response)
{
    const HandshakeReview review = reviewHandshake(request, response);
    m_request->setPlainText(request.isEmpty() ? tr("(no request recorded yet)") : showRaw(request));
    m_response->setPlainText(response.isEmpty() ? tr("(no response yet)") : showRaw(response));
    fillHeaders(m_requestHeaders, review.request);
    fillHeaders(m_responseHeaders, review.response);

    m_checks->clear();
    const auto addSide = [this](const QString &title, bool complete, const QByteArray &error,
                                const HandshakeValidation &validation) {
        auto *side = new QTreeWidgetItem(m_checks, {title});
        QFont bold = side->font(0);
        bold.setBold(true);
        side->setFont(0, bold);
        if (!complete) {
            auto *item = new QTreeWidgetItem(
                side,
                {tr("Parsed"), QStringLiteral("✗"),
                 error.isEmpty() ? tr("Nothing recorded yet.") : QString::fromUtf8(error)});
            item->setForeground(1, QColor(0xc5, 0x30, 0x30));
            return;
        }
        int failed = 0;
        for (const CheckResult &c : validation.checks) {
            const bool ok = c.passed();
            failed += ok ? 0 : 1;
            auto *item = new QTreeWidgetItem(side,
                                             {Text::Explain::handshakeCheck(c.check),
                                              ok ? tr("✓ pass") : tr("✗ fail"),
                                              ok ? Text::Explain::handshakeCheckExplanation(c.check)
                                                 : Text::Explain::handshakeProblem(c.problem)});
            item->setForeground(1, ok ? QColor(0x2f, 0x85, 0x5a) : QColor(0xc5, 0x30, 0x30));
            item->setToolTip(2,
                             ok ? Text::Explain::handshakeCheckExplanation(c.check)
                                : Text::Explain::handshakeCheckExplanation(c.check)
                                     + QStringLiteral("\n\n") + QString::fromUtf8(c.detail));
            item->setData(0, Qt::UserRole, int(c.check));
        }
        side->setText(1,
                      failed == 0 ? tr("all %n pass", nullptr, int(validation.checks.size()))
                                  : tr("%n failed", nullptr, failed));
    };
    addSide(tr("Request (RFC 6455 §4.2.1)"), review.requestComplete, review.requestError,
            review.requestChecks);
    addSide(tr("Response (RFC 6455 §4.1)"), review.responseComplete, review.responseError,
            review.responseChecks);
    m_checks->expandAll();

    const std::optional<AcceptComputation> &a = review.accept;
    m_steps[0]->setPlainText(a ? QString::fromLatin1(a->key) : QString());
    m_steps[1]->setPlainText(a ? QString::fromLatin1(a->concatenated) : QString());
    m_steps[2]->setPlainText(a ? QString::fromLatin1(a->sha1Hex) : QString());
    m_steps[3]->setPlainText(a ? QString::fromLatin1(a->accept) : QString());
    m_steps[4]->setPlainText(QString::fromLatin1(review.acceptReceived));
    if (!a || !review.responseComplete) {
        m_acceptVerdictKey.clear();
        m_verdict->setText(tr("Waiting for both sides of the handshake."));
        m_verdict->setStyleSheet(QString());
    } else if (review.acceptMatches()) {
        m_acceptVerdictKey = QStringLiteral("match");
        m_verdict->setText(tr("✓ The server's Accept matches: it read this client's key."));
        m_verdict->setStyleSheet(QStringLiteral("color: #2f855a; font-weight: bold;"));
    } else {
        m_acceptVerdictKey = QStringLiteral("mismatch");
        m_verdict->setText(tr("✗ The server's Accept does not match the expected value; a "
                              "browser fails this connection."));
        m_verdict->setStyleSheet(QStringLiteral("color: #c53030; font-weight: bold;"));
    }
    QStringList negotiated;
    const HandshakeValidation &v = review.responseChecks;
    negotiated << (v.subprotocol.isEmpty()
                       ? tr("no subprotocol")
                       : tr("subprotocol \"%1\"").arg(QString::fromUtf8(v.subprotocol)));
    if (v.deflate) {
        negotiated << tr("permessage-deflate (client window %1 bits%2, server window %3 bits%4)")
                          .arg(v.deflate->clientMaxWindowBits)
                          .arg(v.deflate->clientNoContextTakeover ? tr(", no context takeover")
                                                                  : QString())
                          .arg(v.deflate->serverMaxWindowBits)
                          .arg(v.deflate->serverNoContextTakeover ? tr(", no context takeover")
                                                                  : QString());
    } else {
        negotiated << tr("no extensions");
    }
    m_negotiated->setText(review.responseComplete ? negotiated.join(QStringLiteral("; "))
                                                  : QString());
}

} // namespace Gui
} // namespace WsBench
