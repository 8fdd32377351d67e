#pragma once

#include "store/sql/Database.h"

#include <QDirIterator>
#include <QFile>
#include <QStringList>

// Helpers for the privacy tests: where a marker still shows in the files Kontor keeps, and in the terms of
// the store's full-text indexes.
namespace privacy {

// The files under folder whose bytes or names hold any of the needles (compared in lower case). An index
// keeps terms prefix-compressed, so callers pass a marker's tail too.
inline QStringList filesContaining(const QString &folder, const QList<QByteArray> &needles)
{
    QStringList found;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        bool named = false;
        for (const QByteArray &needle : needles)
            named = named || path.toUtf8().toLower().contains(needle.toLower());
        if (named) {
            found.append(path);
            continue;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll().toLower();
        for (const QByteArray &needle : needles) {
            if (bytes.contains(needle.toLower())) {
                found.append(path);
                break;
            }
        }
    }
    return found;
}

inline bool fileContains(const QString &path, const QByteArray &needle)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.readAll().toLower().contains(needle.toLower());
}

// The full-text index terms containing the needle, across every FTS5 table of the store, as
// "<table>:<term>".
inline QStringList indexTermsContaining(const QString &storePath, const QString &needle)
{
    kontor::sql::Database db(storePath, kontor::sql::Database::OpenMode::ReadWrite);
    db.setBusyTimeout(5000);
    QStringList tables;
    kontor::sql::Statement list = db.prepare(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%fts5(%'");
    while (list.step())
        tables.append(list.text(0));
    list.run();
    QStringList terms;
    for (const QString &table : std::as_const(tables)) {
        // Table names come from the schema, never from outside; a virtual table's arguments cannot be bound.
        const std::string vocab = "vocab_" + table.toStdString();
        db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp." + vocab + " USING fts5vocab(main, " +
                table.toStdString() + ", row)");
        kontor::sql::Statement select =
            db.prepare("SELECT term FROM temp." + vocab + " WHERE instr(term, ?) > 0");
        select.bindAll(needle.toLower());
        while (select.step())
            terms.append(table + u':' + select.text(0));
    }
    if (tables.isEmpty())
        terms.append(QStringLiteral("no full-text tables found"));
    return terms;
}

} // namespace privacy
