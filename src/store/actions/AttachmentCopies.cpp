#include "store/actions/AttachmentCopies.h"

#include "core/OwnerOnlyFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
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
    const QFileInfo store(storePath);
    const QString folder = store.absolutePath() + u'/' + store.completeBaseName() +
                           QStringLiteral("-files/outbox/") +
                           QUuid::createUuid().toString(QUuid::WithoutBraces);
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
        // A copy takes the original's mode; the store's copy is the agent's alone.
        if (!QFile::copy(file.localPath, copy) || !QFile::setPermissions(copy, files::ownerOnlyFile)) {
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

} // namespace kontor::actions
