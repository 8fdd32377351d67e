#pragma once

#include "store/IngestBatch.h"

#include <QHash>
#include <QString>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

// The baseline the store's ingestion is measured against: the same rows, into the same schema (indexes and
// full-text triggers included), written with plain prepared INSERTs through the sqlite3 C API, one
// transaction per batch, with ids assigned by the caller and no lookups, upserts or change tracking.
class RawSqliteIngest
{
public:
    explicit RawSqliteIngest(const QString &path);
    ~RawSqliteIngest();

    void ingest(const kontor::IngestBatch &batch);

private:
    sqlite3_stmt *prepare(const char *sql);
    void exec(const char *sql);
    qint64 labelId(const QString &name);

    sqlite3 *db_ = nullptr;
    std::vector<sqlite3_stmt *> statements_;
    sqlite3_stmt *insertAccount_;
    sqlite3_stmt *insertInbox_;
    sqlite3_stmt *insertAgent_;
    sqlite3_stmt *insertTeam_;
    sqlite3_stmt *insertTeamMember_;
    sqlite3_stmt *insertCustomer_;
    sqlite3_stmt *insertIdentity_;
    sqlite3_stmt *insertLabel_;
    sqlite3_stmt *insertConversation_;
    sqlite3_stmt *insertConversationLabel_;
    sqlite3_stmt *insertMessage_;

    // What the caller knows when it assigns ids itself.
    QHash<QString, qint64> inboxes_;
    QHash<QString, qint64> agents_;
    QHash<QString, QString> agentNames_;
    QHash<QString, qint64> teams_;
    QHash<QString, qint64> customers_;
    QHash<qint64, QString> customerNames_;
    QHash<QString, qint64> labels_;
    struct Conversation
    {
        qint64 id;
        qint64 customerId;
        QString channel;
    };
    QHash<QString, Conversation> conversations_;
    qint64 nextId_ = 1;
};
