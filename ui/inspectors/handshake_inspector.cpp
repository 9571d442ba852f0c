#include "ui/inspectors/handshake_inspector.h"

#include "core/protocol/handshake_review.h"
#include "ui/text/explain.h"
#include "ui/text/handshake_text.h"

#include <QAbstractTextDocumentLayout>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QStyledItemDelegate>
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

// Rows as tall as their wrapped text at the column's current width (the view's own size hint
// does not wrap), so that a reason reads whole.
class WrappingDelegate final : public QStyledItemDelegate
{
public:
    explicit WrappingDelegate(QTreeView *view)
        : QStyledItemDelegate(view)
        , m_view(view)
    { }
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QSize base = QStyledItemDelegate::sizeHint(option, index);
        int width = m_view->header()->sectionSize(index.column()) - 8;
        if (index.column() == 0) // the tree's indentation
            for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
                width -= m_view->indentation();
        if (width <= 0 || opt.text.isEmpty())
            return base;
        const QRect need
            = opt.fontMetrics.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, opt.text);
        return {base.width(), std::max(base.height(), need.height() + 4)};
    }

private:
    QTreeView *m_view;
};

} // namespace

HandshakeInspector::HandshakeInspector(QWidget *parent)
    : QWidget(parent)
    , m_request(rawView())
    , m_response(rawView())
    , m_requestHeaders(headerTable())
    , m_responseHeaders(headerTable())
    , m_checks(new QTreeWidget)
    , m_verdict(new QLabel)
    , m_outcome(new QLabel)
    , m_negotiated(new QLabel)
{
    m_checks->setHeaderLabels({tr("Check"), tr("Result"), tr("RFC"), tr("Why")});
    m_checks->setRootIsDecorated(true);
    m_checks->setWordWrap(true);
    m_checks->setUniformRowHeights(false);
    m_checks->setItemDelegate(new WrappingDelegate(m_checks));
    m_checks->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_checks->header()->setStretchLastSection(true);
    m_checks->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_checks->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_checks->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    // A new width wraps the reasons anew.
    connect(m_checks->header(), &QHeaderView::sectionResized, m_checks,
            [this]() { m_checks->doItemsLayout(); });
    m_outcome->setWordWrap(true);
    m_outcome->setTextFormat(Qt::PlainText);
    // Wraps to the inspector's width instead of widening it.
    m_outcome->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto *accept = new QWidget;
    auto *form = new QFormLayout(accept);
    // Each value under its label, with the column's whole width to wrap in.
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    const QString labels[5]
        = {tr("1. Key sent by the client"), tr("2. Key + GUID"), tr("3. SHA-1 (hex)"),
           tr("4. Base64 = expected Accept"), tr("5. Accept sent by the server")};
    for (int i = 0; i < 5; ++i) {
        m_steps[i] = stepView();
        form->addRow(labels[i], m_steps[i]);
    }
    form->addRow(m_verdict);
    m_verdict->setWordWrap(true);
    m_negotiatedRow = new QLabel(tr("Negotiated"));
    form->addRow(m_negotiatedRow, m_negotiated);
    m_negotiated->setWordWrap(true);
    // Scrolled rather than squeezed: the inspector must not need more height than the log
    // leaves it on a small screen.
    auto *acceptScroll = new QScrollArea;
    acceptScroll->setWidget(accept);
    acceptScroll->setWidgetResizable(true);
    acceptScroll->setFrameShape(QFrame::NoFrame);
    acceptScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The checks have the inspector's whole width and height to themselves; the raw handshake,
    // its headers and the Accept computation are a tab away.
    m_parts = new QTabWidget;
    m_parts->setObjectName(QStringLiteral("handshakeParts"));
    m_parts->setDocumentMode(true);
    m_parts->addTab(m_checks, tr("Checks"));
    m_parts->addTab(m_request, tr("Request"));
    m_parts->addTab(m_response, tr("Response"));
    m_parts->addTab(m_requestHeaders, tr("Request headers"));
    m_parts->addTab(m_responseHeaders, tr("Response headers"));
    m_parts->addTab(acceptScroll, tr("Accept, step by step"));
    m_parts->setTabToolTip(m_parts->count() - 1, tr("Sec-WebSocket-Accept, step by step"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_outcome);
    layout->addWidget(m_parts, 1);
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

QString HandshakeInspector::outcome() const
{
    return m_outcome->text();
}

QString HandshakeInspector::negotiated() const
{
    return m_negotiated->text();
}

void HandshakeInspector::setHandshake(const QByteArray &request, const QByteArray &response,
                                      bool opened)
{
    const HandshakeReview review = reviewHandshake(request, response);
    m_request->setPlainText(request.isEmpty() ? tr("(no request recorded yet)") : showRaw(request));
    m_response->setPlainText(response.isEmpty() ? tr("(no response yet)") : showRaw(response));
    fillHeaders(m_requestHeaders, review.request);
    fillHeaders(m_responseHeaders, review.response);

    const CheckResult *ending = review.endingFailure();
    const bool continued = opened && ending;
    const QColor passColor(0x2f, 0x85, 0x5a);
    const QColor failColor(0xc5, 0x30, 0x30);
    const QColor noteColor(0xb7, 0x79, 0x1f);
    m_checks->clear();
    m_continuedPast.clear();
    const auto addSide = [&](const QString &title, const QString &section, bool complete,
                             const QByteArray &error, const HandshakeValidation &validation,
                             bool response) {
        auto *side = new QTreeWidgetItem(m_checks, {title, QString(), section});
        QFont bold = side->font(0);
        bold.setBold(true);
        side->setFont(0, bold);
        if (!complete) {
            auto *item = new QTreeWidgetItem(
                side,
                {tr("Parsed"), QStringLiteral("✗"), QString(),
                 error.isEmpty() ? tr("Nothing recorded yet.") : QString::fromUtf8(error)});
            item->setForeground(1, failColor);
            side->setData(0, VerdictRole, int(CheckVerdict::Fail));
            return;
        }
        int failed = 0;
        int notes = 0;
        for (const CheckResult &c : validation.checks) {
            const CheckVerdict verdict = c.verdict();
            failed += verdict == CheckVerdict::Fail ? 1 : 0;
            notes += verdict == CheckVerdict::Note ? 1 : 0;
            const bool ended = &c == ending;
            const QString result = Text::HandshakeText::verdictMark(verdict) + QLatin1Char(' ')
                + Text::HandshakeText::verdict(verdict);
            // The ending failure says so first, where the reason starts.
            const QString reason = ended
                ? tr("%1 → %2").arg(Text::HandshakeText::endedHere(continued),
                                    Text::HandshakeText::reason(c))
                : Text::HandshakeText::reason(c);
            auto *item = new QTreeWidgetItem(side,
                                             {Text::Explain::handshakeCheck(c.check), result,
                                              Text::HandshakeText::section(c, response), reason});
            item->setForeground(1,
                                verdict == CheckVerdict::Pass       ? passColor
                                    : verdict == CheckVerdict::Note ? noteColor
                                                                    : failColor);
            if (ended) {
                item->setFont(0, bold);
                item->setFont(1, bold);
                item->setFont(3, bold);
            }
            item->setToolTip(3,
                             Text::Explain::handshakeCheckExplanation(c.check)
                                 + QStringLiteral("\n\n") + QString::fromUtf8(c.detail));
            if (continued && verdict == CheckVerdict::Fail)
                m_continuedPast << tr("%1: %2").arg(Text::Explain::handshakeCheck(c.check),
                                                    Text::HandshakeText::reason(c));
            item->setData(0, Qt::UserRole, int(c.check));
            item->setData(0, VerdictRole, int(verdict));
            item->setData(0, EndedRole, ended);
        }
        QStringList counts;
        if (failed > 0)
            counts << tr("%n failed", nullptr, failed);
        if (notes > 0)
            counts << tr("%n noted", nullptr, notes);
        side->setText(3,
                      counts.isEmpty() ? tr("all %n pass", nullptr, int(validation.checks.size()))
                                       : counts.join(QStringLiteral(", ")));
        // A side with something to say opens; one where everything passed stays folded.
        side->setData(0, VerdictRole,
                      int(counts.isEmpty() ? CheckVerdict::Pass : CheckVerdict::Fail));
    };
    addSide(tr("Request"), QStringLiteral("RFC 6455 §4.2.1"), review.requestComplete,
            review.requestError, review.requestChecks, false);
    addSide(tr("Response"), QStringLiteral("RFC 6455 §4.1"), review.responseComplete,
            review.responseError, review.responseChecks, true);
    bool anyOpen = false;
    for (int i = 0; i < m_checks->topLevelItemCount(); ++i) {
        QTreeWidgetItem *side = m_checks->topLevelItem(i);
        const bool open = side->data(0, VerdictRole).toInt() != int(CheckVerdict::Pass);
        side->setExpanded(open);
        anyOpen = anyOpen || open;
    }
    if (!anyOpen)
        m_checks->expandAll();

    if (ending) {
        const QString what = Text::Explain::handshakeCheck(ending->check) + QStringLiteral(": ")
            + Text::HandshakeText::reason(*ending);
        m_outcome->setText(continued ? tr("! Opened only because \"Continue despite handshake "
                                          "errors\" is on. A browser fails here: %1")
                                           .arg(what)
                                     : tr("✗ The connection failed here: %1").arg(what));
        m_outcome->setStyleSheet(continued ? QStringLiteral("color: #b7791f; font-weight: bold;")
                                           : QStringLiteral("color: #c53030; font-weight: bold;"));
    } else {
        m_outcome->setText(review.succeeded() ? tr("✓ Every check passed.") : QString());
        m_outcome->setStyleSheet(QStringLiteral("color: #2f855a;"));
    }
    m_outcome->setVisible(!m_outcome->text().isEmpty());

    // The Accept computation as it was: the key, key + GUID, SHA-1, base64, and what came back.
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
    } else if (!review.acceptMatches()) {
        m_acceptVerdictKey = QStringLiteral("mismatch");
        m_verdict->setText(tr("✗ The server's Accept does not match the expected value; a "
                              "browser fails this connection."));
        m_verdict->setStyleSheet(QStringLiteral("color: #c53030; font-weight: bold;"));
    } else if (ending) {
        m_acceptVerdictKey = QStringLiteral("match-but-failed");
        m_verdict->setText(tr("Step 5 equals step 4, but the handshake failed on another check "
                              "(%1).")
                               .arg(Text::Explain::handshakeCheck(ending->check)));
        m_verdict->setStyleSheet(QStringLiteral("color: #b7791f;"));
    } else {
        m_acceptVerdictKey = QStringLiteral("match");
        m_verdict->setText(tr("✓ The server's Accept matches: it read this client's key."));
        m_verdict->setStyleSheet(QStringLiteral("color: #2f855a; font-weight: bold;"));
    }

    // What was negotiated, only for a connection that opened.
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
    m_negotiated->setText(opened && review.responseComplete ? negotiated.join(QStringLiteral("; "))
                                                            : QString());
    m_negotiatedRow->setVisible(!m_negotiated->text().isEmpty());
}

} // namespace Gui
} // namespace WsBench
