#pragma once

#include "core/Channel.h"
#include "core/Conversation.h"
#include "core/InputLimits.h"
#include "core/Message.h"
#include "core/Time.h"

#include <QList>
#include <QString>
#include <optional>
#include <variant>

namespace kontor {

// An agent's action on a conversation. Applying one changes the store at once (optimistically) and appends an
// outbox entry for the sync engine, in one durable transaction. Ids are local ids.

// A file sent with a message: localPath names the agent's file. When the action is recorded the store keeps
// its bytes inside (actions/OutboxFiles.h), so moving or deleting the original before the message goes out
// loses nothing; an action read back from the outbox has no localPath (DeliveryRequest::files has the bytes).
struct OutgoingAttachment
{
    QString localPath{};
    QString fileName{}; // empty: the file's own name
    QString mimeType{}; // empty: guessed from the content
    qint64 sizeBytes = 0;
};

struct SendMessage
{
    qint64 conversationId = 0;
    QString body{};
    BodyFormat format = BodyFormat::Plain;
    bool isNote = false; // an internal note: never sent to the customer
    QList<qint64> mentionedAgentIds{};
    QList<OutgoingAttachment> attachments{};
};

// The largest file a message may carry (what the usual backends accept).
inline constexpr qint64 maxAttachmentBytes = limits::attachmentBytes;

struct AssignConversation
{
    qint64 conversationId = 0;
    std::optional<qint64> agentId{}; // nullopt: unassign
    std::optional<qint64> teamId{};
};

struct SetConversationStatus
{
    qint64 conversationId = 0;
    ConversationStatus status = ConversationStatus::Open;
    std::optional<UtcMillis> snoozedUntil{}; // for Snoozed; nullopt snoozes until the customer's next reply
};

struct SetConversationPriority
{
    qint64 conversationId = 0;
    Priority priority = Priority::None;
};

struct AddConversationLabel
{
    qint64 conversationId = 0;
    QString label{};
};

struct RemoveConversationLabel
{
    qint64 conversationId = 0;
    QString label{};
};

// Nothing is recorded when the conversation has no unread messages: opening one is not an action then.
struct MarkConversationRead
{
    qint64 conversationId = 0;
};

// A new conversation with a customer on one of their channels, opened by the agent with its first message
// (answering on a channel where the customer has no conversation yet). The store creates the conversation at
// once without a remote id; actions on it that follow wait until the backend confirms it and its id is known.
struct StartConversation
{
    qint64 customerId = 0;
    qint64 accountId = 0;             // the backend account to start it on
    Channel channel = Channel::Email; // the customer's channel to reach them on
    std::optional<qint64> inboxId{}; // the inbox to start it in; nullopt: the account's first for the channel
    QString subject{};
    QString body{};
    BodyFormat format = BodyFormat::Plain;
    std::optional<qint64> continuesConversationId{}; // the conversation the agent was answering from
    qint64 conversationId = 0; // the new conversation: set when the action is recorded, 0 before
};

// Asks a backend to merge two of its contact records (the survivor keeps its id). Recorded by the identity
// layer together with the local merge of two customers; applying it changes nothing else in the store.
struct MergeContacts
{
    qint64 accountId = 0;
    QString survivorContactRemoteId{};
    QString mergedContactRemoteId{};
    qint64 mergeId = 0; // the local merge (customer_merges) it belongs to
};

// Asks a backend to change one of its contact records as the agent changed the customer in Kontor: a new
// name, or an email address or phone number the record does not have yet. A backend record that already has
// another address or number keeps it (a contact holds one of each there; the customer in Kontor keeps both).
// Recorded by the identity layer together with the local edit; applying it changes nothing else in the store.
struct UpdateContact
{
    qint64 accountId = 0;
    QString contactRemoteId{};
    qint64 customerId = 0; // the customer in Kontor whose contact it is: erasing them takes the entry too
    std::optional<QString> name{};
    std::optional<QString> email{}; // as the agent typed it, checked as an email address
    std::optional<QString> phone{}; // E.164
    bool isEmpty() const { return !name && !email && !phone; }
};

using AgentAction = std::variant<SendMessage, AssignConversation, SetConversationStatus,
                                 SetConversationPriority, AddConversationLabel, RemoveConversationLabel,
                                 MarkConversationRead, StartConversation, MergeContacts, UpdateContact>;

// The outbox kind key of an action, e.g. "send_message".
QString agentActionKind(const AgentAction &action);
// The conversation an action is on; 0 for one that is on none (a contact merge or update) or not recorded
// yet.
qint64 agentActionConversation(const AgentAction &action);

// What a durable action produced.
struct ActionReceipt
{
    QString uuid{}; // the outbox entry's idempotency key
    qint64 outboxId = 0;
    std::optional<qint64> messageId{};      // the optimistic message, for SendMessage and StartConversation
    std::optional<qint64> conversationId{}; // the conversation created, for StartConversation
    // False when there was nothing to do (marking read a conversation without unread messages): no entry.
    bool recorded() const { return !uuid.isEmpty(); }
};

} // namespace kontor
