#include "connectors/chatwoot/outbox/ContactActions.h"

#include "connectors/chatwoot/outbox/OutboxDelivery.h"

#include "connectors/chatwoot/api/ContactJobs.h"
#include "connectors/chatwoot/api/ConversationJobs.h"
#include "connectors/chatwoot/sync/BatchBuilder.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace kontor::chatwoot {

ContactActions::ContactActions(ChatwootClient &client, AccountSnapshot &snapshot,
                               const IdentityNormalizer &normalizer, const AccountRecord &account,
                               QObject *parent)
    : QObject(parent)
    , client_(client)
    , snapshot_(snapshot)
    , normalizer_(normalizer)
    , account_(account)
{}

namespace {
// The server's clock may run behind ours: a conversation started by an earlier attempt may look older than
// the entry.
constexpr qint64 kClockSkewMillis = 5 * 60 * 1000;

// The message the conversation was created with: the oldest outgoing one the conversation lists.
QString firstMessageIdOf(const QJsonObject &conversation)
{
    QString first;
    qint64 firstAt = 0;
    for (const QJsonValue &value : conversation.value(QLatin1StringView("messages")).toArray()) {
        const QJsonObject message = value.toObject();
        if (message.value(QLatin1StringView("message_type")).toInt(-1) != 1)
            continue; // 1: outgoing
        const qint64 at = qint64(message.value(QLatin1StringView("created_at")).toDouble());
        if (first.isEmpty() || at < firstAt) {
            first = readId(message.value(QLatin1StringView("id")));
            firstAt = at;
        }
    }
    return first;
}
} // namespace

void ContactActions::merge(const QString &baseContactId, const QString &mergeeContactId, Done done)
{
    client_.send<ContactMergeJob>(new ContactMergeJob(client_.endpoint(), baseContactId, mergeeContactId),
                                  this, [this, done](ContactMergeJob &job) {
                                      if (!job.succeeded())
                                          return done(deliveryResultFor(job.error()));
                                      BatchBuilder builder(account_, snapshot_, normalizer_);
                                      builder.addContact(job.object());
                                      DeliveryResult result = DeliveryResult::confirmed();
                                      if (builder.hasRecords())
                                          result.echo = builder.take();
                                      done(result);
                                  });
}

void ContactActions::startConversation(const QString &contactId, const QString &inboxId, const QString &text,
                                       const QString &deliveryKey, Done done)
{
    const Endpoint endpoint = client_.endpoint();
    client_.send<ContactableInboxesJob>(
        new ContactableInboxesJob(endpoint, contactId), this,
        [this, endpoint, contactId, inboxId, text, deliveryKey, done](ContactableInboxesJob &inboxes) {
            if (!inboxes.succeeded())
                return done(deliveryResultFor(inboxes.error()));
            const QString sourceId = inboxes.sourceIdFor(inboxId);
            if (!sourceId.isEmpty())
                return createConversation(sourceId, contactId, inboxId, text, deliveryKey, done);
            client_.send<CreateContactInboxJob>(
                new CreateContactInboxJob(endpoint, contactId, inboxId), this,
                [this, contactId, inboxId, text, deliveryKey, done](CreateContactInboxJob &created) {
                    if (!created.succeeded())
                        return done(deliveryResultFor(created.error()));
                    createConversation(created.sourceId(), contactId, inboxId, text, deliveryKey, done);
                });
        });
}

void ContactActions::deliverStart(const DeliveryRequest &request, const QString &text, Done done)
{
    const QString key = OutboxDelivery::deliveryKey(request.entry.uuid);
    const QString contact = request.contactRemoteId;
    const QString inbox = request.inboxRemoteId;
    auto start = [this, key, contact, inbox, text, done] {
        startConversation(contact, inbox, text, key, done);
    };
    if (!request.outcomeUnknown)
        return start();
    // An earlier attempt may have opened the conversation: it is found by the key it carries.
    const UtcMillis since = request.entry.firstSentAt ? request.entry.firstSentAt : request.entry.createdAt;
    const UtcMillis notBefore = since - kClockSkewMillis;
    client_.send<ContactConversationsJob>(
        new ContactConversationsJob(client_.endpoint(), contact), this,
        [this, key, notBefore, done, start](ContactConversationsJob &job) {
            if (!job.succeeded()) // still unknown: starting now could open a second conversation
                return done(DeliveryResult::mayHaveLanded(job.error().message, job.error().retryAfterMillis));
            const QJsonObject landed = job.startedWithKey(key);
            if (landed.isEmpty()) {
                if (job.coversActivitySince(notBefore))
                    return start();
                return done(DeliveryResult::outcomeUnknown(QCoreApplication::translate(
                    "ChatwootConnector", "The answer to this new conversation was lost, and the customer has "
                                         "too many recent conversations for Kontor to check whether it was "
                                         "opened. Look in Chatwoot, then send it again or discard it.")));
            }
            done(startedWith(readId(landed.value(QLatin1StringView("id"))), landed));
        });
}

