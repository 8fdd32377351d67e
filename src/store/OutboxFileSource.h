#pragma once

#include "store/StoreKey.h"

#include <QIODevice>
#include <QString>
#include <memory>

namespace kontor {

// The files of one outbox entry, as the store keeps them (see actions/OutboxFiles.h), for a connector to
// send. A small value, copied freely; each device it opens streams one file out of the store through a read
// connection of its own, a piece at a time, so that a large file is never whole in memory and nothing of it
// is written to disk in the clear. A device sees the store as it was when opened; use it on one thread and
// close it soon (it keeps a read transaction open).
class OutboxFileSource
{
public:
    OutboxFileSource() = default;
    OutboxFileSource(QString storePath, StoreKey key, qint64 outboxId);

    // The file at position (its place in SendMessage::attachments), open for reading; null when the store
    // does not have it (its copy was lost before it came into the store) or cannot be read.
    std::unique_ptr<QIODevice> open(int position) const;
    // Whether the store has the file at position.
    bool contains(int position) const { return open(position) != nullptr; }

private:
    QString storePath_;
    StoreKey key_;
    qint64 outboxId_ = 0;
};

} // namespace kontor
