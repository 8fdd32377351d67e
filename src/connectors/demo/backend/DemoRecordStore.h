#pragma once

#include "connectors/demo/backend/DemoHistory.h"
#include "connectors/demo/backend/DemoRecords.h"

#include <QHash>
#include <QSet>
#include <map>
#include <tuple>

namespace kontor {

// One entry of the change feed: a record as it is at that position, or (deleted) the record that the backend
// deleted there, with nothing but its id.
struct DemoChange
{
    qint64 seq = 0;
    DemoRecord record;
    bool deleted = false;

    bool operator==(const DemoChange &) const = default;
};

struct DemoChangePage
{
    QList<DemoChange> changes;
    qint64 nextCursor = 0; // pass it to the next call
    bool more = false;     // false: the client has everything up to nextCursor, which is the latest position
};

// The backend's records and their change feed.
//
// Every change takes the next position of a monotonically increasing sequence. The feed holds, for every
// record, the version it was created with (at its creation position) and its latest version (at its latest
// position); the versions between are compacted away. Keeping the creation version is what makes the feed
// safe to apply in order: a record at position p refers only to records created before p, so a client that
// starts from any cursor and applies page after page never meets a reference to something it has not been
// given, even in the middle of a first sync of a world that keeps changing.
//
// History records (before the epoch) sit at their generated positions and are written on demand; only records
// created or changed after the epoch are held here.
class DemoRecordStore
{
public:
    explicit DemoRecordStore(const DemoHistory &history);

    qint64 lastSeq() const { return m_lastSeq; }

    // Stores a new record, or a new version of a known one, at the next position; returns that position.
    // A record read from the history keeps its creation position.
    qint64 put(DemoRecord record);

    std::optional<DemoInbox> inbox(const QString &id) const;
    std::optional<DemoAgent> agent(const QString &id) const;
    std::optional<DemoTeam> team(const QString &id) const;
    std::optional<DemoCustomer> customer(const QString &id) const;
    std::optional<DemoConversation> conversation(const QString &id) const;
    std::optional<DemoMessage> message(const QString &id) const;
    // The conversation's messages, oldest first.
    QList<DemoMessage> messagesOf(const QString &conversationId) const;
    // The customer's conversations, oldest first.
    QStringList conversationsOf(const QString &customerId) const;
    QList<DemoAgent> agents() const;
    QList<DemoTeam> teams() const;
    QList<DemoInbox> inboxes() const;
    QList<DemoCannedResponse> cannedResponses() const;

    DemoChangePage changesSince(qint64 cursor, int limit) const;

    // What the state file keeps: the records held here (sorted by id within each kind) and the creation
    // versions of those that changed since.
    QList<DemoRecord> heldRecords() const;
    QList<DemoRecord> creationVersions() const;
    // Rebuilds from what heldRecords() and creationVersions() gave; an error text when they do not fit.
    QString restore(const QList<DemoRecord> &held, const QList<DemoRecord> &creations, qint64 lastSeq);
    void setLastSeq(qint64 seq) { m_lastSeq = seq; }

    // Deletes a customer with their conversations, messages and CSAT answers, or one conversation with its
    // messages and answers, as a backend deletes a contact or a conversation: every version of them leaves
    // the store (and so the state file), history records generated for them are no longer given out, and
    // the feed says at the next position that they were deleted. false when there is no such record.
    bool eraseCustomer(const QString &customerId);
    bool eraseConversation(const QString &conversationId);
    bool isErased(const QString &id) const { return m_erased.contains(id); }
    // For the state file: the ids of what was deleted, and the feed's deletion entries (position, kind, id).
    QStringList erasedIds() const;
    struct Deletion
    {
        qint64 seq = 0;
        DemoRecordKind kind = DemoRecordKind::Customer;
        QString id;
    };
    QList<Deletion> deletions() const;
    // Restores what erasedIds() and deletions() gave, after restore().
    QString restoreErased(const QStringList &ids, const QList<Deletion> &deletions);

private:
    template<typename T>
    QHash<QString, T> &table()
    {
        return std::get<QHash<QString, T>>(m_tables);
    }
    template<typename T>
    const QHash<QString, T> &table() const
    {
        return std::get<QHash<QString, T>>(m_tables);
    }
    template<typename T>
    static QList<T> sortedValues(const QHash<QString, T> &table);

    DemoRecord current(DemoRecordKind kind, const QString &id) const;
    void index(const DemoRecord &record, const DemoRecord *previous);

    struct LogEntry
    {
        DemoRecordKind kind = DemoRecordKind::Inbox;
        QString id;
        std::optional<DemoRecord> creation; // set at a creation position once the record has changed since
        bool deletion = false;              // the record was deleted at this position
    };
    // Removes every held version of these records and marks their ids deleted.
    void forget(const QSet<QString> &ids);
    // A conversation's id with those of its messages and CSAT answers.
    QSet<QString> conversationRecords(const QString &conversationId) const;
    bool historicRecordErased(const DemoRecord &record) const;

    const DemoHistory &m_history;
    std::tuple<QHash<QString, DemoAgent>, QHash<QString, DemoTeam>, QHash<QString, DemoInbox>,
               QHash<QString, DemoCannedResponse>, QHash<QString, DemoCustomer>,
               QHash<QString, DemoConversation>, QHash<QString, DemoMessage>, QHash<QString, DemoCsatAnswer>>
        m_tables;
    std::map<qint64, LogEntry> m_log;
    QHash<QString, QStringList> m_messagesByConversation;  // held messages only
    QHash<QString, QStringList> m_conversationsByCustomer; // held conversations, by their current customer
    mutable QHash<int, DemoConversation> m_historicConversations; // generated conversations, kept for reuse
    qint64 m_lastSeq = 0;
    QSet<QString> m_erased; // ids of deleted records, of every kind (ids are unique across kinds)
};

} // namespace kontor
