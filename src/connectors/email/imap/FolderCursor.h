#pragma once

#include <QHash>
#include <QString>
#include <optional>

namespace kontor::email {

// Where the sync of one folder stands: the folder's UIDVALIDITY and the highest UID passed on to the store.
// A different UIDVALIDITY voids every UID: the folder is fetched again from the start.
struct FolderPosition
{
    qint64 uidValidity = 0;
    qint64 lastUid = 0;

    friend bool operator==(const FolderPosition &, const FolderPosition &) = default;
};

// The email connector's cursor: a position per watched folder, as one opaque string for the store.
class FolderCursor
{
public:
    static FolderCursor parse(const QString &text); // empty for an empty or unreadable text
    QString toString() const;

    FolderPosition position(const QString &folder) const { return folders_.value(folder); }
    void setPosition(const QString &folder, const FolderPosition &position) { folders_[folder] = position; }
    bool isEmpty() const { return folders_.isEmpty(); }

private:
    QHash<QString, FolderPosition> folders_;
};

} // namespace kontor::email
