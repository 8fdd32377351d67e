#include "store/actions/OutboxFiles.h"

#include "store/sql/Blob.h"
#include "store/sql/Database.h"

#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QStringList>
#include <stdexcept>

namespace kontor::actions {

namespace {
QString safeFileName(const QString &name)
{
    QString safe = QFileInfo(name).fileName(); // a name, never a path into another folder
    if (safe.isEmpty() || safe == u"." || safe == u"..")
        safe = QStringLiteral("attachment");
    return safe;
}
} // namespace

void describeAttachments(SendMessage &message)
{
    const QMimeDatabase mimeTypes;
    QStringList taken;
    for (OutgoingAttachment &file : message.attachments) {
        const QFileInfo info(file.localPath);
        if (!info.isFile() || !info.isReadable())
            throw std::invalid_argument("an attached file cannot be read");
        if (info.size() > maxAttachmentBytes)
            throw std::invalid_argument("an attached file is too large");
        QString name = safeFileName(file.fileName.isEmpty() ? info.fileName() : file.fileName);
        // Two files of one name stay two files.
        const QFileInfo given(name);
        for (int n = 2; taken.contains(name, Qt::CaseInsensitive); ++n) {
            name = given.completeBaseName() + QStringLiteral(" (%1)").arg(n) +
                   (given.suffix().isEmpty() ? QString() : u'.' + given.suffix());
        }
        taken.append(name);
        file.fileName = name;
        if (file.mimeType.isEmpty())
            file.mimeType = mimeTypes.mimeTypeForFile(info).name();
        file.sizeBytes = info.size();
    }
}

void storeOutboxFiles(sql::Database &db, qint64 outboxId, const SendMessage &message)
{
    for (int position = 0; position < message.attachments.size(); ++position) {
        const OutgoingAttachment &file = message.attachments.at(position);
        QFile source(file.localPath);
        if (!source.open(QIODevice::ReadOnly))
            throw std::invalid_argument("an attached file cannot be read");
        // The size described is what goes in, however the file grows meanwhile: the bound holds.
        sql::Statement insert =
            db.prepare("INSERT INTO outbox_files(outbox_id, position, content) VALUES (?, ?, zeroblob(?))");
        insert.bindAll(outboxId, position, file.sizeBytes).run();
        sql::Blob content(db, "outbox_files", "content", db.lastInsertRowId(), sql::Blob::Access::Write);
        if (!content.fill(source))
            throw std::invalid_argument("an attached file changed while it was read");
    }
}

} // namespace kontor::actions
