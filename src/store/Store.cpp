#include "store/Store.h"

#include "core/OwnerOnlyFiles.h"
#include "store/Schema.h"
#include "store/actions/ActionRecorder.h"
#include "store/actions/AttachmentCopies.h"
#include "store/ingest/BatchIngestion.h"
#include "store/sql/Error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>

namespace kontor {

Q_LOGGING_CATEGORY(storeLog, "kontor.store")

namespace {

std::unique_ptr<sql::Database> openWriteConnection(const QString &path)
{
    // 0600 before SQLite sees it: the -wal and -shm files it makes get the main file's mode.
    files::ensureOwnerOnlyFile(path);
    auto db = std::make_unique<sql::Database>(path, sql::Database::OpenMode::ReadWriteCreate);
    db->setBusyTimeout(5000);
    // WAL lets the GUI thread read while the writer writes; synchronous=NORMAL keeps every commit across a
    // crash of the app (only a power cut can lose the last ones, which is why agent actions commit with
    // FULL).
    db->exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; "
             "PRAGMA temp_store = MEMORY; PRAGMA cache_size = -65536; PRAGMA journal_size_limit = 67108864");
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

// Moves a damaged store aside and says so in the result; false (with the error set) when it cannot be moved.
bool setAside(const QString &path, StoreOpenResult &result)
{
    result.movedAsidePath = moveStoreAside(path);
    if (result.movedAsidePath.isEmpty()) {
        result.error =
            QCoreApplication::translate("Store", "Kontor's local store is damaged and could not be moved "
                                                 "aside. Check the permissions of %1.")
                .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
        return false;
    }
    result.notice =
        QCoreApplication::translate("Store", "Kontor's local store was damaged. It was set aside as %1 "
                                             "and Kontor starts with an empty store; your conversations "
                                             "are fetched again.")
            .arg(QFileInfo(result.movedAsidePath).fileName());
    return true;
}

} // namespace

Store::Store(const QString &path, std::unique_ptr<sql::Database> writeConnection)
    : path_(path)
    , reader_(std::make_unique<StoreReader>(path))
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
    files::makeOwnerOnlyFolder(QFileInfo(path).absolutePath());

    const StoreFileCheck check = inspectStoreFile(path, options.quickCheck);
    switch (check.verdict) {
    case StoreFileCheck::Verdict::Newer:
        result.error = tooNewMessage(check.version);
        return result;
    case StoreFileCheck::Verdict::Busy:
        result.error =
            QCoreApplication::translate("Store", "The local store is in use by another program. Close "
                                                 "it and start Kontor again.");
        return result;
    case StoreFileCheck::Verdict::Damaged:
        qCWarning(storeLog) << "store damaged:" << check.reason;
        if (!setAside(path, result))
            return result;
        break;
    case StoreFileCheck::Verdict::Absent:
    case StoreFileCheck::Verdict::Healthy:
        break;
    }

    for (int attempt = 0; attempt < 2 && !result.store; ++attempt) {
        try {
            result.store.reset(new Store(path, openWriteConnection(path)));
        } catch (const schema::NewerVersionError &error) {
            result.error = tooNewMessage(error.found());
            break;
        } catch (const sql::Error &error) {
            qCWarning(storeLog) << "store could not be opened:" << error.what();
            result.error = QCoreApplication::translate("Store", "Kontor could not open its local store: %1")
                               .arg(error.message());
            // Damage the checks did not see (QuickCheck::Never, or a fault beyond what quick_check reads)
            // shows here: set the file aside once and start afresh, as for damage found by the checks.
            if (!error.isCorruption() || !result.movedAsidePath.isEmpty() || !setAside(path, result))
                break;
        }
    }
    if (result.store) {
        result.error.clear();
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
        const bool damaged = quickCheckInUse(path_, stopQuickCheck_) == QuickCheckOutcome::Damaged;
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
    return std::make_unique<StoreReader>(path_);
}

QFuture<IngestResult> Store::ingest(IngestBatch batch)
{
    return write([batch = std::move(batch)](WriteContext &context) {
        return ingest::ingestBatch(context.db(), context.changes(), batch, context.now());
    });
}

QFuture<ActionReceipt> Store::apply(AgentAction action)
{
    // Copying happens on the writer thread too: a large file never blocks the window.
    return write(
        [action = std::move(action), path = path_](WriteContext &context) mutable {
            QString copies;
            if (auto *send = std::get_if<SendMessage>(&action))
                copies = actions::keepAttachmentCopies(path, *send);
            try {
                return actions::recordAction(context.db(), context.changes(), action, context.now());
            } catch (...) {
                actions::dropAttachmentFolder(copies);
                throw;
            }
        },
        WriteDurability::Full);
}

QFuture<bool> Store::transitionOutbox(OutboxTransition transition)
{
    return write([transition = std::move(transition)](WriteContext &context) {
        return actions::transitionOutbox(context.db(), context.changes(), transition, context.now());
    });
}

QFuture<bool> Store::discardOutbox(QString uuid)
{
    return write([uuid = std::move(uuid)](WriteContext &context) {
        return actions::discardOutboxEntry(context.db(), uuid);
    });
}

} // namespace kontor
