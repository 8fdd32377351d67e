#pragma once

#include "store/Outbox.h"

#include <QList>
#include <QMap>
#include <optional>

namespace kontor::sql {
class Database;
}

namespace kontor {

class OutboxQueries
{
public:
    explicit OutboxQueries(sql::Database &db);

    std::optional<OutboxEntry> entry(const QString &uuid);
    // Entries the sync engine may deliver now: queued, due, and not waiting behind an unconfirmed entry.
    // Oldest first; at most one per conversation, since each waits for the one before it.
    QList<OutboxEntry> deliverable(UtcMillis now, int limit = 20);
    // Unconfirmed entries of a conversation, oldest first (queued, sending or failed), for its view.
    QList<OutboxEntry> pending(qint64 conversationId);
    // Entries in 'sending' when the store was opened: their delivery is unknown and must be checked first.
    QList<OutboxEntry> inFlight();
    QMap<OutboxState, qint64> countsByState();
    // When the next queued entry falls due, to arm a timer; absent when nothing is queued.
    std::optional<UtcMillis> nextAttemptAt();

private:
    sql::Database &db_;
};

} // namespace kontor
