#include "connectors/chatwoot/api/ConversationJobs.h"

namespace kontor::chatwoot {

ConversationsPageJob::ConversationsPageJob(const Endpoint &endpoint, int page)
    : JsonJob(Method::Get, endpoint.accountPath(QStringLiteral("/conversations")), Shape::List)
{
    addQueryItem(QStringLiteral("status"), QStringLiteral("all"));
    addQueryItem(QStringLiteral("assignee_type"), QStringLiteral("all"));
    if (page > 0)
        addQueryItem(QStringLiteral("page"), QString::number(page));
}

ConversationsPageJob *ConversationsPageJob::updatedWithin(const Endpoint &endpoint, qint64 seconds)
{
    auto *job = new ConversationsPageJob(endpoint, 0);
    job->addQueryItem(QStringLiteral("updated_within"), QString::number(qMax<qint64>(1, seconds)));
    return job;
}

qint64 ConversationsPageJob::allCount() const
{
    return readInteger(meta().value(QLatin1StringView("all_count")));
}

ConversationJob::ConversationJob(const Endpoint &endpoint, const QString &conversationId)
    : JsonJob(Method::Get, endpoint.accountPath(QStringLiteral("/conversations/") + conversationId),
              Shape::Object)
{}

MessagesJob::MessagesJob(const Endpoint &endpoint, const QString &conversationId,
                         std::optional<qint64> before, std::optional<qint64> after)
    : JsonJob(Method::Get,
              endpoint.accountPath(QStringLiteral("/conversations/") + conversationId +
                                   QStringLiteral("/messages")),
              Shape::List)
    , conversationId_(conversationId)
{
    if (before)
        addQueryItem(QStringLiteral("before"), QString::number(*before));
    if (after)
        addQueryItem(QStringLiteral("after"), QString::number(*after));
}

} // namespace kontor::chatwoot
