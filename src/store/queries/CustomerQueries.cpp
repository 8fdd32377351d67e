#include "store/queries/CustomerQueries.h"

#include "store/sql/Database.h"

namespace kontor {

CustomerQueries::CustomerQueries(sql::Database &db)
    : db_(db)
{}

QList<CsatAnswerRow> CustomerQueries::csatAnswers(qint64 customerId, int limit)
{
    sql::Statement select = db_.prepare(
        "SELECT a.conversation_id, a.rating, a.comment, a.created_at, c.channel FROM csat_answers a "
        "JOIN conversations c ON c.id = a.conversation_id WHERE a.customer_id = ? "
        "ORDER BY a.created_at DESC LIMIT ?");
    select.bindAll(customerId, limit);
    QList<CsatAnswerRow> answers;
    while (select.step())
        answers.append({select.int64(0), select.int32(1), select.text(2), select.int64(3),
                        channelFromKey(select.text(4))});
    return answers;
}

QList<CustomerMergeRow> CustomerQueries::activeMerges(qint64 survivorId)
{
    sql::Statement select = db_.prepare(
        "SELECT m.id, m.merged_id, cu.name, m.reason, m.created_at, m.actor_agent_id IS NOT NULL, "
        "  coalesce(nullif(i.display_value, ''), m.evidence_value) FROM customer_merges m "
        "JOIN customers cu ON cu.id = m.merged_id "
        "LEFT JOIN identities i ON i.kind = m.evidence_kind AND i.scope = m.evidence_scope "
        "  AND i.value = m.evidence_value "
        "WHERE m.survivor_id = ? AND m.undone_at IS NULL ORDER BY m.created_at DESC, m.id DESC");
    select.bindAll(survivorId);
    QList<CustomerMergeRow> merges;
    while (select.step()) {
        CustomerMergeRow row;
        row.mergeId = select.int64(0);
        row.mergedCustomerId = select.int64(1);
        row.mergedName = select.text(2);
        row.reason = select.text(3);
        row.createdAt = select.int64(4);
        row.byAgent = select.int64(5) != 0;
        row.evidence = select.text(6);
        merges.append(row);
    }
    return merges;
}

QList<MergeCandidateRow> CustomerQueries::openSuggestions(qint64 customerId, int limit)
{
    sql::Statement select = db_.prepare(
        "SELECT s.id, CASE WHEN s.customer_a = ?1 THEN s.customer_b ELSE s.customer_a END AS other, "
        "  cu.name, s.reason, s.score, coalesce(nullif(i.display_value, ''), s.evidence_value) "
        "FROM merge_suggestions s "
        "JOIN customers cu ON cu.id = (CASE WHEN s.customer_a = ?1 THEN s.customer_b ELSE s.customer_a "
        "END) "
        "LEFT JOIN identities i ON i.kind = s.evidence_kind AND i.scope = s.evidence_scope "
        "  AND i.value = s.evidence_value "
        "WHERE s.state = 'open' AND (s.customer_a = ?1 OR s.customer_b = ?1) AND cu.merged_into IS NULL "
        "ORDER BY s.score DESC LIMIT ?2");
    select.bindAll(customerId, limit);
    QList<MergeCandidateRow> suggestions;
    while (select.step()) {
        MergeCandidateRow row;
        row.suggestionId = select.int64(0);
        row.otherCustomerId = select.int64(1);
        row.otherName = select.text(2);
        row.reason = select.text(3);
        row.score = select.real(4);
        row.evidence = select.text(5);
        suggestions.append(row);
    }
    return suggestions;
}

CustomerContactSummary CustomerQueries::contactSummary(qint64 customerId)
{
    CustomerContactSummary summary;
    sql::Statement counts =
        db_.prepare("SELECT channel, count(*) FROM messages WHERE customer_id = ? AND kind <> 'activity' "
                    "GROUP BY channel");
    counts.bindAll(customerId);
    while (counts.step()) {
        if (const auto channel = channelFromKey(counts.text(0)))
            summary.messagesPerChannel.insert(*channel, counts.int64(1));
    }
    sql::Statement last =
        db_.prepare("SELECT channel, created_at FROM messages WHERE customer_id = ? AND kind = 'incoming' "
                    "ORDER BY created_at DESC, id DESC LIMIT 1");
    last.bindAll(customerId);
    if (last.step()) {
        summary.lastIncomingChannel = channelFromKey(last.text(0));
        summary.lastIncomingAt = last.int64(1);
    }
    return summary;
}

CustomerConversationSpan CustomerQueries::conversationSpan(qint64 customerId)
{
    sql::Statement select =
        db_.prepare("SELECT count(*), min(created_at) FROM conversations WHERE customer_id = ?");
    select.bindAll(customerId);
    CustomerConversationSpan span;
    if (select.step()) {
        span.conversations = select.int64(0);
        span.firstContactAt = select.optionalInt64(1);
    }
    return span;
}

joins::JoinPreview CustomerQueries::mergePreview(qint64 survivorId, qint64 mergedId)
{
    return joins::previewJoin(db_, survivorId, mergedId);
}

ErasurePreview CustomerQueries::erasurePreview(qint64 customerId)
{
    return CustomerErasure(db_).preview(customerId);
}

} // namespace kontor
