#include "store/salvage/OutboxSalvage.h"

#include "core/JsonInteger.h"

#include "store/LegacyAttachmentCopies.h"
#include "store/salvage/RowCopier.h"
#include "store/sql/Database.h"
#include "store/sql/Error.h"
#include "store/sql/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>
#include <algorithm>
#include <limits>
#include <optional>
#include <sqlite3.h>

namespace kontor::salvage {

Q_LOGGING_CATEGORY(salvageLog, "kontor.store.salvage")

namespace {

constexpr const char *unsent = "state IN ('queued', 'sending', 'failed')";

// The unsent entries' ids. The index on state is read first; then the table itself, page after page, so that
// damage to either leaves what the other can still list. Damage that hides rows from both is reported.
QList<qint64> unsentEntryIds(sql::Database &damaged, SalvageReport &report)
{
    QSet<qint64> ids;
    bool indexRead = false;
    try {
        sql::Statement listed =
            damaged.prepare(std::string("SELECT id FROM outbox INDEXED BY outbox_state WHERE ") + unsent);
        while (listed.step())
            ids.insert(listed.int64(0));
        indexRead = true;
    } catch (const sql::Error &error) {
        qCWarning(salvageLog) << "outbox index unreadable:" << error.extendedCode();
    }
    // A scan in id order that resumes after a damaged page: the next seek lands beyond it.
    qint64 after = -1;
    qint64 stride = 1;
    for (int failures = 0; failures < 64;) {
        try {
            sql::Statement rows = damaged.prepare(std::string("SELECT id, ") + unsent +
                                                  " FROM outbox WHERE id > ? ORDER BY id");
            rows.bindAll(after);
            while (rows.step()) {
                after = rows.int64(0);
                stride = 1;
                if (rows.int64(1))
                    ids.insert(after);
            }
            break;
        } catch (const sql::Error &error) {
            if (!error.isCorruption() && error.code() != SQLITE_IOERR)
                break;
            // With the index read, every unsent entry is listed already; without it, some may be missed.
            report.outboxUnreadable = !indexRead;
            // Past the largest id there can be: nothing further to read.
            if (after > std::numeric_limits<qint64>::max() - stride)
                break;
            after += stride;
            if (stride < (qint64(1) << 60))
                stride *= 4;
            ++failures;
        }
    }
    QList<qint64> sorted(ids.begin(), ids.end());
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

// Runs part inside a savepoint; false (and rolled back) when a row it needs cannot be read.
template<typename Part>
bool inSavepoint(sql::Database &fresh, RowCopier &copier, Part part)
{
    const QSet<QString> before = copier.copiedSoFar();
    fresh.exec("SAVEPOINT salvage_part");
    try {
        part();
        fresh.exec("RELEASE salvage_part");
        return true;
    } catch (const sql::Error &error) {
        if (!error.isCorruption() && error.code() != SQLITE_IOERR && error.code() != SQLITE_CONSTRAINT)
            throw; // the fresh store failed: nothing can be saved
        qCWarning(salvageLog) << "not readable:" << error.extendedCode();
        fresh.exec("ROLLBACK TO salvage_part; RELEASE salvage_part");
        copier.rollBackTo(before);
        return false;
    }
}

struct EntryPayload
{
    QString uuid;
    std::optional<qint64> conversationId;
    QJsonObject payload;
};

EntryPayload savedEntry(sql::Database &fresh, qint64 id)
{
    sql::Statement entry = fresh.prepare("SELECT uuid, conversation_id, payload FROM outbox WHERE id = ?");
    entry.bindAll(id);
    if (!entry.step())
        return {};
    return {entry.text(0), entry.optionalInt64(1), QJsonDocument::fromJson(entry.text(2).toUtf8()).object()};
}

// What an entry's screens and delivery look up besides the rows its foreign keys name: none of it is needed
// to deliver, so a part that cannot be read is left out and the entry is still saved.
void copyCompanions(sql::Database &fresh, RowCopier &copier, const EntryPayload &entry)
{
    const auto optional = [&](const QString &table, const QString &column, const RowKey &key) {
        inSavepoint(fresh, copier, [&] { copier.copy(table, column, key); });
    };
    const auto id = [&](const char *key) -> std::optional<qint64> {
        const QJsonValue value = entry.payload.value(QLatin1StringView(key));
        return jsonInteger(value);
    };

    // The optimistic message the agent sees in the timeline, with its files and mentions.
    optional(QStringLiteral("messages"), QStringLiteral("client_uuid"), entry.uuid);
    if (const std::optional<qint64> message = id("message_id")) {
        optional(QStringLiteral("messages"), QStringLiteral("id"), *message);
        optional(QStringLiteral("attachments"), QStringLiteral("message_id"), *message);
        optional(QStringLiteral("mentions"), QStringLiteral("message_id"), *message);
    }
    for (const QJsonValue &agent : entry.payload.value(QLatin1StringView("mentions")).toArray()) {
        if (const std::optional<qint64> agentId = jsonInteger(agent))
            optional(QStringLiteral("agents"), QStringLiteral("id"), *agentId);
    }
    if (const std::optional<qint64> agent = id("agent_id"))
        optional(QStringLiteral("agents"), QStringLiteral("id"), *agent);
    if (const std::optional<qint64> team = id("team_id"))
        optional(QStringLiteral("teams"), QStringLiteral("id"), *team);
    if (const std::optional<qint64> inbox = id("inbox_id"))
        optional(QStringLiteral("inboxes"), QStringLiteral("id"), *inbox);
    if (const std::optional<qint64> merge = id("merge_id")) {
        optional(QStringLiteral("customer_merges"), QStringLiteral("id"), *merge);
        optional(QStringLiteral("customer_merge_items"), QStringLiteral("merge_id"), *merge);
    }

    // The customer and how to reach them: a conversation started here is delivered to their identity.
    QList<qint64> customers;
    if (const std::optional<qint64> customer = id("customer_id"))
        customers.append(*customer);
    if (entry.conversationId) {
        sql::Statement conversation = fresh.prepare("SELECT customer_id FROM conversations WHERE id = ?");
        conversation.bindAll(*entry.conversationId);
        if (conversation.step())
            customers.append(conversation.int64(0));
        optional(QStringLiteral("conversation_labels"), QStringLiteral("conversation_id"),
                 *entry.conversationId);
    }
    for (qint64 customer : std::as_const(customers)) {
        optional(QStringLiteral("customers"), QStringLiteral("id"), customer);
        optional(QStringLiteral("identities"), QStringLiteral("customer_id"), customer);
    }
}

// The files the entry sends: kept in the damaged store (format 11 on), or, from a store an earlier version
// made, the copies beside it, read in now (their paths leave the payload). Each file the entry names is
// counted as kept only when its bytes are in the fresh store.
void saveFiles(sql::Database &damaged, sql::Database &fresh, RowCopier &copier, const QString &damagedPath,
               qint64 id, const EntryPayload &entry, SalvageReport &report)
{
    const QJsonArray files = entry.payload.value(QLatin1StringView("attachments")).toArray();
    if (files.isEmpty())
        return;
    const bool copiesBeside = files.first().toObject().contains(QLatin1StringView("path"));
    if (copiesBeside) {
        QJsonObject payload = entry.payload;
        inSavepoint(fresh, copier, [&] {
            readLegacyCopies(fresh, damagedPath, id, payload);
            sql::Statement update = fresh.prepare("UPDATE outbox SET payload = ? WHERE id = ?");
            update.bindAll(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)), id)
                .run();
        });
    } else {
        // One file at a time: a damaged one does not take the others along.
        QList<qint64> stored;
        try {
            sql::Statement list = damaged.prepare("SELECT id FROM outbox_files WHERE outbox_id = ?");
            list.bindAll(id);
            while (list.step())
                stored.append(list.int64(0));
        } catch (const sql::Error &error) {
            qCWarning(salvageLog) << "stored files not listed:" << error.extendedCode();
        }
        for (const qint64 file : std::as_const(stored))
            inSavepoint(fresh, copier,
                        [&] { copier.copy(QStringLiteral("outbox_files"), QStringLiteral("id"), file); });
    }
    sql::Statement kept = fresh.prepare("SELECT count(*) FROM outbox_files WHERE outbox_id = ?");
    kept.bindAll(id);
    const int inStore = kept.step() ? kept.int32(0) : 0;
    kept.run();
    report.filesKept += inStore;
    report.filesMissing += int(files.size()) - inStore;
}

} // namespace

