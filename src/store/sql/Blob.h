#pragma once

#include <QByteArrayView>
#include <QtGlobal>

class QIODevice;
struct sqlite3_blob;

namespace kontor::sql {

class Database;

// Incremental access to one BLOB value (SQLite's sqlite3_blob_*), so that a large file goes into or out of
// the store in pieces, never as a whole in memory. The row must exist and the value has its final size
// already (written as zeroblob(n)); a blob never grows. While open, the connection holds a read transaction:
// keep it short. Throws sql::Error.
class Blob
{
public:
    enum class Access
    {
        Read,
        Write,
    };

    Blob(Database &db, const char *table, const char *column, qint64 rowId, Access access);
    ~Blob();
    Blob(const Blob &) = delete;
    Blob &operator=(const Blob &) = delete;

    qint64 size() const;
    void read(qint64 offset, char *into, int count);
    void write(qint64 offset, QByteArrayView bytes);
    // Fills the whole value from source, a piece at a time. False when source ends before the value does.
    bool fill(QIODevice &source);

private:
    Database &db_;
    sqlite3_blob *blob_ = nullptr;
};

} // namespace kontor::sql
