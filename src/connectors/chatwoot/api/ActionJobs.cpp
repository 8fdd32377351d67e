#include "connectors/chatwoot/api/ActionJobs.h"

namespace kontor::chatwoot {

namespace {
QString conversationPath(const Endpoint &endpoint, const QString &id, const QString &rest)
{
    return endpoint.accountPath(QStringLiteral("/conversations/") + id + rest);
}

QJsonValue idOrNull(const QString &id)
{
    bool ok = false;
    const qint64 number = id.toLongLong(&ok);
    if (id.isEmpty())
        return QJsonValue(QJsonValue::Null);
    return ok ? QJsonValue(number) : QJsonValue(id);
}

QStringList stringsIn(const QJsonArray &array)
{
    QStringList result;
    for (const QJsonValue &value : array) {
        const QString text = readString(value);
        if (!text.isEmpty())
            result.append(text);
    }
    return result;
}

QString statusName(ConversationStatus status)
{
    switch (status) {
    case ConversationStatus::Open:
        return QStringLiteral("open");
    case ConversationStatus::Pending:
        return QStringLiteral("pending");
    case ConversationStatus::Snoozed:
        return QStringLiteral("snoozed");
    case ConversationStatus::Resolved:
        return QStringLiteral("resolved");
    }
    return QStringLiteral("open");
}
} // namespace

SendMessageJob::SendMessageJob(const Endpoint &endpoint, const QString &conversationId,
                               const QString &content, bool isPrivate, const QString &echoId,
                               const QString &deliveryKey, const QList<FilePart> &files)
    : JsonJob(Method::Post, conversationPath(endpoint, conversationId, QStringLiteral("/messages")),
              Shape::Object)
{
    setBody({{QStringLiteral("content"), content},
             {QStringLiteral("private"), isPrivate},
             {QStringLiteral("message_type"), QStringLiteral("outgoing")},
             {QStringLiteral("echo_id"), echoId},
             {QStringLiteral("source_id"), deliveryKey}});
    if (!files.isEmpty())
        setFiles(QStringLiteral("attachments[]"), files);
}

ToggleStatusJob::ToggleStatusJob(const Endpoint &endpoint, const QString &conversationId,
                                 ConversationStatus status, std::optional<UtcMillis> snoozedUntil)
    : JsonJob(Method::Post, conversationPath(endpoint, conversationId, QStringLiteral("/toggle_status")),
              Shape::Any)
{
    QJsonObject body{{QStringLiteral("status"), statusName(status)}};
    if (status == ConversationStatus::Snoozed && snoozedUntil)
        body.insert(QStringLiteral("snoozed_until"), qint64(*snoozedUntil / 1000));
    setBody(body);
}

TogglePriorityJob::TogglePriorityJob(const Endpoint &endpoint, const QString &conversationId,
                                     Priority priority)
    : JsonJob(Method::Post, conversationPath(endpoint, conversationId, QStringLiteral("/toggle_priority")),
              Shape::Any)
{
    QJsonValue value(QJsonValue::Null);
    switch (priority) {
    case Priority::None:
        break;
    case Priority::Low:
        value = QStringLiteral("low");
        break;
    case Priority::Medium:
        value = QStringLiteral("medium");
        break;
    case Priority::High:
        value = QStringLiteral("high");
        break;
    case Priority::Urgent:
        value = QStringLiteral("urgent");
        break;
    }
    setBody({{QStringLiteral("priority"), value}});
}

AssignmentJob::AssignmentJob(const Endpoint &endpoint, const QString &conversationId, const QJsonObject &body)
    : JsonJob(Method::Post, conversationPath(endpoint, conversationId, QStringLiteral("/assignments")),
              Shape::Any)
{
    setBody(body);
}

AssignmentJob *AssignmentJob::agent(const Endpoint &endpoint, const QString &conversationId,
                                    const QString &agentId)
{
    return new AssignmentJob(endpoint, conversationId, {{QStringLiteral("assignee_id"), idOrNull(agentId)}});
}

AssignmentJob *AssignmentJob::team(const Endpoint &endpoint, const QString &conversationId,
                                   const QString &teamId)
{
    return new AssignmentJob(endpoint, conversationId, {{QStringLiteral("team_id"), idOrNull(teamId)}});
}

ConversationLabelsJob::ConversationLabelsJob(const Endpoint &endpoint, const QString &conversationId)
    : JsonJob(Method::Get, conversationPath(endpoint, conversationId, QStringLiteral("/labels")), Shape::List)
{}

QStringList ConversationLabelsJob::labels() const
{
    return stringsIn(items());
}

SetConversationLabelsJob::SetConversationLabelsJob(const Endpoint &endpoint, const QString &conversationId,
                                                   const QStringList &labels)
    : JsonJob(Method::Post, conversationPath(endpoint, conversationId, QStringLiteral("/labels")),
              Shape::List)
{
    setBody({{QStringLiteral("labels"), QJsonArray::fromStringList(labels)}});
}

QStringList SetConversationLabelsJob::labels() const
{
    return stringsIn(items());
}

UpdateLastSeenJob::UpdateLastSeenJob(const Endpoint &endpoint, const QString &conversationId)
    : JsonJob(Method::Post, conversationPath(endpoint, conversationId, QStringLiteral("/update_last_seen")),
              Shape::Any)
{}

} // namespace kontor::chatwoot
