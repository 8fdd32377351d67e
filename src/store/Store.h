#pragma once

#include "store/AgentAction.h"
#include "store/ChangeSet.h"
#include "store/CustomerAction.h"
#include "store/IngestBatch.h"
#include "store/Outbox.h"
#include "store/StoreFile.h"
#include "store/StoreKey.h"
#include "store/StoreLock.h"
#include "store/StoreReader.h"
#include "store/StoreWriter.h"
#include "store/WriteContext.h"
#include "store/erasure/ErasureReport.h"

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QThread>
#include <QThreadPool>
#include <atomic>
#include <memory>
#include <optional>

namespace kontor {

class Store;

struct StoreOptions
{
    QuickCheckPolicy quickCheck;
    // The key the store is encrypted under. A plain store found at the path is encrypted under it first,
    // without losing anything. None keeps the store unencrypted: the app asks for that only when the agent
    // chose it because no keychain answered; tests and tools use it for stores they inspect.
    StoreKey key{};
};

struct StoreOpenResult
{
    std::unique_ptr<Store> store; // null when the store could not be opened; then error says why
    QString error;                // translated, for the agent
    QString notice;               // translated: set when a damaged store was moved aside and a fresh one made
    QString movedAsidePath;
    // The store is sound but cannot be opened now (see problem); it was left untouched, and opening it
    // again once the cause is gone works.
    bool retryable = false;
    StoreAccessProblem problem = StoreAccessProblem::None;
    // Another process has the store open: it was not touched. error names the process.
    std::optional<StoreLockHolder> heldBy{};
    // For a damaged store that was set aside: what came back from it.
    int actionsSaved = 0;
    bool salvageIncomplete = false; // something unsent could not be read back; the notice says what
};

// The local store: the single source of truth every view reads.
//
// Reads run on the thread that opened the store (the GUI thread) through reader(). Writes run on the store's
// writer thread, one transaction each, in the order they were submitted; every write method returns a future
// that finishes when the transaction has committed (or carries the exception that rolled it back: sql::Error,
// or std::invalid_argument for an action on a conversation that does not exist). After each commit, changed()
// names the rows that changed, on the store's thread, before the future's continuations run there.
class Store : public QObject
{
    Q_OBJECT

public:
    // Opens (creating, migrating or repairing as needed) the store at path. First takes the store's lock: a
    // store another process has open is refused untouched (heldBy says which process), so that no two
    // processes ever deliver the same outbox. A damaged file (SQLite reports corruption, or quick_check
    // fails) is salvaged and moved aside: its unsent outbox entries come back into a fresh store, and the
    // notice says what was saved and what was not. A sound store that cannot be opened now (a full disk, a
    // read-only folder, a missing "-shm", a lock held by another program) is left untouched with a retryable
    // error; so is a store made by a newer Kontor. Never throws.
    static StoreOpenResult open(const QString &path, const StoreOptions &options = {});
    ~Store() override;

    const QString &path() const { return path_; }
    bool isEncrypted() const { return key_.encrypts(); }
    StoreReader &reader() { return *reader_; }
    // A separate read connection, for a thread of its own.
    std::unique_ptr<StoreReader> createReader() const;

    // Whether opening left the routine quick check for later (QuickCheckPolicy::routineCheckAfterOpening).
    bool quickCheckDeferred() const { return quickCheckDue_; }
    // Runs that check on a thread of its own while the store is in use; deferredQuickCheckFinished() tells
    // the outcome. Does nothing when no check is due or it was started already.
    void startDeferredQuickCheck();

