#pragma once

#include "store/ChangeSet.h"

#include <QSet>
#include <QString>
#include <optional>

namespace kontor::sql {
class Database;
}

namespace kontor {

// Labels are shared by name (case-insensitive) across accounts, so that one label filter spans the unified
// inbox. The conversation_labels table has no rowid and the update hook ignores it: these functions mark the
// conversation as changed themselves.
qint64 ensureLabel(sql::Database &db, const QString &name);
std::optional<qint64> findLabel(sql::Database &db, const QString &name);
QSet<qint64> conversationLabelIds(sql::Database &db, qint64 conversationId);
void addConversationLabel(sql::Database &db, ChangeSet &marks, qint64 conversationId, qint64 labelId);
void removeConversationLabel(sql::Database &db, ChangeSet &marks, qint64 conversationId, qint64 labelId);

} // namespace kontor
