#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QByteArray;
struct QJsonParseError;

namespace WsBench::Automation {

// Why a document (a session file, a HAR file, a scenario) cannot be read: a code, the place, and
// the untranslated detail. The window and the command line turn it into words (DocumentText).
struct DocumentProblem
{
    // Values run without gaps, so documentProblemKindName() returns nullptr for the first value
    // past the end.
    enum class Kind : quint8 {
        NotJson, // line, column; detail is the JSON parser's message
        NotJsonAtByte, // args: the byte offset; detail is the JSON parser's message
        NotASession, // the file is not a JSON object
        NoSchemaVersion, // path: "schemaVersion"
        SchemaTooNew, // path: "schemaVersion"; args: the file's version, the newest one read
        SchemaUnknown, // path: "schemaVersion"; args: the file's version
        NotAHar, // path: the array that is missing ("log.entries")
        NotAnObject,
        NotAString,
        NotABool,
        NotAWholeNumber, // args: the smallest and the largest allowed
        NotATime, // a number of seconds since 1970 was needed
        NotAList,
        NotAnArray, // HAR's word for a list
        NotAListOfStrings,
        NotAListOfSteps,
        NotOneOf, // args: the value, then the allowed values
        NotAStep, // args: the value, then the step kinds
        NotBase64, // a binary library message
        NotBase64ForOpcode, // args: the opcode
        Missing,
        NoProfile, // args: the role ("client" or "server") the session has no profile of
        NoScenarioName,
        Negative, // args: the fields, one of which is negative
    };

    DocumentProblem() = default;
    DocumentProblem(Kind kind, const QString &path, const QStringList &args = {})
        : kind(kind)
        , path(path)
        , args(args)
    { }

    Kind kind = Kind::NotJson;
    QString path; // the field, as the file names it: "clients[1].url" (not translated)
    QStringList args; // values from the file or the reader, as text
    int line = 0; // NotJson: 1-based
    int column = 0;
    QString detail; // NotJson, NotJsonAtByte: Qt's own parser message (English)

    // NotJson at the parser's offset in `json`, with its line and column.
    static DocumentProblem notJson(const QByteArray &json, const QJsonParseError &error);
};

// A stable machine name ("NotAString").
const char *documentProblemKindName(DocumentProblem::Kind kind);

} // namespace WsBench::Automation
