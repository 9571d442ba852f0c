#include "ui/inspectors/json_tree.h"

#include "core/session/json_format.h"

#include <QCoreApplication>
#include <QTreeWidget>

#include <algorithm>
#include <vector>

namespace WsBench {
namespace Gui {

namespace {

using Session::JsonToken;

// Builds items from the reader's tokens under a root that is not yet in the tree.
class TreeBuilder final : public Session::JsonVisitor
{
public:
    void token(JsonToken kind, QByteArrayView text) override
    {
        switch (kind) {
        case JsonToken::Key:
            m_key = Session::jsonStringValue(text);
            return;
        case JsonToken::EndObject:
        case JsonToken::EndArray: {
            const Open open = m_open.back();
            m_open.pop_back();
            open.item->setText(
                1,
                kind == JsonToken::EndObject
                    ? QCoreApplication::translate("DetailView", "{%n key(s)}", nullptr, open.count)
                    : QCoreApplication::translate("DetailView", "[%n item(s)]", nullptr,
                                                  open.count));
            return;
        }
        case JsonToken::BeginObject:
        case JsonToken::BeginArray:
            m_open.push_back({newItem(), kind == JsonToken::BeginObject, 0});
            return;
        case JsonToken::String:
            newItem()->setText(
                1, QLatin1Char('"') + Session::jsonStringValue(text) + QLatin1Char('"'));
            return;
        case JsonToken::Number:
        case JsonToken::Literal:
            newItem()->setText(1, QString::fromLatin1(text));
            return;
        }
    }

    QTreeWidgetItem *root() { return &m_root; }

private:
    struct Open
    {
        QTreeWidgetItem *item;
        bool object;
        int count; // members or items so far, duplicates included
    };

    // The item of the value that starts now: named by its key, its index, or "(root)".
    QTreeWidgetItem *newItem()
    {
        if (m_open.empty())
            return new QTreeWidgetItem(&m_root,
                                       {QCoreApplication::translate("DetailView", "(root)")});
        Open &parent = m_open.back();
        const QString name = parent.object ? m_key : QStringLiteral("[%1]").arg(parent.count);
        ++parent.count;
        return new QTreeWidgetItem(parent.item, {name});
    }

    QTreeWidgetItem m_root;
    std::vector<Open> m_open;
    QString m_key;
};

} // namespace

bool showJsonTree(QTreeWidget *tree, const QByteArray &json)
{
    tree->clear();
    // Only an object or array makes a tree worth a tab; "42" or "hi" stays text.
    const auto first = std::find_if(json.cbegin(), json.cend(),
                                    [](char c) { return !QChar::isSpace(uchar(c)); });
    if (first == json.cend() || (*first != '{' && *first != '['))
        return false;
    TreeBuilder builder;
    if (!Session::readJson(json, builder))
        return false;
    tree->addTopLevelItems(builder.root()->takeChildren());
    tree->expandToDepth(2);
    return true;
}

} // namespace Gui
} // namespace WsBench
