#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QSplitter;
class QTreeView;

namespace WsBench {
namespace Gui {

class FieldTreeModel;
class HexView;

// A frame's fields (FIN, RSV1–3, opcode, MASK, length and its encoding, masking key, payload)
// linked to its bytes: selecting a field highlights its bytes, clicking a byte selects its
// field. A fragmented message lists its frames.
class FrameInspector final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FrameInspector)

public:
    explicit FrameInspector(QWidget *parent = nullptr);
    ~FrameInspector() override;

    // The wire bytes of each frame of one message (or of one control frame). `inflated`: for
    // the frames of a compressed message, the message they inflate to, as text to show.
    void setFrames(const QList<QByteArray> &frames, const QString &inflated = {});
    QString summary() const;
    void clear();
    int frameCount() const;
    void showFrame(int index);

    FieldTreeModel *fields() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    HexView *hex() const { return m_hex; }
    // Selects the field with this key (e.g. "websocket.masking_key").
    bool selectField(const QByteArray &key);

Q_SIGNALS:
    // The key of the field the user selected (its topic in the glossary).
    void fieldSelected(const QByteArray &key);

private:
    void onFieldSelected();
    // Gives the bytes below the fields the lines they need (at most two) and the fields the
    // rest.
    void fitBytes();
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void onByteClicked(qsizetype offset);

    QList<QByteArray> m_frames;
    QString m_inflated;
    QComboBox *m_frameChoice;
    QLabel *m_summary;
    QTreeView *m_tree;
    QSplitter *m_split;
    FieldTreeModel *m_model;
    HexView *m_hex;
};

} // namespace Gui
} // namespace WsBench
