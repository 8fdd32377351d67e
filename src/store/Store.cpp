#include "store/Store.h"

#include "core/OwnerOnlyFiles.h"
#include "store/LegacyAttachmentCopies.h"
#include "store/Schema.h"
#include "store/StoreEncryption.h"
#include "store/actions/ActionRecorder.h"
#include "store/actions/CustomerActions.h"
#include "store/erasure/CustomerErasure.h"
#include "store/erasure/ErasureCleanup.h"
#include "store/ingest/BatchIngestion.h"
#include "store/salvage/OutboxSalvage.h"
#include "store/sql/Error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

namespace kontor {

Q_LOGGING_CATEGORY(storeLog, "kontor.store")

namespace {

std::unique_ptr<sql::Database> openWriteConnection(const QString &path, const StoreKey &key)
{
    // 0600 before SQLite sees it: the -wal and -shm files it makes get the main file's mode.
    files::ensureOwnerOnlyFile(path);
    auto db = std::make_unique<sql::Database>(path, sql::Database::OpenMode::ReadWriteCreate, key);
    db->setBusyTimeout(5000);
    // WAL lets the GUI thread read while the writer writes; synchronous=NORMAL keeps every commit across a
    // crash of the app (only a power cut can lose the last ones, which is why agent actions commit with
    // FULL).
    db->exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; "
             "PRAGMA temp_store = MEMORY; PRAGMA cache_size = -65536; PRAGMA journal_size_limit = 67108864; "
             "PRAGMA secure_delete = ON");
    schema::migrate(*db);
    // No ANALYZE, ever: statistics gathered while the store is small (the first minutes of a first sync) make
    // the planner scan the full-text index's segment table for every merge step later, slowing ingest
    // tenfold. The queries are written for the indexes and plan well on SQLite's defaults.
    return db;
}

QString tooNewMessage(int found)
{
    return QCoreApplication::translate(
               "Store", "This local store was made by a newer version of Kontor (store format %1; "
                        "this version reads up to %2). Update Kontor to open it. The store was "
                        "left unchanged.")
        .arg(found)
        .arg(schema::latestVersion());
}

void failForNow(StoreOpenResult &result, StoreAccessProblem problem, const QString &path,
                const QString &detail)
{
    result.problem = problem == StoreAccessProblem::None ? StoreAccessProblem::Other : problem;
    result.retryable = true;
    result.error = describeAccessProblem(result.problem, path, detail);
}

QString salvageNotice(const QString &movedAsidePath, const salvage::SalvageReport &report)
{
    QStringList parts;
    parts << QCoreApplication::translate("Store", "Kontor's local store was damaged. It was set aside as %1 "
                                                  "and Kontor starts with a fresh store; your conversations "
                                                  "are fetched again.")
                 .arg(QFileInfo(movedAsidePath).fileName());
    if (report.actionsSaved > 0) {
        parts << QCoreApplication::translate("Store",
                                             "%n unsent action(s) were saved from it and will be "
                                             "sent.",
                                             nullptr, report.actionsSaved);
    }
    if (!report.opened) {
        parts << QCoreApplication::translate("Store", "Nothing could be read back from it: any action not "
                                                      "sent yet is lost.");
    }
    if (report.actionsLost > 0) {
        parts << QCoreApplication::translate("Store", "%n unsent action(s) could not be read and are lost.",
                                             nullptr, report.actionsLost);
    }
    if (report.outboxUnreadable) {
        parts << QCoreApplication::translate("Store", "Part of the list of unsent actions could not be read: "
                                                      "actions you took shortly before may be lost.");
    }
    if (report.filesMissing > 0) {
        parts << QCoreApplication::translate("Store", "%n attached file(s) of those actions are missing.",
                                             nullptr, report.filesMissing);
    }
    parts << QCoreApplication::translate("Store",
                                         "Drafts are kept apart from the store and are not affected.");
    return parts.join(u' ');
}

// Builds a fresh store beside the damaged one with everything unsent that can be read from it, then puts it
// in the damaged one's place (which is moved aside). Until the salvage is committed the damaged file stays
// where it is, so that a failure (a full disk) loses nothing and the next try salvages again. The damaged
// store is read with damagedKey; the fresh one is made under freshKey.
bool replaceDamagedStore(const QString &path, const StoreKey &damagedKey, const StoreKey &freshKey,
                         StoreOpenResult &result)
{
    const QString fresh = path + QStringLiteral(".salvage");
    const auto removeFresh = [&fresh] {
        for (const QString &suffix :
             {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
            QFile::remove(fresh + suffix);
    };
    removeFresh();
    salvage::SalvageReport report;
    try {
        std::unique_ptr<sql::Database> db = openWriteConnection(fresh, freshKey);
        report = salvage::salvageOutbox(path, *db, damagedKey);
    } catch (const sql::Error &error) {
        qCWarning(storeLog) << "salvage failed:" << error.what();
        removeFresh();
        failForNow(result, accessProblemFromSqlite(error.extendedCode(), path), path, error.message());
        return false;
    }
    qCInfo(storeLog) << "salvaged" << report.actionsSaved << "unsent actions;" << report.actionsLost
                     << "lost";
    result.movedAsidePath = moveStoreAside(path);
    // A log the closing checkpoint could not fold in (a full disk) holds salvaged rows: it moves along.
    const QString freshLog = fresh + QStringLiteral("-wal");
    bool placed = !result.movedAsidePath.isEmpty();
    const bool logMoves = placed && QFile::exists(freshLog);
    if (logMoves)
        placed = QFile::rename(freshLog, path + QStringLiteral("-wal"));
    QFile::remove(fresh + QStringLiteral("-shm"));
    if (!placed || !QFile::rename(fresh, path)) {
        if (logMoves)
            QFile::remove(path + QStringLiteral("-wal"));
        removeFresh();
        result.error =
            QCoreApplication::translate("Store", "Kontor's local store is damaged and could not be moved "
                                                 "aside. Check the permissions of %1.")
                .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
        return false;
    }
    result.actionsSaved = report.actionsSaved;
    result.salvageIncomplete = report.lostSomething();
    result.notice = salvageNotice(result.movedAsidePath, report);
    return true;
}

} // namespace

Store::Store(const QString &path, const StoreKey &key, std::shared_ptr<StoreLock> lock,
             std::unique_ptr<sql::Database> writeConnection)
    : lock_(std::move(lock))
    , path_(path)
    , key_(key)
    , reader_(std::make_unique<StoreReader>(path, key))
    , writer_(std::make_unique<StoreWriter>(std::move(writeConnection)))
{
    writerThread_.setObjectName(QStringLiteral("kontor-store-writer"));
    writer_->moveToThread(&writerThread_);
    connect(writer_.get(), &StoreWriter::committed, this, &Store::changed, Qt::QueuedConnection);
    connect(writer_.get(), &StoreWriter::failed, this, &Store::writeFailed, Qt::QueuedConnection);
    writerThread_.start();
}

Store::~Store()
{
    stopQuickCheck_ = true;
    quickCheckPool_.waitForDone();
    // Writes submitted before this point still run: the writer's queue is processed in order.
    QThread *home = thread();
    QMetaObject::invokeMethod(
        writer_.get(),
        [writer = writer_.get(), home] {
            writer->close();
            writer->moveToThread(home);
        },
        Qt::BlockingQueuedConnection);
    writerThread_.quit();
    writerThread_.wait();
    writer_.reset();
}

StoreOpenResult Store::open(const QString &path, const StoreOptions &options)
{
    StoreOpenResult result;
    const QString folder = QFileInfo(path).absolutePath();
    files::makeOwnerOnlyFolder(folder);

    // Before anything reads or writes the file: one process per store.
    StoreLock::Attempt lock = StoreLock::acquire(path);
    if (lock.heldBy) {
        result.heldBy = lock.heldBy;
        result.error = describeStoreInUse(*lock.heldBy);
        return result;
    }
    if (!lock.lock) {
        failForNow(result, accessProblemFromSystem(lock.systemError, path), path,
                   qt_error_string(lock.systemError));
        return result;
    }

    // An encryption that was cut short left files beside the store; the store itself opens either way.
    finishInterruptedEncryption(path);
    // A plain store found where an encrypted one is wanted is checked as it is, then encrypted.
    const bool encryptFirst = options.key.encrypts() && storeFileFormat(path) == StoreFileFormat::Plain;
    const StoreKey foundKey = encryptFirst ? StoreKey() : options.key;
    const StoreFileCheck check = inspectStoreFile(path, options.quickCheck, foundKey);
    switch (check.verdict) {
    case StoreFileCheck::Verdict::Newer:
        result.error = tooNewMessage(check.version);
        return result;
    case StoreFileCheck::Verdict::Unavailable:
        qCWarning(storeLog) << "store unavailable:" << check.reason;
        failForNow(result, check.problem, path, check.detail);
        return result;
    case StoreFileCheck::Verdict::KeyRejected:
        qCWarning(storeLog) << "store key rejected";
        failForNow(result, StoreAccessProblem::KeyRejected, path, check.reason);
        return result;
    case StoreFileCheck::Verdict::Damaged:
        qCWarning(storeLog) << "store damaged:" << check.reason;
        if (!replaceDamagedStore(path, foundKey, options.key, result))
            return result;
        break;
    case StoreFileCheck::Verdict::Healthy:
        if (encryptFirst) {
            try {
                encryptPlainStore(path, options.key);
            } catch (const sql::Error &error) {
                // Never opened unencrypted instead: the plain store is left as it was, for the next try.
                qCWarning(storeLog) << "store not encrypted:" << error.what();
                failForNow(result, accessProblemFromSqlite(error.extendedCode(), path), path,
                           error.message());
                return result;
            }
        }
        break;
    case StoreFileCheck::Verdict::Absent:
        break;
    }

    for (int attempt = 0; attempt < 2 && !result.store; ++attempt) {
        try {
            std::unique_ptr<sql::Database> db = openWriteConnection(path, options.key);
            // The store has all it needs of the clear copies an earlier version kept beside it (the migration
            // read them in, or a salvage did): none stays on disk, also after a crash right after migrating.
            if (const int removed = removeLegacyAttachmentCopies(path))
                qCInfo(storeLog) << "removed" << removed << "attachment copies kept beside the store";
            result.store.reset(new Store(path, options.key, lock.lock, std::move(db)));
        } catch (const schema::NewerVersionError &error) {
            result.error = tooNewMessage(error.found());
            break;
        } catch (const sql::Error &error) {
            qCWarning(storeLog) << "store could not be opened:" << error.what();
            // Damage the checks did not see (QuickCheck::Never, or a fault beyond what quick_check reads)
            // shows here: salvage and set the file aside once, as for damage found by the checks.
            if (error.isCorruption() && result.movedAsidePath.isEmpty()) {
                if (!replaceDamagedStore(path, options.key, options.key, result))
                    break;
                continue;
            }
            StoreAccessProblem problem = accessProblemFromSqlite(error.extendedCode(), path);
            if (error.isKeyRejected())
                problem = StoreAccessProblem::KeyRejected;
            else if (error.isEncryptionUnavailable())
                problem = StoreAccessProblem::EncryptionUnavailable;
            failForNow(result, problem, path, error.message());
            if (error.isCorruption() || error.isEncryptionUnavailable())
                result.retryable = false;
            break;
        }
    }
    if (result.store) {
        result.error.clear();
        result.retryable = false;
        result.problem = StoreAccessProblem::None;
        result.store->quickCheckDue_ = check.checkDeferred && result.movedAsidePath.isEmpty();
    }
    return result;
}

void Store::startDeferredQuickCheck()
{
    if (!quickCheckDue_)
        return;
    quickCheckDue_ = false;
    // The destructor stops the check and waits for it, so this object outlives the task.
    quickCheckPool_.start([this] {
        const bool damaged = quickCheckInUse(path_, stopQuickCheck_, key_) == QuickCheckOutcome::Damaged;
        QMetaObject::invokeMethod(
            this,
            [this, damaged] {
                if (damaged)
                    qCWarning(storeLog) << "store damaged: quick_check failed while in use";
                Q_EMIT deferredQuickCheckFinished(damaged);
            },
            Qt::QueuedConnection);
    });
}

std::unique_ptr<StoreReader> Store::createReader() const
{
    return std::make_unique<StoreReader>(path_, key_);
}

template<typename Work, typename ReportOf>
QFuture<std::invoke_result_t<Work &, WriteContext &>> Store::writeErasing(Work work, ReportOf reportOf)
{
    using Result = std::invoke_result_t<Work &, WriteContext &>;
    auto promise = std::make_shared<QPromise<Result>>();
    auto shared = std::make_shared<Work>(std::move(work));
    QFuture<Result> future = promise->future();
    promise->start();
    StoreWriter *writer = writer_.get();
    QMetaObject::invokeMethod(
        writer,
        [this, writer, promise, shared, reportOf, path = path_] {
            try {
                Result result = writer->transact(WriteDurability::Full, *shared);
                const ErasureReport report = reportOf(result);
                if (!report.isEmpty()) {
                    ErasureCleanup(writer->database(), path).run();
                    QMetaObject::invokeMethod(
                        this, [this, report] { Q_EMIT erased(report); }, Qt::QueuedConnection);
                }
                promise->addResult(std::move(result));
            } catch (...) {
                writer->reportFailure(std::current_exception());
                promise->setException(std::current_exception());
            }
            promise->finish();
        },
        Qt::QueuedConnection);
    return future;
}

QFuture<IngestResult> Store::ingest(IngestBatch batch)
{
    const bool deletes = !batch.deletedConversationRemoteIds.isEmpty() ||
                         !batch.deletedContactRemoteIds.isEmpty() || !batch.deletedMessageRemoteIds.isEmpty();
    auto work = [batch = std::move(batch)](WriteContext &context) {
        return ingest::ingestBatch(context.db(), context.changes(), batch, context.now());
    };
    if (deletes)
        return writeErasing(std::move(work), [](const IngestResult &result) { return result.erased; });
    return write(std::move(work));
}

QFuture<ErasureReport> Store::eraseCustomer(qint64 customerId)
{
    return writeErasing(
        [customerId](WriteContext &context) {
            return CustomerErasure(context.db()).eraseCustomer(customerId);
        },
        [](const ErasureReport &report) { return report; });
}

QFuture<ErasureReport> Store::eraseAccount(qint64 accountId)
{
    return writeErasing(
        [accountId](WriteContext &context) { return CustomerErasure(context.db()).eraseAccount(accountId); },
        [](const ErasureReport &report) { return report; });
}

QFuture<ActionReceipt> Store::apply(AgentAction action)
{
    // The files a message sends are read into the store on the writer thread too: a large one never blocks
    // the window.
    return write(
        [action = std::move(action)](WriteContext &context) {
            return actions::recordAction(context.db(), context.changes(), action, context.now());
        },
        WriteDurability::Full);
}

QFuture<CustomerActionReceipt> Store::apply(CustomerAction action)
{
    return write(
        [action = std::move(action)](WriteContext &context) {
            return actions::recordCustomerAction(context.db(), context.changes(), action, context.now());
        },
        WriteDurability::Full);
}

QFuture<bool> Store::transitionOutbox(OutboxTransition transition)
{
    // The mark that a request is about to leave must survive a power cut, or the entry could come back as
    // 'queued' and be sent again unchecked; a confirmation likewise, so that no check is needed for it.
    const bool mustSurvivePowerLoss =
        transition.to == OutboxState::Sending || transition.to == OutboxState::Confirmed;
    return write(
        [transition = std::move(transition)](WriteContext &context) {
            return actions::transitionOutbox(context.db(), context.changes(), transition, context.now());
        },
        mustSurvivePowerLoss ? WriteDurability::Full : WriteDurability::Normal);
}

QFuture<bool> Store::confirmOutbox(OutboxTransition confirmation, IngestBatch echo)
{
    struct Echoed
    {
        bool moved = false;
        IngestResult ingested;
    };
    const bool deletes = !echo.deletedConversationRemoteIds.isEmpty() ||
                         !echo.deletedContactRemoteIds.isEmpty() || !echo.deletedMessageRemoteIds.isEmpty();
    // The outbox moves first, as it did when the two were separate writes: the echo then replaces the
    // optimistic message of a confirmed send.
    auto work = [confirmation = std::move(confirmation), echo = std::move(echo)](WriteContext &context) {
        Echoed result;
        result.moved =
            actions::transitionOutbox(context.db(), context.changes(), confirmation, context.now());
        result.ingested = ingest::ingestBatch(context.db(), context.changes(), echo, context.now());
        return result;
    };
    QFuture<Echoed> done =
        deletes ? writeErasing(std::move(work), [](const Echoed &result) { return result.ingested.erased; })
                : write(std::move(work), WriteDurability::Full);
    return done.then([](const Echoed &result) { return result.moved; });
}

QFuture<bool> Store::discardOutbox(QString uuid)
{
    return write([uuid = std::move(uuid)](WriteContext &context) {
        return actions::discardOutboxEntry(context.db(), uuid);
    });
}

QFuture<ErasureReport> Store::eraseAccount(QString connector, QString remoteId)
{
    return writeErasing(
        [connector = std::move(connector), remoteId = std::move(remoteId)](WriteContext &context) {
            CustomerErasure erasure(context.db());
            const std::optional<qint64> accountId = erasure.findAccount(connector, remoteId);
            return accountId ? erasure.eraseAccount(*accountId) : ErasureReport{};
        },
        [](const ErasureReport &report) { return report; });
}

} // namespace kontor
