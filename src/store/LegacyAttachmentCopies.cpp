#include "store/LegacyAttachmentCopies.h"

#include "core/InputLimits.h"
#include "store/FileOverwrite.h"
#include "store/sql/Blob.h"
#include "store/sql/Database.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace kontor {

namespace {
QString filesFolder(const QString &storePath)
{
    const QFileInfo store(storePath);
    return store.absolutePath() + u'/' + store.completeBaseName() + QStringLiteral("-files");
}

bool readCopy(sql::Database &db, const QString &storePath, qint64 outboxId, int position, const QString &path)
{
    if (!isLegacyCopy(storePath, path))
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > limits::attachmentBytes)
        return false;
    sql::Statement insert =
        db.prepare("INSERT INTO outbox_files(outbox_id, position, content) VALUES (?, ?, zeroblob(?))");
    insert.bindAll(outboxId, position, file.size()).run();
    const qint64 row = db.lastInsertRowId();
    sql::Blob content(db, "outbox_files", "content", row, sql::Blob::Access::Write);
    if (content.fill(file))
        return true;
    sql::Statement drop = db.prepare("DELETE FROM outbox_files WHERE id = ?");
    drop.bindAll(row).run();
    return false;
}
} // namespace

QString legacyCopiesFolder(const QString &storePath)
{
    return filesFolder(storePath) + QStringLiteral("/outbox");
}

bool isLegacyCopy(const QString &storePath, const QString &path)
{
    const QString folder = QFileInfo(legacyCopiesFolder(storePath)).canonicalFilePath();
    const QFileInfo file(path);
    return !folder.isEmpty() && file.isFile() && file.canonicalFilePath().startsWith(folder + u'/');
}

LegacyCopiesRead readLegacyCopies(sql::Database &db, const QString &storePath, qint64 outboxId,
                                  QJsonObject &payload)
{
    LegacyCopiesRead read;
    QJsonArray files = payload.value(QLatin1StringView("attachments")).toArray();
    for (int position = 0; position < files.size(); ++position) {
        QJsonObject file = files.at(position).toObject();
        const QString path = file.value(QLatin1StringView("path")).toString();
        if (readCopy(db, storePath, outboxId, position, path))
            ++read.kept;
        else
            ++read.missing;
        file.remove(QLatin1StringView("path"));
        files.replace(position, file);
    }
    if (!files.isEmpty())
        payload.insert(QLatin1StringView("attachments"), files);
    return read;
}

int removeLegacyAttachmentCopies(const QString &storePath)
{
    const QString folder = legacyCopiesFolder(storePath);
    if (!QFileInfo(folder).isDir())
        return 0;
    int removed = 0;
    // A link is removed with its folder below, never followed and overwritten.
    QDirIterator files(folder, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        overwriteAndRemove(files.next());
        ++removed;
    }
    QDir(folder).removeRecursively();
    QDir().rmdir(filesFolder(storePath)); // only when nothing else is left in it
    return removed;
}

} // namespace kontor
