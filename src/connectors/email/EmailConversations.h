#pragma once

#include "connectors/email/mapping/EmailRecords.h"
#include "connectors/email/mapping/EmailThreader.h"
#include "store/IngestBatch.h"

#include <QHash>
#include <QSet>
#include <optional>

namespace kontor::email {

// What a reply in a conversation needs: whom it goes to, what it is about, and the ids it answers.
struct ConversationThread
{
    QString customerAddress{};
    QString customerName{};
    QString subject{};
    QStringList messageIds{}; // oldest first, as seen
};

// The mailbox's messages as conversations, kept in memory by the connector: threading (EmailThreader), and a
// summary of each conversation so that every batch carries the whole conversation record (the store replaces
// a conversation with what a batch says), built from every message of it seen so far.
class EmailConversations
{
public:
    explicit EmailConversations(EmailMappingContext context);

    // A message the store already has (seen again after a restart): threaded and summarised, no records.
    void remember(const ParsedEmail &email, UtcMillis receivedAt);
    // A new message: threaded, summarised, and its customer, conversation and message added to the batch.
    // False when it names no customer (skipped).
    bool add(const ParsedEmail &email, UtcMillis receivedAt, IngestBatch &batch);

    std::optional<ConversationThread> thread(const QString &conversationRemoteId) const;
    bool knows(const QString &messageId) const { return seenMessageIds_.contains(messageId); }
    // The conversation a message was threaded into, or empty.
    QString conversationOf(const QString &messageId) const { return threader_.conversationOf(messageId); }
    const EmailMappingContext &context() const { return context_; }

private:
    struct Summary
    {
        ConversationThread thread;
        ConversationRecord record;
    };

    std::optional<EmailRecords> learn(const ParsedEmail &email, UtcMillis receivedAt);

    EmailMappingContext context_;
    EmailThreader threader_;
    QHash<QString, Summary> conversations_;
    QSet<QString> seenMessageIds_;
};

} // namespace kontor::email
