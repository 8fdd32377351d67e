#include "store/ingest/IngestSteps.h"

#include "store/sql/Database.h"

#include <QSet>

namespace kontor::ingest {

void ingestAccount(IngestContext &context, const AccountRecord &account)
{
    sql::Statement upsert =
        context.db.prepare("INSERT INTO accounts(connector, remote_id, name, created_at) VALUES (?, ?, ?, ?) "
                           "ON CONFLICT(connector, remote_id) DO UPDATE SET name = excluded.name "
                           "WHERE excluded.name <> '' AND name IS NOT excluded.name RETURNING id");
    upsert.bindAll(account.connector, account.remoteId, account.name, context.now);
    const UpsertResult written = runUpsert(context.db, upsert, [&] {
        sql::Statement find =
            context.db.prepare("SELECT id FROM accounts WHERE connector = ? AND remote_id = ?");
        find.bindAll(account.connector, account.remoteId);
        return find.step() ? find.int64(0) : 0;
    });
    context.accountId = written.id;
    context.result.accountId = written.id;
    if (written.outcome != Outcome::Unchanged)
        context.count(written.outcome);
}

void ingestInboxes(IngestContext &context, const QList<InboxRecord> &inboxes)
{
    for (const InboxRecord &inbox : inboxes) {
        if (inbox.remoteId.isEmpty()) {
            context.skip("inbox", inbox.remoteId, QStringLiteral("no remote id"));
            continue;
        }
        sql::Statement upsert = context.db.prepare(
            "INSERT INTO inboxes(account_id, remote_id, name, channel) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(account_id, remote_id) DO UPDATE SET name = excluded.name, channel = "
            "excluded.channel "
            "WHERE name IS NOT excluded.name OR channel IS NOT excluded.channel RETURNING id");
        upsert.bindAll(context.accountId, inbox.remoteId, inbox.name, channelKey(inbox.channel));
        const UpsertResult written =
            runUpsert(context.db, upsert, [&] { return context.inboxId(inbox.remoteId).value_or(0); });
        context.inboxes.insert(inbox.remoteId, written.id);
        context.count(written.outcome);
    }
}

void ingestAgents(IngestContext &context, const QList<AgentRecord> &agents)
{
    for (const AgentRecord &agent : agents) {
        if (agent.remoteId.isEmpty()) {
            context.skip("agent", agent.remoteId, QStringLiteral("no remote id"));
            continue;
        }
        sql::Statement upsert = context.db.prepare(
            "INSERT INTO agents(account_id, remote_id, name, email, presence, presence_since, capacity, "
            "is_self) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) "
            "ON CONFLICT(account_id, remote_id) DO UPDATE SET name = excluded.name, email = excluded.email, "
            "  presence_since = CASE WHEN presence IS excluded.presence THEN presence_since ELSE ?6 END, "
            "  presence = excluded.presence, capacity = excluded.capacity, is_self = excluded.is_self "
            "WHERE name IS NOT excluded.name OR email IS NOT excluded.email OR presence IS NOT "
            "excluded.presence "
            "  OR capacity IS NOT excluded.capacity OR is_self IS NOT excluded.is_self "
            "RETURNING id");
        upsert.bindAll(context.accountId, agent.remoteId, agent.name, agent.email,
                       presenceKey(agent.presence), context.now, agent.capacity, agent.isSelf);
        const UpsertResult written =
            runUpsert(context.db, upsert, [&] { return context.agentId(agent.remoteId).value_or(0); });
        context.agents.insert(agent.remoteId, written.id);
        context.count(written.outcome);
    }
}

void ingestTeams(IngestContext &context, const QList<TeamRecord> &teams)
{
    for (const TeamRecord &team : teams) {
        if (team.remoteId.isEmpty()) {
            context.skip("team", team.remoteId, QStringLiteral("no remote id"));
            continue;
        }
        sql::Statement upsert =
            context.db.prepare("INSERT INTO teams(account_id, remote_id, name) VALUES (?, ?, ?) "
                               "ON CONFLICT(account_id, remote_id) DO UPDATE SET name = excluded.name "
                               "WHERE name IS NOT excluded.name RETURNING id");
        upsert.bindAll(context.accountId, team.remoteId, team.name);
        const UpsertResult written =
            runUpsert(context.db, upsert, [&] { return context.teamId(team.remoteId).value_or(0); });
        context.teams.insert(team.remoteId, written.id);
        context.count(written.outcome);

        QSet<qint64> wanted;
        for (const QString &member : team.memberRemoteIds) {
            if (const auto agentId = context.agentId(member))
                wanted.insert(*agentId);
            else
                context.skip("team member", member, QStringLiteral("unknown agent"));
        }
        QSet<qint64> current;
        sql::Statement members = context.db.prepare("SELECT agent_id FROM team_members WHERE team_id = ?");
        members.bindAll(written.id);
        while (members.step())
            current.insert(members.int64(0));
        if (current == wanted)
            continue;
        for (qint64 agentId : current - wanted) {
            sql::Statement remove =
                context.db.prepare("DELETE FROM team_members WHERE team_id = ? AND agent_id = ?");
            remove.bindAll(written.id, agentId).run();
        }
        for (qint64 agentId : wanted - current) {
            sql::Statement add =
                context.db.prepare("INSERT INTO team_members(team_id, agent_id) VALUES (?, ?)");
            add.bindAll(written.id, agentId).run();
        }
        // team_members has no rowid, so the update hook is silent about it.
        context.marks.markUpdated(StoreTable::TeamMembers, written.id);
    }
}

void ingestCannedResponses(IngestContext &context, const QList<CannedResponseRecord> &responses)
{
    for (const CannedResponseRecord &response : responses) {
        if (response.remoteId.isEmpty()) {
            context.skip("canned response", response.remoteId, QStringLiteral("no remote id"));
            continue;
        }
        sql::Statement upsert = context.db.prepare(
            "INSERT INTO canned_responses(account_id, remote_id, short_code, content) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(account_id, remote_id) DO UPDATE SET short_code = excluded.short_code, "
            "  content = excluded.content "
            "WHERE short_code IS NOT excluded.short_code OR content IS NOT excluded.content RETURNING id");
        upsert.bindAll(context.accountId, response.remoteId, response.shortCode, response.content);
        context.count(runUpsert(context.db, upsert, [] { return qint64(0); }).outcome);
    }
}

void ingestCursor(IngestContext &context, const SyncCursorRecord &cursor)
{
    sql::Statement upsert = context.db.prepare(
        "INSERT INTO sync_cursors(account_id, stream, value, updated_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(account_id, stream) DO UPDATE SET value = excluded.value, updated_at = "
        "excluded.updated_at");
    upsert.bindAll(context.accountId, cursor.stream, cursor.value, context.now).run();
}

} // namespace kontor::ingest
