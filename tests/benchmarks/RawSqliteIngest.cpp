#include "RawSqliteIngest.h"

#include "store/IdentityScope.h"
#include "store/TextRendition.h"

#include <sqlite3.h>
#include <stdexcept>

using namespace kontor;

namespace {

void check(sqlite3 *db, int rc)
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
        throw std::runtime_error(sqlite3_errmsg(db));
}

struct Binder
{
    sqlite3 *db;
    sqlite3_stmt *stmt;
    int index = 0;

    Binder &operator<<(qint64 v)
    {
        check(db, sqlite3_bind_int64(stmt, ++index, v));
        return *this;
    }
    Binder &operator<<(int v) { return *this << qint64(v); }
    Binder &operator<<(const QString &v)
    {
        const QByteArray utf8 = v.toUtf8();
        check(db, sqlite3_bind_text(stmt, ++index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT));
        return *this;
    }
    Binder &operator<<(const std::optional<qint64> &v)
    {
        if (v)
            return *this << *v;
        check(db, sqlite3_bind_null(stmt, ++index));
        return *this;
    }
    void run()
    {
        check(db, sqlite3_step(stmt));
        sqlite3_reset(stmt);
    }
};

} // namespace

RawSqliteIngest::RawSqliteIngest(const QString &path)
{
    check(db_, sqlite3_open_v2(path.toUtf8().constData(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX,
                               nullptr));
    // The same connection settings as the store's writer.
    exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; "
         "PRAGMA temp_store = MEMORY; PRAGMA cache_size = -65536; PRAGMA journal_size_limit = 67108864");
    insertAccount_ =
        prepare("INSERT INTO accounts(id, connector, remote_id, name, created_at) VALUES (?, ?, ?, ?, ?)");
    insertInbox_ =
        prepare("INSERT INTO inboxes(id, account_id, remote_id, name, channel) VALUES (?, ?, ?, ?, ?)");
    insertAgent_ =
        prepare("INSERT INTO agents(id, account_id, remote_id, name, email, presence, presence_since, "
                "capacity, is_self) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insertTeam_ = prepare("INSERT INTO teams(id, account_id, remote_id, name) VALUES (?, ?, ?, ?)");
    insertTeamMember_ = prepare("INSERT INTO team_members(team_id, agent_id) VALUES (?, ?)");
    insertCustomer_ = prepare("INSERT INTO customers(id, name, created_at, updated_at) VALUES (?, ?, ?, ?)");
    insertIdentity_ = prepare("INSERT INTO identities(customer_id, kind, value, scope, platform, account_id, "
                              "display_value, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    insertLabel_ = prepare("INSERT INTO labels(id, name) VALUES (?, ?)");
    insertConversation_ = prepare(
        "INSERT INTO conversations(id, account_id, remote_id, inbox_id, channel, customer_id, subject, "
        "status, "
        "snoozed_until, priority, assignee_id, team_id, created_at, last_activity_at, waiting_since, "
        "first_reply_at, sla_first_reply_due, sla_resolution_due, unread_count, last_message_preview) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insertConversationLabel_ =
        prepare("INSERT INTO conversation_labels(conversation_id, label_id) VALUES (?, ?)");
    insertMessage_ =
        prepare("INSERT INTO messages(conversation_id, account_id, customer_id, remote_id, kind, channel, "
                "author_agent_id, author_customer_id, author_name, body, body_format, created_at, "
                "delivery_state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
}

RawSqliteIngest::~RawSqliteIngest()
{
    for (sqlite3_stmt *stmt : statements_)
        sqlite3_finalize(stmt);
    sqlite3_close_v2(db_);
}

sqlite3_stmt *RawSqliteIngest::prepare(const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    check(db_, sqlite3_prepare_v3(db_, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr));
    statements_.push_back(stmt);
    return stmt;
}

void RawSqliteIngest::exec(const char *sql)
{
    check(db_, sqlite3_exec(db_, sql, nullptr, nullptr, nullptr));
}

qint64 RawSqliteIngest::labelId(const QString &name)
{
    auto found = labels_.constFind(name);
    if (found != labels_.constEnd())
        return *found;
    const qint64 id = labels_.size() + 1;
    (Binder{db_, insertLabel_} << id << name).run();
    labels_.insert(name, id);
    return id;
}

void RawSqliteIngest::ingest(const IngestBatch &batch)
{
    exec("BEGIN IMMEDIATE");
    const qint64 account = 1;
    if (batch.inboxes.size()) {
        (Binder{db_, insertAccount_} << account << batch.account.connector << batch.account.remoteId
                                     << batch.account.name << qint64(0))
            .run();
    }
    for (const InboxRecord &inbox : batch.inboxes) {
        const qint64 id = inboxes_.size() + 1;
        inboxes_.insert(inbox.remoteId, id);
        (Binder{db_, insertInbox_} << id << account << inbox.remoteId << inbox.name
                                   << channelKey(inbox.channel))
            .run();
    }
    for (const AgentRecord &agent : batch.agents) {
        const qint64 id = agents_.size() + 1;
        agents_.insert(agent.remoteId, id);
        agentNames_.insert(agent.remoteId, agent.name);
        (Binder{db_, insertAgent_} << id << account << agent.remoteId << agent.name << agent.email
                                   << presenceKey(agent.presence) << qint64(0) << agent.capacity
                                   << int(agent.isSelf))
            .run();
    }
    for (const TeamRecord &team : batch.teams) {
        const qint64 id = teams_.size() + 1;
        teams_.insert(team.remoteId, id);
        (Binder{db_, insertTeam_} << id << account << team.remoteId << team.name).run();
        for (const QString &member : team.memberRemoteIds)
            (Binder{db_, insertTeamMember_} << id << agents_.value(member)).run();
    }
    for (const CustomerRecord &customer : batch.customers) {
        const qint64 id = customers_.size() + 1;
        customers_.insert(customer.remoteId, id);
        customerNames_.insert(id, customer.name);
        (Binder{db_, insertCustomer_} << id << customer.name << qint64(0) << qint64(0)).run();
        (Binder{db_, insertIdentity_} << id << identityKindKey(IdentityKind::ContactId) << customer.remoteId
                                      << QString::number(account) << std::optional<qint64>() << account
                                      << QString() << qint64(0))
            .run();
        for (const IdentityRecord &identity : customer.identities) {
            (Binder{db_, insertIdentity_} << id << identityKindKey(identity.kind) << identity.value
                                          << identityScope(identity.kind, identity.platform, account)
                                          << std::optional<qint64>() << std::optional<qint64>()
                                          << identity.value << qint64(0))
                .run();
        }
    }
    // The store keeps the newest message's preview on the conversation; the baseline writes it directly.
    QHash<QString, const MessageRecord *> newest;
    for (const MessageRecord &m : batch.messages) {
        const MessageRecord *&latest = newest[m.conversationRemoteId];
        if (!latest || m.createdAt >= latest->createdAt)
            latest = &m;
    }
    for (const ConversationRecord &c : batch.conversations) {
        const qint64 id = nextId_++;
        const qint64 customer = customers_.value(c.customerRemoteId);
        conversations_.insert(c.remoteId, {id, customer, channelKey(c.channel)});
        const MessageRecord *latest = newest.value(c.remoteId);
        const auto optionalId = [](const QHash<QString, qint64> &map, const QString &key) {
            return key.isEmpty() ? std::optional<qint64>() : std::optional<qint64>(map.value(key));
        };
        (Binder{db_, insertConversation_}
         << id << account << c.remoteId << optionalId(inboxes_, c.inboxRemoteId) << channelKey(c.channel)
         << customer << c.subject << statusKey(c.status) << c.snoozedUntil << priorityKey(c.priority)
         << optionalId(agents_, c.assigneeRemoteId) << optionalId(teams_, c.teamRemoteId) << c.createdAt
         << c.lastActivityAt << c.waitingSince << c.firstReplyAt << c.slaFirstReplyDue << c.slaResolutionDue
         << c.unreadCount << (latest ? previewLine(latest->body) : QString()))
            .run();
        for (const QString &label : c.labels)
            (Binder{db_, insertConversationLabel_} << id << labelId(label)).run();
    }
    for (const MessageRecord &m : batch.messages) {
        const Conversation conversation = conversations_.value(m.conversationRemoteId);
        const qint64 customer = conversation.customerId;
        const bool incoming = m.kind == MessageKind::Incoming;
        const std::optional<qint64> agent =
            incoming ? std::nullopt : std::optional<qint64>(agents_.value(m.authorAgentRemoteId));
        const QString author =
            incoming ? customerNames_.value(customer) : agentNames_.value(m.authorAgentRemoteId);
        (Binder{db_, insertMessage_} << conversation.id << account << customer << m.remoteId
                                     << messageKindKey(m.kind)
                                     << (m.channel ? channelKey(*m.channel) : conversation.channel) << agent
                                     << (incoming ? std::optional<qint64>(customer) : std::nullopt) << author
                                     << m.body << bodyFormatKey(m.bodyFormat) << m.createdAt
                                     << deliveryStateKey(m.deliveryState))
            .run();
    }
    exec("COMMIT");
}
