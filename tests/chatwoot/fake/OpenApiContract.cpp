#include "OpenApiContract.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <algorithm>

namespace kontor::chatwoot::fake {

namespace {

// Whether a JSON value is of a schema's primitive type; a schema without a type (or one not listed) takes
// any.
bool hasSchemaType(const QJsonValue &value, const QString &type)
{
    if (type == QLatin1StringView("string"))
        return value.isString();
    if (type == QLatin1StringView("integer"))
        return value.isDouble() && value.toDouble() == double(qint64(value.toDouble()));
    if (type == QLatin1StringView("number"))
        return value.isDouble();
    if (type == QLatin1StringView("boolean"))
        return value.isBool();
    if (type == QLatin1StringView("array"))
        return value.isArray();
    if (type == QLatin1StringView("object"))
        return value.isObject();
    return true;
}

QStringList segments(const QString &path)
{
    return path.split(u'/', Qt::SkipEmptyParts);
}

// A JSON path against a pattern in which "*" stands for anything (and "[]" is literal, as in the paths).
bool matchesPattern(const QString &pattern, const QString &path)
{
    QStringList pieces = pattern.split(u'*');
    for (QString &piece : pieces)
        piece = QRegularExpression::escape(piece);
    return QRegularExpression(QRegularExpression::anchoredPattern(pieces.join(QStringLiteral(".*"))))
        .match(path)
        .hasMatch();
}

} // namespace

OpenApiContract OpenApiContract::fromJson(const QByteArray &json)
{
    OpenApiContract contract;
    contract.root_ = QJsonDocument::fromJson(json).object();
    contract.paths_ = contract.root_.value(QLatin1StringView("paths")).toObject();
    contract.knownErrors_ = knownErrors();
    return contract;
}

OpenApiContract OpenApiContract::bundled()
{
    QFile file(QStringLiteral(":/chatwoot-fake/application_swagger.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return fromJson(file.readAll());
}

QJsonObject OpenApiContract::resolve(const QJsonObject &maybeReference) const
{
    QJsonObject object = maybeReference;
    for (int depth = 0; depth < 8 && object.contains(QLatin1StringView("$ref")); ++depth) {
        const QStringList path = object.value(QLatin1StringView("$ref")).toString().mid(2).split(u'/');
        QJsonObject target = root_;
        for (const QString &part : path)
            target = target.value(part).toObject();
        object = target;
    }
    return object;
}

void OpenApiContract::checkText(const QString &where, const QJsonObject &schema, const QString &text,
                                QStringList &violations) const
{
    const QString type = schema.value(QLatin1StringView("type")).toString();
    if (type == QLatin1StringView("integer")) {
        bool ok = false;
        text.toLongLong(&ok);
        if (!ok)
            violations.append(where + QStringLiteral(" is not an integer"));
    }
    const QJsonArray values = schema.value(QLatin1StringView("enum")).toArray();
    if (!values.isEmpty() && !values.contains(QJsonValue(text)))
        violations.append(where + QStringLiteral(" has a value outside its enum"));
}

void OpenApiContract::checkValue(const QString &where, const QJsonObject &schemaOrRef,
                                 const QJsonValue &value, QStringList &violations) const
{
    if (value.isNull() || value.isUndefined())
        return;
    const QJsonObject schema = resolve(schemaOrRef);
    const QString type = schema.value(QLatin1StringView("type")).toString();
    const bool typeOk = hasSchemaType(value, type);
    if (!typeOk) {
        violations.append(where + QStringLiteral(" is not of type ") + type);
        return;
    }
    const QJsonArray values = schema.value(QLatin1StringView("enum")).toArray();
    if (!values.isEmpty() && !values.contains(value))
        violations.append(where + QStringLiteral(" has a value outside its enum"));
    if (value.isArray()) {
        const QJsonObject items = schema.value(QLatin1StringView("items")).toObject();
        for (const QJsonValue &item : value.toArray())
            checkValue(where + QStringLiteral("[]"), items, item, violations);
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (const QJsonValue &required : schema.value(QLatin1StringView("required")).toArray()) {
            if (!object.contains(required.toString()))
                violations.append(where + u'.' + required.toString() + QStringLiteral(" is required"));
        }
        const QJsonObject properties = schema.value(QLatin1StringView("properties")).toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (properties.contains(it.key()))
                checkValue(where + u'.' + it.key(), properties.value(it.key()).toObject(), it.value(),
                           violations);
        }
    }
}

std::optional<OpenApiContract::Match> OpenApiContract::match(const QString &path) const
{
    const QStringList actual = segments(path);
    int bestLiterals = -1;
    Match best;
    for (auto it = paths_.begin(); it != paths_.end(); ++it) {
        const QStringList pattern = segments(it.key());
        if (pattern.size() != actual.size())
            continue;
        int literals = 0;
        bool matches = true;
        QHash<QString, QString> values;
        for (qsizetype i = 0; i < pattern.size() && matches; ++i) {
            if (pattern[i].startsWith(u'{') && pattern[i].endsWith(u'}'))
                values.insert(pattern[i].mid(1, pattern[i].size() - 2), actual[i]);
            else if (pattern[i] == actual[i])
                ++literals;
            else
                matches = false;
        }
        if (matches && literals > bestLiterals) {
            bestLiterals = literals;
            best = {it.key(), it.value().toObject(), values};
        }
    }
    if (bestLiterals < 0)
        return std::nullopt; // not covered by the spec
    return best;
}

OpenApiContract::Verdict OpenApiContract::check(const HttpRequest &request) const
{
    Verdict verdict;
    const std::optional<Match> matched = match(request.path);
    if (!matched)
        return verdict;
    verdict.pathTemplate = matched->pathTemplate;
    const QJsonObject &pathItem = matched->pathItem;
    const QHash<QString, QString> &pathValues = matched->pathValues;
    verdict.covered = true;
    const QJsonObject operation = pathItem.value(QString::fromLatin1(request.method.toLower())).toObject();
    if (operation.isEmpty()) {
        verdict.violations.append(QString::fromLatin1(request.method) +
                                  QStringLiteral(" is not defined for ") + verdict.pathTemplate);
        return verdict;
    }

    QJsonArray parameters = pathItem.value(QLatin1StringView("parameters")).toArray();
    for (const QJsonValue &parameter : operation.value(QLatin1StringView("parameters")).toArray())
        parameters.append(parameter);
    for (const QJsonValue &value : std::as_const(parameters)) {
        const QJsonObject parameter = resolve(value.toObject());
        const QString name = parameter.value(QLatin1StringView("name")).toString();
        const QString in = parameter.value(QLatin1StringView("in")).toString();
        const QJsonObject schema = resolve(parameter.value(QLatin1StringView("schema")).toObject());
        if (in == QLatin1StringView("path")) {
            // The spec names some path parameters differently from its template ({id} vs "account_id"):
            // only the template's own names are checked.
            if (pathValues.contains(name))
                checkText(QStringLiteral("path parameter ") + name, schema, pathValues.value(name),
                          verdict.violations);
        } else if (in == QLatin1StringView("query")) {
            const bool present =
                request.query.hasQueryItem(name) || request.query.hasQueryItem(name + QStringLiteral("[]"));
            if (!present) {
                if (parameter.value(QLatin1StringView("required")).toBool())
                    verdict.violations.append(QStringLiteral("query parameter ") + name +
                                              QStringLiteral(" is required"));
                continue;
            }
            if (schema.value(QLatin1StringView("type")).toString() != QLatin1StringView("array"))
                checkText(QStringLiteral("query parameter ") + name, schema,
                          request.query.queryItemValue(name, QUrl::FullyDecoded), verdict.violations);
        }
    }

    const QJsonObject body = operation.value(QLatin1StringView("requestBody")).toObject();
    // The spec describes JSON bodies only; a multipart upload (a message with files) is outside it.
    const bool multipart = request.header("content-type").startsWith("multipart/form-data");
    if (!body.isEmpty() && !multipart) {
        const QJsonObject schema = body.value(QLatin1StringView("content"))
                                       .toObject()
                                       .value(QLatin1StringView("application/json"))
                                       .toObject()
                                       .value(QLatin1StringView("schema"))
                                       .toObject();
        if (!request.hasJsonBody()) {
            if (body.value(QLatin1StringView("required")).toBool())
                verdict.violations.append(QStringLiteral("the request body is required"));
        } else if (!schema.isEmpty()) {
            const QJsonDocument document = QJsonDocument::fromJson(request.body);
            checkValue(QStringLiteral("body"), schema,
                       document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()),
                       verdict.violations);
        }
    }

    const QJsonArray security = operation.contains(QLatin1StringView("security"))
                                    ? operation.value(QLatin1StringView("security")).toArray()
                                    : root_.value(QLatin1StringView("security")).toArray();
    if (!security.isEmpty() && request.header("api_access_token").isEmpty())
        verdict.violations.append(QStringLiteral("the api_access_token header is missing"));
    return verdict;
}

// --- responses --------------------------------------------------------------------------------------------

void OpenApiContract::checkAnswer(const QString &where, const QJsonObject &schemaOrRef,
                                  const QJsonValue &value, QList<Issue> &issues) const
{
    const QJsonObject schema = resolve(schemaOrRef);
    const QJsonArray allOf = schema.value(QLatin1StringView("allOf")).toArray();
    for (const QJsonValue &part : allOf)
        checkAnswer(where, part.toObject(), value, issues);
    const QJsonArray oneOf = schema.value(QLatin1StringView("oneOf")).toArray();
    if (!oneOf.isEmpty()) {
        int fitting = 0;
        for (const QJsonValue &part : oneOf) {
            QList<Issue> own;
            checkAnswer(where, part.toObject(), value, own);
            fitting += own.isEmpty();
        }
        if (fitting != 1)
            issues.append({where, QStringLiteral("matches %1 of its oneOf schemas, not one").arg(fitting)});
    }
    const QString type = schema.value(QLatin1StringView("type")).toString();
    if (value.isNull()) {
        if (!type.isEmpty() && !schema.value(QLatin1StringView("nullable")).toBool())
            issues.append({where, QStringLiteral("is null, which its schema does not allow")});
        return;
    }
    const bool typeOk = hasSchemaType(value, type);
    if (!typeOk) {
        issues.append({where, QStringLiteral("is not of type ") + type});
        return;
    }
    const QJsonArray values = schema.value(QLatin1StringView("enum")).toArray();
    if (!values.isEmpty() && !values.contains(value))
        issues.append({where, QStringLiteral("has a value outside its enum")});
    if (value.isString() && schema.value(QLatin1StringView("format")) == QLatin1StringView("date-time") &&
        !QDateTime::fromString(value.toString(), Qt::ISODateWithMs).isValid())
        issues.append({where, QStringLiteral("is not a date-time")});
    if (value.isArray()) {
        const QJsonObject items = schema.value(QLatin1StringView("items")).toObject();
        for (const QJsonValue &item : value.toArray())
            checkAnswer(where + QStringLiteral("[]"), items, item, issues);
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (const QJsonValue &required : schema.value(QLatin1StringView("required")).toArray()) {
            if (!object.contains(required.toString()))
                issues.append(
                    {where + u'.' + required.toString(), QStringLiteral("is required but missing")});
        }
        const QJsonObject properties = schema.value(QLatin1StringView("properties")).toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (properties.contains(it.key()))
                checkAnswer(where + u'.' + it.key(), properties.value(it.key()).toObject(), it.value(),
                            issues);
        }
    }
}

