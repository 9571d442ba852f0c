#pragma once

class QLabel;
class QSplitter;
class QWidget;

namespace WsBench {
namespace Gui {

// The split every pane uses: its controls on the left, the log over the inspectors on the
// right. The splitters are named so that their positions persist (splitter_memory.h).
QSplitter *paneSplitter(QWidget *controls, QWidget *log, QWidget *inspectors);

// A word-wrapped, selectable label for an error beside the field it is about; hidden until
// it has text.
QLabel *errorLabel();

} // namespace Gui
} // namespace WsBench
