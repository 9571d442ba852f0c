#include "core/automation/lesson.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace WsBench::Automation {

namespace {

using Kind = DocumentProblem::Kind;

const QStringList kViews {QStringLiteral("none"),      QStringLiteral("log"),
                          QStringLiteral("handshake"), QStringLiteral("frame"),
                          QStringLiteral("flow"),      QStringLiteral("plot"),
                          QStringLiteral("detail"),    QStringLiteral("comparison")};

QString join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

// Stops at the first problem; every reader returns a harmless value after it.
struct Reader
{
    DocumentProblem *problem;
    bool failed = false;

    void fail(const DocumentProblem &p)
    {
        if (!failed)
            *problem = p;
        failed = true;
    }
    QJsonObject object(const QJsonValue &value, const QString &path)
    {
        if (!value.isObject())
            fail({Kind::NotAnObject, path});
        return value.toObject();
    }
    QJsonArray array(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QJsonValue value = o.value(key);
        if (!value.isUndefined() && !value.isArray())
            fail({Kind::NotAList, join(path, key)});
        return value.toArray();
    }
    QString string(const QJsonObject &o, const QString &key, const QString &path,
                   bool required = false)
    {
        const QJsonValue value = o.value(key);
        if (value.isUndefined()) {
            if (required)
                fail({Kind::Missing, join(path, key)});
            return {};
        }
        if (!value.isString())
            fail({Kind::NotAString, join(path, key)});
        return value.toString();
    }
    int integer(const QJsonObject &o, const QString &key, const QString &path, int fallback,
                int min, int max)
    {
        const QJsonValue value = o.value(key);
        if (value.isUndefined())
            return fallback;
        const double d = value.toDouble(-1.5);
        if (!value.isDouble() || d != double(qint64(d)) || d < min || d > max) {
            fail({Kind::NotAWholeNumber,
                  join(path, key),
                  {QString::number(min), QString::number(max)}});
            return fallback;
        }
        return int(d);
    }
    // {"en": ..., "zh": ...}: both languages are required.
    LessonText text(const QJsonObject &o, const QString &key, const QString &path, bool required)
    {
        const QString at = join(path, key);
        if (!o.contains(key)) {
            if (required)
                fail({Kind::Missing, at});
            return {};
        }
        const QJsonObject t = object(o.value(key), at);
        return {string(t, QStringLiteral("en"), at, true),
                string(t, QStringLiteral("zh"), at, true)};
    }
};

class LessonReader
{
public:
    LessonReader(Lesson *lesson, DocumentProblem *problem)
        : m_lesson(lesson)
        , r {problem}
    { }

    bool read(const QJsonObject &root)
    {
        m_lesson->id = r.string(root, QStringLiteral("id"), {}, true);
        m_lesson->title = r.text(root, QStringLiteral("title"), {}, true);
        m_lesson->summary = r.text(root, QStringLiteral("summary"), {}, false);
        readProfiles(root);
        const QJsonObject names = r.object(root.value(QStringLiteral("names")).isUndefined()
                                               ? QJsonValue(QJsonObject())
                                               : root.value(QStringLiteral("names")),
                                           QStringLiteral("names"));
        for (auto it = names.begin(); it != names.end() && !r.failed; ++it) {
            checkTab(it.key(), QStringLiteral("names.") + it.key());
            m_lesson->names.insert(it.key(),
                                   r.text(names, it.key(), QStringLiteral("names"), true));
        }
        const QJsonArray steps = r.array(root, QStringLiteral("steps"), {});
        for (qsizetype i = 0; i < steps.size() && !r.failed; ++i)
            m_lesson->steps.append(step(steps.at(i), QStringLiteral("steps[%1]").arg(i)));
        if (!r.failed && m_lesson->steps.isEmpty())
            r.fail({Kind::Missing, QStringLiteral("steps")});
        return !r.failed;
    }

private:
    // The lesson's tabs, read the way a session file is read.
    void readProfiles(const QJsonObject &root)
    {
        QJsonObject session {{QStringLiteral("schemaVersion"), Session::Workspace::kSchemaVersion}};
        for (const char *key : {"clients", "servers"}) {
            if (root.contains(QLatin1String(key)))
                session.insert(QLatin1String(key), root.value(QLatin1String(key)));
        }
        if (r.failed)
            return;
        DocumentProblem problem;
        const auto workspace = Session::loadWorkspace(
            QJsonDocument(session).toJson(QJsonDocument::Compact), &problem);
        if (!workspace)
            return r.fail(problem);
        m_lesson->clients = workspace->clients;
        m_lesson->servers = workspace->servers;
    }

