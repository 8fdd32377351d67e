#pragma once

#include "core/Agent.h"
#include "core/AttributeKind.h"
#include "core/Channel.h"
#include "core/Conversation.h"
#include "core/Identity.h"
#include "core/Message.h"
#include "core/MessageInteraction.h"
#include "core/Time.h"

#include "store/erasure/ErasureReport.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace kontor {

// What a connector learned from its backend, in the backend's terms: every record names itself and what it
// refers to by remote id, scoped to the batch's account. Records are upserted by (account, remote id); a
// record that refers to something neither in the batch nor in the store is skipped and reported, never fatal.
// The whole batch, with the sync cursor, commits in one transaction.

struct AccountRecord
{
    QString connector{}; // "demo", "chatwoot", …
    QString remoteId{};  // the backend's own name for the account
    QString name{};
};

struct InboxRecord
{
    QString remoteId{};
    QString name{};
    Channel channel = Channel::WebChat;
};

struct AgentRecord
{
    QString remoteId{};
    QString name{};
    QString email{};
    Presence presence = Presence::Offline;
    int capacity = 0;
    bool isSelf = false; // the agent signed in on this account
};

struct TeamRecord
{
    QString remoteId{};
    QString name{};
    QStringList memberRemoteIds{}; // replaces the team's members
};

struct IdentityRecord
{
    IdentityKind kind = IdentityKind::Email;
    QString value{};                   // normalised by the caller (email lower-cased, phone E.164)
    std::optional<Channel> platform{}; // for messenger handles
    QString displayValue{};            // as the customer wrote it; defaults to value
};

// Something a backend knows about a contact beyond how to reach them: a plan, a city, a VIP flag.
struct AttributeRecord
{
    QString key{};   // the backend's stable name for it
    QString label{}; // as the backend shows it; defaults to the key
    QString value{}; // locale-independent: numbers with '.', dates ISO 8601, booleans "true"/"false"
    AttributeKind kind = AttributeKind::Text;
};

// A backend's contact. It becomes (or joins) a customer: the store looks the contact up by its contact id,
// then by its identities, and only creates a customer when none matches. An identity already owned by another
// customer stays there and yields a merge suggestion instead.
struct CustomerRecord
{
    QString remoteId{};
    QString name{};
    QList<IdentityRecord> identities{};
    // The backend merged this contact into another one: the record only says where it went. It renames
    // nobody and, when the contact is new here, becomes one more contact id of the customer it went to.
    QString mergedIntoRemoteId{};
    // Replaces everything this account said about the customer, in this order. Absent when the record does
    // not say (a contact embedded in another record without them); an empty list says there are none.
    std::optional<QList<AttributeRecord>> attributes{};
};

struct ConversationRecord
{
    QString remoteId{};
    QString inboxRemoteId{};
    Channel channel = Channel::WebChat;
    QString customerRemoteId{};
    QString subject{};
    ConversationStatus status = ConversationStatus::Open;
    std::optional<UtcMillis> snoozedUntil{};
    Priority priority = Priority::None;
    QString assigneeRemoteId{}; // empty: unassigned
    QString teamRemoteId{};     // empty: no team
    QStringList labels{};       // replaces the conversation's labels
    UtcMillis createdAt = 0;
    UtcMillis lastActivityAt = 0;
    std::optional<UtcMillis> waitingSince{};
    std::optional<UtcMillis> firstReplyAt{};
    std::optional<UtcMillis> slaFirstReplyDue{};
    std::optional<UtcMillis> slaResolutionDue{};
    int unreadCount = 0;
};

struct AttachmentRecord
{
    QString remoteId{};
    QString fileName{};
    QString mimeType{};
    std::optional<qint64> sizeBytes{};
    QString remoteUrl{};
};

struct MessageRecord
{
    QString remoteId{};
    QString conversationRemoteId{};
    MessageKind kind = MessageKind::Incoming;
    std::optional<Channel> channel{}; // defaults to the conversation's
    QString authorAgentRemoteId{};    // for outgoing messages and notes
    QString authorCustomerRemoteId{}; // for incoming messages
    QString authorName{};             // used when the author is not known otherwise
    QString body{};
    BodyFormat bodyFormat = BodyFormat::Plain;
    UtcMillis createdAt = 0;
    DeliveryState deliveryState = DeliveryState::None;
    // The idempotency key an outbox entry sent with this message, echoed by the backend: the message then
    // replaces the optimistic copy written when the agent sent it.
    QString echoUuid{};
    QStringList mentionedAgentRemoteIds{};
    QList<AttachmentRecord> attachments{};
    // What the message offered or asked beyond its text (bot and widget messages), and the answer.
    std::optional<MessageInteraction> interaction{};
};

struct CsatRecord
{
    QString remoteId{};
    QString conversationRemoteId{};
    int rating = 0; // 1..5
    QString comment{};
    UtcMillis createdAt = 0;
};

struct CannedResponseRecord
{
    QString remoteId{};
    QString shortCode{};
    QString content{};
};

struct SyncCursorRecord
{
    QString stream{}; // a connector may keep several cursors per account
    QString value{};
};

struct IngestBatch
{
    AccountRecord account;
    QList<InboxRecord> inboxes{};
    QList<AgentRecord> agents{};
    QList<TeamRecord> teams{};
    QList<CustomerRecord> customers{};
    QList<ConversationRecord> conversations{};
    QList<MessageRecord> messages{};
    QList<CsatRecord> csatAnswers{};
    QList<CannedResponseRecord> cannedResponses{};
    QStringList deletedConversationRemoteIds{};
    QStringList deletedMessageRemoteIds{};
    // Contacts the backend deleted: erased here as the backend did (see CustomerErasure::eraseContact).
    QStringList deletedContactRemoteIds{};
    std::optional<SyncCursorRecord> cursor{}; // saved in the same transaction as the records
};

struct SkippedRecord
{
    QString kind{};     // "conversation", "message", …
    QString remoteId{}; // the skipped record's id; some backends use addresses as ids, so keep it out of logs
    QString reason{};   // for logs: what was wrong, never content or ids
};

struct IngestResult
{
    qint64 accountId = 0;
    int inserted = 0;
    int updated = 0;
    int unchanged = 0;
    int deleted = 0;
    QList<SkippedRecord> skipped{};
    ErasureReport erased{}; // what the batch's deletions removed
};

} // namespace kontor