SalvageReport salvageOutbox(const QString &damagedPath, sql::Database &fresh, const StoreKey &damagedKey)
{
    SalvageReport report;
    std::unique_ptr<sql::Database> damaged;
    try {
        damaged = std::make_unique<sql::Database>(damagedPath, sql::Database::OpenMode::ReadOnly, damagedKey);
        sqlite3_db_config(damaged->handle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
        damaged->exec("PRAGMA query_only = ON");
        damaged->queryInt64("SELECT count(*) FROM sqlite_schema"); // the schema must be readable
        report.opened = true;
    } catch (const sql::Error &error) {
        qCWarning(salvageLog) << "damaged store unreadable:" << error.extendedCode();
        return report;
    }

    const QList<qint64> ids = unsentEntryIds(*damaged, report);
    RowCopier copier(*damaged, fresh);
    // The salvage is the agent's work: on disk before anyone is told it was saved.
    fresh.exec("PRAGMA synchronous = FULL");
    try {
        sql::Transaction transaction(fresh);
        for (qint64 id : ids) {
            if (!inSavepoint(fresh, copier,
                             [&] { copier.copy(QStringLiteral("outbox"), QStringLiteral("id"), id); })) {
                ++report.actionsLost;
                continue;
            }
            const EntryPayload entry = savedEntry(fresh, id);
            if (entry.uuid.isEmpty()) {
                ++report.actionsLost; // listed by the index, gone from the table
                continue;
            }
            ++report.actionsSaved;
            copyCompanions(fresh, copier, entry);
            saveFiles(*damaged, fresh, copier, damagedPath, id, entry, report);
        }
        transaction.commit();
    } catch (...) {
        fresh.exec("PRAGMA synchronous = NORMAL");
        throw;
    }
    fresh.exec("PRAGMA synchronous = NORMAL");
    return report;
}

} // namespace kontor::salvage
