#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <variant>

namespace kontor::sql {
class Database;
class Statement;
} // namespace kontor::sql

namespace kontor::salvage {

// A value a row is found by: an integer id or a text key (an outbox entry's uuid).
using RowKey = std::variant<qint64, QString>;

// Copies rows, keeping their ids, from a store (a damaged one, read-only) into another of the latest schema,
// each after the rows it refers to through its foreign keys, so that every reference holds in the copy. Only
// the columns both schemas have are copied; the rest take their defaults. A row that cannot be read (a
// damaged page) throws sql::Error: the caller rolls back what depended on it.
class RowCopier
{
public:
    RowCopier(sql::Database &from, sql::Database &to);

    // Copies the rows of table whose column equals key, with what they refer to; returns how many there were.
    int copy(const QString &table, const QString &column, const RowKey &key);

    // What has been copied so far, to return to when a group of rows is rolled back.
    QSet<QString> copiedSoFar() const { return copied_; }
    void rollBackTo(QSet<QString> copied) { copied_ = std::move(copied); }

private:
    struct ForeignKey
    {
        QString column;
        QString parentTable;
        QString parentColumn;
    };
    struct TableShape
    {
        QStringList columns; // in both schemas
        QList<ForeignKey> keys;
    };

    const TableShape &shapeOf(const QString &table);
    RowKey keyIn(const sql::Statement &row, int column, const QString &parentColumn) const;

    sql::Database &from_;
    sql::Database &to_;
    QHash<QString, TableShape> shapes_;
    QSet<QString> copied_; // "table/column/key" already copied
};

} // namespace kontor::salvage
