#include "store/actions/ActionRecorder.h"

#include "store/OptimisticMessages.h"
#include "store/actions/ActionEffects.h"
#include "store/actions/ActionPayload.h"
#include "store/actions/OutboxFiles.h"
#include "store/sql/Database.h"

#include <QUuid>
#include <stdexcept>

namespace kontor::actions {

namespace {

qint64 accountOfConversation(sql::Database &db, qint64 conversationId)
{
    sql::Statement conversation = db.prepare("SELECT account_id FROM conversations WHERE id = ?");
    conversation.bindAll(conversationId);
    if (!conversation.step())
        throw std::invalid_argument("no such conversation");
    return conversation.int64(0);
}

bool exists(sql::Database &db, const char *sqlText, qint64 id)
{
    sql::Statement select = db.prepare(sqlText);
    select.bindAll(id);
    return select.step();
}

bool hasNoUnreadMessages(sql::Database &db, qint64 conversationId)
{
    sql::Statement select = db.prepare("SELECT unread_count FROM conversations WHERE id = ?");
    select.bindAll(conversationId);
    return select.step() && select.int64(0) == 0;
}

// The local row of a conversation the agent starts: open, assigned to the agent signed in on the account,
// with no remote id until the backend confirms it. Settles the inbox when the action left it open.
qint64 createConversation(sql::Database &db, StartConversation &a, UtcMillis now)
{
    if (a.body.trimmed().isEmpty())
        throw std::invalid_argument("a conversation starts with a message");
    if (!exists(db, "SELECT 1 FROM customers WHERE id = ? AND merged_into IS NULL", a.customerId))
        throw std::invalid_argument("no such customer");
    if (!exists(db, "SELECT 1 FROM accounts WHERE id = ?", a.accountId))
        throw std::invalid_argument("no such account");

    std::optional<qint64> inbox;
    if (a.inboxId) {
        sql::Statement select =
            db.prepare("SELECT id FROM inboxes WHERE id = ? AND account_id = ? AND channel = ?");
        select.bindAll(*a.inboxId, a.accountId, channelKey(a.channel));
        if (!select.step())
            throw std::invalid_argument("the inbox is not one of the account's for that channel");
        inbox = a.inboxId;
    } else {
        sql::Statement select =
            db.prepare("SELECT id FROM inboxes WHERE account_id = ? AND channel = ? ORDER BY id LIMIT 1");
        select.bindAll(a.accountId, channelKey(a.channel));
        if (select.step())
            inbox = select.int64(0);
        a.inboxId = inbox; // delivered to this one, whatever inboxes come later
    }

    sql::Statement insert = db.prepare(
        "INSERT INTO conversations(account_id, remote_id, inbox_id, channel, customer_id, subject, status, "
        "  assignee_id, created_at, last_activity_at) "
        "VALUES (?1, NULL, ?2, ?3, ?4, ?5, 'open', "
        "  (SELECT id FROM agents WHERE account_id = ?1 AND is_self = 1 LIMIT 1), ?6, ?6)");
    insert.bindAll(a.accountId, inbox, channelKey(a.channel), a.customerId, a.subject.trimmed(), now);
    insert.run();
    return db.lastInsertRowId();
}

// The pending entry a new one must wait for: the last of its conversation (entries of one conversation are
// delivered in order), or for contact merges the last merge on the account (a merge may name a contact that
// an earlier merge keeps).
std::optional<QString> predecessorOf(sql::Database &db, const AgentAction &action, qint64 accountId)
{
    const qint64 conversationId = agentActionConversation(action);
    sql::Statement previous =
        conversationId != 0
            ? db.prepare("SELECT uuid FROM outbox WHERE conversation_id = ?1 "
                         "  AND state <> 'confirmed' ORDER BY id DESC LIMIT 1")
            : db.prepare("SELECT uuid FROM outbox WHERE account_id = ?1 AND kind = 'merge_contacts' "
                         "  AND state <> 'confirmed' ORDER BY id DESC LIMIT 1");
    previous.bindAll(conversationId != 0 ? conversationId : accountId);
    return previous.step() ? previous.optionalText(0) : std::nullopt;
}

} // namespace

ActionReceipt recordAction(sql::Database &db, ChangeSet &marks, const AgentAction &action, UtcMillis now)
{
    AgentAction recorded = action;
    if (auto *send = std::get_if<SendMessage>(&recorded))
        describeAttachments(*send);
    qint64 accountId = 0;
    if (auto *start = std::get_if<StartConversation>(&recorded)) {
        start->conversationId = createConversation(db, *start, now);
        accountId = start->accountId;
    } else if (const auto *merge = std::get_if<MergeContacts>(&recorded)) {
        if (!exists(db, "SELECT 1 FROM accounts WHERE id = ?", merge->accountId))
            throw std::invalid_argument("no such account");
        if (merge->survivorContactRemoteId.isEmpty() || merge->mergedContactRemoteId.isEmpty() ||
            merge->survivorContactRemoteId == merge->mergedContactRemoteId)
            throw std::invalid_argument("a contact merge names two different contacts");
        accountId = merge->accountId;
    } else if (const auto *update = std::get_if<UpdateContact>(&recorded)) {
        if (!exists(db, "SELECT 1 FROM accounts WHERE id = ?", update->accountId))
            throw std::invalid_argument("no such account");
        if (update->contactRemoteId.isEmpty() || update->isEmpty())
            throw std::invalid_argument("a contact update names a contact and what changes");
        accountId = update->accountId;
    } else {
        accountId = accountOfConversation(db, agentActionConversation(recorded));
        if (std::holds_alternative<MarkConversationRead>(recorded) &&
            hasNoUnreadMessages(db, agentActionConversation(recorded)))
            return {};
    }
    const qint64 conversationId = agentActionConversation(recorded);

    ActionReceipt receipt;
    receipt.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (const auto *send = std::get_if<SendMessage>(&recorded))
        receipt.messageId = writeOptimisticMessage(db, marks, *send, receipt.uuid, now);
    if (const auto *start = std::get_if<StartConversation>(&recorded)) {
        receipt.conversationId = start->conversationId;
        receipt.messageId = writeOptimisticMessage(db, marks, firstMessageOf(*start), receipt.uuid, now);
    }
    applyConversationEffect(db, marks, recorded, now);

    const std::optional<QString> dependsOn = predecessorOf(db, recorded, accountId);
    sql::Statement insert =
        db.prepare("INSERT INTO outbox(uuid, account_id, conversation_id, kind, payload, state, attempts, "
                   "  next_attempt_at, depends_on, created_at, updated_at) "
                   "VALUES (?1, ?2, nullif(?3, 0), ?4, ?5, 'queued', 0, ?6, ?7, ?6, ?6)");
    insert.bindAll(receipt.uuid, accountId, conversationId, agentActionKind(recorded),
                   QString::fromUtf8(encodePayload(recorded, receipt.messageId)), now, dependsOn);
    insert.run();
    receipt.outboxId = db.lastInsertRowId();
    if (const auto *send = std::get_if<SendMessage>(&recorded))
        storeOutboxFiles(db, receipt.outboxId, *send);
    return receipt;
}

void reapplyPendingActions(sql::Database &db, ChangeSet &marks, const QSet<qint64> &conversationIds)
{
    if (conversationIds.isEmpty())
        return;
    struct Pending
    {
        qint64 accountId;
        qint64 conversationId;
        QString kind;
        QByteArray payload;
        UtcMillis createdAt;
    };
    QList<Pending> pending;
    sql::Statement select = db.prepare(
        "SELECT account_id, conversation_id, kind, payload, created_at FROM outbox "
        "WHERE state IN ('queued', 'sending', 'uncertain', 'unknown') AND conversation_id IS NOT NULL "
        "ORDER BY id");
    while (select.step()) {
        if (conversationIds.contains(select.int64(1)))
            pending.append(
                {select.int64(0), select.int64(1), select.text(2), select.text(3).toUtf8(), select.int64(4)});
    }
    select.run();
    for (const Pending &entry : pending) {
        if (const auto action =
                decodePayload(entry.kind, entry.accountId, entry.conversationId, entry.payload))
            applyConversationEffect(db, marks, *action, entry.createdAt);
    }
}

namespace {

bool allowed(OutboxState from, OutboxState to)
{
    switch (to) {
    case OutboxState::Sending: // a first attempt, or a check (and send) of one that may have landed
        return from == OutboxState::Queued || from == OutboxState::Uncertain;
    case OutboxState::Queued:
        // Surely not landed: the request never left, or the backend turned it away unread. From 'unknown' it
        // is the agent's own decision to send again; from 'failed' the agent's retry.
        return from == OutboxState::Sending || from == OutboxState::Failed || from == OutboxState::Unknown;
    case OutboxState::Uncertain: // may have landed; or the agent asks for another check
        return from == OutboxState::Sending || from == OutboxState::Unknown;
    case OutboxState::Unknown: // the backend cannot say whether it landed
        return from == OutboxState::Sending || from == OutboxState::Uncertain;
    case OutboxState::Confirmed: // a queued entry may be found to have landed already
        return from == OutboxState::Sending || from == OutboxState::Queued || from == OutboxState::Uncertain;
    case OutboxState::Failed:
        return from == OutboxState::Sending || from == OutboxState::Queued || from == OutboxState::Uncertain;
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
    sql::Statement select =
        db.prepare("SELECT state, kind, account_id, conversation_id FROM outbox WHERE uuid = ?");
    select.bindAll(t.uuid);
    if (!select.step())
        return false;
    const std::optional<OutboxState> from = outboxStateFromKey(select.text(0));
    const QString kind = select.text(1);
    const qint64 accountId = select.int64(2);
    const std::optional<qint64> conversationId = select.optionalInt64(3);
    select.run();
    if (!from || !allowed(*from, t.to))
        return false;

    sql::Statement update = db.prepare(
        "UPDATE outbox SET state = ?1, updated_at = ?2, "
        "  attempts = attempts + (?1 = 'sending'), "
        "  first_sent_at = CASE WHEN ?1 = 'sending' THEN coalesce(first_sent_at, ?2) "
        "                       ELSE first_sent_at END, "
        "  next_attempt_at = CASE WHEN ?1 IN ('queued', 'uncertain') THEN ?3 ELSE next_attempt_at END, "
        "  last_error = CASE WHEN ?1 IN ('queued', 'failed', 'uncertain', 'unknown') THEN nullif(?4, '') "
        "                    WHEN ?1 = 'confirmed' THEN NULL ELSE last_error END, "
        // Data minimisation: once confirmed, the text and files of a message live on in the message itself
        // (and on the backend); the entry keeps only what identifies it (uuid, kind, times), so that the
        // store holds no second copy of what the agent wrote. Its files go below, for the same reason.
        "  payload = CASE WHEN ?1 = 'confirmed' AND kind IN ('send_message', 'start_conversation') "
        "                 THEN '{}' ELSE payload END "
        "WHERE uuid = ?5");
    update.bindAll(outboxStateKey(t.to), now, t.nextAttemptAt, t.error, t.uuid).run();
    if (t.to == OutboxState::Confirmed) {
        sql::Statement files =
            db.prepare("DELETE FROM outbox_files WHERE outbox_id = (SELECT id FROM outbox WHERE uuid = ?)");
        files.bindAll(t.uuid).run();
    }

    const bool startsConversation = kind == u"start_conversation";
    if (kind != u"send_message" && !startsConversation)
        return true;
    switch (t.to) {
    case OutboxState::Confirmed:
        // The conversation first: its remote id may already belong to a copy that the message moves into.
        if (startsConversation && conversationId && !t.conversationRemoteId.isEmpty())
            confirmOptimisticConversation(db, accountId, *conversationId, t.conversationRemoteId);
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
    case OutboxState::Uncertain:
    case OutboxState::Unknown: // the message shows its entry's state through the outbox, not as failed
        break;
    }
    return true;
}

bool discardOutboxEntry(sql::Database &db, const QString &uuid)
{
    sql::Statement select = db.prepare("SELECT kind, conversation_id FROM outbox WHERE uuid = ?");
    select.bindAll(uuid);
    if (!select.step())
        return false;
    const bool startsConversation = select.text(0) == u"start_conversation";
    const std::optional<qint64> conversationId = select.optionalInt64(1);
    select.run();

    sql::Statement remove = db.prepare("DELETE FROM outbox WHERE uuid = ? AND state <> 'sending'");
    remove.bindAll(uuid).run();
    if (db.changes() == 0)
        return false;
    // Its files went with it (outbox_files follows the entry); the message that was never sent goes too.
    sql::Statement message = db.prepare("DELETE FROM messages WHERE client_uuid = ? AND remote_id IS NULL");
    message.bindAll(uuid).run();

    // A conversation that was never started has nothing left to act on: what the agent did in it goes
    // with it, rather than waiting forever for a remote id.
    if (startsConversation && conversationId) {
        sql::Statement unconfirmed =
            db.prepare("SELECT 1 FROM conversations WHERE id = ? AND remote_id IS NULL");
        unconfirmed.bindAll(*conversationId);
        if (unconfirmed.step()) {
            unconfirmed.run();
            sql::Statement entries =
                db.prepare("DELETE FROM outbox WHERE conversation_id = ? AND state <> 'sending'");
            entries.bindAll(*conversationId).run();
            sql::Statement conversation = db.prepare("DELETE FROM conversations WHERE id = ?");
            conversation.bindAll(*conversationId).run();
        }
    }
    return true;
}

} // namespace kontor::actions
