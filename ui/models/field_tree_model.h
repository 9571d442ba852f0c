#pragma once

#include "core/protocol/field_span.h"

#include <QAbstractItemModel>

namespace WsBench {
namespace Gui {

// The fields of a dissected frame or handshake as a tree (children follow their parent with
// depth + 1). Columns: field, value, bytes.
class FieldTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldTreeModel)

public:
    enum Column { FieldColumn, ValueColumn, BytesColumn, ColumnCount };
    enum Role { TopicRole = Qt::UserRole + 1 }; // the field's key: its topic in the glossary
    explicit FieldTreeModel(QObject *parent = nullptr);
    ~FieldTreeModel() override;

    void setFields(const Protocol::FieldSpans &fields);
    const Protocol::FieldSpan *field(const QModelIndex &index) const;
    // The most specific field covering `offset`, or an invalid index.
    QModelIndex indexForOffset(qsizetype offset) const;
    // The first field with this key, or an invalid index.
    QModelIndex indexForKey(const QByteArray &key) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QModelIndex indexOf(int field, int column = 0) const;

    Protocol::FieldSpans m_fields;
    QList<int> m_parent; // per field: its parent's position, or -1
    QList<int> m_row; // per field: its row under its parent
    QList<QList<int>> m_children; // per field, and [size] for the root
};

} // namespace Gui
} // namespace WsBench
