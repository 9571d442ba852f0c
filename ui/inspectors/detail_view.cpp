#include "ui/inspectors/detail_view.h"

#include "core/protocol/opcode.h"
#include "ui/inspectors/json_tree.h"
#include "ui/text/explain.h"
#include "ui/text/printable.h"
#include "ui/text/record_text.h"
#include "ui/widgets/hex_view.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QPlainTextEdit>
#include <QTreeWidget>

namespace WsBench {
namespace Gui {

DetailView::DetailView(QWidget *parent)
    : QTabWidget(parent)
    , m_text(new QPlainTextEdit)
    , m_json(new QTreeWidget)
    , m_hex(new HexView)
{
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setHeaderLabels({tr("Key"), tr("Value")});
    m_json->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    addTab(m_text, tr("Text"));
    addTab(m_json, tr("JSON"));
    addTab(m_hex, tr("Hex"));
    setDocumentMode(true);
}

DetailView::~DetailView() = default;

void DetailView::clear()
{
    m_text->clear();
    m_json->clear();
    m_hex->setData({});
}

void DetailView::setRecord(const Traffic::TrafficRecord &r)
{
    const QByteArray &bytes = r.bytes.isEmpty() ? r.text.value() : r.bytes;
    const bool binary
        = (r.kind == Traffic::RecordKind::Message || r.kind == Traffic::RecordKind::Frame)
        && r.opcode != Protocol::toRaw(Protocol::Opcode::Text)
        && !Protocol::isContinuationOpcode(r.opcode);
    QString text = binary
        ? tr("%n byte(s) of binary data; see the Hex tab.", nullptr, int(bytes.size()))
        : QString::fromUtf8(bytes);
    const auto failureText = [&r]() -> QString { // a QString: not a builder of temporaries
        return Text::Explain::failureTitle(r.failure) + QStringLiteral("\n")
            + Text::Explain::failureMeaning(r.failure);
    };
    if (r.kind == Traffic::RecordKind::Error) {
        text = failureText();
        // The engine's own words: for a refused handshake they quote what the server said.
        const QString detail = r.failure == Traffic::Failure::NotSwitchingProtocols
            ? Text::printable(r.text.value())
            : Text::Explain::failureDetail(r.failure, r.text.value());
        if (!detail.isEmpty())
            text += QStringLiteral("\n\n") + tr("As the engine reported it: %1").arg(detail);
    } else if (r.kind == Traffic::RecordKind::Close) {
        text = Text::Explain::closeCode(r.closeCode) + QStringLiteral("\n")
            + Text::Explain::closeCodeMeaning(r.closeCode)
            + (r.text.isEmpty() ? QString()
                                : QStringLiteral("\n\n") + QString::fromUtf8(r.text.value()));
        if (r.failure != Traffic::Failure::None)
            text += QStringLiteral("\n\n") + failureText();
    } else if (r.kind == Traffic::RecordKind::Note) {
        text = Text::RecordText::note(r.note, r.arguments());
    } else if (r.kind == Traffic::RecordKind::State) {
        text = Text::Explain::readyState(r.readyState) + QStringLiteral("\n")
            + Text::Explain::readyStateMeaning(r.readyState);
    }
    m_text->setPlainText(text);
    m_hex->setData(bytes);
    m_json->clear();
    if (!binary && showJsonTree(m_json, bytes)) {
        setTabEnabled(1, true);
    } else {
        setTabEnabled(1, false);
        if (currentIndex() == 1)
            setCurrentIndex(0);
    }
}

} // namespace Gui
} // namespace WsBench
