#include "core/automation/document_problem.h"

#include <QByteArray>
#include <QJsonParseError>

namespace WsBench::Automation {

DocumentProblem DocumentProblem::notJson(const QByteArray &json, const QJsonParseError &error)
{
    const QByteArray before = json.left(error.offset);
    DocumentProblem p;
    p.kind = Kind::NotJson;
    p.line = int(before.count('\n')) + 1;
    p.column = int(error.offset - (before.lastIndexOf('\n') + 1)) + 1;
    p.detail = error.errorString();
    return p;
}

const char *documentProblemKindName(DocumentProblem::Kind kind)
{
    using Kind = DocumentProblem::Kind;
    switch (kind) {
    case Kind::NotJson:
        return "NotJson";
    case Kind::NotJsonAtByte:
        return "NotJsonAtByte";
    case Kind::NotASession:
        return "NotASession";
    case Kind::NoSchemaVersion:
        return "NoSchemaVersion";
    case Kind::SchemaTooNew:
        return "SchemaTooNew";
    case Kind::SchemaUnknown:
        return "SchemaUnknown";
    case Kind::NotAHar:
        return "NotAHar";
    case Kind::NotAnObject:
        return "NotAnObject";
    case Kind::NotAString:
        return "NotAString";
    case Kind::NotABool:
        return "NotABool";
    case Kind::NotAWholeNumber:
        return "NotAWholeNumber";
    case Kind::NotATime:
        return "NotATime";
    case Kind::NotAList:
        return "NotAList";
    case Kind::NotAnArray:
        return "NotAnArray";
    case Kind::NotAListOfStrings:
        return "NotAListOfStrings";
    case Kind::NotAListOfSteps:
        return "NotAListOfSteps";
    case Kind::NotOneOf:
        return "NotOneOf";
    case Kind::NotAStep:
        return "NotAStep";
    case Kind::NotBase64:
        return "NotBase64";
    case Kind::NotBase64ForOpcode:
        return "NotBase64ForOpcode";
    case Kind::Missing:
        return "Missing";
    case Kind::NoProfile:
        return "NoProfile";
    case Kind::NoScenarioName:
        return "NoScenarioName";
    case Kind::Negative:
        return "Negative";
    }
    return nullptr;
}

} // namespace WsBench::Automation
