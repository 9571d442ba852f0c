#include "core/automation/expectation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>

namespace WsBench::Automation {

namespace {

// A JSON object or array as a value, or nullopt when `bytes` is not one.
std::optional<QJsonValue> jsonDocument(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || doc.isNull())
        return std::nullopt;
    return doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
}

// RFC 6901 §4: an array index is 0 or digits without a leading zero.
std::optional<qsizetype> arrayIndex(const QString &token)
{
    if (token.isEmpty() || token.size() > 9 || (token.size() > 1 && token.front() == u'0'))
        return std::nullopt;
    for (const QChar c : token) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    return token.toLongLong();
}

// RFC 6901: the value at `pointer` ("" is the whole document), or nullopt when there is none.
std::optional<QJsonValue> pointerValue(const QJsonValue &root, const QString &pointer)
{
    if (pointer.isEmpty())
        return root;
    QJsonValue v = root;
    const QStringList tokens = pointer.mid(1).split(QLatin1Char('/'));
    for (QString token : tokens) {
        // RFC 6901 §4: ~1 first, then ~0, so "~01" is the member "~1".
        token.replace(QStringLiteral("~1"), QStringLiteral("/"))
            .replace(QStringLiteral("~0"), QStringLiteral("~"));
        if (v.isObject()) {
            const QJsonObject object = v.toObject();
            const auto it = object.constFind(token);
            if (it == object.constEnd())
                return std::nullopt;
            v = it.value();
        } else if (v.isArray()) {
            const QJsonArray array = v.toArray();
            const std::optional<qsizetype> index = arrayIndex(token);
            if (!index || *index >= array.size())
                return std::nullopt;
            v = array.at(*index);
        } else {
            return std::nullopt;
        }
    }
    return v;
}

// The step's value as JSON when it parses as JSON ("42", "true", "\"text\""), else as a string.
QJsonValue expectedJson(const QString &value)
{
    QJsonParseError error;
    const QJsonDocument doc
        = QJsonDocument::fromJson(QByteArray("[" + value.toUtf8() + "]"), &error);
    return error.error == QJsonParseError::NoError && doc.array().size() == 1 ? doc.array().first()
                                                                              : QJsonValue(value);
}

QString compactJson(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

MatchResult result(MatchReason reason, const QString &detail = {})
{
    MatchResult r;
    r.reason = reason;
    r.detail = detail;
    return r;
}

} // namespace

Expectation Expectation::fromStep(const Step &step, const QString &expandedValue)
{
    Expectation e;
    e.match = step.match;
    e.value = expandedValue;
    e.pointer = step.pointer;
    return e;
}

const char *matchReasonName(MatchReason reason)
{
    switch (reason) {
    case MatchReason::Matched:
        return "Matched";
    case MatchReason::TextDiffers:
        return "TextDiffers";
    case MatchReason::NoRegexMatch:
        return "NoRegexMatch";
    case MatchReason::InvalidRegex:
        return "InvalidRegex";
    case MatchReason::InvalidPointer:
        return "InvalidPointer";
    case MatchReason::NotJson:
        return "NotJson";
    case MatchReason::NoValueAtPointer:
        return "NoValueAtPointer";
    case MatchReason::ValueDiffers:
        return "ValueDiffers";
    case MatchReason::SentNotJson:
        return "SentNotJson";
    case MatchReason::SentHasNoId:
        return "SentHasNoId";
    case MatchReason::IdDiffers:
        return "IdDiffers";
    }
    return nullptr;
}

QString effectivePointer(const Expectation &expectation)
{
    return expectation.match == Step::Match::SameId && expectation.pointer.isEmpty()
        ? QStringLiteral("/id")
        : expectation.pointer;
}

std::optional<MatchResult> expectationError(const Expectation &expectation,
                                            const QByteArray &lastSent)
{
    switch (expectation.match) {
    case Step::Match::Text:
    case Step::Match::Binary:
        return std::nullopt;
    case Step::Match::Regex: {
        const QRegularExpression re(expectation.value);
        if (re.isValid())
            return std::nullopt;
        MatchResult r = result(MatchReason::InvalidRegex, re.errorString());
        r.offset = re.patternErrorOffset();
        return r;
    }
    case Step::Match::JsonPointer:
    case Step::Match::SameId:
        break;
    }
    const QString pointer = effectivePointer(expectation);
    if (!pointer.isEmpty() && !pointer.startsWith(QLatin1Char('/')))
        return result(MatchReason::InvalidPointer);
    if (expectation.match == Step::Match::JsonPointer)
        return std::nullopt;
    const std::optional<QJsonValue> sent = jsonDocument(lastSent);
    if (!sent)
        return result(MatchReason::SentNotJson);
    if (!pointerValue(*sent, pointer))
        return result(MatchReason::SentHasNoId);
    return std::nullopt;
}

MatchResult matchMessage(const Expectation &expectation, const QByteArray &lastSent,
                         const QByteArray &received)
{
    switch (expectation.match) {
    case Step::Match::Text:
        return result(received == expectation.value.toUtf8() ? MatchReason::Matched
                                                             : MatchReason::TextDiffers);
    case Step::Match::Binary:
        return result(received == QByteArray::fromBase64(expectation.value.toLatin1())
                          ? MatchReason::Matched
                          : MatchReason::TextDiffers);
    case Step::Match::Regex: {
        const QRegularExpression re(expectation.value);
        if (!re.isValid())
            return *expectationError(expectation, lastSent);
        return result(re.match(QString::fromUtf8(received)).hasMatch() ? MatchReason::Matched
                                                                       : MatchReason::NoRegexMatch);
    }
    case Step::Match::JsonPointer:
    case Step::Match::SameId:
        break;
    }
    if (const std::optional<MatchResult> error = expectationError(expectation, lastSent))
        return *error;
    const std::optional<QJsonValue> root = jsonDocument(received);
    if (!root)
        return result(MatchReason::NotJson);
    const QString pointer = effectivePointer(expectation);
    const std::optional<QJsonValue> got = pointerValue(*root, pointer);
    if (!got)
        return result(MatchReason::NoValueAtPointer);
    if (expectation.match == Step::Match::JsonPointer) {
        return *got == expectedJson(expectation.value)
            ? result(MatchReason::Matched)
            : result(MatchReason::ValueDiffers, compactJson(*got));
    }
    // expectationError() has checked that the message sent last has a value there.
    const std::optional<QJsonValue> sent = jsonDocument(lastSent);
    const std::optional<QJsonValue> want = sent ? pointerValue(*sent, pointer) : std::nullopt;
    return want && *got == *want ? result(MatchReason::Matched)
                                 : result(MatchReason::IdDiffers, compactJson(*got));
}

} // namespace WsBench::Automation
