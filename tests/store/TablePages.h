#pragma once

#include "store/sql/Database.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>
#include <algorithm>

// The leaf pages of a table in an unencrypted store file, found by walking the table's b-tree in the file's
// bytes from the root page its schema names (https://www.sqlite.org/fileformat.html#b_tree_pages). Damaging
// those pages, and nothing else, breaks the table's rows while the schema still reads. (The SQLCipher library
// the store links is built without the dbstat table that would list them.) Read after the store was closed,
// so that the file holds every page.
inline QList<qint64> leafPagesOf(const QString &path, const char *table)
{
    qint64 root = 0;
    {
        kontor::sql::Database db(path, kontor::sql::Database::OpenMode::ReadOnly);
        kontor::sql::Statement schema = db.prepare("SELECT rootpage FROM sqlite_schema WHERE name = ?");
        schema.bindAll(QString::fromLatin1(table));
        if (!schema.step())
            return {};
        root = schema.int64(0);
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    const auto at = [&bytes](qsizetype offset, int size) {
        qint64 value = 0;
        for (int i = 0; i < size; ++i)
            value = (value << 8) | uchar(bytes[offset + i]);
        return value;
    };
    if (bytes.size() < 100)
        return {};
    const qint64 pageSize = at(16, 2) == 1 ? 65536 : at(16, 2);
    QList<qint64> leaves;
    QList<qint64> toVisit{root};
    while (!toVisit.isEmpty()) {
        const qint64 page = toVisit.takeLast();
        const qsizetype start = (page - 1) * pageSize;
        const qsizetype header = start + (page == 1 ? 100 : 0);
        if (page < 1 || header + 12 > bytes.size())
            continue;
        const uchar type = uchar(bytes[header]);
        if (type == 0x0d || type == 0x0a) { // table or index leaf
            leaves.append(page);
            continue;
        }
        if (type != 0x05 && type != 0x02) // not an interior page either
            continue;
        const int cells = int(at(header + 3, 2));
        toVisit.append(at(header + 8, 4)); // the right-most child
        for (int cell = 0; cell < cells; ++cell)
            toVisit.append(at(start + at(header + 12 + 2 * cell, 2), 4)); // each cell's left child
    }
    std::sort(leaves.begin(), leaves.end());
    return leaves;
}
