#include "store/actions/AttachmentCopies.h"

#include "core/OwnerOnlyFiles.h"
#include "platform/DiskSync.h"
#include "store/sql/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeDatabase>
#include <QSet>
#include <QUuid>
#include <stdexcept>

namespace kontor::actions {

namespace {
QString safeFileName(const QString &name)
{
    QString safe = QFileInfo(name).fileName(); // never a path into another folder
    if (safe.isEmpty() || safe == u"." || safe == u"..")
        safe = QStringLiteral("attachment");
    return safe;
}

// The copy must be on disk before the action that sends it is: the outbox entry commits with full durability,
// and an entry whose file a power cut took would fail later for want of it.
bool flushToDisk(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    // And its name in the folder.
    return platform::syncFile(file) && platform::syncFolder(QFileInfo(path).absolutePath());
}

QString copiesRoot(const QString &storePath)
{
    const QFileInfo store(storePath);
    return store.absolutePath() + u'/' + store.completeBaseName() + QStringLiteral("-files/outbox");
}
} // namespace

QString keepAttachmentCopies(const QString &storePath, SendMessage &message)
{
    if (message.attachments.isEmpty())
        return {};
    for (const OutgoingAttachment &file : std::as_const(message.attachments)) {
        const QFileInfo info(file.localPath);
        if (!info.isFile() || !info.isReadable())
            throw std::invalid_argument("an attached file cannot be read");
        if (info.size() > maxAttachmentBytes)
            throw std::invalid_argument("an attached file is too large");
    }
    const QString folder = copiesRoot(storePath) + u'/' + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!files::makeOwnerOnlyFolder(folder))
        throw std::invalid_argument("no room for the attached files");
    const QMimeDatabase mimeTypes;
    QStringList taken;
    for (OutgoingAttachment &file : message.attachments) {
        QString name =
            safeFileName(file.fileName.isEmpty() ? QFileInfo(file.localPath).fileName() : file.fileName);
        // Two files of one name stay two files.
        const QFileInfo given(name);
        for (int n = 2; taken.contains(name, Qt::CaseInsensitive); ++n) {
            name = given.completeBaseName() + QStringLiteral(" (%1)").arg(n) +
                   (given.suffix().isEmpty() ? QString() : u'.' + given.suffix());
        }
        taken.append(name);
        const QString copy = folder + u'/' + name;
        // A copy takes the original's mode; the store's copy is the agent's alone, and on disk before the
        // action that sends it.
        if (!QFile::copy(file.localPath, copy) || !QFile::setPermissions(copy, files::ownerOnlyFile) ||
            !flushToDisk(copy)) {
            dropAttachmentFolder(folder);
            throw std::invalid_argument("an attached file could not be copied");
        }
        if (file.mimeType.isEmpty())
            file.mimeType = mimeTypes.mimeTypeForFile(copy).name();
        file.fileName = name;
        file.sizeBytes = QFileInfo(copy).size();
        file.localPath = copy;
    }
    return folder;
}

void dropAttachmentCopies(const QStringList &paths)
{
    for (const QString &path : paths) {
        QFile::remove(path);
        QDir().rmdir(QFileInfo(path).absolutePath()); // only when nothing else is left in it
    }
}

void dropAttachmentFolder(const QString &folder)
{
    if (!folder.isEmpty())
        QDir(folder).removeRecursively();
}

int collectOrphanedCopies(const QString &storePath, sql::Database &db)
{
    const QDir root(copiesRoot(storePath));
    const QStringList folders = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    if (folders.isEmpty())
        return 0;
    QSet<QString> referenced;
    const auto refer = [&](const QString &path) {
        if (!path.isEmpty())
            referenced.insert(QFileInfo(QFileInfo(path).absolutePath()).fileName());
    };
    sql::Statement files = db.prepare("SELECT local_path FROM attachments WHERE local_path IS NOT NULL");
    while (files.step())
        refer(files.text(0));
    sql::Statement entries = db.prepare("SELECT payload FROM outbox WHERE kind = 'send_message'");
    while (entries.step()) {
        const QJsonObject payload = QJsonDocument::fromJson(entries.text(0).toUtf8()).object();
        for (const QJsonValue &file : payload.value(QLatin1StringView("attachments")).toArray())
            refer(file.toObject().value(QLatin1StringView("path")).toString());
    }
    int removed = 0;
    for (const QString &folder : folders) {
        if (!referenced.contains(folder) && QDir(root.filePath(folder)).removeRecursively())
            ++removed;
    }
    return removed;
}

} // namespace kontor::actions
