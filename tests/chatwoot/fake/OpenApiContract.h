#pragma once

#include "HttpExchange.h"

#include <QJsonObject>
#include <QStringList>

namespace kontor::chatwoot::fake {

// Checks requests against Chatwoot's OpenAPI spec where the spec covers their path: the method exists for the
// path template, path parameters have the declared type, required query parameters are present and declared
// enums and integer types are respected, a required body is sent with its required properties, property
// enums and primitive types hold (null counts as "unset": Chatwoot clears a priority or an assignee with it),
// and the api_access_token header is sent where the operation needs it. Paths the spec leaves out (labels,
// live reports, contact merge, the websocket…) are reported as not covered, not as violations.
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

    bool isValid() const { return !paths_.isEmpty(); }
    Verdict check(const HttpRequest &request) const;

private:
    QJsonObject resolve(const QJsonObject &maybeReference) const;
    void checkValue(const QString &where, const QJsonObject &schema, const QJsonValue &value,
                    QStringList &violations) const;
    void checkText(const QString &where, const QJsonObject &schema, const QString &text,
                   QStringList &violations) const;

    QJsonObject root_;
    QJsonObject paths_;
};

} // namespace kontor::chatwoot::fake
