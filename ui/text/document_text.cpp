#include "ui/text/document_text.h"

#include <QCoreApplication>

namespace WsBench {
namespace Text {
namespace DocumentText {

using Automation::DocumentProblem;

namespace {

// A value from the file, cut to 80 characters with its full length given: a file with a 50 MB
// string must not make a 50 MB message.
QString arg(const DocumentProblem &problem, qsizetype i)
{
    const QString value = problem.args.value(i);
    if (value.size() <= 80)
        return value;
    return QCoreApplication::translate("DocumentText", "%1… (%n characters)", nullptr,
                                       int(value.size()))
        .arg(value.left(80));
}

// "a, b or c": the values a field may take.
QString alternatives(const QStringList &values)
{
    if (values.size() < 2)
        return values.value(0);
    const QString head = values.first(values.size() - 1)
                             .join(QCoreApplication::translate("DocumentText", ", ",
                                                               "between the values of a list"));
    return QCoreApplication::translate("DocumentText", "%1 or %2", "the last of the values")
        .arg(head, values.last());
}

// What is wrong with the field, without its name.
QString fieldProblem(const DocumentProblem &problem)
{
    using Kind = DocumentProblem::Kind;
    switch (problem.kind) {
    case Kind::NotAnObject:
        return QCoreApplication::translate("DocumentText", "must be an object");
    case Kind::NotAString:
        return QCoreApplication::translate("DocumentText", "must be a string");
    case Kind::NotABool:
        return QCoreApplication::translate("DocumentText", "must be true or false");
    case Kind::NotAWholeNumber:
        return QCoreApplication::translate("DocumentText", "must be a whole number from %1 to %2")
            .arg(arg(problem, 0), arg(problem, 1));
    case Kind::NotATime:
        return QCoreApplication::translate("DocumentText", "must be a number (seconds since 1970)");
    case Kind::NotAList:
        return QCoreApplication::translate("DocumentText", "must be a list");
    case Kind::NotAnArray:
        return QCoreApplication::translate("DocumentText", "must be an array");
    case Kind::NotAListOfStrings:
        return QCoreApplication::translate("DocumentText", "must be a list of strings");
    case Kind::NotAListOfSteps:
        return QCoreApplication::translate("DocumentText", "must be a list of steps");
    case Kind::NotOneOf:
        return QCoreApplication::translate("DocumentText", "\"%1\" is not %2",
                                           "a value, then the values allowed")
            .arg(arg(problem, 0), alternatives(problem.args.mid(1)));
    case Kind::NotAStep:
        return QCoreApplication::translate("DocumentText", "\"%1\" is not a step (%2)",
                                           "a value, then the step kinds")
            .arg(arg(problem, 0),
                 problem.args.mid(1).join(QCoreApplication::translate(
                     "DocumentText", ", ", "between the values of a list")));
    case Kind::NotBase64:
        return QCoreApplication::translate("DocumentText", "a binary message must be base64");
    case Kind::NotBase64ForOpcode:
        return QCoreApplication::translate("DocumentText", "opcode %1 needs base64 data")
            .arg(arg(problem, 0));
    case Kind::Missing:
        return QCoreApplication::translate("DocumentText", "missing");
    case Kind::NoProfile:
        return QCoreApplication::translate("DocumentText", "the session has no %1 profile",
                                           "client or server, as the file names them")
            .arg(arg(problem, 0));
    case Kind::NoScenarioName:
        return QCoreApplication::translate("DocumentText", "a scenario needs a name");
    case Kind::Negative:
        return QCoreApplication::translate("DocumentText", "%1 and %2 cannot be negative",
                                           "two field names")
            .arg(arg(problem, 0), arg(problem, 1));
    case Kind::NotJson:
    case Kind::NotJsonAtByte:
    case Kind::NotASession:
    case Kind::NoSchemaVersion:
    case Kind::SchemaTooNew:
    case Kind::SchemaUnknown:
    case Kind::NotAHar:
        break;
    }
    return {};
}

} // namespace

QString describe(const DocumentProblem &problem)
{
    using Kind = DocumentProblem::Kind;
    switch (problem.kind) {
    case Kind::NotJson:
        return QCoreApplication::translate("DocumentText",
                                           "Not valid JSON at line %1, column %2: %3")
            .arg(problem.line)
            .arg(problem.column)
            .arg(problem.detail);
    case Kind::NotJsonAtByte:
        return QCoreApplication::translate("DocumentText", "Not valid JSON at byte %1: %2")
            .arg(arg(problem, 0), problem.detail);
    case Kind::NotASession:
        return QCoreApplication::translate("DocumentText",
                                           "Not a WsBench session: the file is not a JSON object");
    case Kind::NoSchemaVersion:
        return QCoreApplication::translate("DocumentText",
                                           "%1: missing; this is not a WsBench session",
                                           "the field that holds the file's version")
            .arg(problem.path);
    case Kind::SchemaTooNew:
        return QCoreApplication::translate(
                   "DocumentText",
                   "%1 %2 is newer than this WsBench reads (%3); open it with a newer WsBench",
                   "the version field, the file's version, the newest version read")
            .arg(problem.path, arg(problem, 0), arg(problem, 1));
    case Kind::SchemaUnknown:
        return QCoreApplication::translate("DocumentText",
                                           "%1 %2 is not a version WsBench ever wrote",
                                           "the version field, the file's version")
            .arg(problem.path, arg(problem, 0));
    case Kind::NotAHar:
        return QCoreApplication::translate("DocumentText", "Not a HAR file: there is no %1 array",
                                           "the name of the array")
            .arg(problem.path);
    default:
        break;
    }
    const QString what = fieldProblem(problem);
    if (problem.path.isEmpty())
        return what;
    return QCoreApplication::translate("DocumentText", "%1: %2", "a field, then its problem")
        .arg(problem.path, what);
}

QString secretPlace(const Session::SecretRef &ref)
{
    switch (ref.kind) {
    case Session::SecretRef::Kind::Header:
        return QCoreApplication::translate("DocumentText", "%1: the value of the %2 header")
            .arg(ref.owner, ref.name);
    case Session::SecretRef::Kind::Passphrase:
        return QCoreApplication::translate("DocumentText", "%1: the TLS key passphrase")
            .arg(ref.owner);
    case Session::SecretRef::Kind::Variable:
        return ref.owner.isEmpty()
            ? QCoreApplication::translate("DocumentText", "the variable %1").arg(ref.name)
            : QCoreApplication::translate("DocumentText", "the variable %1 of the environment %2")
                  .arg(ref.name, ref.owner);
    }
    return {};
}

QString jsonError(const Session::JsonError &error)
{
    using P = Session::JsonProblem;
    QString why;
    switch (error.problem) {
    case P::None:
        return {};
    case P::Empty:
        return QCoreApplication::translate("DocumentText",
                                           "Not valid JSON: there is nothing but white space.");
    case P::UnexpectedCharacter:
        why = QCoreApplication::translate("DocumentText", "this character cannot stand here");
        break;
    case P::UnexpectedEnd:
        why = QCoreApplication::translate("DocumentText", "the text ends inside a value");
        break;
    case P::BadString:
        why = QCoreApplication::translate(
            "DocumentText",
            "a string holds a control character; write it as an escape such as \\n");
        break;
    case P::BadEscape:
        why = QCoreApplication::translate(
            "DocumentText",
            "a backslash must be followed by \" \\ / b f n r t or u and four hex digits");
        break;
    case P::BadNumber:
        why = QCoreApplication::translate(
            "DocumentText", "a number is malformed (no leading zeros; digits after . and e)");
        break;
    case P::BadLiteral:
        why = QCoreApplication::translate("DocumentText",
                                          "only true, false and null are written without quotes");
        break;
    case P::TrailingData:
        why = QCoreApplication::translate("DocumentText", "more follows the first complete value");
        break;
    case P::TooDeep:
        why = QCoreApplication::translate("DocumentText",
                                          "more than %1 objects and arrays are nested")
                  .arg(Session::kMaxJsonDepth);
        break;
    }
    return QCoreApplication::translate("DocumentText", "Not valid JSON at byte %1: %2")
        .arg(error.offset)
        .arg(why);
}

} // namespace DocumentText
} // namespace Text
} // namespace WsBench
