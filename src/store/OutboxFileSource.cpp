#include "store/OutboxFileSource.h"

#include "store/sql/Blob.h"
#include "store/sql/Database.h"
#include "store/sql/Error.h"

#include <QLoggingCategory>

namespace kontor {

Q_LOGGING_CATEGORY(outboxFilesLog, "kontor.store.outbox.files")

namespace {

// One stored file, read in place: random access over the blob.
class StoredFileDevice : public QIODevice
{
public:
    StoredFileDevice(std::unique_ptr<sql::Database> db, qint64 rowId)
        : db_(std::move(db))
        , blob_(*db_, "outbox_files", "content", rowId, sql::Blob::Access::Read)
    {
        QIODevice::open(QIODevice::ReadOnly);
    }

    qint64 size() const override { return blob_.size(); }

protected:
    qint64 readData(char *into, qint64 max) override
    {
        const qint64 count = qMin(max, size() - pos());
        if (count <= 0)
            return count == 0 ? 0 : -1;
        try {
            blob_.read(pos(), into, int(count));
        } catch (const sql::Error &error) {
            qCWarning(outboxFilesLog) << "a stored file could not be read:" << error.what();
            return -1;
        }
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    std::unique_ptr<sql::Database> db_;
    sql::Blob blob_;
};

} // namespace

OutboxFileSource::OutboxFileSource(QString storePath, StoreKey key, qint64 outboxId)
    : storePath_(std::move(storePath))
    , key_(std::move(key))
    , outboxId_(outboxId)
{}

std::unique_ptr<QIODevice> OutboxFileSource::open(int position) const
{
    if (storePath_.isEmpty())
        return nullptr;
    try {
        // Like the store's readers: able to take part in WAL recovery, refusing writes.
        auto db = std::make_unique<sql::Database>(storePath_, sql::Database::OpenMode::ReadWrite, key_);
        db->exec("PRAGMA query_only = ON");
        db->setBusyTimeout(5000);
        sql::Statement find = db->prepare("SELECT id FROM outbox_files WHERE outbox_id = ? AND position = ?");
        find.bindAll(outboxId_, position);
        if (!find.step())
            return nullptr;
        const qint64 rowId = find.int64(0);
        find.run();
        return std::make_unique<StoredFileDevice>(std::move(db), rowId);
    } catch (const sql::Error &error) {
        qCWarning(outboxFilesLog) << "a stored file could not be opened:" << error.what();
        return nullptr;
    }
}

} // namespace kontor
