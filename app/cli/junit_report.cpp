#include "app/cli/junit_report.h"

#include "ui/text/step_text.h"

#include <QXmlStreamWriter>

namespace WsBench::Cli {

using namespace Automation;

QByteArray junitReport(const QList<ScenarioResult> &results)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    int tests = 0, failures = 0;
    qint64 ms = 0;
    for (const ScenarioResult &r : results) {
        tests += int(r.steps.size());
        failures += r.failures();
        ms += r.ms;
    }
    xml.writeStartElement(QStringLiteral("testsuites"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("wsbench"));
    xml.writeAttribute(QStringLiteral("tests"), QString::number(tests));
    xml.writeAttribute(QStringLiteral("failures"), QString::number(failures));
    xml.writeAttribute(QStringLiteral("time"), QString::number(double(ms) / 1000.0, 'f', 3));
    for (const ScenarioResult &r : results) {
        int skipped = 0;
        for (const StepResult &s : r.steps)
            skipped += s.skipped() ? 1 : 0;
        xml.writeStartElement(QStringLiteral("testsuite"));
        xml.writeAttribute(QStringLiteral("name"), r.name);
        xml.writeAttribute(QStringLiteral("tests"), QString::number(r.steps.size()));
        xml.writeAttribute(QStringLiteral("failures"), QString::number(r.failures()));
        xml.writeAttribute(QStringLiteral("errors"), QStringLiteral("0"));
        xml.writeAttribute(QStringLiteral("skipped"), QString::number(skipped));
        xml.writeAttribute(QStringLiteral("time"), QString::number(double(r.ms) / 1000.0, 'f', 3));
        for (int i = 0; i < r.steps.size(); ++i) {
            const StepResult &s = r.steps[i];
            const QString description = Text::StepText::description(s);
            xml.writeStartElement(QStringLiteral("testcase"));
            xml.writeAttribute(QStringLiteral("classname"), r.name);
            xml.writeAttribute(
                QStringLiteral("name"),
                QStringLiteral("%1. %2").arg(i + 1, 2, 10, QLatin1Char('0')).arg(description));
            xml.writeAttribute(QStringLiteral("time"),
                               QString::number(double(s.ms) / 1000.0, 'f', 3));
            if (s.failed()) {
                xml.writeStartElement(QStringLiteral("failure"));
                xml.writeAttribute(QStringLiteral("message"), description);
                xml.writeAttribute(QStringLiteral("type"),
                                   QLatin1String(stepOutcomeName(s.outcome)));
                xml.writeCharacters(QStringLiteral("expected: %1\ngot: %2")
                                        .arg(Text::StepText::expected(s), Text::StepText::got(s)));
                xml.writeEndElement();
            } else if (s.skipped()) {
                xml.writeEmptyElement(QStringLiteral("skipped"));
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

} // namespace WsBench::Cli
