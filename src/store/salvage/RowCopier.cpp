#include "store/salvage/RowCopier.h"

#include "store/sql/Database.h"
#include "store/sql/Error.h"

#include <sqlite3.h>
#include <string>

namespace kontor::salvage {

namespace {

// Names come from the stores' own schemas, never from outside input; quoted all the same.
std::string quoted(const QString &identifier)
{
    QString text = identifier;
    text.replace(u'"', QStringLiteral("\"\""));
    return '"' + text.toStdString() + '"';
}

QStringList columnsOf(sql::Database &db, const QString &table)
{
    sql::Statement info = db.prepare("SELECT name FROM pragma_table_info(?)");
    info.bindAll(table);
    QStringList columns;
    while (info.step())
        columns.append(info.text(0));
    return columns;
}

void bindKey(sql::Statement &statement, int index, const RowKey &key)
{
    if (const auto *id = std::get_if<qint64>(&key))
        statement.bindInt64(index, *id);
    else
        statement.bind(index, std::get<QString>(key));
}

QString keyText(const QString &table, const QString &column, const RowKey &key)
{
    const QString value = std::holds_alternative<qint64>(key) ? QString::number(std::get<qint64>(key))
                                                              : u'\'' + std::get<QString>(key);
    return table + u'/' + column + u'/' + value;
}

} // namespace

RowCopier::RowCopier(sql::Database &from, sql::Database &to)
    : from_(from)
    , to_(to)
{}

const RowCopier::TableShape &RowCopier::shapeOf(const QString &table)
{
    auto found = shapes_.find(table);
    if (found != shapes_.end())
        return *found;
    TableShape shape;
    const QStringList old = columnsOf(from_, table);
    for (const QString &column : columnsOf(to_, table)) {
        if (old.contains(column))
            shape.columns.append(column);
    }
    sql::Statement keys = to_.prepare("SELECT \"from\", \"table\", \"to\" FROM pragma_foreign_key_list(?)");
    keys.bindAll(table);
    while (keys.step()) {
        const QString parentColumn = keys.isNull(2) ? QStringLiteral("id") : keys.text(2);
        if (shape.columns.contains(keys.text(0)))
            shape.keys.append({keys.text(0), keys.text(1), parentColumn});
    }
    return *shapes_.insert(table, shape);
}

RowKey RowCopier::keyIn(const sql::Statement &row, int column, const QString &parentColumn) const
{
    // Every parent is found by its integer id, but for the outbox's own uuid.
    if (parentColumn == u"id")
        return row.int64(column);
    return row.text(column);
}

int RowCopier::copy(const QString &table, const QString &column, const RowKey &key)
{
    const QString done = keyText(table, column, key);
    if (copied_.contains(done))
        return 0;
    const TableShape shape = shapeOf(table); // a copy: copying parents may add shapes
    if (shape.columns.isEmpty())
        return 0; // the damaged store's schema does not have this table (or could not be read)
    copied_.insert(done);

    std::string list;
    std::string placeholders;
    for (const QString &name : shape.columns) {
        list += (list.empty() ? "" : ", ") + quoted(name);
        placeholders += placeholders.empty() ? "?" : ", ?";
    }
    const std::string selectText =
        "SELECT " + list + " FROM " + quoted(table) + " WHERE " + quoted(column) + " = ?";
    const std::string insertText =
        "INSERT OR IGNORE INTO " + quoted(table) + " (" + list + ") VALUES (" + placeholders + ")";

    sql::Statement rows = from_.prepare(selectText);
    bindKey(rows, 1, key);
    int count = 0;
    while (rows.step()) {
        for (const ForeignKey &reference : shape.keys) {
            const int index = int(shape.columns.indexOf(reference.column));
            if (!rows.isNull(index))
                copy(reference.parentTable, reference.parentColumn,
                     keyIn(rows, index, reference.parentColumn));
        }
        sql::Statement insert = to_.prepare(insertText);
        for (int i = 0; i < shape.columns.size(); ++i)
            insert.bindColumn(i + 1, rows, i);
        insert.run();
        ++count;
    }
    return count;
}

} // namespace kontor::salvage
