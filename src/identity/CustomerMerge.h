#pragma once

#include <QFuture>
#include <QString>
#include <optional>
#include <stdexcept>

namespace kontor {

class Store;
class WriteContext;

// A merge or unmerge that cannot be done; message() is translated, for the agent. Nothing was changed.
class MergeRefused : public std::runtime_error
{
public:
    explicit MergeRefused(const QString &message);
    const QString &message() const { return message_; }

private:
    QString message_;
};

// Merging makes two customers one: the merged customer's identities, conversations (and so their messages),
// CSAT answers and attributes move to the survivor, and the merged customer stays behind as a record pointing
// at it. Every moved row is written down with the merge, so an unmerge puts back exactly what moved and
// nothing else: an identity or conversation that reached the survivor after the merge stays with the
// survivor. Where both customers are contacts of the same backend account, the merge is also queued in the
// outbox for that backend (merge_contacts); an unmerge drops it while it is unsent, and is local once it was
// delivered.
class CustomerMerge
{
public:
    // Both run inside a store write (one transaction). They throw MergeRefused, and sql::Error from the
    // store.
    static qint64 merge(WriteContext &context, qint64 survivorId, qint64 mergedId,
                        std::optional<qint64> actorAgentId, const QString &reason);
    static void unmerge(WriteContext &context, qint64 mergeId);

    // The same as store writes; the futures carry the merge id, or the exception.
    static QFuture<qint64> merge(Store &store, qint64 survivorId, qint64 mergedId,
                                 std::optional<qint64> actorAgentId, const QString &reason);
    static QFuture<void> unmerge(Store &store, qint64 mergeId);
};

} // namespace kontor
