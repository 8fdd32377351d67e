#include "store/OptimisticMessages.h"

#include "store/sql/Database.h"

namespace kontor {

std::optional<qint64> confirmOptimisticMessage(sql::Database &db, qint64 accountId, const QString &uuid,
                                               const QString &remoteId)
{
    sql::Statement findOptimistic =
        db.prepare("SELECT id FROM messages WHERE client_uuid = ? AND remote_id IS NULL");
    findOptimistic.bindAll(uuid);
    if (!findOptimistic.step())
        return std::nullopt;
    const qint64 optimisticId = findOptimistic.int64(0);
    findOptimistic.run();

    sql::Statement findRemote = db.prepare("SELECT id FROM messages WHERE account_id = ? AND remote_id = ?");
    findRemote.bindAll(accountId, remoteId);
    if (findRemote.step()) {
        const qint64 remoteCopy = findRemote.int64(0);
        sql::Statement remove = db.prepare("DELETE FROM messages WHERE id = ?");
        remove.bindAll(optimisticId).run();
        sql::Statement claim =
            db.prepare("UPDATE messages SET client_uuid = ? WHERE id = ? AND client_uuid IS NULL");
        claim.bindAll(uuid, remoteCopy).run();
        return std::nullopt;
    }
    sql::Statement confirm = db.prepare("UPDATE messages SET remote_id = ? WHERE id = ?");
    confirm.bindAll(remoteId, optimisticId).run();
    return optimisticId;
}

std::optional<qint64> confirmOptimisticConversation(sql::Database &db, qint64 accountId, qint64 localId,
                                                    const QString &remoteId)
{
    sql::Statement local = db.prepare("SELECT remote_id FROM conversations WHERE id = ? AND account_id = ?");
    local.bindAll(localId, accountId);
    if (!local.step())
        return std::nullopt;
    const std::optional<QString> knownRemoteId = local.optionalText(0);
    local.run();
    if (knownRemoteId)
        return localId; // confirmed before (a resend after an unknown outcome)

    sql::Statement findRemote =
        db.prepare("SELECT id FROM conversations WHERE account_id = ? AND remote_id = ?");
    findRemote.bindAll(accountId, remoteId);
    if (!findRemote.step()) {
        sql::Statement confirm = db.prepare("UPDATE conversations SET remote_id = ? WHERE id = ?");
        confirm.bindAll(remoteId, localId).run();
        return localId;
    }
    const qint64 remoteCopy = findRemote.int64(0);
    findRemote.run();
    for (const char *move : {"UPDATE messages SET conversation_id = ?1 WHERE conversation_id = ?2",
                             "UPDATE outbox SET conversation_id = ?1 WHERE conversation_id = ?2",
                             "UPDATE mentions SET conversation_id = ?1 WHERE conversation_id = ?2",
                             "INSERT OR IGNORE INTO conversation_labels(conversation_id, label_id) "
                             "  SELECT ?1, label_id FROM conversation_labels WHERE conversation_id = ?2"}) {
        sql::Statement statement = db.prepare(move);
        statement.bindAll(remoteCopy, localId).run();
    }
    sql::Statement remove = db.prepare("DELETE FROM conversations WHERE id = ?");
    remove.bindAll(localId).run();
    return remoteCopy;
}

} // namespace kontor
