#pragma once

#include "store/queries/CustomerQueries.h"
#include "store/queries/DirectoryQueries.h"
#include "store/queries/InboxQueries.h"
#include "store/queries/MessageQueries.h"
#include "store/queries/OutboxQueries.h"
#include "store/queries/QueueQueries.h"
#include "store/queries/RemoteIdQueries.h"
#include "store/queries/ReportQueries.h"
#include "store/queries/SearchQueries.h"
#include "store/queries/SelfQueries.h"

#include "store/OutboxFileSource.h"
#include "store/StoreKey.h"

#include <QString>
#include <memory>

namespace kontor::sql {
class Database;
}

namespace kontor {

// A read-only connection to the store and the queries over it. Use one reader per thread; the store's own
// reader belongs to the thread that opened the store (the GUI thread). In WAL mode a reader never waits for
// the writer, and each query sees the store as of its start, including every transaction committed before it.
// Queries throw sql::Error.
class StoreReader
{
public:
    explicit StoreReader(const QString &path, const StoreKey &key = {});
    ~StoreReader();
    StoreReader(const StoreReader &) = delete;
    StoreReader &operator=(const StoreReader &) = delete;

    InboxQueries &inbox() { return inbox_; }
    MessageQueries &messages() { return messages_; }
    SearchQueries &search() { return search_; }
    QueueQueries &queues() { return queues_; }
    DirectoryQueries &directory() { return directory_; }
    OutboxQueries &outbox() { return outbox_; }
    CustomerQueries &customers() { return customers_; }
    SelfQueries &self() { return self_; }
    ReportQueries &reports() { return reports_; }
    RemoteIdQueries &remoteIds() { return remoteIds_; }

    // The files the outbox entry sends, as the store keeps them.
    OutboxFileSource outboxFiles(qint64 outboxId) const;

private:
    friend class StoreTestAccess;

    QString path_;
    StoreKey key_;
    std::unique_ptr<sql::Database> db_;
    InboxQueries inbox_;
    MessageQueries messages_;
    SearchQueries search_;
    QueueQueries queues_;
    DirectoryQueries directory_;
    OutboxQueries outbox_;
    CustomerQueries customers_;
    SelfQueries self_;
    ReportQueries reports_;
    RemoteIdQueries remoteIds_;
};

} // namespace kontor
