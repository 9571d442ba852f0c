#include "ui/models/field_tree_model.h"

#include "ui/text/explain.h"
#include "ui/text/glossary.h"

namespace WsBench {
namespace Gui {

FieldTreeModel::FieldTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
    m_children.resize(1);
}

FieldTreeModel::~FieldTreeModel() = default;

void FieldTreeModel::setFields(const Protocol::FieldSpans &fields)
{
    beginResetModel();
    m_fields = fields;
    const int n = int(fields.size());
    m_parent.fill(-1, n);
    m_row.fill(0, n);
    m_children = QList<QList<int>>(n + 1);
    QList<int> openAtDepth; // the latest field at each depth
    for (int i = 0; i < n; ++i) {
        const int depth = std::clamp(fields[i].depth, 0, int(openAtDepth.size()));
        openAtDepth.resize(depth);
        const int parent = depth == 0 ? -1 : openAtDepth.last();
        m_parent[i] = parent;
        QList<int> &siblings = m_children[parent < 0 ? n : parent];
        m_row[i] = int(siblings.size());
        siblings.append(i);
        openAtDepth.append(i);
    }
    endResetModel();
}

const Protocol::FieldSpan *FieldTreeModel::field(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    return &m_fields[int(index.internalId())];
}

QModelIndex FieldTreeModel::indexOf(int field, int column) const
{
    return createIndex(m_row[field], column, quintptr(field));
}

QModelIndex FieldTreeModel::indexForOffset(qsizetype offset) const
{
    int best = -1;
    for (int i = 0; i < m_fields.size(); ++i) {
        const Protocol::FieldSpan &f = m_fields[i];
        if (offset >= f.offset && offset < f.offset + f.length
            && (best < 0 || f.length < m_fields[best].length
                || (f.length == m_fields[best].length && f.depth >= m_fields[best].depth)))
            best = i;
    }
    return best < 0 ? QModelIndex() : indexOf(best);
}

QModelIndex FieldTreeModel::indexForKey(const QByteArray &key) const
{
    for (int i = 0; i < m_fields.size(); ++i) {
        if (m_fields[i].key == key)
            return indexOf(i);
    }
    return {};
}

QModelIndex FieldTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    const int list = parent.isValid() ? int(parent.internalId()) : int(m_fields.size());
    if (parent.isValid() && parent.column() != 0)
        return {};
    const QList<int> &children = m_children[list];
    if (row >= children.size())
        return {};
    return createIndex(row, column, quintptr(children[row]));
}

QModelIndex FieldTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parent = m_parent[int(child.internalId())];
    return parent < 0 ? QModelIndex() : indexOf(parent);
}

int FieldTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_children[m_fields.size()].size());
    if (parent.column() != 0)
        return 0;
    return int(m_children[int(parent.internalId())].size());
}

int FieldTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant FieldTreeModel::data(const QModelIndex &index, int role) const
{
    const Protocol::FieldSpan *f = field(index);
    if (!f)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case FieldColumn:
            return Text::Explain::fieldLabel(f->key, f->label);
        case ValueColumn:
            return f->value;
        case BytesColumn:
            return f->length == 1 ? tr("byte %1").arg(f->offset)
                                  : tr("bytes %1–%2").arg(f->offset).arg(f->offset + f->length - 1);
        }
    } else if (role == Qt::ToolTipRole) {
        // What the field means, then its Wireshark name to compare with a capture.
        return QString(Text::Glossary::toolTip(f->key)
                       + QStringLiteral("<p><tt>%1</tt></p>").arg(QString::fromLatin1(f->key)));
    } else if (role == TopicRole) {
        return f->key;
    }
    return {};
}

QVariant FieldTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FieldColumn:
        return tr("Field");
    case ValueColumn:
        return tr("Value");
    case BytesColumn:
        return tr("Bytes");
    }
    return {};
}

} // namespace Gui
} // namespace WsBench
