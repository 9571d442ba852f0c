#include "core/automation/lesson_check.h"

#include "core/traffic/connection_id.h"

#include <QJsonArray>
#include <QSet>

namespace WsBench::Automation {

namespace {

using Kind = DocumentProblem::Kind;
using Traffic::TrafficRecord;

// Every name of an enum whose name function returns nullptr past its last value.
template<typename Enum, typename NameOf>
QStringList namesOf(NameOf nameOf)
{
    QStringList names;
    for (int i = 0; const char *name = nameOf(Enum(i)); ++i)
        names << QLatin1String(name);
    return names;
}

const char *kindNameOrNull(Traffic::RecordKind kind)
{
    return int(kind) <= int(Traffic::RecordKind::Note) ? Traffic::recordKindName(kind) : nullptr;
}

const char *readyStateNameOrNull(Protocol::ReadyState state)
{
    return int(state) <= int(Protocol::ReadyState::Closed) ? Protocol::readyStateName(state)
                                                           : nullptr;
}

const QList<QPair<QString, quint8>> &opcodeNames()
{
    static const QList<QPair<QString, quint8>> names {
        {QStringLiteral("continuation"), 0x0}, {QStringLiteral("text"), 0x1},
        {QStringLiteral("binary"), 0x2},       {QStringLiteral("close"), 0x8},
        {QStringLiteral("ping"), 0x9},         {QStringLiteral("pong"), 0xA},
    };
    return names;
}

// Reads the optional fields of one JSON object, stopping at the first problem.
class Fields
{
public:
    Fields(const QJsonObject &object, const QString &path, DocumentProblem *problem)
        : m_object(object)
        , m_path(path)
        , m_problem(problem)
    { }

    bool failed() const { return m_failed; }
    void fail(const char *key, Kind kind, const QStringList &args = {})
    {
        if (!m_failed && m_problem)
            *m_problem = DocumentProblem(kind, at(key), args);
        m_failed = true;
    }
    QString at(const char *key) const { return m_path + QLatin1Char('.') + QLatin1String(key); }
    bool has(const char *key) const { return m_object.contains(QLatin1String(key)); }
    QJsonValue value(const char *key) const { return m_object.value(QLatin1String(key)); }

