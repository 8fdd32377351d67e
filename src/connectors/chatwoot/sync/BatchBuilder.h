#pragma once

#include "connectors/chatwoot/mapping/RecordMapping.h"

#include <QJsonArray>
#include <QSet>

namespace kontor::chatwoot {

// Collects mapped records into one ingest batch: each contact once, conversations only when they are not
// older than a version already seen, messages with deletions split out. Counts what it had to skip (for logs:
// the count, never the content) and the newest message id.
class BatchBuilder
{
public:
    BatchBuilder(const AccountRecord &account, AccountSnapshot &snapshot,
                 const IdentityNormalizer &normalizer);

    // false when the object could not be mapped (skipped) or was older than what was seen.
    bool addConversation(const QJsonObject &conversation);
    void addMessages(const QJsonArray &messages, const QString &conversationId);
    bool addMessage(const QJsonObject &message, const QString &conversationId = {});
    bool addContact(const QJsonObject &contact);
    void addCustomer(const CustomerRecord &customer);

    IngestBatch &batch() { return batch_; }
    bool hasRecords() const;
    int skipped() const { return skipped_; }
    qint64 maxMessageId() const { return maxMessageId_; }
    // Ids of the conversations added, with the newest message id each names.
    const QHash<QString, qint64> &conversationLastMessages() const { return lastMessages_; }

    // The batch so far; the builder starts afresh.
    IngestBatch take();

private:
    void addMapped(const MappedMessage &message);

    AccountRecord account_;
    AccountSnapshot &snapshot_;
    MappingContext context_;
    IngestBatch batch_;
    QSet<QString> customers_;
    QSet<QString> messages_;
    QHash<QString, qint64> lastMessages_;
    int skipped_ = 0;
    qint64 maxMessageId_ = 0;
};

} // namespace kontor::chatwoot
