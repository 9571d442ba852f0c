#pragma once

#include "core/traffic/traffic_record.h"

#include <QTabWidget>

class QPlainTextEdit;
class QTreeWidget;

namespace WsBench {
namespace Gui {

class HexView;

// A selected record's payload as text, as a JSON tree (when it parses) and as hex.
class DetailView final : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailView)

public:
    explicit DetailView(QWidget *parent = nullptr);
    ~DetailView() override;

    void setRecord(const Traffic::TrafficRecord &record);
    void clear();
    QTreeWidget *jsonTree() const { return m_json; }
    QPlainTextEdit *textView() const { return m_text; }
    HexView *hexView() const { return m_hex; }

private:
    QPlainTextEdit *m_text;
    QTreeWidget *m_json;
    HexView *m_hex;
};

} // namespace Gui
} // namespace WsBench
