#include "connectors/chatwoot/outbox/ContactActions.h"

#include "connectors/chatwoot/api/ContactJobs.h"
#include "connectors/chatwoot/api/ConversationJobs.h"
#include "connectors/chatwoot/sync/BatchBuilder.h"

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
                                       Done done)
{
    const Endpoint endpoint = client_.endpoint();
    client_.send<ContactableInboxesJob>(
        new ContactableInboxesJob(endpoint, contactId), this,
        [this, endpoint, contactId, inboxId, text, done](ContactableInboxesJob &inboxes) {
            if (!inboxes.succeeded())
                return done(deliveryResultFor(inboxes.error()));
            const QString sourceId = inboxes.sourceIdFor(inboxId);
            if (!sourceId.isEmpty())
                return createConversation(sourceId, contactId, inboxId, text, done);
            client_.send<CreateContactInboxJob>(
                new CreateContactInboxJob(endpoint, contactId, inboxId), this,
                [this, contactId, inboxId, text, done](CreateContactInboxJob &created) {
                    if (!created.succeeded())
                        return done(deliveryResultFor(created.error()));
                    createConversation(created.sourceId(), contactId, inboxId, text, done);
                });
        });
}

void ContactActions::deliverStart(const DeliveryRequest &request, const QString &text, Done done)
{
    const QString uuid = request.entry.uuid;
    const QString contact = request.contactRemoteId;
    const QString inbox = request.inboxRemoteId;
    auto start = [this, uuid, contact, inbox, text, done] {
        startConversation(contact, inbox, text, [this, uuid, done](DeliveryResult result) {
            // Any failure on the way may have come after the conversation was created.
            if (result.outcome == DeliveryResult::Outcome::RetryableError)
                uncertain_.insert(uuid);
            else
                uncertain_.remove(uuid);
            done(result);
        });
    };
    if (!request.outcomeUnknown && !uncertain_.contains(uuid))
        return start();
    const UtcMillis notBefore = request.entry.createdAt - kClockSkewMillis;
    client_.send<ContactConversationsJob>(
        new ContactConversationsJob(client_.endpoint(), contact), this,
        [this, uuid, inbox, text, notBefore, done, start](ContactConversationsJob &job) {
            if (!job.succeeded()) // still unknown: starting now could open a second conversation
                return done(deliveryResultFor(job.error()));
            const QJsonObject landed = job.startedWith(inbox, text, notBefore);
            uncertain_.remove(uuid);
            if (landed.isEmpty())
                return start();
            DeliveryResult result = DeliveryResult::conversationStarted(
                readId(landed.value(QLatin1StringView("id"))), firstMessageIdOf(landed));
            BatchBuilder builder(account_, snapshot_, normalizer_);
            builder.addConversation(landed);
            if (builder.hasRecords())
                result.echo = builder.take();
            done(result);
        });
}

void ContactActions::createConversation(const QString &sourceId, const QString &contactId,
                                        const QString &inboxId, const QString &text, Done done)
{
    const Endpoint endpoint = client_.endpoint();
    client_.send<CreateConversationJob>(
        new CreateConversationJob(endpoint, sourceId, inboxId, contactId, text), this,
        [this, endpoint, done](CreateConversationJob &created) {
            if (!created.succeeded())
                return done(deliveryResultFor(created.error()));
            const QString conversationId = readId(created.object().value(QLatin1StringView("id")));
            // The creation answer is a slim conversation; the full one (with its contact and first message)
            // is read back for the echo.
            client_.send<ConversationJob>(new ConversationJob(endpoint, conversationId), this,
                                          [this, endpoint, conversationId, done](ConversationJob &full) {
                                              DeliveryResult result = DeliveryResult::conversationStarted(
                                                  conversationId, firstMessageIdOf(full.object()));
                                              if (full.succeeded()) {
                                                  BatchBuilder builder(account_, snapshot_, normalizer_);
                                                  builder.addConversation(full.object());
                                                  if (builder.hasRecords())
                                                      result.echo = builder.take();
                                              }
                                              done(result);
                                          });
        });
}

} // namespace kontor::chatwoot
