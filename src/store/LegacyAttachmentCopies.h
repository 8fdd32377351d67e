#pragma once

#include <QJsonObject>
#include <QString>

namespace kontor::sql {
class Database;
}

namespace kontor {

// Before store format 11 the files an agent sent were copied beside the store, in the clear:
// <store>-files/outbox/<one folder per message>/<name>. The migration to format 11 reads them into the store;
// what is left of them on disk is removed here.

QString legacyCopiesFolder(const QString &storePath);
// Whether path is a file inside that folder (never a file elsewhere that a payload happens to name).
bool isLegacyCopy(const QString &storePath, const QString &path);
// What reading an entry's copies into the store found.
struct LegacyCopiesRead
{
    int kept = 0;    // copies now in the store
    int missing = 0; // files the entry names whose copy is gone (or is not one of the store's own)
};

// Reads the copies that a send_message payload names (by "path", under storePath's copies folder) into db's
// outbox_files for the entry, piece by piece, and takes the paths out of the payload. A copy larger than any
// copy ever was stays out. Throws sql::Error when db cannot take them.
LegacyCopiesRead readLegacyCopies(sql::Database &db, const QString &storePath, qint64 outboxId,
                                  QJsonObject &payload);

// Overwrites and removes every file in that folder, the folders, and <store>-files when nothing else is in
// it. Run only once the store no longer needs them (its schema is format 11 or later). Returns how many
// files went.
int removeLegacyAttachmentCopies(const QString &storePath);

} // namespace kontor
