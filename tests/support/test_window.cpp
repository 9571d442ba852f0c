#include "tests/support/test_window.h"

#include "ui/client/client_pane.h"
#include "ui/models/log_model.h"
#include "ui/widgets/composer.h"
#include "ui/widgets/log_view.h"
#include "ui/widgets/ready_state_badge.h"

#include <QTest>

namespace WsBench::Testing {

TestWindow::TestWindow()
    : m_engine(&m_io, &m_store, &m_clock)
    , m_window(std::make_unique<Gui::MainWindow>(&m_engine))
{
    m_window->resize(1366, 768);
    m_window->show();
}

TestWindow::~TestWindow() = default;

quint64 sendAndFind(Gui::ClientPane *client, const QString &text)
{
    for (int turn = 0; turn < 200 && client->badge()->state() != Protocol::ReadyState::Open; ++turn)
        QTest::qWait(50);
    client->composer()->setText(text);
    client->composer()->send();
    Gui::LogModel *log = client->log()->model();
    for (int turn = 0; turn < 200; ++turn) {
        for (int row = 0; row < log->rowCount(); ++row) {
            if (log->index(row, Gui::LogModel::DirectionColumn).data().toString()
                    == QStringLiteral("→")
                && log->index(row, Gui::LogModel::PreviewColumn).data().toString() == text)
                return log->recordId(row);
        }
        QTest::qWait(50);
    }
    return 0;
}

} // namespace WsBench::Testing
