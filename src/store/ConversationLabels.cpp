#include "store/ConversationLabels.h"

#include "store/sql/Database.h"

namespace kontor {

std::optional<qint64> findLabel(sql::Database &db, const QString &name)
{
    sql::Statement find = db.prepare("SELECT id FROM labels WHERE name = ?");
    find.bindAll(name);
    if (!find.step())
        return std::nullopt;
    return find.int64(0);
}

qint64 ensureLabel(sql::Database &db, const QString &name)
{
    if (const auto existing = findLabel(db, name))
        return *existing;
    sql::Statement insert = db.prepare("INSERT INTO labels(name) VALUES (?)");
    insert.bindAll(name).run();
    return db.lastInsertRowId();
}

QSet<qint64> conversationLabelIds(sql::Database &db, qint64 conversationId)
{
    QSet<qint64> ids;
    sql::Statement select = db.prepare("SELECT label_id FROM conversation_labels WHERE conversation_id = ?");
    select.bindAll(conversationId);
    while (select.step())
        ids.insert(select.int64(0));
    return ids;
}

void addConversationLabel(sql::Database &db, ChangeSet &marks, qint64 conversationId, qint64 labelId)
{
    sql::Statement insert = db.prepare(
        "INSERT INTO conversation_labels(conversation_id, label_id) VALUES (?, ?) ON CONFLICT DO NOTHING");
    insert.bindAll(conversationId, labelId).run();
    if (db.changes() > 0)
        marks.markUpdated(StoreTable::Conversations, conversationId);
}

void removeConversationLabel(sql::Database &db, ChangeSet &marks, qint64 conversationId, qint64 labelId)
{
    sql::Statement remove =
        db.prepare("DELETE FROM conversation_labels WHERE conversation_id = ? AND label_id = ?");
    remove.bindAll(conversationId, labelId).run();
    if (db.changes() > 0)
        marks.markUpdated(StoreTable::Conversations, conversationId);
}

} // namespace kontor
