#include "connectors/email/imap/FolderCursor.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace kontor::email {

namespace {
const QString kUidValidity = QStringLiteral("uidvalidity");
const QString kLastUid = QStringLiteral("last_uid");
} // namespace

FolderCursor FolderCursor::parse(const QString &text)
{
    FolderCursor cursor;
    const QJsonObject folders = QJsonDocument::fromJson(text.toUtf8()).object();
    for (auto it = folders.begin(); it != folders.end(); ++it) {
        const QJsonObject folder = it.value().toObject();
        const FolderPosition position{qint64(folder.value(kUidValidity).toDouble()),
                                      qint64(folder.value(kLastUid).toDouble())};
        if (position.uidValidity > 0 && position.lastUid >= 0)
            cursor.folders_.insert(it.key(), position);
    }
    return cursor;
}

QString FolderCursor::toString() const
{
    QJsonObject folders;
    for (auto it = folders_.begin(); it != folders_.end(); ++it)
        folders.insert(it.key(),
                       QJsonObject{{kUidValidity, double(it->uidValidity)}, {kLastUid, double(it->lastUid)}});
    return QString::fromUtf8(QJsonDocument(folders).toJson(QJsonDocument::Compact));
}

} // namespace kontor::email