    bool isClient(const QString &name) const
    {
        return std::any_of(m_lesson->clients.begin(), m_lesson->clients.end(),
                           [&](const Session::ClientProfile &c) { return c.name == name; });
    }
    bool isServer(const QString &name) const
    {
        return std::any_of(m_lesson->servers.begin(), m_lesson->servers.end(),
                           [&](const Session::ServerProfile &s) { return s.name == name; });
    }
    // `name` must be one of the lesson's tabs (of a role, when `role` is set).
    void checkTab(const QString &name, const QString &path, const char *role = nullptr)
    {
        const bool client = isClient(name);
        const bool server = isServer(name);
        const bool ok = role ? (qstrcmp(role, "client") == 0 ? client : server) : client || server;
        if (!ok)
            r.fail({Kind::NoProfile, path, {QLatin1String(role ? role : "client"), name}});
    }

    LessonStep step(const QJsonValue &value, const QString &path)
    {
        LessonStep s;
        const QJsonObject o = r.object(value, path);
        s.text = r.text(o, QStringLiteral("text"), path, true);
        s.hint = r.text(o, QStringLiteral("hint"), path, false);
        s.outcome = r.text(o, QStringLiteral("outcome"), path, false);
        s.timeoutMs = r.integer(o, QStringLiteral("timeoutMs"), path, s.timeoutMs, 1, 600000);
        const QJsonArray actions = r.array(o, QStringLiteral("do"), path);
        for (qsizetype i = 0; i < actions.size() && !r.failed; ++i)
            s.actions.append(action(actions.at(i), path + QStringLiteral(".do[%1]").arg(i)));
        if (o.contains(QStringLiteral("check")) && !r.failed) {
            const QString at = path + QStringLiteral(".check");
            DocumentProblem problem;
            s.check
                = lessonCheckFromJson(r.object(o.value(QStringLiteral("check")), at), at, &problem);
            if (!s.check)
                r.fail(problem);
        }
        const QString since = r.string(o, QStringLiteral("checkSince"), path);
        if (!since.isEmpty() && since != QLatin1String("step") && since != QLatin1String("lesson"))
            r.fail({Kind::NotOneOf,
                    path + QStringLiteral(".checkSince"),
                    {since, QStringLiteral("step"), QStringLiteral("lesson")}});
        // A step with nothing to do looks at what the lesson did so far, unless told otherwise.
        s.checkSinceLesson
            = since.isEmpty() ? s.actions.isEmpty() : since == QLatin1String("lesson");
        if (o.contains(QStringLiteral("show")) && !r.failed)
            s.pointer = pointer(o.value(QStringLiteral("show")), path + QStringLiteral(".show"));
        if (!r.failed && s.check && s.hint.isEmpty())
            r.fail({Kind::Missing, path + QStringLiteral(".hint")});
        return s;
    }

