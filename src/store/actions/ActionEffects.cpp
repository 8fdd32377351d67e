#include "store/actions/ActionEffects.h"

#include "store/ConversationLabels.h"
#include "store/TextRendition.h"
#include "store/sql/Database.h"

#include <stdexcept>

namespace kontor::actions {

namespace {

struct Effect
{
    sql::Database &db;
    ChangeSet &marks;
    UtcMillis at;

    void operator()(const SendMessage &a) const
    {
        const QString preview = previewLine(
            a.format == BodyFormat::Html ? QStringView(plainTextFromHtml(a.body)) : QStringView(a.body));
        // A note is activity but does not answer the customer.
        sql::Statement update = db.prepare(
            "UPDATE conversations SET last_activity_at = max(last_activity_at, ?1), "
            "  last_message_preview = CASE WHEN ?1 >= last_activity_at THEN ?2 ELSE last_message_preview "
            "END, "
            "  waiting_since = CASE WHEN ?3 THEN waiting_since ELSE NULL END, "
            "  first_reply_at = CASE WHEN ?3 THEN first_reply_at ELSE coalesce(first_reply_at, ?1) END "
            "WHERE id = ?4 AND (last_activity_at < ?1 OR last_message_preview IS NOT ?2 "
            "  OR (NOT ?3 AND (waiting_since IS NOT NULL OR first_reply_at IS NULL)))");
        update.bindAll(at, preview, a.isNote, a.conversationId).run();
    }
    void operator()(const AssignConversation &a) const
    {
        sql::Statement update = db.prepare("UPDATE conversations SET assignee_id = ?1, team_id = ?2 "
                                           "WHERE id = ?3 AND (assignee_id IS NOT ?1 OR team_id IS NOT ?2)");
        update.bindAll(a.agentId, a.teamId, a.conversationId).run();
    }
    void operator()(const SetConversationStatus &a) const
    {
        // Only a snooze has an end; any other status clears it.
        std::optional<UtcMillis> until;
        if (a.status == ConversationStatus::Snoozed && a.snoozedUntil)
            until = *a.snoozedUntil;
        sql::Statement update = db.prepare("UPDATE conversations SET status = ?1, snoozed_until = ?2 "
                                           "WHERE id = ?3 AND (status IS NOT ?1 OR snoozed_until IS NOT ?2)");
        update.bindAll(statusKey(a.status), until, a.conversationId).run();
    }
    void operator()(const SetConversationPriority &a) const
    {
        sql::Statement update =
            db.prepare("UPDATE conversations SET priority = ?1 WHERE id = ?2 AND priority IS NOT ?1");
        update.bindAll(priorityKey(a.priority), a.conversationId).run();
    }
    void operator()(const AddConversationLabel &a) const
    {
        addConversationLabel(db, marks, a.conversationId, ensureLabel(db, a.label.trimmed()));
    }
    void operator()(const RemoveConversationLabel &a) const
    {
        if (const auto label = findLabel(db, a.label.trimmed()))
            removeConversationLabel(db, marks, a.conversationId, *label);
    }
    void operator()(const MarkConversationRead &a) const
    {
        sql::Statement update =
            db.prepare("UPDATE conversations SET unread_count = 0 WHERE id = ? AND unread_count <> 0");
        update.bindAll(a.conversationId).run();
    }
    void operator()(const StartConversation &a) const { (*this)(firstMessageOf(a)); }
    void operator()(const MergeContacts &) const {} // the local merge is the identity layer's
    void operator()(const UpdateContact &) const {} // and so is the local edit
};

} // namespace

SendMessage firstMessageOf(const StartConversation &action)
{
    return SendMessage{action.conversationId, action.body, action.format, false, {}};
}

void applyConversationEffect(sql::Database &db, ChangeSet &marks, const AgentAction &action, UtcMillis at)
{
    std::visit(Effect{db, marks, at}, action);
}

qint64 writeOptimisticMessage(sql::Database &db, ChangeSet &marks, const SendMessage &action,
                              const QString &uuid, UtcMillis at)
{
    // The author is the agent signed in on the conversation's account.
    sql::Statement conversation = db.prepare(
        "SELECT c.account_id, c.customer_id, c.channel, a.id, a.name FROM conversations c "
        "LEFT JOIN agents a ON a.account_id = c.account_id AND a.is_self = 1 WHERE c.id = ? LIMIT 1");
    conversation.bindAll(action.conversationId);
    if (!conversation.step())
        throw std::invalid_argument("no such conversation");
    const qint64 accountId = conversation.int64(0);
    const qint64 customerId = conversation.int64(1);
    const QString channel = conversation.text(2);
    const std::optional<qint64> authorId = conversation.optionalInt64(3);
    const QString authorName = conversation.text(4);
    conversation.run();

    const std::optional<QString> bodyText = action.format == BodyFormat::Html
                                                ? std::optional<QString>(plainTextFromHtml(action.body))
                                                : std::nullopt;
    sql::Statement insert = db.prepare(
        "INSERT INTO messages(conversation_id, account_id, customer_id, client_uuid, kind, channel, "
        "  author_agent_id, author_name, body, body_format, body_text, created_at, delivery_state) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bindAll(action.conversationId, accountId, customerId, uuid,
                   messageKindKey(action.isNote ? MessageKind::Note : MessageKind::Outgoing), channel,
                   authorId, authorName, action.body, bodyFormatKey(action.format), bodyText, at,
                   deliveryStateKey(DeliveryState::Queued));
    insert.run();
    const qint64 messageId = db.lastInsertRowId();
    for (const OutgoingAttachment &file : action.attachments) {
        sql::Statement attachment =
            db.prepare("INSERT INTO attachments(message_id, account_id, file_name, mime_type, size_bytes) "
                       "VALUES (?, ?, ?, ?, ?)");
        attachment.bindAll(messageId, accountId, file.fileName, file.mimeType, file.sizeBytes).run();
    }
    for (qint64 agentId : action.mentionedAgentIds) {
        sql::Statement mention = db.prepare("INSERT INTO mentions(message_id, agent_id, conversation_id) "
                                            "VALUES (?, ?, ?) ON CONFLICT DO NOTHING");
        mention.bindAll(messageId, agentId, action.conversationId).run();
        marks.markUpdated(StoreTable::Mentions, action.conversationId);
    }
    return messageId;
}

} // namespace kontor::actions
