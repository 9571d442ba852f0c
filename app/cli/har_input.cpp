#include "app/cli/har_input.h"

#include "ui/text/document_text.h"

#include <QFile>

namespace WsBench::Cli {

std::optional<Session::HarConnection> readHarEntry(const QString &path, const QString &entry,
                                                   QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    Automation::DocumentProblem problem;
    const auto har = Session::readHar(file.readAll(), &problem);
    if (!har) {
        *error = path + QStringLiteral(": ") + Text::DocumentText::describe(problem);
        return std::nullopt;
    }
    bool ok = true;
    const int index = entry.isEmpty() ? 0 : entry.toInt(&ok);
    if (!ok || index < 0) {
        *error = QStringLiteral("--entry needs a number, not \"%1\".").arg(entry);
        return std::nullopt;
    }
    if (index >= har->size()) {
        *error = har->isEmpty()
            ? QStringLiteral("%1 has no WebSocket connection.").arg(path)
            : QStringLiteral("%1 has %2 WebSocket connection(s); --entry %3 is not one of them.")
                  .arg(path)
                  .arg(har->size())
                  .arg(index);
        return std::nullopt;
    }
    return har->at(index);
}

} // namespace WsBench::Cli
