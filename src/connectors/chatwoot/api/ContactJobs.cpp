#include "connectors/chatwoot/api/ContactJobs.h"

namespace kontor::chatwoot {

namespace {
QJsonValue numericId(const QString &id)
{
    bool ok = false;
    const qint64 number = id.toLongLong(&ok);
    return ok ? QJsonValue(number) : QJsonValue(id);
}
} // namespace

ContactsPageJob::ContactsPageJob(const Endpoint &endpoint, int page)
    : JsonJob(Method::Get, endpoint.accountPath(QStringLiteral("/contacts")), Shape::List)
{
    addQueryItem(QStringLiteral("page"), QString::number(qMax(1, page)));
    addQueryItem(QStringLiteral("include_contact_inboxes"), QStringLiteral("true"));
}

qint64 ContactsPageJob::totalCount() const
{
    return readInteger(meta().value(QLatin1StringView("count")));
}

ContactJob::ContactJob(const Endpoint &endpoint, const QString &contactId)
    : JsonJob(Method::Get, endpoint.accountPath(QStringLiteral("/contacts/") + contactId), Shape::Object)
{}

UpdateContactJob::UpdateContactJob(const Endpoint &endpoint, const QString &contactId,
                                   const QJsonObject &changes)
    : JsonJob(Method::Put, endpoint.accountPath(QStringLiteral("/contacts/") + contactId), Shape::Object)
{
    setBody(changes);
}

ContactMergeJob::ContactMergeJob(const Endpoint &endpoint, const QString &baseContactId,
                                 const QString &mergeeContactId)
    : JsonJob(Method::Post, endpoint.accountPath(QStringLiteral("/actions/contact_merge")), Shape::Object)
{
    setBody({{QStringLiteral("base_contact_id"), numericId(baseContactId)},
             {QStringLiteral("mergee_contact_id"), numericId(mergeeContactId)}});
}

ContactConversationsJob::ContactConversationsJob(const Endpoint &endpoint, const QString &contactId)
    : JsonJob(
          Method::Get,
          endpoint.accountPath(QStringLiteral("/contacts/") + contactId + QStringLiteral("/conversations")),
          Shape::List)
{}

QJsonObject ContactConversationsJob::startedWithKey(const QString &deliveryKey) const
{
    for (const QJsonValue &value : items()) {
        const QJsonObject conversation = value.toObject();
        const QJsonObject attributes =
            conversation.value(QLatin1StringView("additional_attributes")).toObject();
        if (readString(attributes.value(CreateConversationJob::deliveryKeyAttribute())) == deliveryKey)
            return conversation;
    }
    return {};
}

bool ContactConversationsJob::coversActivitySince(UtcMillis notBefore) const
{
    const QJsonArray conversations = items();
    if (conversations.size() < kPageSize)
        return true;
    for (const QJsonValue &value : conversations) {
        const std::optional<UtcMillis> active =
            readTimestamp(value.toObject().value(QLatin1StringView("last_activity_at")));
        if (active && *active < notBefore)
            return true;
    }
    return false;
}

ContactableInboxesJob::ContactableInboxesJob(const Endpoint &endpoint, const QString &contactId)
    : JsonJob(Method::Get,
              endpoint.accountPath(QStringLiteral("/contacts/") + contactId +
                                   QStringLiteral("/contactable_inboxes")),
              Shape::List)
{}

QString ContactableInboxesJob::sourceIdFor(const QString &inboxId) const
{
    for (const QJsonValue &value : items()) {
        const QJsonObject entry = value.toObject();
        if (readId(entry.value(QLatin1StringView("inbox")).toObject().value(QLatin1StringView("id"))) ==
            inboxId)
            return readString(entry.value(QLatin1StringView("source_id")));
    }
    return {};
}

CreateContactInboxJob::CreateContactInboxJob(const Endpoint &endpoint, const QString &contactId,
                                             const QString &inboxId)
    : JsonJob(
          Method::Post,
          endpoint.accountPath(QStringLiteral("/contacts/") + contactId + QStringLiteral("/contact_inboxes")),
          Shape::Object)
{
    setBody({{QStringLiteral("inbox_id"), numericId(inboxId)}});
}

QString CreateContactInboxJob::sourceId() const
{
    return readString(object().value(QLatin1StringView("source_id")));
}

CreateConversationJob::CreateConversationJob(const Endpoint &endpoint, const QString &sourceId,
                                             const QString &inboxId, const QString &contactId,
                                             const QString &content, const QString &deliveryKey)
    : JsonJob(Method::Post, endpoint.accountPath(QStringLiteral("/conversations")), Shape::Object)
{
    setBody({{QStringLiteral("source_id"), sourceId},
             {QStringLiteral("inbox_id"), numericId(inboxId)},
             {QStringLiteral("contact_id"), numericId(contactId)},
             {QStringLiteral("message"), QJsonObject{{QStringLiteral("content"), content}}},
             {QStringLiteral("additional_attributes"), QJsonObject{{deliveryKeyAttribute(), deliveryKey}}}});
}

} // namespace kontor::chatwoot
