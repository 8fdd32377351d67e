#include "store/sql/Blob.h"

#include "store/sql/Database.h"
#include "store/sql/Error.h"

#include <QIODevice>
#include <sqlite3.h>

namespace kontor::sql {

Blob::Blob(Database &db, const char *table, const char *column, qint64 rowId, Access access)
    : db_(db)
{
    const int rc =
        sqlite3_blob_open(db.handle(), "main", table, column, rowId, access == Access::Write ? 1 : 0, &blob_);
    if (rc != SQLITE_OK) {
        Error error = Error::fromConnection(db.handle(), rc,
                                            QString::fromLatin1(table) + u'.' + QString::fromLatin1(column));
        sqlite3_blob_close(blob_);
        blob_ = nullptr;
        throw error;
    }
}

Blob::~Blob()
{
    sqlite3_blob_close(blob_);
}

qint64 Blob::size() const
{
    return sqlite3_blob_bytes(blob_);
}

void Blob::read(qint64 offset, char *into, int count)
{
    const int rc = sqlite3_blob_read(blob_, into, count, int(offset));
    if (rc != SQLITE_OK)
        throw Error::fromConnection(db_.handle(), rc, QStringLiteral("blob read"));
}

void Blob::write(qint64 offset, QByteArrayView bytes)
{
    const int rc = sqlite3_blob_write(blob_, bytes.data(), int(bytes.size()), int(offset));
    if (rc != SQLITE_OK)
        throw Error::fromConnection(db_.handle(), rc, QStringLiteral("blob write"));
}

bool Blob::fill(QIODevice &source)
{
    QByteArray piece(256 * 1024, Qt::Uninitialized);
    const qint64 total = size();
    for (qint64 done = 0; done < total;) {
        const qint64 read = source.read(piece.data(), qMin<qint64>(piece.size(), total - done));
        if (read <= 0)
            return false;
        write(done, QByteArrayView(piece.constData(), read));
        done += read;
    }
    return true;
}

} // namespace kontor::sql
