#pragma once

#include "core/Channel.h"
#include "store/AgentAction.h"
#include "store/Outbox.h"

#include <QList>
#include <QMap>
#include <optional>

namespace kontor::sql {
class Database;
}

namespace kontor {

// An unfinished outbox entry with what an agent needs to recognise it: whose conversation it is on, the
// names its payload refers to by id, and the entry it waits for.
struct UnfinishedAction
{
    OutboxEntry entry;
    std::optional<AgentAction> action{}; // absent when the entry was made by a version that knows other kinds
    QString customerName{};              // of the conversation; for a contact merge, the customer that stays
    QString subject{};
    std::optional<Channel> channel{};
    bool conversationStarted = true; // false while a conversation started here has no remote id
    QString agentName{};             // assign: the agent it goes to
    QString teamName{};              // assign: the team it goes to
    QString mergedCustomerName{};    // merge_contacts: the customer merged into the other
    QString dependsOnKind{};         // the entry it waits for; empty when it waits for none
    std::optional<OutboxState> dependsOnState{};
};

class OutboxQueries
{
public:
    explicit OutboxQueries(sql::Database &db);

    std::optional<OutboxEntry> entry(const QString &uuid);
    // The action an entry carries; nullopt for a kind this version does not know or a payload that lacks
    // what its kind needs. Only the store reads the payload's format.
    static std::optional<AgentAction> actionOf(const OutboxEntry &entry);
    // Entries the sync engine may deliver now: queued or uncertain (to be checked first), due, and not
    // waiting behind an unconfirmed entry. Oldest first; at most one per conversation, since each waits for
    // the one before it.
    QList<OutboxEntry> deliverable(UtcMillis now, int limit = 20);
    // Unconfirmed entries of a conversation, oldest first (any state but confirmed), for its view.
    QList<OutboxEntry> pending(qint64 conversationId);
    // Entries in 'sending': found when the store opens, they were cut off on their way and may have landed.
    QList<OutboxEntry> inFlight();
    // Every unconfirmed entry across conversations, oldest first (the order they go out in).
    QList<UnfinishedAction> unfinished(int limit = 500);
    // One of those; absent when the entry is confirmed or gone.
    std::optional<UnfinishedAction> unfinishedAction(const QString &uuid);
    QMap<OutboxState, qint64> countsByState();
    // When the next queued or uncertain entry falls due, to arm a timer; absent when none waits.
    std::optional<UtcMillis> nextAttemptAt();

private:
    sql::Database &db_;
};

} // namespace kontor