OpenApiContract::Verdict OpenApiContract::checkResponse(const HttpRequest &request, int status,
                                                        const QByteArray &body) const
{
    Verdict verdict;
    const std::optional<Match> matched = match(request.path);
    if (!matched)
        return verdict;
    verdict.covered = true;
    verdict.pathTemplate = matched->pathTemplate;
    const QString method = QString::fromLatin1(request.method.toLower());
    const QJsonObject operation = matched->pathItem.value(method).toObject();
    if (operation.isEmpty() || status == 0)
        return verdict; // the request's own check reports an undefined method; a lost answer says nothing
    const QJsonObject responses = operation.value(QLatin1StringView("responses")).toObject();
    const QString code = QString::number(status);
    QList<Issue> issues;
    if (!responses.contains(code)) {
        if (status >= 200 && status < 300)
            issues.append({QStringLiteral("status"), QStringLiteral("%1 is not declared").arg(status)});
    }
    const QJsonObject schema = responses.value(code)
                                   .toObject()
                                   .value(QLatin1StringView("content"))
                                   .toObject()
                                   .value(QLatin1StringView("application/json"))
                                   .toObject()
                                   .value(QLatin1StringView("schema"))
                                   .toObject();
    const QByteArray text = body.trimmed();
    if (schema.isEmpty()) {
        // The spec describes no body here (head :ok, an undeclared status): nothing more to check.
    } else if (text.isEmpty()) {
        issues.append({QStringLiteral("body"), QStringLiteral("is empty, but a JSON body is declared")});
    } else if (text == "null") {
        checkAnswer(QStringLiteral("body"), schema, QJsonValue(QJsonValue::Null), issues);
    } else {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(text, &error);
        if (error.error != QJsonParseError::NoError)
            issues.append({QStringLiteral("body"), QStringLiteral("is not JSON")});
        else
            checkAnswer(QStringLiteral("body"), schema,
                        document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()),
                        issues);
    }
    for (const Issue &issue : std::as_const(issues)) {
        const bool known = std::any_of(knownErrors_.begin(), knownErrors_.end(), [&](const KnownError &k) {
            return (k.pathTemplate == u"*" || k.pathTemplate == verdict.pathTemplate) &&
                   (k.method == u"*" || k.method.compare(method, Qt::CaseInsensitive) == 0) &&
                   matchesPattern(k.jsonPath, issue.where);
        });
        if (!known)
            verdict.violations.append(issue.where + u' ' + issue.problem);
    }
    return verdict;
}

} // namespace kontor::chatwoot::fake
