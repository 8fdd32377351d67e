#pragma once

#include "core/Channel.h"
#include "core/Time.h"
#include "store/ChangeSet.h"
#include "store/IngestBatch.h"
#include "store/sql/Database.h"

#include <QHash>
#include <QString>
#include <optional>

namespace kontor::ingest {

// What ingestion knows about a conversation while it files messages under it.
struct ConversationRef
{
    qint64 id = 0;
    qint64 customerId = 0;
    Channel channel = Channel::WebChat;
};

enum class Outcome
{
    Inserted,
    Updated,
    Unchanged
};

// State shared by the steps of one batch: the connection inside its transaction, the account, the remote-to-
// local id maps filled as records are written (so later records find earlier ones without a query), and the
// result being built.
class IngestContext
{
public:
    IngestContext(sql::Database &db, ChangeSet &marks, IngestResult &result, UtcMillis now);

    sql::Database &db;
    ChangeSet &marks; // changes the update hook cannot see
    IngestResult &result;
    const UtcMillis now;
    qint64 accountId = 0;

    void count(Outcome outcome);
    void skip(const char *kind, const QString &remoteId, const QString &reason);

    std::optional<qint64> inboxId(const QString &remoteId);
    std::optional<qint64> agentId(const QString &remoteId);
    std::optional<qint64> teamId(const QString &remoteId);
    std::optional<qint64> customerId(const QString &contactRemoteId);
    // The identity row of the backend contact (kind 'contact'): what a conversation belongs to.
    std::optional<qint64> contactIdentityId(const QString &contactRemoteId);
    std::optional<ConversationRef> conversation(const QString &remoteId);

    QHash<QString, qint64> inboxes;
    QHash<QString, qint64> agents;
    QHash<QString, qint64> teams;
    QHash<QString, qint64> customers;         // by contact remote id
    QHash<QString, qint64> contactIdentities; // by contact remote id
    QHash<QString, ConversationRef> conversations;
    QHash<QString, qint64> labels; // by name, case-folded

private:
    std::optional<qint64> lookup(QHash<QString, qint64> &cache, const char *sqlText, const QString &remoteId);
};

// Runs an upsert whose RETURNING clause yields the row id when a row was inserted or changed. When it yields
// nothing, the row existed unchanged, and findExisting() (returning its id) is asked.
struct UpsertResult
{
    qint64 id = 0;
    Outcome outcome = Outcome::Unchanged;
};

template<typename FindExisting>
UpsertResult runUpsert(sql::Database &db, sql::Statement &upsert, FindExisting &&findExisting)
{
    const qint64 rowIdBefore = db.lastInsertRowId();
    if (upsert.step()) {
        const qint64 id = upsert.int64(0);
        upsert.run(); // RETURNING statements are finished before the next use
        // An insert moves last_insert_rowid to the new row; an update leaves it alone.
        const bool inserted = db.lastInsertRowId() == id && id != rowIdBefore;
        return {id, inserted ? Outcome::Inserted : Outcome::Updated};
    }
    return {findExisting(), Outcome::Unchanged};
}

} // namespace kontor::ingest