    // Writes what a connector learned, with its sync cursor, in one transaction.
    QFuture<IngestResult> ingest(IngestBatch batch);
    // Applies an agent's action and appends its outbox entry, in one transaction that is on disk (fsynced)
    // before the future finishes: only then may the UI call the action queued.
    QFuture<ActionReceipt> apply(AgentAction action);
    // The same door for an agent's merge or unmerge of customers, with the same durability: the future
    // carries the merge's id, or CustomerActionRefused when it cannot be done.
    QFuture<CustomerActionReceipt> apply(CustomerAction action);
    QFuture<bool> transitionOutbox(OutboxTransition transition);
    // Confirms an entry together with its echo, what the backend answered about the records it touched: the
    // transition and the ingest commit in one transaction, so that neither is ever kept without the other
    // (a failing ingest rolls the confirmation back, and the entry stays as it was).
    QFuture<bool> confirmOutbox(OutboxTransition confirmation, IngestBatch echo);
    QFuture<bool> discardOutbox(QString uuid);

    // Erases a customer (with the customers merged into them) and everything about them, including their
    // outbox entries in any state; then removes the files' old bytes (see ErasureCleanup). The future
    // finishes after that, and erased() tells what went.
    QFuture<ErasureReport> eraseCustomer(qint64 customerId);
    // Removes an account with everything it brought (CustomerErasure::eraseAccount), the same way.
    QFuture<ErasureReport> eraseAccount(qint64 accountId);
    // The same for an account named as its connector knows it (AccountRecord's connector and remote id).
    QFuture<ErasureReport> eraseAccount(QString connector, QString remoteId);

    // Runs work(WriteContext &) on the writer thread in one transaction, for the libraries built on the store
    // (identity merges, for example). The future carries work's result.
    template<typename Work>
    QFuture<std::invoke_result_t<Work &, WriteContext &>>
    write(Work work, WriteDurability durability = WriteDurability::Normal);

Q_SIGNALS:
    void changed(const kontor::ChangeSet &changes);
    // A write failed and was rolled back; the message is translated, for the agent.
    void writeFailed(const QString &message);
    // The deferred quick check is done. Damage found means the store is set aside when it is opened next.
    void deferredQuickCheckFinished(bool damageFound);
    // An erasure (the agent's, or a backend's deletions in an ingested batch) committed and its cleanup ran:
    // what is kept apart from the store (drafts, a backend's own files) follows.
    void erased(const kontor::ErasureReport &report);

private:
    Store(const QString &path, const StoreKey &key, std::shared_ptr<StoreLock> lock,
          std::unique_ptr<sql::Database> writeConnection);
    // Like write(), then runs the erasure cleanup for what reportOf(result) says was erased, on the writer
    // thread outside the transaction, before the future finishes.
    template<typename Work, typename ReportOf>
    QFuture<std::invoke_result_t<Work &, WriteContext &>> writeErasing(Work work, ReportOf reportOf);

    std::shared_ptr<StoreLock> lock_; // released last, after every connection has closed
    QString path_;
    StoreKey key_;
    std::unique_ptr<StoreReader> reader_;
    QThread writerThread_;
    std::unique_ptr<StoreWriter> writer_;
    bool quickCheckDue_ = false;
    std::atomic_bool stopQuickCheck_ = false;
    QThreadPool quickCheckPool_;
};

template<typename Work>
QFuture<std::invoke_result_t<Work &, WriteContext &>> Store::write(Work work, WriteDurability durability)
{
    using Result = std::invoke_result_t<Work &, WriteContext &>;
    // The callable may be move-only (a batch moved in); the queued call needs something copyable.
    auto promise = std::make_shared<QPromise<Result>>();
    auto shared = std::make_shared<Work>(std::move(work));
    QFuture<Result> future = promise->future();
    promise->start();
    StoreWriter *writer = writer_.get();
    QMetaObject::invokeMethod(
        writer,
        [writer, promise, shared, durability] {
            try {
                if constexpr (std::is_void_v<Result>)
                    writer->transact(durability, *shared);
                else
                    promise->addResult(writer->transact(durability, *shared));
            } catch (...) {
                writer->reportFailure(std::current_exception());
                promise->setException(std::current_exception());
            }
            promise->finish();
        },
        Qt::QueuedConnection);
    return future;
}

} // namespace kontor
