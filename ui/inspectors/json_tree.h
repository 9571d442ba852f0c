#pragma once

#include <QByteArray>

class QTreeWidget;

namespace WsBench {
namespace Gui {

// Shows a JSON object or array as a tree of key and value, as written: members in their order,
// duplicate keys each on a row, numbers with their exact digits, strings with escapes decoded.
// False, with the tree left empty, when the text is not a JSON object or array.
bool showJsonTree(QTreeWidget *tree, const QByteArray &json);

} // namespace Gui
} // namespace WsBench