    LessonAction action(const QJsonValue &value, const QString &path)
    {
        LessonAction a;
        QJsonObject o = r.object(value, path);
        a.on = r.string(o, QStringLiteral("on"), path);
        const QString kind = r.string(o, QStringLiteral("kind"), path, true);
        if (r.failed)
            return a;
        if (kind == QLatin1String("apply")) {
            a.kind = LessonAction::Kind::Apply;
            a.profile
                = r.object(o.value(QStringLiteral("profile")), path + QStringLiteral(".profile"));
        } else if (kind == QLatin1String("listen")) {
            a.kind = LessonAction::Kind::Listen;
        } else if (kind == QLatin1String("compareTransports")) {
            a.kind = LessonAction::Kind::CompareTransports;
            a.rate = r.integer(o, QStringLiteral("rate"), path, a.rate, 1, 1000);
            a.durationS = r.integer(o, QStringLiteral("durationS"), path, a.durationS, 1, 600);
            a.pollIntervalMs
                = r.integer(o, QStringLiteral("pollIntervalMs"), path, a.pollIntervalMs, 1, 600000);
            return a;
        } else {
            o.remove(QStringLiteral("on"));
            DocumentProblem problem;
            const auto step = stepFromJson(o, path, &problem);
            if (!step) {
                r.fail(problem);
                return a;
            }
            a.step = *step;
            if (a.step.kind == Step::Kind::Connect) {
                checkTab(a.step.profile, path + QStringLiteral(".profile"), "client");
                a.on = a.step.profile;
                return a;
            }
        }
        if (a.on.isEmpty() && a.kind == LessonAction::Kind::Step && !m_lesson->clients.isEmpty())
            a.on = m_lesson->clients.first().name;
        if (a.kind != LessonAction::Kind::Step || a.step.kind != Step::Kind::Wait)
            checkTab(a.on, path + QStringLiteral(".on"));
        return a;
    }

    LessonPointer pointer(const QJsonValue &value, const QString &path)
    {
        LessonPointer p;
        const QJsonObject o = r.object(value, path);
        const QString view = r.string(o, QStringLiteral("view"), path, true);
        const qsizetype index = kViews.indexOf(view);
        if (!r.failed && index < 0)
            r.fail({Kind::NotOneOf, path + QStringLiteral(".view"), QStringList {view} + kViews});
        p.view = LessonPointer::View(std::max<qsizetype>(index, 0));
        p.on = r.string(o, QStringLiteral("on"), path);
        if (!p.on.isEmpty())
            checkTab(p.on, path + QStringLiteral(".on"));
        p.field = r.string(o, QStringLiteral("field"), path).toUtf8();
        p.topic = r.string(o, QStringLiteral("topic"), path).toUtf8();
        if (o.contains(QStringLiteral("record")) && !r.failed) {
            const QString at = path + QStringLiteral(".record");
            DocumentProblem problem;
            p.record = recordMatchFromJson(r.object(o.value(QStringLiteral("record")), at), at,
                                           &problem);
            if (!p.record)
                r.fail(problem);
        }
        return p;
    }

    Lesson *m_lesson;
    Reader r;
};

} // namespace

QString LessonText::in(const QString &language) const
{
    return language.startsWith(QLatin1String("zh")) && !zh.isEmpty() ? zh : en;
}

std::optional<Lesson> lessonFromJson(const QByteArray &json, DocumentProblem *problem)
{
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parse);
    if (parse.error != QJsonParseError::NoError) {
        *problem = DocumentProblem::notJson(json, parse);
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *problem = {Kind::NotAnObject, {}};
        return std::nullopt;
    }
    Lesson lesson;
    if (!LessonReader(&lesson, problem).read(doc.object()))
        return std::nullopt;
    return lesson;
}

QList<Lesson> bundledLessons(QList<QPair<QString, DocumentProblem>> *problems)
{
    QList<Lesson> lessons;
    const QDir dir(QStringLiteral(":/lessons"));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        DocumentProblem problem;
        std::optional<Lesson> lesson;
        if (file.open(QIODevice::ReadOnly))
            lesson = lessonFromJson(file.readAll(), &problem);
        else
            problem = {Kind::NotJson, {}};
        if (lesson)
            lessons.append(*lesson);
        else if (problems)
            problems->append({name, problem});
    }
    return lessons;
}

} // namespace WsBench::Automation
