#include "store/StoreWriter.h"

#include "store/StoreFile.h"
#include "store/sql/Error.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <stdexcept>

namespace kontor {

Q_LOGGING_CATEGORY(storeWriterLog, "kontor.store.writer")

StoreWriter::StoreWriter(std::unique_ptr<sql::Database> db, QObject *parent)
    : QObject(parent)
    , db_(std::move(db))
    , tracker_(std::make_unique<ChangeTracker>(*db_))
{}

StoreWriter::~StoreWriter()
{
    tracker_.reset();
    db_.reset();
}

StoreWriter::DurabilityScope::DurabilityScope(sql::Database &db, WriteDurability durability)
    : db_(db)
    , full_(durability == WriteDurability::Full)
{
    // The level applies to the next commit; it cannot change inside a transaction.
    if (full_)
        db_.prepare("PRAGMA synchronous = FULL").run();
}

StoreWriter::DurabilityScope::~DurabilityScope()
{
    if (!full_)
        return;
    try {
        db_.prepare("PRAGMA synchronous = NORMAL").run();
    } catch (const sql::Error &) {
        // Staying at FULL costs speed, not safety.
    }
}

void StoreWriter::publish()
{
    ChangeSet changes = tracker_->take();
    if (!changes.isEmpty())
        Q_EMIT committed(changes);
}

void StoreWriter::reportFailure(const std::exception_ptr &error)
{
    QString message;
    try {
        std::rethrow_exception(error);
    } catch (const sql::Error &e) {
        // The statement and SQLite's message name tables and columns, never values.
        qCWarning(storeWriterLog) << "write failed:" << e.what();
        if (e.isDiskFull()) {
            message =
                QCoreApplication::translate("Store", "The disk is full, so Kontor could not save your latest "
                                                     "change. Free some disk space; everything saved before "
                                                     "is intact.");
        } else if (e.isCorruption()) {
            requestQuickCheck(db_->path());
            message = QCoreApplication::translate("Store",
                                                  "Kontor's local store is damaged and could not save your "
                                                  "latest change. Restart Kontor to repair it.");
        } else {
            message = QCoreApplication::translate("Store", "Kontor could not save to its local store: %1")
                          .arg(e.message());
        }
    } catch (const std::invalid_argument &) {
        message = QCoreApplication::translate("Store", "That conversation is no longer in the local store.");
    } catch (const std::exception &e) {
        qCWarning(storeWriterLog) << "write failed:" << e.what();
        message = QCoreApplication::translate("Store", "Kontor could not save to its local store.");
    }
    Q_EMIT failed(message);
}

void StoreWriter::close()
{
    tracker_.reset();
    db_.reset();
}

} // namespace kontor
