#include "core/session/variables.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUuid>

namespace WsBench::Session {

QString Variables::expand(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_.-]*)\\s*\\}\\}"));
    QString out;
    qsizetype last = 0;
    bool countedThisCall = false;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        const QString name = m.captured(1);
        if (m_environment.contains(name)) {
            out += m_environment.value(name);
        } else if (m_workspace.contains(name)) {
            out += m_workspace.value(name);
        } else if (name == QLatin1String("counter")) {
            if (!countedThisCall) {
                ++m_counter; // one value per expansion, however often it appears
                countedThisCall = true;
            }
            out += QString::number(m_counter);
        } else if (name == QLatin1String("timestamp")) {
            out += QString::number(QDateTime::currentMSecsSinceEpoch());
        } else if (name == QLatin1String("isoTime")) {
            out += QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        } else if (name == QLatin1String("uuid")) {
            out += QUuid::createUuid().toString(QUuid::WithoutBraces);
        } else if (name == QLatin1String("random")) {
            out += QString::number(QRandomGenerator::global()->bounded(1000000));
        } else {
            out += m.captured(0);
        }
    }
    out += QStringView(text).mid(last);
    return out;
}

} // namespace WsBench::Session