void ContactActions::deliverMerge(const DeliveryRequest &request, const MergeContacts &merge, Done done)
{
    if (!request.outcomeUnknown)
        return this->merge(merge.survivorContactRemoteId, merge.mergedContactRemoteId, done);
    // Chatwoot deletes the merged contact: when it is gone while the one that stays is there, the earlier
    // attempt landed.
    const Endpoint endpoint = client_.endpoint();
    const QString base = merge.survivorContactRemoteId;
    const QString mergee = merge.mergedContactRemoteId;
    client_.send<ContactJob>(
        new ContactJob(endpoint, mergee), this, [this, endpoint, base, mergee, done](ContactJob &mergeeJob) {
            if (mergeeJob.succeeded())
                return this->merge(base, mergee, done); // still there: not merged yet
            if (mergeeJob.error().status != JobStatus::NotFound)
                return done(DeliveryResult::mayHaveLanded(mergeeJob.error().message,
                                                          mergeeJob.error().retryAfterMillis));
            client_.send<ContactJob>(new ContactJob(endpoint, base), this, [this, done](ContactJob &baseJob) {
                if (!baseJob.succeeded())
                    return done(deliveryResultFor(baseJob.error()));
                BatchBuilder builder(account_, snapshot_, normalizer_);
                builder.addContact(baseJob.object());
                DeliveryResult result = DeliveryResult::confirmed();
                if (builder.hasRecords())
                    result.echo = builder.take();
                done(result);
            });
        });
}

void ContactActions::deliverUpdate(const UpdateContact &update, Done done)
{
    const Endpoint endpoint = client_.endpoint();
    const QString contactId = update.contactRemoteId;
    client_.send<ContactJob>(
        new ContactJob(endpoint, contactId), this,
        [this, endpoint, contactId, update, done](ContactJob &current) {
            if (!current.succeeded()) {
                if (current.error().status == JobStatus::NotFound)
                    return done(DeliveryResult::permanent(QCoreApplication::translate(
                        "ChatwootConnector", "Chatwoot no longer has this contact.")));
                // Nothing was written yet: a read that failed is only tried again.
                if (current.error().retryClass() == RetryClass::Retryable)
                    return done(
                        DeliveryResult::retryable(current.error().message, current.error().retryAfterMillis));
                return done(deliveryResultFor(current.error()));
            }
            const QJsonObject contact = current.object();
            QJsonObject changes;
            if (update.name && readString(contact.value(QLatin1StringView("name"))) != *update.name)
                changes.insert(QStringLiteral("name"), *update.name);
            if (update.email && readString(contact.value(QLatin1StringView("email"))).isEmpty())
                changes.insert(QStringLiteral("email"), *update.email);
            if (update.phone && readString(contact.value(QLatin1StringView("phone_number"))).isEmpty())
                changes.insert(QStringLiteral("phone_number"), *update.phone);
            if (changes.isEmpty())
                return done(confirmedWithContact(contact));
            client_.send<UpdateContactJob>(new UpdateContactJob(endpoint, contactId, changes), this,
                                           [this, done](UpdateContactJob &job) {
                                               if (!job.succeeded())
                                                   return done(deliveryResultFor(job.error()));
                                               done(confirmedWithContact(job.object()));
                                           });
        });
}

DeliveryResult ContactActions::confirmedWithContact(const QJsonObject &contact)
{
    BatchBuilder builder(account_, snapshot_, normalizer_);
    builder.addContact(contact);
    DeliveryResult result = DeliveryResult::confirmed();
    if (builder.hasRecords())
        result.echo = builder.take();
    return result;
}

DeliveryResult ContactActions::startedWith(const QString &conversationId, const QJsonObject &conversation)
{
    DeliveryResult result =
        DeliveryResult::conversationStarted(conversationId, firstMessageIdOf(conversation));
    BatchBuilder builder(account_, snapshot_, normalizer_);
    builder.addConversation(conversation);
    if (builder.hasRecords())
        result.echo = builder.take();
    return result;
}

void ContactActions::createConversation(const QString &sourceId, const QString &contactId,
                                        const QString &inboxId, const QString &text,
                                        const QString &deliveryKey, Done done)
{
    const Endpoint endpoint = client_.endpoint();
    client_.send<CreateConversationJob>(
        new CreateConversationJob(endpoint, sourceId, inboxId, contactId, text, deliveryKey), this,
        [this, endpoint, done](CreateConversationJob &created) {
            if (!created.succeeded())
                return done(deliveryResultFor(created.error()));
            const QJsonObject answer = created.object();
            const QString conversationId = readId(answer.value(QLatin1StringView("id")));
            // Chatwoot answers with the whole conversation (its contact in meta, its first message); only a
            // slim answer (id, account and inbox) makes it read the conversation back for the echo.
            if (answer.value(QLatin1StringView("meta")).isObject())
                return done(startedWith(conversationId, answer));
            client_.send<ConversationJob>(
                new ConversationJob(endpoint, conversationId), this,
                [this, conversationId, done](ConversationJob &full) {
                    if (!full.succeeded()) // started all the same; no echo
                        return done(DeliveryResult::conversationStarted(conversationId, QString()));
                    done(startedWith(conversationId, full.object()));
                });
        });
}

} // namespace kontor::chatwoot
