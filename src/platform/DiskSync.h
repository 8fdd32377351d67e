#pragma once

#include <QFileDevice>
#include <QString>

// Durability against power cuts, not only against a crash of the process: what the system has been handed
// is on the disk once these return true.
namespace kontor::platform {

// Flushes the file's buffer and makes its contents durable.
bool syncFile(QFileDevice &file);

// Makes the names in a folder durable, e.g. of a file just made there. True where the file system needs no
// such step (Windows: NTFS journals its folders).
bool syncFolder(const QString &path);

} // namespace kontor::platform
