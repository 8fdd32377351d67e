#pragma once

#include "core/Time.h"
#include "store/ChangeSet.h"
#include "store/ChangeTracker.h"
#include "store/WriteContext.h"
#include "store/sql/Database.h"
#include "store/sql/Transaction.h"

#include <QObject>
#include <exception>
#include <memory>
#include <type_traits>

namespace kontor {

enum class WriteDurability
{
    Normal, // survives a crash of the app (WAL, synchronous=NORMAL); what ingest uses
    Full,   // also survives a power cut or OS crash (synchronous=FULL): the agent's actions
};

// The store's single writer. It lives on its own thread (moved there by Store) and owns the only connection
// that writes. Each unit of work is one transaction; after it commits, the change set goes out through
// committed(), and a rollback discards it.
class StoreWriter : public QObject
{
    Q_OBJECT

public:
    explicit StoreWriter(std::unique_ptr<sql::Database> db, QObject *parent = nullptr);
    ~StoreWriter() override;

    // Runs on the writer's thread. Returns what work returns; rethrows what it throws, after rolling back.
    template<typename Work>
    std::invoke_result_t<Work &, WriteContext &> transact(WriteDurability durability, Work &work)
    {
        using Result = std::invoke_result_t<Work &, WriteContext &>;
        tracker_->discard();
        DurabilityScope durable(*db_, durability);
        try {
            sql::Transaction transaction(*db_);
            WriteContext context(*db_, tracker_->pending(), nowUtcMillis());
            if constexpr (std::is_void_v<Result>) {
                work(context);
                transaction.commit();
                publish();
            } else {
                Result result = work(context);
                transaction.commit();
                publish();
                return result;
            }
        } catch (...) {
            tracker_->discard();
            throw;
        }
    }

    // The writer's connection, for work outside any transaction (the checkpoint after an erasure).
    sql::Database &database() { return *db_; }
    // Tells the GUI about a failed write in words an agent can act on.
    void reportFailure(const std::exception_ptr &error);
    // Closes the connection; the writer takes no more work after this.
    void close();

Q_SIGNALS:
    void committed(const kontor::ChangeSet &changes);
    void failed(const QString &message);

private:
    class DurabilityScope
    {
    public:
        DurabilityScope(sql::Database &db, WriteDurability durability);
        ~DurabilityScope();

    private:
        sql::Database &db_;
        bool full_;
    };

    void publish();

    std::unique_ptr<sql::Database> db_;
    std::unique_ptr<ChangeTracker> tracker_;
};

} // namespace kontor
