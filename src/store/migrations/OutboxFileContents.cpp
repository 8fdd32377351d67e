#include "store/migrations/MigrationSteps.h"

#include "store/LegacyAttachmentCopies.h"
#include "store/sql/Database.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace kontor::migrations {

// The files an agent sends are kept inside the store, beside their outbox entry: encrypted with the store,
// durable with the action, gone with the entry. A rowid table, because incremental blob I/O needs one.
// Earlier versions copied them beside the store in the clear, and attachments.local_path named those copies;
// the copies of unfinished entries are read in here, and removed from disk once this has committed.
static const char outboxFiles[] = R"sql(
CREATE TABLE outbox_files (
    id         INTEGER PRIMARY KEY,
    outbox_id  INTEGER NOT NULL REFERENCES outbox(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    content    BLOB NOT NULL,
    UNIQUE (outbox_id, position)
);
ALTER TABLE attachments DROP COLUMN local_path;
)sql";

void keepOutboxFilesInStore(sql::Database &db)
{
    db.exec(outboxFiles);
    QList<std::pair<qint64, QJsonObject>> entries;
    sql::Statement select = db.prepare("SELECT id, payload FROM outbox WHERE kind = 'send_message'");
    while (select.step()) {
        const QJsonObject payload = QJsonDocument::fromJson(select.text(1).toUtf8()).object();
        if (payload.contains(QLatin1StringView("attachments")))
            entries.append({select.int64(0), payload});
    }
    for (auto &[id, payload] : entries) {
        readLegacyCopies(db, db.path(), id, payload);
        sql::Statement update = db.prepare("UPDATE outbox SET payload = ? WHERE id = ?");
        update.bindAll(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)), id).run();
    }
}

} // namespace kontor::migrations
