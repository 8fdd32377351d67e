#include "store/ConversationLabels.h"
#include "store/erasure/CustomerErasure.h"
#include "store/ingest/IngestSteps.h"

#include "store/sql/Database.h"

namespace kontor::ingest {

namespace {

std::optional<qint64> optionalReference(IngestContext &context, const QString &remoteId,
                                        std::optional<qint64> (IngestContext::*lookup)(const QString &),
                                        const char *what)
{
    if (remoteId.isEmpty())
        return std::nullopt;
    const std::optional<qint64> id = (context.*lookup)(remoteId);
    if (!id) // a dangling reference costs the detail, not the conversation
        context.skip(what, remoteId, QStringLiteral("unknown, referred to by a conversation"));
    return id;
}

void replaceLabels(IngestContext &context, qint64 conversationId, const QStringList &labels, bool isNew)
{
    QSet<qint64> wanted;
    for (const QString &name : labels) {
        const QString trimmed = name.trimmed();
        if (trimmed.isEmpty())
            continue;
        const QString key = trimmed.toCaseFolded();
        auto found = context.labels.constFind(key);
        if (found == context.labels.constEnd())
            found = context.labels.insert(key, ensureLabel(context.db, trimmed));
        wanted.insert(*found);
    }
    const QSet<qint64> current = isNew ? QSet<qint64>() : conversationLabelIds(context.db, conversationId);
    if (current == wanted)
        return;
    for (qint64 labelId : current - wanted)
        removeConversationLabel(context.db, context.marks, conversationId, labelId);
    for (qint64 labelId : wanted - current)
        addConversationLabel(context.db, context.marks, conversationId, labelId);
}

} // namespace

QSet<qint64> ingestConversations(IngestContext &context, const QList<ConversationRecord> &conversations)
{
    QSet<qint64> written;
    for (const ConversationRecord &c : conversations) {
        if (c.remoteId.isEmpty()) {
            context.skip("conversation", c.remoteId, QStringLiteral("no remote id"));
            continue;
        }
        const std::optional<qint64> customerId = context.customerId(c.customerRemoteId);
        if (!customerId) {
            context.skip("conversation", c.remoteId, QStringLiteral("unknown customer"));
            continue;
        }
        const auto inboxId = optionalReference(context, c.inboxRemoteId, &IngestContext::inboxId, "inbox");
        const auto assigneeId =
            optionalReference(context, c.assigneeRemoteId, &IngestContext::agentId, "agent");
        const auto teamId = optionalReference(context, c.teamRemoteId, &IngestContext::teamId, "team");
        const UtcMillis lastActivity = qMax(c.lastActivityAt, c.createdAt);

        sql::Statement upsert = context.db.prepare(
            "INSERT INTO conversations(account_id, remote_id, inbox_id, channel, customer_id, subject, "
            "status, "
            "  snoozed_until, priority, assignee_id, team_id, created_at, last_activity_at, waiting_since, "
            "  first_reply_at, sla_first_reply_due, sla_resolution_due, unread_count, contact_identity_id) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19) "
            "ON CONFLICT(account_id, remote_id) DO UPDATE SET "
            "  inbox_id = ?3, channel = ?4, customer_id = ?5, subject = ?6, status = ?7, snoozed_until = ?8, "
            "  priority = ?9, assignee_id = ?10, team_id = ?11, created_at = ?12, "
            "  last_activity_at = max(last_activity_at, ?13), waiting_since = ?14, first_reply_at = ?15, "
            "  sla_first_reply_due = ?16, sla_resolution_due = ?17, unread_count = ?18, "
            "  contact_identity_id = ?19 "
            "WHERE inbox_id IS NOT ?3 OR channel IS NOT ?4 OR customer_id IS NOT ?5 OR subject IS NOT ?6 "
            "  OR status IS NOT ?7 OR snoozed_until IS NOT ?8 OR priority IS NOT ?9 OR assignee_id IS NOT "
            "?10 "
            "  OR team_id IS NOT ?11 OR created_at IS NOT ?12 OR last_activity_at < ?13 "
            "  OR waiting_since IS NOT ?14 OR first_reply_at IS NOT ?15 OR sla_first_reply_due IS NOT ?16 "
            "  OR sla_resolution_due IS NOT ?17 OR unread_count IS NOT ?18 OR contact_identity_id IS NOT ?19 "
            "RETURNING id");
        upsert.bindAll(context.accountId, c.remoteId, inboxId, channelKey(c.channel), *customerId, c.subject,
                       statusKey(c.status), c.snoozedUntil, priorityKey(c.priority), assigneeId, teamId,
                       c.createdAt, lastActivity, c.waitingSince, c.firstReplyAt, c.slaFirstReplyDue,
                       c.slaResolutionDue, c.unreadCount, context.contactIdentityId(c.customerRemoteId));
        const UpsertResult result = runUpsert(context.db, upsert, [&] {
            sql::Statement find =
                context.db.prepare("SELECT id FROM conversations WHERE account_id = ? AND remote_id = ?");
            find.bindAll(context.accountId, c.remoteId);
            return find.step() ? find.int64(0) : 0;
        });
        context.count(result.outcome);
        context.conversations.insert(c.remoteId, ConversationRef{result.id, *customerId, c.channel});
        replaceLabels(context, result.id, c.labels, result.outcome == Outcome::Inserted);
        written.insert(result.id);
    }
    return written;
}

void ingestCsatAnswers(IngestContext &context, const QList<CsatRecord> &answers)
{
    for (const CsatRecord &answer : answers) {
        const std::optional<ConversationRef> conversation = context.conversation(answer.conversationRemoteId);
        if (answer.remoteId.isEmpty() || !conversation || answer.rating < 1 || answer.rating > 5) {
            context.skip("csat", answer.remoteId,
                         conversation ? QStringLiteral("rating outside 1..5 or no remote id")
                                      : QStringLiteral("unknown conversation"));
            continue;
        }
        sql::Statement upsert = context.db.prepare(
            "INSERT INTO csat_answers(account_id, remote_id, conversation_id, customer_id, rating, comment, "
            "  created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) "
            "ON CONFLICT(account_id, remote_id) DO UPDATE SET rating = ?5, comment = ?6, created_at = ?7 "
            "WHERE rating IS NOT ?5 OR comment IS NOT ?6 OR created_at IS NOT ?7 RETURNING id");
        upsert.bindAll(context.accountId, answer.remoteId, conversation->id, conversation->customerId,
                       answer.rating, answer.comment, answer.createdAt);
        context.count(runUpsert(context.db, upsert, [] { return qint64(0); }).outcome);
    }
}

void ingestDeletions(IngestContext &context, const IngestBatch &batch)
{
    if (batch.deletedMessageRemoteIds.isEmpty() && batch.deletedConversationRemoteIds.isEmpty() &&
        batch.deletedContactRemoteIds.isEmpty())
        return;
    CustomerErasure erasure(context.db);
    ErasureReport &erased = context.result.erased;
    erased.merge(erasure.eraseMessages(context.accountId, batch.deletedMessageRemoteIds));
    for (const QString &remoteId : batch.deletedConversationRemoteIds)
        context.conversations.remove(remoteId);
    erased.merge(erasure.eraseConversations(context.accountId, batch.deletedConversationRemoteIds));
    for (const QString &remoteId : batch.deletedContactRemoteIds)
        erased.merge(erasure.eraseContact(context.accountId, remoteId));
    context.result.deleted =
        erased.messages + int(erased.conversationIds.size()) + int(erased.customerIds.size());
}

} // namespace kontor::ingest
