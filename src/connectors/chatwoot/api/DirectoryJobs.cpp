#include "connectors/chatwoot/api/DirectoryJobs.h"

#include <QCoreApplication>

namespace kontor::chatwoot {

InboxesJob::InboxesJob(const Endpoint &endpoint)
    : JsonJob(Method::Get, endpoint.accountPath(QStringLiteral("/inboxes")), Shape::List)
{}

AgentsJob::AgentsJob(const Endpoint &endpoint)
    : JsonJob(Method::Get, endpoint.accountPath(QStringLiteral("/agents")), Shape::List)
{}

TeamsJob::TeamsJob(const Endpoint &endpoint)
    : JsonJob(Method::Get, endpoint.accountPath(QStringLiteral("/teams")), Shape::List)
{}

TeamMembersJob::TeamMembersJob(const Endpoint &endpoint, const QString &teamId)
    : JsonJob(Method::Get,
              endpoint.accountPath(QStringLiteral("/teams/") + teamId + QStringLiteral("/team_members")),
              Shape::List)
    , teamId_(teamId)
{}

LabelsJob::LabelsJob(const Endpoint &endpoint)
    : JsonJob(Method::Get, endpoint.accountPath(QStringLiteral("/labels")), Shape::List)
{}

QStringList LabelsJob::titles() const
{
    QStringList result;
    for (const QJsonValue &value : items()) {
        const QString title = readString(value.toObject().value(QLatin1StringView("title")));
        if (!title.isEmpty())
            result.append(title);
    }
    return result;
}

CannedResponsesJob::CannedResponsesJob(const Endpoint &endpoint)
    : JsonJob(Method::Get, endpoint.accountPath(QStringLiteral("/canned_responses")), Shape::List)
{}

SlaPoliciesJob::SlaPoliciesJob(const Endpoint &endpoint)
    : JsonJob(Method::Get, endpoint.accountPath(QStringLiteral("/sla_policies")), Shape::List)
{}

ContactAttributeDefinitionsJob::ContactAttributeDefinitionsJob(const Endpoint &endpoint)
    : JsonJob(Method::Get, endpoint.accountPath(QStringLiteral("/custom_attribute_definitions")), Shape::List)
{
    addQueryItem(QStringLiteral("attribute_model"), QStringLiteral("1")); // contact_attribute
}

CacheKeys readCacheKeys(const QJsonObject &object)
{
    const QJsonObject keys = object.value(QLatin1StringView("cache_keys")).isObject()
                                 ? object.value(QLatin1StringView("cache_keys")).toObject()
                                 : object;
    return {readString(keys.value(QLatin1StringView("label"))),
            readString(keys.value(QLatin1StringView("inbox"))),
            readString(keys.value(QLatin1StringView("team")))};
}

CacheKeysJob::CacheKeysJob(const Endpoint &endpoint)
    : ChatwootJob(Method::Get, endpoint.accountPath(QStringLiteral("/cache_keys")))
{}

QString CacheKeysJob::read(const QJsonDocument &document, int)
{
    if (!document.isObject())
        return QCoreApplication::translate("ChatwootConnector", "Chatwoot sent something other than the "
                                                                "expected record.");
    keys_ = readCacheKeys(document.object());
    return {};
}

} // namespace kontor::chatwoot