    template<typename T>
    void boolean(const char *key, std::optional<T> &out)
    {
        if (!has(key))
            return;
        if (!value(key).isBool())
            return fail(key, Kind::NotABool);
        out = value(key).toBool();
    }
    template<typename T>
    void integer(const char *key, std::optional<T> &out, qint64 min, qint64 max)
    {
        if (!has(key))
            return;
        const double d = value(key).toDouble(-1.5);
        if (!value(key).isDouble() || d != double(qint64(d)) || d < min || d > max)
            return fail(key, Kind::NotAWholeNumber, {QString::number(min), QString::number(max)});
        out = T(qint64(d));
    }
    QString string(const char *key)
    {
        if (!has(key))
            return {};
        if (!value(key).isString()) {
            fail(key, Kind::NotAString);
            return {};
        }
        return value(key).toString();
    }
    // A name from `names`; its index, or nothing when absent (or wrong, with the problem).
    std::optional<int> oneOf(const char *key, const QStringList &names)
    {
        if (!has(key))
            return std::nullopt;
        const QString name = string(key);
        const int index = int(names.indexOf(name));
        if (!m_failed && index < 0)
            fail(key, Kind::NotOneOf, QStringList {name} + names);
        return index < 0 ? std::nullopt : std::optional<int>(index);
    }

private:
    const QJsonObject &m_object;
    QString m_path;
    DocumentProblem *m_problem;
    bool m_failed = false;
};

// A handshake response's status, from its first line; 0 when there is none.
int statusOf(const TrafficRecord &record)
{
    const qsizetype end = record.bytes.indexOf('\n');
    const QList<QByteArray> words = record.bytes.left(end).trimmed().split(' ');
    return words.size() >= 2 ? words.at(1).toInt() : 0;
}

// The value of a record field that `See` counts distinct values of.
quint64 fieldValue(const TrafficRecord &record, const QString &field)
{
    if (field == QLatin1String("maskKey"))
        return record.maskKey;
    if (field == QLatin1String("connection"))
        return record.connectionId;
    if (field == QLatin1String("closeCode"))
        return record.closeCode;
    return record.opcode;
}

const QStringList kDistinctFields {QStringLiteral("maskKey"), QStringLiteral("connection"),
                                   QStringLiteral("closeCode"), QStringLiteral("opcode")};

} // namespace

bool RecordMatch::matches(const TrafficRecord &r) const
{
    if (kind && r.kind != *kind && !(*kind == Traffic::RecordKind::Frame && r.hasFrame()))
        return false;
    if (direction && r.direction != *direction)
        return false;
    if (serverSide && Traffic::ConnectionId(r.connectionId).isServerSide() != *serverSide)
        return false;
    const bool framed
        = r.kind == Traffic::RecordKind::Frame || r.kind == Traffic::RecordKind::Message;
    if (opcode && (!framed || r.opcode != *opcode))
        return false;
    if (fin && (!r.hasFrame() || r.fin != *fin))
        return false;
    if (masked && (!r.hasFrame() || r.masked != *masked))
        return false;
    if (compressed && r.compressed != *compressed)
        return false;
    if (closeCode && r.closeCode != *closeCode)
        return false;
    if (wasClean && (r.kind != Traffic::RecordKind::Close || r.wasClean != *wasClean))
        return false;
    if (readyState && (r.kind != Traffic::RecordKind::State || r.readyState != *readyState))
        return false;
    if (failure && r.failure != *failure)
        return false;
    if (note && (r.kind != Traffic::RecordKind::Note || r.note != *note))
        return false;
    if (status && (r.kind != Traffic::RecordKind::HandshakeResponse || statusOf(r) != *status))
        return false;
    if (bufferedAtLeast && r.bufferedAmount < *bufferedAtLeast)
        return false;
    if (!contains.isEmpty() && !r.bytes.contains(contains) && !r.text.contains(contains))
        return false;
    return true;
}

bool LessonCheck::passes(const std::vector<TrafficRecord> &records,
                         const QMap<QString, double> &figures) const
{
    switch (kind) {
    case Kind::See: {
        QSet<quint64> values;
        int seen = 0;
        for (const TrafficRecord &r : records) {
            if (!match.matches(r))
                continue;
            ++seen;
            if (!distinct.isEmpty())
                values.insert(fieldValue(r, distinct));
        }
        return (distinct.isEmpty() ? seen : int(values.size())) >= count;
    }
    case Kind::Sequence: {
        int next = 0;
        for (const TrafficRecord &r : records) {
            if (next < sequence.size() && sequence.at(next).matches(r))
                ++next;
        }
        return next == sequence.size();
    }
    case Kind::None:
        return std::none_of(records.begin(), records.end(),
                            [this](const TrafficRecord &r) { return match.matches(r); });
    case Kind::Drained: {
        std::optional<quint32> filled; // the connection whose bufferedAmount reached `count`
        for (const TrafficRecord &r : records) {
            if (!filled && match.matches(r) && r.bufferedAmount >= quint64(count))
                filled = r.connectionId;
            else if (filled && r.connectionId == *filled && r.bufferedAmount == 0)
                return true;
        }
        return false;
    }
    case Kind::Figure: {
        if (!figures.contains(figure))
            return false;
        bool number = false;
        const double bound = than.toDouble(&number);
        if (!number && !figures.contains(than))
            return false;
        return figures.value(figure) < (number ? bound : figures.value(than));
    }
    case Kind::All:
        return std::all_of(all.begin(), all.end(), [&](const LessonCheck &check) {
            return check.passes(records, figures);
        });
    }
    return false;
}

std::optional<RecordMatch> recordMatchFromJson(const QJsonObject &o, const QString &path,
                                               DocumentProblem *problem)
{
    Fields f(o, path, problem);
    RecordMatch m;
    if (auto i = f.oneOf("kind", namesOf<Traffic::RecordKind>(kindNameOrNull)))
        m.kind = Traffic::RecordKind(*i);
    if (auto i = f.oneOf("direction", {QStringLiteral("in"), QStringLiteral("out")}))
        m.direction = *i == 0 ? Traffic::Direction::Inbound : Traffic::Direction::Outbound;
    if (auto i = f.oneOf("side", {QStringLiteral("client"), QStringLiteral("server")}))
        m.serverSide = *i == 1;
    if (f.has("opcode")) {
        const QString name = f.string("opcode");
        for (const auto &[n, value] : opcodeNames()) {
            if (n == name)
                m.opcode = value;
        }
        QStringList names;
        for (const auto &entry : opcodeNames())
            names << entry.first;
        if (!f.failed() && !m.opcode)
            f.fail("opcode", Kind::NotOneOf, QStringList {name} + names);
    }
    f.boolean("fin", m.fin);
    f.boolean("masked", m.masked);
    f.boolean("compressed", m.compressed);
    f.integer("closeCode", m.closeCode, 0, 65535);
    f.boolean("wasClean", m.wasClean);
    if (auto i = f.oneOf("readyState", namesOf<Protocol::ReadyState>(readyStateNameOrNull)))
        m.readyState = Protocol::ReadyState(*i);
    if (auto i = f.oneOf("failure", namesOf<Traffic::Failure>(Traffic::failureName)))
        m.failure = Traffic::Failure(*i);
    if (auto i = f.oneOf("note", namesOf<Traffic::Note>(Traffic::noteName)))
        m.note = Traffic::Note(*i);
    f.integer("status", m.status, 100, 599);
    f.integer("bufferedAtLeast", m.bufferedAtLeast, 0, qint64(1) << 50);
    m.contains = f.string("contains").toUtf8();
    for (auto it = o.begin(); it != o.end() && !f.failed(); ++it) {
        static const QStringList known {
            QStringLiteral("kind"),       QStringLiteral("direction"),
            QStringLiteral("side"),       QStringLiteral("opcode"),
            QStringLiteral("fin"),        QStringLiteral("masked"),
            QStringLiteral("compressed"), QStringLiteral("closeCode"),
            QStringLiteral("wasClean"),   QStringLiteral("readyState"),
            QStringLiteral("failure"),    QStringLiteral("note"),
            QStringLiteral("status"),     QStringLiteral("bufferedAtLeast"),
            QStringLiteral("contains"),
        };
        if (!known.contains(it.key()))
            f.fail(qPrintable(it.key()), Kind::NotOneOf, QStringList {it.key()} + known);
    }
    if (f.failed())
        return std::nullopt;
    return m;
}

std::optional<LessonCheck> lessonCheckFromJson(const QJsonObject &o, const QString &path,
                                               DocumentProblem *problem)
{
    static const QStringList kinds {QStringLiteral("see"),    QStringLiteral("sequence"),
                                    QStringLiteral("none"),   QStringLiteral("drained"),
                                    QStringLiteral("figure"), QStringLiteral("all")};
    Fields f(o, path, problem);
    LessonCheck check;
    int found = 0;
    for (int i = 0; i < kinds.size(); ++i) {
        if (o.contains(kinds.at(i))) {
            check.kind = LessonCheck::Kind(i);
            ++found;
        }
    }
    if (found != 1) {
        if (problem)
            *problem = DocumentProblem(Kind::NotOneOf, path, QStringList {QString()} + kinds);
        return std::nullopt;
    }
    const QString key = kinds.at(int(check.kind));
    const QString at = path + QLatin1Char('.') + key;
    const QJsonValue value = o.value(key);
    auto matchFrom = [&](const QJsonValue &v, const QString &where) -> bool {
        if (!v.isObject()) {
            if (problem)
                *problem = DocumentProblem(Kind::NotAnObject, where);
            return false;
        }
        const auto m = recordMatchFromJson(v.toObject(), where, problem);
        if (m)
            check.match = *m;
        return bool(m);
    };
    std::optional<int> count;
    f.integer("count", count, 0, 1 << 30);
    check.count = count.value_or(1);
    check.distinct = f.string("distinct");
    if (!check.distinct.isEmpty() && !kDistinctFields.contains(check.distinct))
        f.fail("distinct", Kind::NotOneOf, QStringList {check.distinct} + kDistinctFields);
    if (f.failed())
        return std::nullopt;
    switch (check.kind) {
    case LessonCheck::Kind::See:
    case LessonCheck::Kind::None:
    case LessonCheck::Kind::Drained:
        if (!matchFrom(value, at))
            return std::nullopt;
        break;
    case LessonCheck::Kind::Sequence:
    case LessonCheck::Kind::All: {
        if (!value.isArray()) {
            if (problem)
                *problem = DocumentProblem(Kind::NotAList, at);
            return std::nullopt;
        }
        const QJsonArray list = value.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString where = at + QStringLiteral("[%1]").arg(i);
            if (!list.at(i).isObject()) {
                if (problem)
                    *problem = DocumentProblem(Kind::NotAnObject, where);
                return std::nullopt;
            }
            if (check.kind == LessonCheck::Kind::All) {
                const auto inner = lessonCheckFromJson(list.at(i).toObject(), where, problem);
                if (!inner)
                    return std::nullopt;
                check.all.append(*inner);
            } else {
                const auto m = recordMatchFromJson(list.at(i).toObject(), where, problem);
                if (!m)
                    return std::nullopt;
                check.sequence.append(*m);
            }
        }
        break;
    }
    case LessonCheck::Kind::Figure:
        check.figure = f.string("figure");
        check.than = f.string("than");
        if (!f.failed() && (check.figure.isEmpty() || check.than.isEmpty()))
            f.fail(check.figure.isEmpty() ? "figure" : "than", Kind::Missing);
        if (f.failed())
            return std::nullopt;
        break;
    }
    return check;
}

} // namespace WsBench::Automation
