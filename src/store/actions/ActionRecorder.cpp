#include "store/actions/ActionRecorder.h"

#include "store/OptimisticMessages.h"
#include "store/actions/ActionEffects.h"
#include "store/actions/ActionPayload.h"
#include "store/sql/Database.h"

#include <QUuid>
#include <stdexcept>

namespace kontor::actions {

ActionReceipt recordAction(sql::Database &db, ChangeSet &marks, const AgentAction &action, UtcMillis now)
{
    const qint64 conversationId = agentActionConversation(action);
    sql::Statement conversation = db.prepare("SELECT account_id FROM conversations WHERE id = ?");
    conversation.bindAll(conversationId);
    if (!conversation.step())
        throw std::invalid_argument("no such conversation");
    const qint64 accountId = conversation.int64(0);
    conversation.run();

    ActionReceipt receipt;
    receipt.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (const auto *send = std::get_if<SendMessage>(&action))
        receipt.messageId = writeOptimisticMessage(db, marks, *send, receipt.uuid, now);
    applyConversationEffect(db, marks, action, now);

    // Entries of one conversation are delivered in order: each waits for the one before it.
    sql::Statement previous = db.prepare(
        "SELECT uuid FROM outbox WHERE conversation_id = ? AND state IN ('queued', 'sending', 'failed') "
        "ORDER BY id DESC LIMIT 1");
    previous.bindAll(conversationId);
    const std::optional<QString> dependsOn = previous.step() ? previous.optionalText(0) : std::nullopt;
    previous.run();

    sql::Statement insert = db.prepare(
        "INSERT INTO outbox(uuid, account_id, conversation_id, kind, payload, state, attempts, "
        "next_attempt_at, "
        "  depends_on, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, 'queued', 0, ?6, ?7, ?6, ?6)");
    insert.bindAll(receipt.uuid, accountId, conversationId, agentActionKind(action),
                   QString::fromUtf8(encodePayload(action, receipt.messageId)), now, dependsOn);
    insert.run();
    receipt.outboxId = db.lastInsertRowId();
    return receipt;
}

void reapplyPendingActions(sql::Database &db, ChangeSet &marks, const QSet<qint64> &conversationIds)
{
    if (conversationIds.isEmpty())
        return;
    struct Pending
    {
        qint64 conversationId;
        QString kind;
        QByteArray payload;
        UtcMillis createdAt;
    };
    QList<Pending> pending;
    sql::Statement select =
        db.prepare("SELECT conversation_id, kind, payload, created_at FROM outbox "
                   "WHERE state IN ('queued', 'sending') AND conversation_id IS NOT NULL ORDER BY id");
    while (select.step()) {
        if (conversationIds.contains(select.int64(0)))
            pending.append({select.int64(0), select.text(1), select.text(2).toUtf8(), select.int64(3)});
    }
    select.run();
    for (const Pending &entry : pending) {
        if (const auto action = decodePayload(entry.kind, entry.conversationId, entry.payload))
            applyConversationEffect(db, marks, *action, entry.createdAt);
    }
}

namespace {

bool allowed(OutboxState from, OutboxState to)
{
    switch (to) {
    case OutboxState::Sending:
        return from == OutboxState::Queued;
    case OutboxState::Queued: // a retry later, or the agent's retry of a failed entry
        return from == OutboxState::Sending || from == OutboxState::Failed;
    case OutboxState::Confirmed: // a queued entry may be found to have landed already
        return from == OutboxState::Sending || from == OutboxState::Queued;
    case OutboxState::Failed:
        return from == OutboxState::Sending || from == OutboxState::Queued;
    }
    return false;
}

void setMessageDelivery(sql::Database &db, const QString &uuid, DeliveryState state)
{
    sql::Statement update = db.prepare(
        "UPDATE messages SET delivery_state = ?1 WHERE client_uuid = ?2 AND delivery_state IS NOT ?1");
    update.bindAll(deliveryStateKey(state), uuid).run();
}

} // namespace

bool transitionOutbox(sql::Database &db, ChangeSet &, const OutboxTransition &t, UtcMillis now)
{
    sql::Statement select = db.prepare("SELECT state, kind, account_id FROM outbox WHERE uuid = ?");
    select.bindAll(t.uuid);
    if (!select.step())
        return false;
    const std::optional<OutboxState> from = outboxStateFromKey(select.text(0));
    const QString kind = select.text(1);
    const qint64 accountId = select.int64(2);
    select.run();
    if (!from || !allowed(*from, t.to))
        return false;

    sql::Statement update =
        db.prepare("UPDATE outbox SET state = ?1, updated_at = ?2, "
                   "  attempts = attempts + (?1 = 'sending'), "
                   "  next_attempt_at = CASE WHEN ?1 = 'queued' THEN ?3 ELSE next_attempt_at END, "
                   "  last_error = CASE WHEN ?1 IN ('queued', 'failed') THEN nullif(?4, '') "
                   "                    WHEN ?1 = 'confirmed' THEN NULL ELSE last_error END "
                   "WHERE uuid = ?5");
    update.bindAll(outboxStateKey(t.to), now, t.nextAttemptAt, t.error, t.uuid).run();

    if (kind != u"send_message")
        return true;
    switch (t.to) {
    case OutboxState::Confirmed:
        if (!t.messageRemoteId.isEmpty())
            confirmOptimisticMessage(db, accountId, t.uuid, t.messageRemoteId);
        setMessageDelivery(db, t.uuid, DeliveryState::Sent);
        break;
    case OutboxState::Failed:
        setMessageDelivery(db, t.uuid, DeliveryState::Failed);
        break;
    case OutboxState::Queued:
        setMessageDelivery(db, t.uuid, DeliveryState::Queued);
        break;
    case OutboxState::Sending:
        break;
    }
    return true;
}

bool discardOutboxEntry(sql::Database &db, const QString &uuid)
{
    sql::Statement remove = db.prepare("DELETE FROM outbox WHERE uuid = ? AND state <> 'sending'");
    remove.bindAll(uuid).run();
    if (db.changes() == 0)
        return false;
    sql::Statement message = db.prepare("DELETE FROM messages WHERE client_uuid = ? AND remote_id IS NULL");
    message.bindAll(uuid).run();
    return true;
}

} // namespace kontor::actions
