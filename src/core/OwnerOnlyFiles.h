#pragma once

#include <QFileDevice>
#include <QString>

// What Kontor keeps on disk — the store, its copies of files, the demo backend's state — is the agent's
// alone: files readable and writable by the owner only (0600), folders 0700. These set the modes explicitly,
// so that they hold whatever the process's umask is (a library user, a test).
namespace kontor::files {

inline constexpr QFileDevice::Permissions ownerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
inline constexpr QFileDevice::Permissions ownerOnlyFolder =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

// Makes the folder and any missing parents; those it made, and the folder itself, become 0700 (folders that
// existed above it are left as they are: they may be the user's home). False when it could not be made.
bool makeOwnerOnlyFolder(const QString &path);

// Creates an empty file with mode 0600 when there is none (for a file another library fills, such as SQLite,
// which gives its journal files the main file's mode), and sets an existing one to 0600.
bool ensureOwnerOnlyFile(const QString &path);

// Sets an existing file to 0600; nothing when it does not exist.
void restrictToOwner(const QString &path);

} // namespace kontor::files
