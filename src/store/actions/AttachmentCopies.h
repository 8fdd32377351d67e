#pragma once

#include "store/AgentAction.h"

#include <QString>
#include <QStringList>

namespace kontor::sql {
class Database;
}

namespace kontor::actions {

// The store's own copies of the files the agent sends, beside the store file (<store>-files/outbox/…), so
// that a message waiting in the outbox still has its files when the originals were moved or deleted.

// Copies the message's files and points it at the copies, filling in name, type and size. Throws
// std::invalid_argument (nothing copied) for a file that cannot be read or is larger than
// maxAttachmentBytes. Returns the folder the copies went to, empty when there were none.
QString keepAttachmentCopies(const QString &storePath, SendMessage &message);

// Removes copies made for a message that was not recorded or was discarded.
void dropAttachmentCopies(const QStringList &paths);
void dropAttachmentFolder(const QString &folder);

// Removes the copy folders that nothing refers to any more: no message's attachment and no outbox entry
// (left by a crash between copying and committing, or by a store that was set aside). Run while no action
// is being recorded. Returns how many folders went.
int collectOrphanedCopies(const QString &storePath, sql::Database &db);

} // namespace kontor::actions
