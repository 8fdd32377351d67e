#pragma once

#include "core/Conversation.h"
#include "core/Message.h"
#include "core/Time.h"

#include <QList>
#include <QString>
#include <optional>
#include <variant>

namespace kontor {

// An agent's action on a conversation. Applying one changes the store at once (optimistically) and appends an
// outbox entry for the sync engine, in one durable transaction. Ids are local ids.

struct SendMessage
{
    qint64 conversationId = 0;
    QString body{};
    BodyFormat format = BodyFormat::Plain;
    bool isNote = false; // an internal note: never sent to the customer
    QList<qint64> mentionedAgentIds{};
};

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

struct MarkConversationRead
{
    qint64 conversationId = 0;
};

using AgentAction =
    std::variant<SendMessage, AssignConversation, SetConversationStatus, SetConversationPriority,
                 AddConversationLabel, RemoveConversationLabel, MarkConversationRead>;

// The outbox kind key of an action, e.g. "send_message".
QString agentActionKind(const AgentAction &action);
qint64 agentActionConversation(const AgentAction &action);

// What a durable action produced.
struct ActionReceipt
{
    QString uuid{}; // the outbox entry's idempotency key
    qint64 outboxId = 0;
    std::optional<qint64> messageId{}; // the optimistic message, for SendMessage
};

} // namespace kontor
