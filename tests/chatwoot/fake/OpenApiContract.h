#pragma once

#include "HttpExchange.h"

#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace kontor::chatwoot::fake {

// Checks requests against Chatwoot's OpenAPI spec where the spec covers their path: the method exists for the
// path template, path parameters have the declared type, required query parameters are present and declared
// enums and integer types are respected, a required body is sent with its required properties, property
// enums and primitive types hold (null counts as "unset": Chatwoot clears a priority or an assignee with it),
// and the api_access_token header is sent where the operation needs it. Paths the spec leaves out (labels,
// live reports, contact merge, the websocket…) are reported as not covered, not as violations.
//
// Responses are checked against the operation's schema for their status: types, required properties, enums,
// nullable (null is a value in an answer: it must be declared), date-time formats, arrays, $ref, allOf and
// oneOf. Properties the schema does not name are allowed. Where the spec is known to be wrong about what
// Chatwoot answers, the difference is listed once, in knownErrors(), and not reported.
class OpenApiContract
{
public:
    struct Verdict
    {
        bool covered = false;
        QString pathTemplate;
        QStringList violations;
    };

    // The spec as a JSON document (application_swagger.json).
    static OpenApiContract fromJson(const QByteArray &json);
    // The spec shipped with the fake server's resources.
    static OpenApiContract bundled();

    // Where the spec describes a response wrongly: which answers (a path template and method, "*" for any),
    // where in the JSON body (a wildcard pattern over paths like "body.data.payload[].snoozed_until"), and
    // what the real server does instead.
    struct KnownError
    {
        QString pathTemplate;
        QString method;
        QString jsonPath;
        QString realBehaviour;
    };
    static const QList<KnownError> &knownErrors();
    // The known errors this contract forgives (knownErrors() unless replaced, as a test may do).
    void setKnownErrors(const QList<KnownError> &errors) { knownErrors_ = errors; }

    bool isValid() const { return !paths_.isEmpty(); }
    Verdict check(const HttpRequest &request) const;
    // An answer to request: the status must be declared for a success, and a declared JSON body must match
    // its schema. Error statuses the spec does not list (faults a test injects) are not checked; a lost
    // answer is passed as status 0 and not checked either.
    Verdict checkResponse(const HttpRequest &request, int status, const QByteArray &body) const;

private:
    struct Issue
    {
        QString where;
        QString problem;
    };
    struct Match
    {
        QString pathTemplate;
        QJsonObject pathItem;
        QHash<QString, QString> pathValues;
    };
    std::optional<Match> match(const QString &path) const;
    QJsonObject resolve(const QJsonObject &maybeReference) const;
    void checkAnswer(const QString &where, const QJsonObject &schema, const QJsonValue &value,
                     QList<Issue> &issues) const;
    void checkValue(const QString &where, const QJsonObject &schema, const QJsonValue &value,
                    QStringList &violations) const;
    void checkText(const QString &where, const QJsonObject &schema, const QString &text,
                   QStringList &violations) const;

    QJsonObject root_;
    QJsonObject paths_;
    QList<KnownError> knownErrors_;
};

} // namespace kontor::chatwoot::fake
