#include "app/cli/link_options.h"

namespace WsBench::Cli {

QList<OrderedArgs::Spec> linkOptionSpecs()
{
    using V = OrderedArgs::Value;
    return {
        {QStringLiteral("latency"), V::Required},
        {QStringLiteral("rate"), V::Required},
        {QStringLiteral("pause-reading"), V::None},
        {QStringLiteral("pause-writing"), V::None},
    };
}

std::optional<qint64> parseRate(const QString &text)
{
    QString t = text.trimmed().toLower();
    for (const QLatin1String unit : {QLatin1String("b/s"), QLatin1String("/s")}) {
        if (t.endsWith(unit)) {
            t.chop(unit.size());
            break;
        }
    }
    qint64 scale = 1;
    if (t.endsWith(QLatin1Char('k'))) {
        scale = 1024;
        t.chop(1);
    } else if (t.endsWith(QLatin1Char('m'))) {
        scale = 1024 * 1024;
        t.chop(1);
    }
    bool ok = false;
    const qint64 n = t.toLongLong(&ok);
    if (!ok || n < 0 || n > Session::LinkConditions::kMaxRate / scale)
        return std::nullopt;
    return n * scale;
}

bool parseLinkOptions(const OrderedArgs &args, Session::LinkConditions *link, QString *error)
{
    if (args.has(QStringLiteral("latency"))) {
        const QString text = args.value(QStringLiteral("latency"));
        bool ok = false;
        const int ms = text.toInt(&ok);
        if (!ok || ms < 0 || ms > Session::LinkConditions::kMaxLatencyMs) {
            *error = QStringLiteral("--latency needs a number of milliseconds from 0 to %1, not "
                                    "\"%2\".")
                         .arg(Session::LinkConditions::kMaxLatencyMs)
                         .arg(text.left(80));
            return false;
        }
        link->latencyMs = ms;
    }
    if (args.has(QStringLiteral("rate"))) {
        const QString text = args.value(QStringLiteral("rate"));
        const std::optional<qint64> rate = parseRate(text);
        if (!rate) {
            *error = QStringLiteral("--rate needs bytes per second, like 65536, 64k or 1M (k = "
                                    "1024), from 0 (no cap) to 1T, not \"%1\".")
                         .arg(text.left(80));
            return false;
        }
        link->rateBytesPerSec = *rate;
    }
    link->pauseReading = link->pauseReading || args.has(QStringLiteral("pause-reading"));
    link->pauseWriting = link->pauseWriting || args.has(QStringLiteral("pause-writing"));
    return true;
}

} // namespace WsBench::Cli
