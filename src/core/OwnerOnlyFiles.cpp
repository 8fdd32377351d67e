#include "core/OwnerOnlyFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace kontor::files {

bool makeOwnerOnlyFolder(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    // The folders to make, innermost first.
    QStringList missing;
    for (QString folder = absolute; !folder.isEmpty() && !QFileInfo::exists(folder);) {
        missing.append(folder);
        const QString parent = QFileInfo(folder).absolutePath();
        if (parent == folder)
            break;
        folder = parent;
    }
    for (auto it = missing.crbegin(); it != missing.crend(); ++it) {
        if (!QDir().mkdir(*it, ownerOnlyFolder) && !QFileInfo(*it).isDir())
            return false;
    }
    if (!QFileInfo(absolute).isDir())
        return false;
    return QFile::setPermissions(absolute, ownerOnlyFolder);
}

bool ensureOwnerOnlyFile(const QString &path)
{
    if (!QFileInfo::exists(path)) {
        QFile file(path);
        // Created with the mode, so there is no moment in which others could open it.
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnlyFile))
            return QFileInfo::exists(path) && QFile::setPermissions(path, ownerOnlyFile);
        return true;
    }
    return QFile::setPermissions(path, ownerOnlyFile);
}

void restrictToOwner(const QString &path)
{
    if (QFileInfo::exists(path))
        QFile::setPermissions(path, ownerOnlyFile);
}

} // namespace kontor::files
