#include "store/queries/DirectoryQueries.h"

#include "store/sql/Database.h"

namespace kontor {

DirectoryQueries::DirectoryQueries(sql::Database &db)
    : db_(db)
{}

QList<AccountRow> DirectoryQueries::accounts()
{
    sql::Statement select = db_.prepare("SELECT id, connector, remote_id, name FROM accounts ORDER BY id");
    QList<AccountRow> rows;
    while (select.step())
        rows.append({select.int64(0), select.text(1), select.text(2), select.text(3)});
    return rows;
}

std::optional<qint64> DirectoryQueries::accountId(const QString &connector, const QString &remoteId)
{
    sql::Statement select = db_.prepare("SELECT id FROM accounts WHERE connector = ? AND remote_id = ?");
    select.bindAll(connector, remoteId);
    if (!select.step())
        return std::nullopt;
    return select.int64(0);
}

QList<InboxRow> DirectoryQueries::inboxes()
{
    sql::Statement select = db_.prepare(
        "SELECT id, account_id, remote_id, name, channel FROM inboxes ORDER BY name COLLATE NOCASE, id");
    QList<InboxRow> rows;
    while (select.step()) {
        rows.append({select.int64(0), select.int64(1), select.text(2), select.text(3),
                     channelFromKey(select.text(4)).value_or(Channel::Api)});
    }
    return rows;
}

QList<AgentRow> DirectoryQueries::agents(std::optional<qint64> accountId)
{
    sql::Statement select = db_.prepare(
        "SELECT a.id, a.account_id, a.remote_id, a.name, a.email, a.presence, a.presence_since, a.capacity, "
        "  a.is_self, (SELECT count(*) FROM conversations c WHERE c.assignee_id = a.id AND c.status = "
        "'open') "
        "FROM agents a WHERE ?1 IS NULL OR a.account_id = ?1 ORDER BY a.name COLLATE NOCASE, a.id");
    select.bindAll(accountId);
    QList<AgentRow> rows;
    while (select.step()) {
        AgentRow r;
        r.id = select.int64(0);
        r.accountId = select.int64(1);
        r.remoteId = select.text(2);
        r.name = select.text(3);
        r.email = select.text(4);
        r.presence = presenceFromKey(select.text(5)).value_or(Presence::Offline);
        r.presenceSince = select.optionalInt64(6);
        r.capacity = select.int32(7);
        r.isSelf = select.int64(8) != 0;
        r.openConversations = select.int64(9);
        rows.append(r);
    }
    return rows;
}

QList<TeamRow> DirectoryQueries::teams()
{
    QList<TeamRow> rows;
    {
        sql::Statement select =
            db_.prepare("SELECT id, account_id, remote_id, name FROM teams ORDER BY name COLLATE NOCASE, id");
        while (select.step())
            rows.append({select.int64(0), select.int64(1), select.text(2), select.text(3), {}});
    }
    for (TeamRow &team : rows) {
        sql::Statement members =
            db_.prepare("SELECT agent_id FROM team_members WHERE team_id = ? ORDER BY agent_id");
        members.bindAll(team.id);
        while (members.step())
            team.memberIds.append(members.int64(0));
    }
    return rows;
}

QList<LabelRow> DirectoryQueries::labels()
{
    sql::Statement select = db_.prepare("SELECT id, name, color FROM labels ORDER BY name");
    QList<LabelRow> rows;
    while (select.step())
        rows.append({select.int64(0), select.text(1), select.text(2)});
    return rows;
}

std::optional<CustomerRow> DirectoryQueries::customer(qint64 id)
{
    CustomerRow row;
    {
        sql::Statement select =
            db_.prepare("SELECT id, name, created_at, updated_at, merged_into FROM customers WHERE id = ?");
        select.bindAll(id);
        if (!select.step())
            return std::nullopt;
        row = {select.int64(0), select.text(1),          select.int64(2),
               select.int64(3), select.optionalInt64(4), {}};
    }
    sql::Statement identities = db_.prepare(
        "SELECT id, customer_id, kind, value, platform, account_id, display_value FROM identities "
        "WHERE customer_id = ? ORDER BY kind, id");
    identities.bindAll(id);
    while (identities.step()) {
        IdentityRow i;
        i.id = identities.int64(0);
        i.customerId = identities.int64(1);
        i.kind = identityKindFromKey(identities.text(2)).value_or(IdentityKind::ContactId);
        i.value = identities.text(3);
        if (!identities.isNull(4))
            i.platform = channelFromKey(identities.text(4));
        i.accountId = identities.optionalInt64(5);
        i.displayValue = identities.text(6);
        row.identities.append(i);
    }
    return row;
}

QList<CustomerAttributeRow> DirectoryQueries::customerAttributes(qint64 customerId)
{
    sql::Statement select =
        db_.prepare("SELECT a.id, a.customer_id, a.account_id, ac.name, a.key, a.label, a.value, a.kind "
                    "FROM customer_attributes a JOIN accounts ac ON ac.id = a.account_id "
                    "WHERE a.customer_id = ? ORDER BY a.account_id, a.position, a.id");
    select.bindAll(customerId);
    QList<CustomerAttributeRow> rows;
    while (select.step()) {
        rows.append({select.int64(0), select.int64(1), select.int64(2), select.text(3), select.text(4),
                     select.text(5), select.text(6),
                     attributeKindFromKey(select.text(7)).value_or(AttributeKind::Text)});
    }
    return rows;
}

std::optional<qint64> DirectoryQueries::customerByIdentity(IdentityKind kind, const QString &scope,
                                                           const QString &value)
{
    sql::Statement select =
        db_.prepare("SELECT customer_id FROM identities WHERE kind = ? AND scope = ? AND value = ?");
    select.bindAll(identityKindKey(kind), scope, value);
    if (!select.step())
        return std::nullopt;
    return select.int64(0);
}

QList<CannedResponseRow> DirectoryQueries::cannedResponses(const QString &prefix, int limit)
{
    // A range on the index rather than LIKE, which would scan (and treat '%' and '_' in the prefix
    // specially).
    sql::Statement select = db_.prepare(
        "SELECT id, account_id, short_code, content FROM canned_responses "
        "WHERE short_code >= ?1 AND short_code < ?1 || char(1114111) ORDER BY short_code, id LIMIT ?2");
    select.bindAll(prefix, limit);
    QList<CannedResponseRow> rows;
    while (select.step())
        rows.append({select.int64(0), select.int64(1), select.text(2), select.text(3)});
    return rows;
}

std::optional<QString> DirectoryQueries::syncCursor(qint64 accountId, const QString &stream)
{
    sql::Statement select = db_.prepare("SELECT value FROM sync_cursors WHERE account_id = ? AND stream = ?");
    select.bindAll(accountId, stream);
    if (!select.step())
        return std::nullopt;
    return select.text(0);
}

QList<MergeSuggestionRow> DirectoryQueries::openMergeSuggestions(int limit)
{
    sql::Statement select =
        db_.prepare("SELECT id, customer_a, customer_b, reason, score, created_at FROM merge_suggestions "
                    "WHERE state = 'open' ORDER BY score DESC, id LIMIT ?");
    select.bindAll(limit);
    QList<MergeSuggestionRow> rows;
    while (select.step()) {
        rows.append({select.int64(0), select.int64(1), select.int64(2), select.text(3), select.real(4),
                     select.int64(5)});
    }
    return rows;
}

QList<CustomerMatch> DirectoryQueries::findCustomers(const QString &text, int limit)
{
    QList<CustomerMatch> found;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return found;
    QString escaped = trimmed;
    escaped.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    sql::Statement select = db_.prepare(
        "SELECT c.id, c.name, (SELECT group_concat(coalesce(nullif(i.display_value, ''), i.value), ', ') "
        "  FROM identities i WHERE i.customer_id = c.id AND i.kind <> 'contact') "
        "FROM customers c WHERE c.merged_into IS NULL AND (c.name LIKE '%' || ?1 || '%' ESCAPE '\\' "
        "  OR EXISTS (SELECT 1 FROM identities i WHERE i.customer_id = c.id AND i.kind <> 'contact' "
        "  AND i.value LIKE ?1 || '%' ESCAPE '\\')) "
        "ORDER BY c.name, c.id LIMIT ?2");
    select.bindAll(escaped, limit);
    while (select.step())
        found.append({select.int64(0), select.text(1), select.text(2)});
    return found;
}

} // namespace kontor
