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

} // namespace kontor
